// LoginFlow's terms step: the organisation's current text, and accepting it.
#include "core/apireply.h"
#include "core/loginflow.h"
#include "core/portalapi.h"

void LoginFlow::reloadTerms()
{
    if (isBusy())
        return;
    m_termsLoaded = false;
    const QString path = m_state.acceptTerms.termsUrl.isEmpty()
        ? QStringLiteral("/api/v1/organization/terms")
        : m_state.acceptTerms.termsUrl;
    send(m_api->get(path), &LoginFlow::onTerms);
}

void LoginFlow::onTerms(ApiReply *reply)
{
    if (!reply->isOk()) {
        fail(reply->error());
        return;
    }
    QString problem;
    OrganizationTerms terms;
    if (!OrganizationTerms::fromJson(reply->json(), &terms, &problem)) {
        fail(ApiError(ApiError::Kind::ServerUnavailable, problem));
        return;
    }
    m_terms = terms;
    m_termsLoaded = true;
    emit termsChanged();
}

void LoginFlow::acceptTerms()
{
    if (isBusy() || m_step != Step::Terms || !m_termsLoaded)
        return;
    clearError();
    send(m_api->post(QStringLiteral("/api/v1/sign-in/terms"),
                     { { QStringLiteral("signInToken"), m_state.signInToken },
                       { QStringLiteral("termsVersion"), m_terms.version } },
                     PortalApi::newIdempotencyKey()),
         &LoginFlow::onSignInAnswer);
}
