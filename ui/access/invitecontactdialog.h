#pragma once

#include "core/contactaccess.h"
#include "core/contactaccessactions.h"
#include "core/draftstore.h"

#include <QDialog>

class BusyIndicator;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class RightsEditor;
class StatusMessage;

// "Invite a contact": name, relation, e-mail, mobile and the first rights (none ticked to begin
// with). What is typed is kept as a draft (a second after the last key, and on closing), so a
// failed send or a restart loses nothing; the draft's Idempotency-Key makes a retry safe.
// "Send invitation" keeps the dialog open until the portal has the invitation.
class InviteContactDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int SaveDelayMs = 1000;

    InviteContactDialog(ContactAccessActions *actions, const QString &clientId,
                        QWidget *parent = nullptr);
    ~InviteContactDialog() override;

    QString draftId() const { return m_draft.id; }
    ContactInvite invite() const;
    RightsEditor *rightsEditor() const { return m_rights; }
    void saveDraft();
    void done(int result) override;

signals:
    void keptAsDraft();
    void invited(const ContactAccess &contact);

private:
    QLineEdit *addField(const QString &label, const QString &objectName, const QString &text);
    void onChanged();
    void onSend();
    void onFailed(ContactAccessActions::Action action, const ApiError &error,
                  const QString &sentence);
    QString missingSentence() const;

    ContactAccessActions *m_actions;
    DraftStore *m_drafts;
    Draft m_draft;
    ContactInvite m_restored;
    QFormLayout *m_form;
    QLineEdit *m_givenName;
    QLineEdit *m_prefix;
    QLineEdit *m_familyName;
    QLineEdit *m_relation;
    QLineEdit *m_email;
    QLineEdit *m_mobile;
    RightsEditor *m_rights;
    QLabel *m_draftState;
    StatusMessage *m_status;
    BusyIndicator *m_busy;
    QPushButton *m_send;
    QTimer *m_saveTimer;
    bool m_dirty = false;
    bool m_sending = false;
};
