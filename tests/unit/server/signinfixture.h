#pragma once

#include "server/accounts/passwordhasher.h"
#include "server/accounts/person.h"
#include "server/app/serverservices.h"
#include "server/core/clock.h"
#include "server/http/router.h"

#include <QHostAddress>
#include <QJsonObject>

#include <memory>

// The person of the tests of the later sign-in steps (tst_signinsteps, tst_signinrepeats):
// Gerard, his temporary password, the one he chooses, and the computer he has remembered.
namespace SignInSteps {
inline const QString User = QStringLiteral("gvandijk");
inline const QString Temporary = QStringLiteral("Kx7-pRw2-Lm9q");
inline const QString Password = QStringLiteral("lente in het park bij de vijver");
inline const QString NewPassword = QStringLiteral("koffie met appeltaart op zondag");
inline const QString Laptop = QStringLiteral("Laptop van Gerard (Windows)");
} // namespace SignInSteps

// An in-process portal for the sign-in tests: an in-memory SQLite database, a ManualClock, the
// cheapest Argon2id cost (unless a test asks for more) and the real route table, driven through
// Router::dispatch without sockets.
class SignInFixture
{
public:
    static const QString Organization; // "Zorggroep De Linde"
    static const QString TermsVersion; // "2026-01"
    static const QHostAddress Address; // 127.0.0.1
    static const QString GoodPassword; // a password the default policy accepts
    static const QByteArray ImportKey; // the dossier import API's key (X-API-Key)

    explicit SignInFixture(Portiek::Server::Argon2Cost cost
                           = Portiek::Server::Argon2Cost::minimum());
    ~SignInFixture();

    Portiek::Server::ManualClock &clock() { return *m_clock; }
    Portiek::Server::ServerContext &context() { return m_services->context(); }
    const Portiek::Server::Router &router() const { return m_router; }
    bool isValid() const { return m_services != nullptr; }

    // A person with a permanent password who accepted the current terms, unless told otherwise.
    Portiek::Server::Person addPerson(const QString &username, const QString &password,
                                      bool temporary = false,
                                      const QString &termsAccepted = QStringLiteral("2026-01"));

    Portiek::Server::Response request(const QByteArray &method, const QString &path,
                                      const QJsonObject &body = {}, const QString &token = {},
                                      const QHostAddress &address = Address) const;
    Portiek::Server::Response post(const QString &path, const QJsonObject &body,
                                   const QHostAddress &address = Address) const
    {
        return request("POST", path, body, {}, address);
    }
    static QJsonObject json(const Portiek::Server::Response &response);
    static QString problemCode(const Portiek::Server::Response &response);

    // POST /api/v1/sign-in.
    Portiek::Server::Response start(const QString &username, const QString &password,
                                    const QJsonObject &extra = {},
                                    const QHostAddress &address = Address) const;
    // POST /api/v1/sign-in/sms-code/verify.
    Portiek::Server::Response verify(const QString &signInToken, const QString &code,
                                     const QJsonObject &extra = {},
                                     const QHostAddress &address = Address) const;
    // The digits of the newest SMS in the outbox; empty when there is none.
    QString lastSmsCode() const;
    int smsCount() const;
    // The newest e-mail's body.
    QString lastEmailBody() const;
    int emailCount() const;

    // Password and SMS code; returns the final (or next) SignInState.
    QJsonObject signIn(const QString &username, const QString &password,
                       const QJsonObject &verifyExtra = {}, const QJsonObject &startExtra = {});

private:
    std::unique_ptr<Portiek::Server::ServerServices> m_services;
    Portiek::Server::ManualClock *m_clock = nullptr;
    Portiek::Server::Router m_router;
};
