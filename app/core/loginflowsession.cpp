// LoginFlow after the session is issued: the person, their clients, the picker, sign-out.
#include "core/apireply.h"
#include "core/clientlistmodel.h"
#include "core/logging.h"
#include "core/loginflow.h"
#include "core/portalapi.h"

#include <QImage>
#include <QUrlQuery>

namespace {

constexpr int ClientsPageSize = 100;
// A representative has a handful of clients; a server that keeps paging is not to be followed.
constexpr int MaxClientPages = 20;
constexpr int MaxPhotosToLoad = 50;

} // namespace

void LoginFlow::onSessionIssued()
{
    m_me = Me();
    m_loadedClients.clear();
    m_clientPages = 0;
    send(m_api->get(QStringLiteral("/api/v1/me")), &LoginFlow::onMe);
}

void LoginFlow::onMe(ApiReply *reply)
{
    QString problem;
    if (!reply->isOk() || !Me::fromJson(reply->json(), &m_me, &problem)) {
        endSignedIn();
        fail(reply->isOk() ? ApiError(ApiError::Kind::ServerUnavailable, problem) : reply->error());
        return;
    }
    fetchClientsPage({});
}

void LoginFlow::fetchClientsPage(const QString &cursor)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(ClientsPageSize));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    ++m_clientPages;
    send(m_api->get(QStringLiteral("/api/v1/me/clients?") + query.toString(QUrl::FullyEncoded)),
         &LoginFlow::onClientsPage);
}

void LoginFlow::onClientsPage(ApiReply *reply)
{
    QList<ClientSummary> page;
    QString nextCursor;
    QString problem;
    if (!reply->isOk()
        || !ClientSummary::pageFromJson(reply->json(), &page, &nextCursor, &problem)) {
        endSignedIn();
        fail(reply->isOk() ? ApiError(ApiError::Kind::ServerUnavailable, problem) : reply->error());
        return;
    }
    m_loadedClients.append(page);
    if (!nextCursor.isEmpty() && m_clientPages < MaxClientPages) {
        fetchClientsPage(nextCursor);
        return;
    }
    onClientsLoaded();
}

void LoginFlow::onClientsLoaded()
{
    m_clients->setClients(m_loadedClients);
    if (m_loadedClients.isEmpty()) {
        endSignedIn();
        const QString help = ApiError::helpdeskSentence(m_helpdesk);
        const QString first = tr("Your account is not linked to any client yet, so there is "
                                 "nothing to show. Your care organisation can arrange this.");
        failWith(help.isEmpty() ? first : first + QLatin1Char(' ') + help);
        return;
    }
    clearError();
    if (m_loadedClients.size() == 1) {
        m_currentClient = m_loadedClients.first();
        setStep(Step::SignedIn);
        emit signedIn();
        return;
    }
    m_currentClient = ClientSummary();
    setStep(Step::ChooseClient);
    fetchClientPhotos();
}

void LoginFlow::fetchClientPhotos()
{
    // Photos make the picker friendlier but are not needed: they load beside the flow, and a
    // failure just leaves the initials.
    int count = 0;
    for (const ClientSummary &client : m_loadedClients) {
        if (client.photoUrl.isEmpty() || ++count > MaxPhotosToLoad)
            continue;
        ApiReply *reply = m_api->get(client.photoUrl, ApiReply::Expect::Bytes);
        const QString id = client.id;
        connect(reply, &ApiReply::finished, this, [this, reply, id] {
            if (!reply->isOk())
                return;
            QImage photo;
            if (photo.loadFromData(reply->body()))
                m_clients->setPhoto(id, photo);
        });
    }
}

void LoginFlow::chooseClient(const QString &clientId)
{
    if (m_step != Step::ChooseClient)
        return;
    const int row = m_clients->indexOf(clientId);
    if (row < 0)
        return;
    clearError();
    m_currentClient = m_clients->clients().at(row);
    setStep(Step::SignedIn);
    emit signedIn();
}

void LoginFlow::switchClient()
{
    if (m_step != Step::SignedIn || m_clients->rowCount() < 2)
        return;
    clearError();
    setStep(Step::ChooseClient);
}

// Leaves the signed-in part: forgets the session and everything loaded with it. The username
// stays for the credentials page.
void LoginFlow::endSignedIn()
{
    abortPending();
    if (m_api->hasSession()) {
        // Sent with the token before it is forgotten; nobody waits for the answer, so leaving
        // works at once, also without a network.
        m_api->del(QStringLiteral("/api/v1/session"));
        m_api->clearSession();
    }
    m_me = Me();
    m_currentClient = ClientSummary();
    m_loadedClients.clear();
    m_clients->clear();
    resetAttempt();
    // A shared computer shows the next person an empty sign-in page.
    if (m_kiosk)
        m_username.clear();
    setStep(Step::Credentials);
}

void LoginFlow::signOut()
{
    const bool wasBusy = isBusy();
    const bool hadSession = m_api->hasSession();
    endSignedIn();
    clearError();
    setNotice(hadSession ? tr("You are signed out.") : QString());
    notifyBusy(wasBusy);
    if (hadSession)
        emit signedOut();
}

void LoginFlow::endSession(const QString &reason)
{
    const bool wasBusy = isBusy();
    const bool signedInBefore
        = m_api->hasSession() || m_step == Step::SignedIn || m_step == Step::ChooseClient;
    if (!signedInBefore)
        return;
    qCInfo(lcAuth) << "session ended";
    endSignedIn();
    failWith(reason.isEmpty() ? tr("You were signed out. Please sign in again.") : reason);
    notifyBusy(wasBusy);
    emit signedOut();
}

void LoginFlow::backToCredentials()
{
    const bool wasBusy = isBusy();
    abortPending();
    if (m_step != Step::SignedIn && m_step != Step::ChooseClient)
        resetAttempt();
    clearError();
    setStep(Step::Credentials);
    notifyBusy(wasBusy);
}
