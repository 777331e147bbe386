#include "core/contactaccessactions.h"

#include "core/draftsender.h"
#include "core/draftstore.h"
#include "core/logging.h"
#include "core/portalapi.h"

#include <QUrl>

namespace {

QString escaped(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

ContactAccessActions::ContactAccessActions(PortalApi *api, DraftStore *drafts, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_drafts(drafts)
    , m_sender(new DraftSender(api, drafts, this))
{
    connect(m_sender, &DraftSender::sendingChanged, this, &ContactAccessActions::busyChanged);
    connect(m_sender, &DraftSender::sent, this,
            [this](const QString &draftId, const QJsonObject &answer) {
                ContactAccess contact;
                QString problem;
                // The invitation is out either way; an unreadable answer only costs the details.
                if (!ContactAccess::fromJson(answer, &contact, &problem))
                    qCWarning(lcApi) << "access: the invited contact could not be read:" << problem;
                emit invited(draftId, contact);
            });
    connect(m_sender, &DraftSender::failed, this,
            [this](const QString &, const ApiError &error) { fail(Action::Invite, error); });
}

bool ContactAccessActions::isBusy() const
{
    return m_pending || m_sender->isSending();
}

QString ContactAccessActions::contactPath(const QString &personId) const
{
    return QStringLiteral("/api/v1/clients/%1/access/contacts/%2")
        .arg(escaped(m_clientId), escaped(personId));
}

bool ContactAccessActions::invite(const QString &draftId)
{
    if (isBusy() || m_clientId.isEmpty())
        return false;
    const Draft draft = m_drafts->find(draftId);
    if (!draft.isValid() || draft.kind != QLatin1String(DraftKind))
        return false;
    const ContactInvite invite = ContactInvite::fromDraftFields(draft.fields);
    const QString path
        = QStringLiteral("/api/v1/clients/%1/access/contacts").arg(escaped(draft.clientId));
    return m_sender->send(draftId, path, invite.toJson());
}

bool ContactAccessActions::load(const QString &personId)
{
    if (isBusy() || personId.isEmpty())
        return false;
    track(m_api->get(contactPath(personId)), Action::Load, personId);
    return true;
}

bool ContactAccessActions::saveRights(const QString &personId, const ContactRights &rights,
                                      const QByteArray &etag)
{
    if (isBusy() || personId.isEmpty() || !rights.isConsistent())
        return false;
    track(m_api->put(contactPath(personId) + QStringLiteral("/rights"), rights.toJson(), etag),
          Action::SaveRights, personId);
    return true;
}

bool ContactAccessActions::resendInvitation(const QString &personId)
{
    if (isBusy() || personId.isEmpty())
        return false;
    // Its own key: sent again after a lost answer, the portal answers as the first time
    // instead of "sent a moment ago".
    track(m_api->post(contactPath(personId) + QStringLiteral("/invitation"), {},
                      PortalApi::newIdempotencyKey()),
          Action::Resend, personId);
    return true;
}

bool ContactAccessActions::endAccess(const QString &personId)
{
    if (isBusy() || personId.isEmpty())
        return false;
    track(m_api->del(contactPath(personId)), Action::EndAccess, personId);
    return true;
}

void ContactAccessActions::track(ApiReply *reply, Action action, const QString &personId)
{
    m_pending = reply;
    connect(reply, &ApiReply::finished, this,
            [this, reply, action, personId] { onFinished(reply, action, personId); });
    emit busyChanged(true);
}

bool ContactAccessActions::readContact(ApiReply *reply, Action action, ContactAccess *contact)
{
    QString problem;
    if (ContactAccess::fromJson(reply->json(), contact, &problem))
        return true;
    qCWarning(lcApi) << "access: the portal's answer is not a contact:" << problem;
    fail(action, ApiError(ApiError::Kind::NotAPortal, problem));
    return false;
}

void ContactAccessActions::onFinished(ApiReply *reply, Action action, const QString &personId)
{
    if (reply != m_pending)
        return;
    m_pending = nullptr;
    emit busyChanged(false);
    // 404 on ending access: it had ended already (Qt sends a request again by itself when its
    // answer was lost), which is what was asked.
    if (!reply->isOk() && !(action == Action::EndAccess && reply->httpStatus() == 404)) {
        const ApiError error = reply->error();
        fail(action, error);
        // Someone changed the rights meanwhile: show what they are now, so the person decides
        // again on what is really there.
        if (action == Action::SaveRights && error.httpStatus() == 412)
            load(personId);
        return;
    }
    ContactAccess contact;
    switch (action) {
    case Action::Load:
        if (readContact(reply, action, &contact))
            emit loaded(contact, reply->etag());
        break;
    case Action::SaveRights:
        if (readContact(reply, action, &contact))
            emit rightsSaved(contact, reply->etag());
        break;
    case Action::Resend:
        emit invitationResent(personId);
        break;
    case Action::EndAccess:
        emit accessEnded(personId);
        break;
    case Action::Invite:
        break;
    }
}

void ContactAccessActions::fail(Action action, const ApiError &error)
{
    emit failed(action, error, sentenceFor(action, error));
}

QString ContactAccessActions::sentenceFor(Action action, const ApiError &error)
{
    const QString code = error.problemCode();
    const int status = error.httpStatus();
    if (status == 403)
        return tr("Only the client and their representatives may manage who has access.");
    switch (action) {
    case Action::Invite:
        if (code == QLatin1String("contact_already_linked"))
            return tr("This person already has access. Look for them in the list.");
        if (code == DraftSender::keyReusedCode())
            return tr("An earlier version of this invitation may already have been sent. Look in "
                      "the list first. Press \"Send invitation\" again to send this one.");
        if (code == QLatin1String("validation_failed")) {
            for (const ApiError::FieldError &field : error.fieldErrors()) {
                if (field.field.startsWith(QLatin1String("email")))
                    return tr("Check the e-mail address: it should look like name@example.nl.");
                if (field.field.startsWith(QLatin1String("mobile")))
                    return tr("Check the mobile number: it should look like 06 12345678.");
                if (field.field.startsWith(QLatin1String("name")))
                    return tr("Fill in the first name and the family name.");
                if (field.field.startsWith(QLatin1String("relation")))
                    return tr("Fill in the relation, for example \"daughter\" or \"neighbour\".");
            }
            return tr("The portal did not accept the invitation. Check every field.");
        }
        if (error.kind() == ApiError::Kind::Problem)
            return tr("The portal could not send the invitation. What you typed is kept; press "
                      "\"Send invitation\" to try again.");
        return error.userMessage() + QLatin1Char(' ')
            + tr("What you typed is kept; press \"Send invitation\" to try again.");
    case Action::SaveRights:
        if (status == 412)
            return tr("Someone else changed this person's rights just now. The rights as they "
                      "are now are shown; check them and save again.");
        if (status == 404)
            return tr("This person no longer has access.");
        if (code == QLatin1String("validation_failed"))
            return tr("\"Write reports\" needs \"Read reports\", and \"Change the agenda\" needs "
                      "\"See the agenda\".");
        return tr("The rights could not be saved.") + QLatin1Char(' ') + error.userMessage();
    case Action::Resend:
        if (code == QLatin1String("invitation_not_pending"))
            return tr("This person has already signed in; the invitation is no longer needed.");
        if (status == 429)
            return tr("An invitation was sent a moment ago. Wait a few minutes before sending "
                      "another.");
        return tr("The invitation could not be sent again.") + QLatin1Char(' ')
            + error.userMessage();
    case Action::EndAccess:
        if (status == 404)
            return tr("This person no longer has access.");
        return tr("The access could not be ended.") + QLatin1Char(' ') + error.userMessage();
    case Action::Load:
        if (status == 404)
            return tr("This person no longer has access.");
        return error.userMessage();
    }
    return error.userMessage();
}
