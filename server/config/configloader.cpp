#include "server/config/configloader.h"

#include "server/config/configparser.h"
#include "server/config/logoimage.h"
#include "server/config/smallfile.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace Portiek::Server {

namespace {

constexpr qint64 MaxConfigFileBytes = 1024 * 1024;
constexpr qint64 MaxPemFileBytes = 1024 * 1024;
constexpr int ExpiryWarningDays = 30;
constexpr qint64 MaxTermsFileBytes = 1024 * 1024;
constexpr qint64 MaxSecretFileBytes = 4096;

std::optional<QList<QSslCertificate>> readCertificateChain(const QString &path, QString *error)
{
    const std::optional<QByteArray> pem = readSmallFile(path, MaxPemFileBytes, error);
    if (!pem)
        return std::nullopt;
    // First certificate: ours; the rest: the intermediates a client needs to reach its root.
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*pem, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = QStringLiteral("%1 is not a PEM certificate").arg(path);
        return std::nullopt;
    }
    return chain;
}

std::optional<QSslKey> readPrivateKey(const QString &path, QString *error)
{
    const std::optional<QByteArray> pem = readSmallFile(path, MaxPemFileBytes, error);
    if (!pem)
        return std::nullopt;
    // QSslKey wants to be told the algorithm; these two are what certificate authorities issue.
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec }) {
        const QSslKey key(*pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    *error = QStringLiteral("%1 is not an unencrypted PEM private key (RSA or EC)").arg(path);
    return std::nullopt;
}

// The terms as people read them: UTF-8 text, not empty.
std::optional<QString> readTextFile(const QString &path, qint64 maxBytes, QString *error)
{
    const std::optional<QByteArray> bytes = readSmallFile(path, maxBytes, error);
    if (!bytes)
        return std::nullopt;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(*bytes);
    if (decoder.hasError()) {
        *error = QStringLiteral("%1 is not UTF-8 text").arg(path);
        return std::nullopt;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.trimmed().isEmpty()) {
        *error = QStringLiteral("%1 is empty").arg(path);
        return std::nullopt;
    }
    return text;
}

// A password or API key kept in a file of its own (readable only by the service): one line,
// the newline an editor adds removed.
constexpr int MinImportApiKeyLength = 32;

std::optional<QByteArray> readSecretFile(const QString &path, QString *error)
{
    std::optional<QByteArray> secret = readSmallFile(path, MaxSecretFileBytes, error);
    if (!secret)
        return std::nullopt;
    while (secret->endsWith('\n') || secret->endsWith('\r'))
        secret->chop(1);
    if (secret->isEmpty() || secret->contains('\n')) {
        *error = QStringLiteral("%1 must hold one non-empty line").arg(path);
        return std::nullopt;
    }
    return secret;
}

void collectWarnings(LoadedServerConfig &loaded)
{
    const QSslCertificate &leaf = loaded.certificateChain.first();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (leaf.expiryDate() < now) {
        loaded.warnings.append(
            QStringLiteral("tls.certificate: the certificate expired on %1; clients will "
                           "refuse to connect")
                .arg(leaf.expiryDate().toString(Qt::ISODate)));
    } else if (leaf.effectiveDate() > now) {
        loaded.warnings.append(QStringLiteral("tls.certificate: the certificate is not valid "
                                              "before %1; clients will refuse to connect")
                                   .arg(leaf.effectiveDate().toString(Qt::ISODate)));
    } else if (leaf.expiryDate() < now.addDays(ExpiryWarningDays)) {
        loaded.warnings.append(QStringLiteral("tls.certificate: the certificate expires on %1")
                                   .arg(leaf.expiryDate().toString(Qt::ISODate)));
    }
#ifdef Q_OS_UNIX
    if (QFile::permissions(loaded.config.privateKeyPath) & QFileDevice::ReadOther) {
        loaded.warnings.append(
            QStringLiteral("tls.privateKey: %1 can be read by every user of this machine")
                .arg(loaded.config.privateKeyPath));
    }
#endif
}

} // namespace

ConfigResult<LoadedServerConfig> loadServerConfig(const QString &filePath)
{
    QString error;
    const std::optional<QByteArray> json = readSmallFile(filePath, MaxConfigFileBytes, &error);
    if (!json) // the error already names the file
        return ConfigResult<LoadedServerConfig>::failure(error);

    const ConfigResult<ServerConfig> parsed
        = parseServerConfig(*json, filePath, QFileInfo(filePath).absoluteDir());
    if (!parsed.isOk())
        return ConfigResult<LoadedServerConfig>::failure(parsed.error());
    return loadServerFiles(parsed.value(), filePath);
}

ConfigResult<LoadedServerConfig> loadServerFiles(const ServerConfig &config,
                                                 const QString &sourceName)
{
    const auto failure = [&](const char *key, const QString &problem) {
        return ConfigResult<LoadedServerConfig>::failure(
            QStringLiteral("%1: %2: %3").arg(sourceName, QLatin1String(key), problem));
    };

    LoadedServerConfig loaded;
    loaded.config = config;
    QString error;

    const auto chain = readCertificateChain(config.certificatePath, &error);
    if (!chain)
        return failure("tls.certificate", error);
    loaded.certificateChain = *chain;

    const auto key = readPrivateKey(config.privateKeyPath, &error);
    if (!key)
        return failure("tls.privateKey", error);
    loaded.privateKey = *key;

    const QString &logoPath = config.organization.logoPath;
    if (!logoPath.isEmpty()) {
        const auto bytes = readSmallFile(logoPath, LogoImage::MaxBytes, &error);
        if (!bytes)
            return failure("organization.logo", error);
        const auto logo = LogoImage::validate(*bytes, logoPath, &error);
        if (!logo)
            return failure("organization.logo", error);
        loaded.logo = *logo;
    }

    const QString &termsPath = config.organization.terms.textPath;
    if (!termsPath.isEmpty()) {
        const auto text = readTextFile(termsPath, MaxTermsFileBytes, &error);
        if (!text)
            return failure("organization.terms.file", error);
        loaded.termsText = *text;
    }

    if (!config.database.passwordFile.isEmpty()) {
        const auto password = readSecretFile(config.database.passwordFile, &error);
        if (!password)
            return failure("database.passwordFile", error);
        loaded.databasePassword = *password;
    }

    if (config.outboxGateway.isConfigured()) {
        const auto apiKey = readSecretFile(config.outboxGateway.apiKeyFile, &error);
        if (!apiKey)
            return failure("outbox.gateway.apiKeyFile", error);
        loaded.outboxGatewayApiKey = *apiKey;
    }

    if (config.importApi.isEnabled()) {
        const auto apiKey = readSecretFile(config.importApi.apiKeyFile, &error);
        if (!apiKey)
            return failure("import.apiKeyFile", error);
        // It opens every client's dossier for writing: no short, guessable keys.
        if (apiKey->size() < MinImportApiKeyLength) {
            return failure("import.apiKeyFile",
                           QStringLiteral("%1 must hold a key of at least %2 characters")
                               .arg(config.importApi.apiKeyFile)
                               .arg(MinImportApiKeyLength));
        }
        loaded.importApiKey = *apiKey;
    }

    collectWarnings(loaded);
    return ConfigResult<LoadedServerConfig>::success(loaded);
}

} // namespace Portiek::Server
