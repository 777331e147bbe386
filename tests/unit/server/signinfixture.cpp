#include "signinfixture.h"

#include "server/accounts/accountstore.h"
#include "server/app/apiroutes.h"
#include "server/outbox/outbox.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Portiek::Server;

const QString SignInFixture::Organization = QStringLiteral("Zorggroep De Linde");
const QString SignInFixture::TermsVersion = QStringLiteral("2026-01");
const QHostAddress SignInFixture::Address = QHostAddress(QStringLiteral("127.0.0.1"));
const QString SignInFixture::GoodPassword = QStringLiteral("lente in het park bij de vijver");
const QByteArray SignInFixture::ImportKey
    = QByteArrayLiteral("import-key-for-tests-0123456789abcdef");

SignInFixture::SignInFixture(Argon2Cost cost)
{
    LoadedServerConfig config;
    config.config.organization.name = Organization;
    config.config.organization.termsVersion = TermsVersion;
    config.termsText = QStringLiteral("Dit cliëntportaal is alleen voor cliënten.");
    config.config.importApi.apiKeyFile = QStringLiteral("/nonexistent/import-key");
    config.config.importApi.systemName = QStringLiteral("ECD-koppeling Zorggroep De Linde");
    config.importApiKey = ImportKey;

    auto clock = std::make_unique<ManualClock>();
    m_clock = clock.get();
    ServerServices::Options options;
    options.clock = std::move(clock);
    options.passwordCost = cost;
    options.inMemoryDatabase = true;
    QString error;
    m_services = ServerServices::open(config, &error, std::move(options));
    if (!m_services) {
        qWarning("SignInFixture: %s", qUtf8Printable(error));
        return;
    }
    registerApiRoutes(m_router, m_services->context());
}

SignInFixture::~SignInFixture() = default;

Person SignInFixture::addPerson(const QString &username, const QString &password, bool temporary,
                                const QString &termsAccepted)
{
    Person person;
    person.username = username;
    person.givenName = QStringLiteral("Gerard");
    person.familyNamePrefix = QStringLiteral("van");
    person.familyName = QStringLiteral("Dijk");
    person.email = username + QStringLiteral("@example.org");
    person.mobile = QStringLiteral("+31612345678");
    person.role = Role::Client;
    person.passwordHash = context().passwordHasher.hash(password);
    person.passwordTemporary = temporary;
    if (temporary)
        person.temporaryPasswordExpiresAt = clock().now().addDays(14);
    person.termsVersionAccepted = termsAccepted;
    const std::optional<Person> created = context().accounts.create(person);
    if (!created)
        qWarning("SignInFixture: cannot create %s", qUtf8Printable(username));
    return created.value_or(person);
}

Response SignInFixture::request(const QByteArray &method, const QString &path,
                                const QJsonObject &body, const QString &token,
                                const QHostAddress &address) const
{
    Request request(method, QUrl(path));
    if (!body.isEmpty() || method == "POST" || method == "PUT") {
        request.setBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
        request.addHeader("Content-Type", "application/json");
    }
    if (!token.isEmpty())
        request.addHeader("Authorization", "Bearer " + token.toLatin1());
    request.setRemoteAddress(address);
    return m_router.dispatch(request);
}

QJsonObject SignInFixture::json(const Response &response)
{
    return QJsonDocument::fromJson(response.body()).object();
}

QString SignInFixture::problemCode(const Response &response)
{
    return json(response).value(QStringLiteral("code")).toString();
}

Response SignInFixture::start(const QString &username, const QString &password,
                              const QJsonObject &extra, const QHostAddress &address) const
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("username"), username);
    body.insert(QStringLiteral("password"), password);
    return post(QStringLiteral("/api/v1/sign-in"), body, address);
}

Response SignInFixture::verify(const QString &signInToken, const QString &code,
                               const QJsonObject &extra, const QHostAddress &address) const
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("signInToken"), signInToken);
    body.insert(QStringLiteral("code"), code);
    return post(QStringLiteral("/api/v1/sign-in/sms-code/verify"), body, address);
}

QString SignInFixture::lastSmsCode() const
{
    const QList<OutboxMessage> messages = m_services->context().outbox.all();
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->channel != OutboxMessage::Channel::Sms)
            continue;
        static const QRegularExpression digits(QStringLiteral("\\b(\\d{6})\\b"));
        return digits.match(it->body).captured(1);
    }
    return {};
}

int SignInFixture::smsCount() const
{
    int count = 0;
    for (const OutboxMessage &message : m_services->context().outbox.all())
        count += message.channel == OutboxMessage::Channel::Sms ? 1 : 0;
    return count;
}

QString SignInFixture::lastEmailBody() const
{
    const QList<OutboxMessage> messages = m_services->context().outbox.all();
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->channel == OutboxMessage::Channel::Email)
            return it->body;
    }
    return {};
}

int SignInFixture::emailCount() const
{
    int count = 0;
    for (const OutboxMessage &message : m_services->context().outbox.all())
        count += message.channel == OutboxMessage::Channel::Email ? 1 : 0;
    return count;
}

QJsonObject SignInFixture::signIn(const QString &username, const QString &password,
                                  const QJsonObject &verifyExtra, const QJsonObject &startExtra)
{
    const QJsonObject started = json(start(username, password, startExtra));
    if (started.value(QStringLiteral("next")).toString() != QLatin1String("smsCode"))
        return started;
    return json(verify(started.value(QStringLiteral("signInToken")).toString(), lastSmsCode(),
                       verifyExtra));
}
