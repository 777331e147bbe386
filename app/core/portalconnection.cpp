#include "core/portalconnection.h"

#include "core/apireply.h"
#include "core/logging.h"
#include "core/portalapi.h"
#include "core/serveraddress.h"

#include <QBuffer>
#include <QImageReader>

PortalConnection::PortalConnection(PortalApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

void PortalConnection::connectToAddress(const QString &typedAddress)
{
    const ServerAddress::Result address
        = ServerAddress::fromUserInput(typedAddress, m_api->allowsPlainHttpToLoopback());
    switch (address.problem) {
    case ServerAddress::Problem::None:
        connectToPortal(address.url);
        return;
    case ServerAddress::Problem::Insecure:
        cancel();
        fail(ApiError(ApiError::Kind::InsecureAddress, typedAddress));
        return;
    case ServerAddress::Problem::Empty:
    case ServerAddress::Problem::Invalid:
        cancel();
        fail(ApiError(ApiError::Kind::InvalidAddress, typedAddress));
        return;
    }
}

void PortalConnection::connectToPortal(const QUrl &baseUrl)
{
    cancel();
    m_portalUrl = baseUrl;
    m_organization = {};
    m_logo = {};
    m_lastError = {};
    m_api->setBaseUrl(baseUrl);
    setState(State::Connecting);
    qCInfo(lcConnection) << "connecting to" << baseUrl.toString();
    ApiReply *reply = m_api->get(QStringLiteral("/api/v1/organization"));
    m_pending = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onOrganizationReply(reply); });
}

void PortalConnection::cancel()
{
    if (!m_pending)
        return;
    ApiReply *pending = m_pending;
    m_pending = nullptr; // its finished() is now ignored
    pending->disconnect(this);
    pending->abort();
    if (m_state == State::Connecting)
        setState(State::Disconnected);
}

Helpdesk PortalConnection::helpdesk() const
{
    return m_organization.helpdesk.isEmpty() ? m_rememberedHelpdesk : m_organization.helpdesk;
}

void PortalConnection::setRememberedHelpdesk(const Helpdesk &helpdesk)
{
    m_rememberedHelpdesk = helpdesk;
    ApiError::setKnownHelpdesk(this->helpdesk());
}

void PortalConnection::onOrganizationReply(ApiReply *reply)
{
    if (reply != m_pending)
        return;
    m_pending = nullptr;
    if (!reply->isOk()) {
        ApiError error = reply->error();
        // Only a portal answers problem+json on this public address; anything else is not ours.
        if (error.kind() == ApiError::Kind::Problem)
            error = ApiError(ApiError::Kind::NotAPortal, error.detail());
        fail(error);
        return;
    }
    QString problem;
    if (!OrganizationInfo::fromJson(reply->json(), &m_organization, &problem)) {
        fail(ApiError(ApiError::Kind::NotAPortal, problem));
        return;
    }
    if (m_organization.logoPath.isEmpty()) {
        succeed();
        return;
    }
    ApiReply *logoReply = m_api->get(m_organization.logoPath, ApiReply::Expect::Bytes);
    m_pending = logoReply;
    connect(logoReply, &ApiReply::finished, this, [this, logoReply] { onLogoReply(logoReply); });
}

void PortalConnection::onLogoReply(ApiReply *reply)
{
    if (reply != m_pending)
        return;
    m_pending = nullptr;
    // A missing or broken logo is no reason to keep anyone from signing in: carry on without.
    if (reply->isOk()) {
        QByteArray bytes = reply->body();
        QBuffer buffer(&bytes);
        QImageReader reader(&buffer);
        const QSize size = reader.size();
        if (size.isValid() && size.width() <= MaxLogoSide && size.height() <= MaxLogoSide)
            m_logo = reader.read();
        if (m_logo.isNull())
            qCWarning(lcConnection) << "the portal's logo is not a usable image";
    } else {
        qCWarning(lcConnection) << "could not fetch the portal's logo:" << reply->error().detail();
    }
    succeed();
}

void PortalConnection::fail(const ApiError &error)
{
    m_lastError = error;
    qCInfo(lcConnection) << "connection failed:" << static_cast<int>(error.kind())
                         << error.detail();
    setState(State::Failed);
    emit failed(error);
}

void PortalConnection::succeed()
{
    qCInfo(lcConnection) << "connected to" << m_organization.name;
    ApiError::setKnownHelpdesk(helpdesk());
    setState(State::Connected);
    emit connected();
}

void PortalConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
