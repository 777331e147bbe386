#pragma once

#include "core/loginflow.h"
#include "core/portalapi.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTest>

#include <memory>

// One copy of the client as the app wires it, against the real TestServer: its own network
// manager, a PortalApi that trusts the server's test CA, and a real LoginFlow over the trusted-
// device store the test hands in (so two SignInClients on one store are "the same computer").
class SignInClient
{
public:
    static constexpr int TimeoutMs = 15000;

    SignInClient(const TestServer &server, TrustedDeviceStore *devices)
        : m_api(&m_network)
        , m_flow(&m_api, devices)
    {
        m_api.setBaseUrl(server.url());
        m_api.setExtraCaCertificates(server.caCertificates());
        m_flow.setDeviceName(QStringLiteral("Testcomputer"));
        QObject::connect(&m_flow, &LoginFlow::stepChanged, &m_flow,
                         [this](LoginFlow::Step step) { m_steps.append(step); });
    }

    LoginFlow &flow() { return m_flow; }
    PortalApi &api() { return m_api; }
    QNetworkAccessManager &network() { return m_network; }
    // Every step the flow entered, in order.
    QList<LoginFlow::Step> steps() const { return m_steps; }

    // Waits until the flow rests (is no longer busy) and says whether it rests at `step` without
    // an error. Every action that talks to the server makes the flow busy at once, so resting
    // anywhere else is a definite answer; describe() then says where it stopped.
    bool waitForStep(LoginFlow::Step step)
    {
        const bool rests = QTest::qWaitFor([&] { return !m_flow.isBusy(); }, TimeoutMs);
        return rests && m_flow.step() == step && m_flow.errorMessage().isEmpty();
    }
    // Signs in as the demo representative Mark van Dijk (every right for his clients), with the
    // SMS code the server sent, and chooses `clientId`. False at the first step that does not
    // come; describe() says where it stopped.
    bool signInAsRepresentative(TestServer &server, const QString &clientId)
    {
        m_flow.signIn(QStringLiteral("mvandijk"),
                      QStringLiteral("lente in het park bij de vijver"));
        if (!waitForStep(LoginFlow::Step::SmsCode))
            return false;
        m_flow.submitSmsCode(server.latestSmsCode(QStringLiteral("+31612340517")));
        if (!waitForStep(LoginFlow::Step::ChooseClient))
            return false;
        m_flow.chooseClient(clientId);
        return waitForStep(LoginFlow::Step::SignedIn);
    }
    // Waits until the flow rests with an error message.
    bool waitForError()
    {
        return QTest::qWaitFor([&] { return !m_flow.isBusy() && !m_flow.errorMessage().isEmpty(); },
                               TimeoutMs);
    }

    QString describe() const
    {
        return QStringLiteral("step %1, error \"%2\" (%3)")
            .arg(QString::fromLatin1(
                     QMetaEnum::fromType<LoginFlow::Step>().valueToKey(int(m_flow.step()))),
                 m_flow.errorMessage(), m_flow.lastError().problemCode());
    }

private:
    QNetworkAccessManager m_network;
    PortalApi m_api;
    LoginFlow m_flow;
    QList<LoginFlow::Step> m_steps;
};

// A new account made as a coordinating caregiver does (`portiek-server account create`), and
// what its invitation e-mail says.
struct InvitedAccount
{
    QString username;
    QString temporaryPassword;
    QString email;
    QString mobile;
    QString clientId;
    QString invitation; // the e-mail's body

    // Creates a client account "<username>" for dossier `clientId`; false with `error` set when
    // the command fails or the e-mail lacks the username or the password.
    static bool create(TestServer &server, const QString &username, const QString &clientId,
                       const QString &mobile, InvitedAccount *account, QString *error)
    {
        account->email = username + QStringLiteral("@example.nl");
        account->mobile = mobile;
        account->clientId = clientId;
        if (!server.runCommand(
                { QStringLiteral("account"), QStringLiteral("create"), QStringLiteral("--username"),
                  username, QStringLiteral("--given-name"), QStringLiteral("Joke"),
                  QStringLiteral("--family-name-prefix"), QStringLiteral("de"),
                  QStringLiteral("--family-name"), QStringLiteral("Vries"),
                  QStringLiteral("--email"), account->email, QStringLiteral("--mobile"), mobile,
                  QStringLiteral("--role"), QStringLiteral("client"), QStringLiteral("--client"),
                  clientId })) {
            *error = server.errorString();
            return false;
        }
        account->invitation = server.latestEmail(account->email);
        static const QRegularExpression user(QStringLiteral("Gebruikersnaam: (\\S+)"));
        static const QRegularExpression password(QStringLiteral("Tijdelijk wachtwoord: (\\S+)"));
        account->username = user.match(account->invitation).captured(1);
        account->temporaryPassword = password.match(account->invitation).captured(1);
        if (account->username.isEmpty() || account->temporaryPassword.isEmpty()) {
            *error = QStringLiteral("no username or password in the invitation: ")
                + account->invitation;
            return false;
        }
        return true;
    }
};

// How many text messages the server queued for `mobile` so far.
inline int smsCount(TestServer &server, const QString &mobile)
{
    int count = 0;
    const QJsonArray messages = server.outbox();
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        if (message.value(QStringLiteral("channel")).toString() == QLatin1String("sms")
            && message.value(QStringLiteral("to")).toString() == mobile)
            ++count;
    }
    return count;
}
