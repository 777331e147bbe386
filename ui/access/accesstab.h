#pragma once

#include "core/clientsummary.h"
#include "core/contactaccess.h"
#include "ui/access/invitecontactdialog.h"
#include "ui/access/rightsdialog.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class AccessLogView;
class ApiError;
class BusyIndicator;
class ContactAccessActions;
class ContactAccessListModel;
class DraftStore;
class PortalApi;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class StatusMessage;

// The "Access" tab, for the portal administrator (the client or a representative: the
// manageAccess right): the contact persons with their relation and rights in words, "Invite a
// contact", "Change rights", "Send invitation again", "End access" (after a confirmation that
// names the person), and the access log as a second page.
class AccessTab : public QWidget
{
    Q_OBJECT

public:
    AccessTab(PortalApi *api, DraftStore *drafts, QWidget *parent = nullptr);
    ~AccessTab() override;

    // Loads this client's contacts when the signed-in person may manage access; otherwise
    // shows only a sentence and asks the portal nothing.
    void setClient(const ClientSummary &client);

    ContactAccessListModel *model() const { return m_model; }
    ContactAccessActions *actions() const { return m_actions; }
    AccessLogView *accessLog() const { return m_log; }
    InviteContactDialog *inviteDialog() const { return m_invite; }
    RightsDialog *rightsDialog() const { return m_rightsDialog; }
    QMessageBox *confirmation() const { return m_confirm; }
    ContactAccess currentContact() const;

public slots:
    // Non-blocking; each returns at once with the dialog open.
    void openInvite();
    void openRights();
    void confirmEndAccess();
    void resendInvitation();
    void showAccessLog();
    void showContacts();

private:
    void onCurrentChanged();
    void onLoaded();
    void onFailed(const QString &sentence);
    void updateButtons();
    void selectPerson(const QString &personId);

    QString m_clientId;
    bool m_allowed = false;
    ContactAccessListModel *m_model;
    ContactAccessActions *m_actions;
    QStackedWidget *m_pages;
    QLabel *m_notAllowed;
    QListView *m_list;
    StatusMessage *m_status;
    BusyIndicator *m_busy;
    QLabel *m_name;
    QLabel *m_details;
    QLabel *m_rightsSummary;
    QPushButton *m_inviteButton;
    QPushButton *m_logButton;
    QPushButton *m_rightsButton;
    QPushButton *m_resendButton;
    QPushButton *m_endButton;
    AccessLogView *m_log;
    QPointer<InviteContactDialog> m_invite;
    QPointer<RightsDialog> m_rightsDialog;
    QPointer<QMessageBox> m_confirm;
};
