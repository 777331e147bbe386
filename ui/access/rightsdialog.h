#pragma once

#include "core/contactaccess.h"
#include "core/contactaccessactions.h"

#include <QDialog>

class BusyIndicator;
class QLabel;
class QPushButton;
class RightsEditor;
class StatusMessage;

// "Change rights" of one contact person. Reads the contact afresh (with its ETag) when it opens,
// so the change is based on what the portal has now; when another administrator changed the
// rights meanwhile, the portal refuses (412), the dialog shows the rights as they are now and
// says so, and the person decides again.
class RightsDialog : public QDialog
{
    Q_OBJECT

public:
    RightsDialog(ContactAccessActions *actions, const ContactAccess &contact,
                 QWidget *parent = nullptr);

    RightsEditor *rightsEditor() const { return m_rights; }
    QByteArray etag() const { return m_etag; }
    bool isReady() const { return m_loaded && !m_actions->isBusy(); }
    // Asks for the contact with its ETag; done at once when the actions are free, else later.
    void load();

signals:
    void saved(const ContactAccess &contact);

private:
    void onLoaded(const ContactAccess &contact, const QByteArray &etag);
    void onSave();
    void onBusyChanged(bool busy);

    ContactAccessActions *m_actions;
    ContactAccess m_contact;
    QByteArray m_etag; // empty only from a portal that sends none: then the PUT goes without
    bool m_loaded = false;
    RightsEditor *m_rights;
    StatusMessage *m_status;
    BusyIndicator *m_busy;
    QPushButton *m_save;
};
