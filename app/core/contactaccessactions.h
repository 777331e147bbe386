#pragma once

#include "core/apireply.h"
#include "core/contactaccess.h"

#include <QObject>
#include <QPointer>

class DraftSender;
class DraftStore;
class PortalApi;

// What a portal administrator does with one client's contact persons: invite (from a stored
// draft, with its Idempotency-Key), read one contact with its ETag, change the rights (PUT with
// If-Match), send the invitation again and end access. One action at a time; every failure
// comes with a sentence for the person (sentenceFor()).
class ContactAccessActions : public QObject
{
    Q_OBJECT

public:
    enum class Action { Invite, Load, SaveRights, Resend, EndAccess };
    Q_ENUM(Action)

    static constexpr const char *DraftKind = "contactInvite";

    ContactAccessActions(PortalApi *api, DraftStore *drafts, QObject *parent = nullptr);

    void setClientId(const QString &clientId) { m_clientId = clientId; }
    QString clientId() const { return m_clientId; }
    DraftStore *drafts() const { return m_drafts; }

    bool isBusy() const;
    // Each returns false (and sends nothing) while another action runs.
    bool invite(const QString &draftId);
    bool load(const QString &personId);
    // `etag` is the one load() (or an earlier save) gave; the portal refuses with 412 when
    // another administrator changed the rights meanwhile. Then the contact is read again
    // (loaded() follows) and failed() says so.
    bool saveRights(const QString &personId, const ContactRights &rights, const QByteArray &etag);
    bool resendInvitation(const QString &personId);
    bool endAccess(const QString &personId);

    static QString sentenceFor(Action action, const ApiError &error);

signals:
    void busyChanged(bool busy);
    void invited(const QString &draftId, const ContactAccess &contact);
    void loaded(const ContactAccess &contact, const QByteArray &etag);
    void rightsSaved(const ContactAccess &contact, const QByteArray &etag);
    void invitationResent(const QString &personId);
    void accessEnded(const QString &personId);
    void failed(ContactAccessActions::Action action, const ApiError &error,
                const QString &sentence);

private:
    QString contactPath(const QString &personId) const;
    void track(ApiReply *reply, Action action, const QString &personId);
    void onFinished(ApiReply *reply, Action action, const QString &personId);
    bool readContact(ApiReply *reply, Action action, ContactAccess *contact);
    void fail(Action action, const ApiError &error);

    PortalApi *m_api;
    DraftStore *m_drafts;
    DraftSender *m_sender;
    QString m_clientId;
    QPointer<ApiReply> m_pending;
};
