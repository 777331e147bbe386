#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

namespace Portiek::Server {

struct PasswordPolicy
{
    static constexpr int MinimumOfMinLength = 8;
    static constexpr int MaxLength = 128; // not configurable: long passphrases always fit

    int minLength = 12;
    int maxLength = MaxLength;
    bool requireMixedCase = false;
    bool requireNonLetter = false;
};

struct Helpdesk
{
    QString phone; // empty when not configured
    QString email; // empty when not configured
};

struct OrganizationConfig
{
    QString name;
    QString logoPath; // absolute; empty when there is no logo
    Helpdesk helpdesk;
    QString termsVersion;
    PasswordPolicy passwordPolicy;
};

// What the configuration file says, checked for shape and ranges. Paths are absolute (relative
// ones are resolved against the configuration file's own folder); the files have not been read.
struct ServerConfig
{
    static constexpr quint16 DefaultPort = 8443;
    static constexpr qint64 DefaultMaxRequestBodyBytes = 1024 * 1024;

    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = DefaultPort; // 0: the system picks a free port
    QString certificatePath;
    QString privateKeyPath;
    qint64 maxRequestBodyBytes = DefaultMaxRequestBodyBytes;
    OrganizationConfig organization;
};

// The logo as it is served: the file's bytes and their media type.
struct Logo
{
    QByteArray bytes;
    QByteArray mediaType; // "image/png" or "image/jpeg"

    bool isNull() const { return bytes.isEmpty(); }
};

// Everything the server needs to start, with the files read and validated.
struct LoadedServerConfig
{
    ServerConfig config;
    QList<QSslCertificate> certificateChain; // leaf first
    QSslKey privateKey;
    Logo logo;
    // Worth telling the operator, but no reason to refuse to start (an expiring certificate, a
    // key file others can read). Printed by the caller, so a failing load stays one line.
    QStringList warnings;
};

} // namespace Portiek::Server
