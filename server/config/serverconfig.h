#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QUrl>

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

// The terms of use people accept before their first session, served at
// GET /api/v1/organization/terms. `version` is organization.termsVersion.
struct TermsConfig
{
    QString title; // empty when not configured
    QString textPath; // absolute; a UTF-8 text file; empty when not configured
};

struct OrganizationConfig
{
    QString name;
    QString logoPath; // absolute; empty when there is no logo
    Helpdesk helpdesk;
    QString termsVersion;
    TermsConfig terms;
    PasswordPolicy passwordPolicy;
};

// Where accounts, codes, sessions and the outbox are kept.
struct DatabaseConfig
{
    enum class Driver { Sqlite, PostgreSql };
    static constexpr quint16 DefaultPostgreSqlPort = 5432;

    Driver driver = Driver::Sqlite;
    QString sqlitePath; // absolute; default "portiek.sqlite" next to the configuration file
    QString host; // PostgreSQL only
    quint16 port = DefaultPostgreSqlPort;
    QString name;
    QString user;
    QString passwordFile; // absolute; empty: no password (e.g. peer or trust authentication)
};

// An HTTP gateway that delivers the outbox's SMS and e-mail; none configured: messages stay
// stored (the demo and the tests read them with `portiek-server outbox`).
struct OutboxGatewayConfig
{
    QUrl url; // empty: no gateway
    QString apiKeyFile; // absolute

    bool isConfigured() const { return !url.isEmpty(); }
};

// The dossier import API of the organisation's own system (docs/openapi.yaml, tag Import).
// Without an API key file the import API refuses every call.
struct ImportConfig
{
    static constexpr int DefaultIntervalMinutes = 240;

    QString apiKeyFile; // absolute; empty: import API off
    QString systemName = QStringLiteral("Dossierkoppeling"); // shown in the access log
    // The schedule people are told ("volgende update rond 11:00"): every interval within the
    // daily window, in the organisation's time zone (Europe/Amsterdam).
    int intervalMinutes = DefaultIntervalMinutes;
    QTime windowStart = QTime(7, 0);
    QTime windowEnd = QTime(23, 0);

    bool isEnabled() const { return !apiKeyFile.isEmpty(); }
};

// One number of a measurement type (`MeasurementComponent` in docs/openapi.yaml): "value" for a
// single-valued type, "systolic" and "diastolic" for blood pressure.
struct MeasurementComponent
{
    QString code;
    QString name; // Dutch, as people read it
    double min = 0; // inclusive
    double max = 0; // inclusive
    int decimals = 0; // 0–4
};

// A kind of measurement the organisation lets people enter (`MeasurementType`); configured as
// `measurementTypes`, or defaultMeasurementTypes() when the file has none.
struct MeasurementType
{
    QString code; // "bloodPressure"
    QString name; // "Bloeddruk"
    QString unit; // "mmHg"; may be empty (a score)
    QList<MeasurementComponent> components; // at least one
};

// Weight, blood pressure, heart rate, temperature, blood glucose, oxygen saturation, pain score
// and fluid intake, with the ranges care organisations commonly allow (measurementtypeconfig.cpp).
QList<MeasurementType> defaultMeasurementTypes();

// What the configuration file says, checked for shape and ranges. Paths are absolute (relative
// ones are resolved against the configuration file's own folder); the files have not been read.
struct ServerConfig
{
    static constexpr quint16 DefaultPort = 8443;
    static constexpr qint64 DefaultMaxRequestBodyBytes = 1024 * 1024;
    static constexpr int DefaultTemporaryPasswordValidDays = 14;

    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = DefaultPort; // 0: the system picks a free port
    QString certificatePath;
    QString privateKeyPath;
    qint64 maxRequestBodyBytes = DefaultMaxRequestBodyBytes;
    OrganizationConfig organization;
    DatabaseConfig database;
    // The portal's address as people type it, put in invitation e-mails; default
    // https://<listen address>:<port>.
    QUrl publicUrl;
    int temporaryPasswordValidDays = DefaultTemporaryPasswordValidDays;
    OutboxGatewayConfig outboxGateway;
    ImportConfig importApi;
    // In the organisation's order; an empty list turns measurements off.
    QList<MeasurementType> measurementTypes = defaultMeasurementTypes();
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
    QString termsText; // the terms file's text; empty when not configured
    QByteArray databasePassword; // read from database.passwordFile, trailing newline removed
    QByteArray outboxGatewayApiKey; // read from outbox.gateway.apiKeyFile, trailing newline removed
    QByteArray importApiKey; // read from import.apiKeyFile, trailing newline removed
    // Worth telling the operator, but no reason to refuse to start (an expiring certificate, a
    // key file others can read). Printed by the caller, so a failing load stays one line.
    QStringList warnings;
};

} // namespace Portiek::Server
