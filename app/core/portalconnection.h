#pragma once

#include "core/apierror.h"
#include "core/organizationinfo.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QUrl>

class ApiReply;
class PortalApi;

// Finds the portal behind an address: fetches the organisation's information and logo, and keeps
// them for the screens that show who the user is signing in to.
class PortalConnection : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(State)

    static constexpr int MaxLogoSide = 2048;

    explicit PortalConnection(PortalApi *api, QObject *parent = nullptr);

    // Parses what the user typed; a bad address fails at once without touching the network.
    void connectToAddress(const QString &typedAddress);
    void connectToPortal(const QUrl &baseUrl);
    void cancel();

    State state() const { return m_state; }
    QUrl portalUrl() const { return m_portalUrl; }
    const OrganizationInfo &organization() const { return m_organization; }
    QImage logo() const { return m_logo; }
    const ApiError &lastError() const { return m_lastError; }

    // Helpdesk contact to offer with errors: the portal's own once connected, otherwise what was
    // remembered from an earlier visit or a provisioning file.
    Helpdesk helpdesk() const;
    // Also makes it the helpdesk every error that needs a person names (ApiError::knownHelpdesk),
    // until the portal gives its own.
    void setRememberedHelpdesk(const Helpdesk &helpdesk);

signals:
    void stateChanged(PortalConnection::State state);
    void connected();
    void failed(const ApiError &error);

private:
    void onOrganizationReply(ApiReply *reply);
    void onLogoReply(ApiReply *reply);
    void setState(State state);
    void fail(const ApiError &error);
    void succeed();

    PortalApi *m_api;
    QPointer<ApiReply> m_pending;
    State m_state = State::Disconnected;
    QUrl m_portalUrl;
    OrganizationInfo m_organization;
    QImage m_logo;
    ApiError m_lastError;
    Helpdesk m_rememberedHelpdesk;
};
