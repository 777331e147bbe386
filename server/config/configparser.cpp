#include "server/config/configparser.h"

#include "server/config/jsonsection.h"
#include "server/config/measurementtypeconfig.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace Portiek::Server {

namespace {

using Presence = JsonSection::Presence;

constexpr int MaxNameLength = 200;
constexpr qint64 MaxRequestBodyLimit = 1024LL * 1024 * 1024;
constexpr qint64 MaxValidDays = 90;

// "line 4, column 7" for a byte offset, counting columns in characters, not UTF-8 bytes.
QString describePosition(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

QString resolvePath(const QDir &baseDirectory, const QString &path)
{
    return QDir::cleanPath(baseDirectory.absoluteFilePath(path));
}

void readListen(const JsonSection &root, ServerConfig &config)
{
    const JsonSection listen
        = root.object(QStringLiteral("listen"),
                      { QStringLiteral("address"), QStringLiteral("port") }, Presence::Optional);
    if (const auto address = listen.string(QStringLiteral("address"), Presence::Optional)) {
        if (address->compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
            config.listenAddress = QHostAddress(QHostAddress::LocalHost);
        } else {
            // No host names: resolving one at start-up could silently bind somewhere else.
            const QHostAddress parsed(*address);
            if (parsed.isNull())
                listen.fail(QStringLiteral("address"),
                            QStringLiteral("must be an IP address or \"localhost\""));
            else
                config.listenAddress = parsed;
        }
    }
    if (const auto port = listen.wholeNumber(QStringLiteral("port"), 0, 65535))
        config.listenPort = quint16(*port);
}

void readTls(const JsonSection &root, const QDir &baseDirectory, ServerConfig &config)
{
    const JsonSection tls = root.object(
        QStringLiteral("tls"), { QStringLiteral("certificate"), QStringLiteral("privateKey") },
        Presence::Required);
    if (const auto path = tls.string(QStringLiteral("certificate"), Presence::Required))
        config.certificatePath = resolvePath(baseDirectory, *path);
    if (const auto path = tls.string(QStringLiteral("privateKey"), Presence::Required))
        config.privateKeyPath = resolvePath(baseDirectory, *path);
}

void readLimits(const JsonSection &root, ServerConfig &config)
{
    const JsonSection limits = root.object(
        QStringLiteral("limits"), { QStringLiteral("maxRequestBodyBytes") }, Presence::Optional);
    if (const auto bytes
        = limits.wholeNumber(QStringLiteral("maxRequestBodyBytes"), 1, MaxRequestBodyLimit))
        config.maxRequestBodyBytes = *bytes;
}

void readHelpdesk(const JsonSection &organization, Helpdesk &helpdesk)
{
    const JsonSection section = organization.object(
        QStringLiteral("helpdesk"), { QStringLiteral("phone"), QStringLiteral("email") },
        Presence::Optional);
    helpdesk.phone
        = section.string(QStringLiteral("phone"), Presence::Optional).value_or(QString());
    helpdesk.email
        = section.string(QStringLiteral("email"), Presence::Optional).value_or(QString());
    // Only a typo check: the address is shown to people, nobody sends mail to it from here.
    const qsizetype at = helpdesk.email.indexOf(QLatin1Char('@'));
    if (!helpdesk.email.isEmpty()
        && (at <= 0 || at != helpdesk.email.lastIndexOf(QLatin1Char('@'))
            || at == helpdesk.email.size() - 1 || helpdesk.email.contains(QLatin1Char(' ')))) {
        section.fail(QStringLiteral("email"), QStringLiteral("must be an e-mail address"));
    }
}

void readPasswordPolicy(const JsonSection &organization, PasswordPolicy &policy)
{
    const JsonSection section = organization.object(
        QStringLiteral("passwordPolicy"),
        { QStringLiteral("minLength"), QStringLiteral("maxLength"),
          QStringLiteral("requireMixedCase"), QStringLiteral("requireNonLetter") },
        Presence::Optional);
    if (section.contains(QStringLiteral("maxLength"))) {
        section.fail(QStringLiteral("maxLength"),
                     QStringLiteral("cannot be configured (it is always %1)")
                         .arg(PasswordPolicy::MaxLength));
    }
    if (const auto minLength
        = section.wholeNumber(QStringLiteral("minLength"), PasswordPolicy::MinimumOfMinLength,
                              PasswordPolicy::MaxLength))
        policy.minLength = int(*minLength);
    if (const auto mixedCase = section.boolean(QStringLiteral("requireMixedCase")))
        policy.requireMixedCase = *mixedCase;
    if (const auto nonLetter = section.boolean(QStringLiteral("requireNonLetter")))
        policy.requireNonLetter = *nonLetter;
}

void readTerms(const JsonSection &organization, const QDir &baseDirectory, TermsConfig &terms)
{
    const JsonSection section = organization.object(
        QStringLiteral("terms"), { QStringLiteral("title"), QStringLiteral("file") },
        Presence::Optional);
    if (!organization.contains(QStringLiteral("terms")))
        return;
    if (const auto title = section.string(QStringLiteral("title"), Presence::Required)) {
        if (title->toUcs4().size() > MaxNameLength) {
            section.fail(QStringLiteral("title"),
                         QStringLiteral("must be at most %1 characters").arg(MaxNameLength));
        }
        terms.title = *title;
    }
    if (const auto file = section.string(QStringLiteral("file"), Presence::Required))
        terms.textPath = resolvePath(baseDirectory, *file);
}

void readOrganization(const JsonSection &root, const QDir &baseDirectory, ServerConfig &config)
{
    OrganizationConfig &organization = config.organization;
    const JsonSection section
        = root.object(QStringLiteral("organization"),
                      { QStringLiteral("name"), QStringLiteral("logo"), QStringLiteral("helpdesk"),
                        QStringLiteral("termsVersion"), QStringLiteral("terms"),
                        QStringLiteral("passwordPolicy") },
                      Presence::Required);
    if (const auto name = section.string(QStringLiteral("name"), Presence::Required)) {
        if (name->toUcs4().size() > MaxNameLength) {
            section.fail(QStringLiteral("name"),
                         QStringLiteral("must be at most %1 characters").arg(MaxNameLength));
        }
        organization.name = *name;
    }
    if (const auto logo = section.string(QStringLiteral("logo"), Presence::Optional))
        organization.logoPath = resolvePath(baseDirectory, *logo);
    readHelpdesk(section, organization.helpdesk);
    if (const auto terms = section.string(QStringLiteral("termsVersion"), Presence::Required))
        organization.termsVersion = *terms;
    readTerms(section, baseDirectory, organization.terms);
    readPasswordPolicy(section, organization.passwordPolicy);
}

bool isLoopbackHost(const QString &host)
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || QHostAddress(host).isLoopback();
}

void readDatabase(const JsonSection &root, const QDir &baseDirectory, DatabaseConfig &database)
{
    const JsonSection section
        = root.object(QStringLiteral("database"),
                      { QStringLiteral("driver"), QStringLiteral("path"), QStringLiteral("host"),
                        QStringLiteral("port"), QStringLiteral("name"), QStringLiteral("user"),
                        QStringLiteral("passwordFile") },
                      Presence::Optional);
    const QString driver = section.string(QStringLiteral("driver"), Presence::Optional)
                               .value_or(QStringLiteral("sqlite"));
    const QStringList postgresKeys
        = { QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("name"),
            QStringLiteral("user"), QStringLiteral("passwordFile") };
    if (driver == QLatin1String("sqlite")) {
        database.driver = DatabaseConfig::Driver::Sqlite;
        for (const QString &key : postgresKeys) {
            if (section.contains(key))
                section.fail(key, QStringLiteral("is only for the \"postgresql\" driver"));
        }
        database.sqlitePath = resolvePath(baseDirectory,
                                          section.string(QStringLiteral("path"), Presence::Optional)
                                              .value_or(QStringLiteral("portiek.sqlite")));
    } else if (driver == QLatin1String("postgresql")) {
        database.driver = DatabaseConfig::Driver::PostgreSql;
        if (section.contains(QStringLiteral("path")))
            section.fail(QStringLiteral("path"),
                         QStringLiteral("is only for the \"sqlite\" driver"));
        database.host = section.string(QStringLiteral("host"), Presence::Optional)
                            .value_or(QStringLiteral("localhost"));
        if (const auto port = section.wholeNumber(QStringLiteral("port"), 1, 65535))
            database.port = quint16(*port);
        database.name
            = section.string(QStringLiteral("name"), Presence::Required).value_or(QString());
        database.user
            = section.string(QStringLiteral("user"), Presence::Required).value_or(QString());
        if (const auto file = section.string(QStringLiteral("passwordFile"), Presence::Optional))
            database.passwordFile = resolvePath(baseDirectory, *file);
    } else {
        section.fail(QStringLiteral("driver"),
                     QStringLiteral("must be \"sqlite\" or \"postgresql\""));
    }
}

void readPublicUrl(const JsonSection &root, ServerConfig &config)
{
    const auto text = root.string(QStringLiteral("publicUrl"), Presence::Optional);
    if (!text) {
        // What the portal answers on; a deployment behind a proxy names its real address.
        config.publicUrl.setScheme(QStringLiteral("https"));
        config.publicUrl.setHost(config.listenAddress == QHostAddress(QHostAddress::LocalHost)
                                     ? QStringLiteral("localhost")
                                     : config.listenAddress.toString());
        config.publicUrl.setPort(config.listenPort);
        return;
    }
    const QUrl url(*text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()
        || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
        root.fail(QStringLiteral("publicUrl"),
                  QStringLiteral("must be an https address such as https://portaal.example.nl"));
        return;
    }
    config.publicUrl = url;
}

void readTemporaryPasswordValidDays(const JsonSection &root, ServerConfig &config)
{
    if (const auto days
        = root.wholeNumber(QStringLiteral("temporaryPasswordValidDays"), 1, MaxValidDays))
        config.temporaryPasswordValidDays = int(*days);
}

void readOutbox(const JsonSection &root, const QDir &baseDirectory, OutboxGatewayConfig &gateway)
{
    const JsonSection outbox
        = root.object(QStringLiteral("outbox"), { QStringLiteral("gateway") }, Presence::Optional);
    if (!outbox.contains(QStringLiteral("gateway")))
        return;
    const JsonSection section = outbox.object(
        QStringLiteral("gateway"), { QStringLiteral("url"), QStringLiteral("apiKeyFile") },
        Presence::Required);
    if (const auto text = section.string(QStringLiteral("url"), Presence::Required)) {
        const QUrl url(*text, QUrl::StrictMode);
        const bool https = url.scheme() == QLatin1String("https");
        const bool http = url.scheme() == QLatin1String("http");
        if (!url.isValid() || (!https && !http) || url.host().isEmpty()) {
            section.fail(QStringLiteral("url"), QStringLiteral("must be an http(s) address"));
        } else if (http && !isLoopbackHost(url.host())) {
            // Codes and temporary passwords travel in these messages.
            section.fail(QStringLiteral("url"),
                         QStringLiteral("must use https (plain http only to this machine)"));
        } else {
            gateway.url = url;
        }
    }
    if (const auto file = section.string(QStringLiteral("apiKeyFile"), Presence::Required))
        gateway.apiKeyFile = resolvePath(baseDirectory, *file);
}

std::optional<QTime> readClockTime(const JsonSection &section, const QString &key)
{
    const auto text = section.string(key, Presence::Optional);
    if (!text)
        return std::nullopt;
    const QTime time = QTime::fromString(*text, QStringLiteral("HH:mm"));
    if (!time.isValid() || text->size() != 5) {
        section.fail(key, QStringLiteral("must be a time of day as HH:MM"));
        return std::nullopt;
    }
    return time;
}

void readImport(const JsonSection &root, const QDir &baseDirectory, ImportConfig &config)
{
    const JsonSection section
        = root.object(QStringLiteral("import"),
                      { QStringLiteral("apiKeyFile"), QStringLiteral("systemName"),
                        QStringLiteral("intervalMinutes"), QStringLiteral("windowStart"),
                        QStringLiteral("windowEnd") },
                      Presence::Optional);
    if (const auto file = section.string(QStringLiteral("apiKeyFile"), Presence::Optional))
        config.apiKeyFile = resolvePath(baseDirectory, *file);
    if (const auto name = section.string(QStringLiteral("systemName"), Presence::Optional)) {
        if (name->size() > MaxNameLength)
            section.fail(QStringLiteral("systemName"), QStringLiteral("is too long"));
        else
            config.systemName = *name;
    }
    if (const auto minutes = section.wholeNumber(QStringLiteral("intervalMinutes"), 15, 24 * 60))
        config.intervalMinutes = int(*minutes);
    if (const auto start = readClockTime(section, QStringLiteral("windowStart")))
        config.windowStart = *start;
    if (const auto end = readClockTime(section, QStringLiteral("windowEnd")))
        config.windowEnd = *end;
    if (config.windowEnd <= config.windowStart) {
        section.fail(QStringLiteral("windowEnd"), QStringLiteral("must be after windowStart"));
    }
}

} // namespace

ConfigResult<ServerConfig> parseServerConfig(const QByteArray &json, const QString &sourceName,
                                             const QDir &baseDirectory)
{
    const auto failure = [&](const QString &problem) {
        return ConfigResult<ServerConfig>::failure(sourceName + QStringLiteral(": ") + problem);
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failure(
            QStringLiteral("%1: JSON syntax error: %2")
                .arg(describePosition(json, parseError.offset), parseError.errorString()));
    }
    if (!document.isObject())
        return failure(QStringLiteral("the top level must be a JSON object"));

    QString error;
    const JsonSection root(document.object(), QString(),
                           { QStringLiteral("listen"), QStringLiteral("tls"),
                             QStringLiteral("limits"), QStringLiteral("organization"),
                             QStringLiteral("database"), QStringLiteral("publicUrl"),
                             QStringLiteral("temporaryPasswordValidDays"), QStringLiteral("outbox"),
                             QStringLiteral("import"), QStringLiteral("measurementTypes") },
                           &error);
    ServerConfig config;
    readListen(root, config);
    readTls(root, baseDirectory, config);
    readLimits(root, config);
    readOrganization(root, baseDirectory, config);
    readDatabase(root, baseDirectory, config.database);
    readPublicUrl(root, config);
    readTemporaryPasswordValidDays(root, config);
    readOutbox(root, baseDirectory, config.outboxGateway);
    readImport(root, baseDirectory, config.importApi);
    readMeasurementTypes(document.object(), &error, &config.measurementTypes);
    if (!error.isEmpty())
        return failure(error);
    return ConfigResult<ServerConfig>::success(config);
}

} // namespace Portiek::Server
