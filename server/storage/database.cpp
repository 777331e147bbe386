#include "server/storage/database.h"

#include "server/logging.h"
#include "server/storage/migrations.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

namespace Portiek::Server {

namespace {

constexpr int BusyTimeoutMs = 5000;
// Every fixed statement of the server fits; the report filters combine into a few dozen more.
constexpr std::size_t MaxKeptStatements = 256;

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("portiek-%1").arg(++counter);
}

QString describe(const QSqlError &error)
{
    const QString text = error.text().trimmed();
    return text.isEmpty() ? QStringLiteral("unknown database error") : text;
}

} // namespace

Database::Database(QString connectionName, DatabaseConfig::Driver driver)
    : m_connectionName(std::move(connectionName))
    , m_driver(driver)
{ }

Database::~Database()
{
    m_kept.clear(); // a connection closes only once no query uses it
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const DatabaseConfig &config, const QByteArray &password,
                                         QString *error)
{
    const bool postgres = config.driver == DatabaseConfig::Driver::PostgreSql;
    const QString driverName = postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driverName)) {
        *error = QStringLiteral("cannot open database: the Qt Sql driver %1 is not installed (%2)")
                     .arg(driverName,
                          postgres ? QStringLiteral("Debian: libqt6sql6-psql")
                                   : QStringLiteral("Debian: libqt6sql6-sqlite"));
        return nullptr;
    }
    std::unique_ptr<Database> database(new Database(nextConnectionName(), config.driver));
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName, database->m_connectionName);
    QString where;
    if (postgres) {
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setDatabaseName(config.name);
        db.setUserName(config.user);
        db.setPassword(QString::fromUtf8(password));
        where = QStringLiteral("%1 on %2:%3").arg(config.name, config.host).arg(config.port);
    } else {
        db.setDatabaseName(config.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        where = config.sqlitePath;
    }
    if (!db.open()) {
        *error = QStringLiteral("cannot open database %1: %2").arg(where, describe(db.lastError()));
        return nullptr;
    }
    if (!postgres) {
        // WAL lets the serve process read while a CLI command writes; SQLite leaves foreign keys
        // off unless asked, per connection.
        for (const char *pragma : { "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                                    "PRAGMA busy_timeout = 5000" }) {
            QSqlQuery query(db);
            if (!query.exec(QLatin1String(pragma))) {
                *error = QStringLiteral("cannot open database %1: %2")
                             .arg(where, describe(query.lastError()));
                return nullptr;
            }
        }
    }
    return database;
}

std::unique_ptr<Database> Database::openInMemory(QString *error)
{
    DatabaseConfig config;
    config.sqlitePath = QStringLiteral(":memory:");
    return open(config, {}, error);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_lastError = describe(query.lastError());
        qCWarning(lcServerStorage).noquote()
            << "cannot prepare" << sql.simplified() << ":" << m_lastError;
    }
    return query;
}

Statement Database::statement(const QString &sql) const
{
    const auto kept = m_kept.find(sql);
    if (kept != m_kept.end() && !kept->second->inUse) {
        kept->second->inUse = true;
        return Statement(*this, kept->second.get(), std::nullopt);
    }
    QSqlQuery query = prepare(sql);
    // Kept only when it prepared and its SQL is new: in use already, it serves this use alone.
    if (kept == m_kept.end() && m_kept.size() < MaxKeptStatements && !query.lastError().isValid()) {
        auto prepared = std::make_unique<PreparedStatement>();
        prepared->query = std::move(query);
        prepared->inUse = true;
        PreparedStatement *slot = prepared.get();
        m_kept.emplace(sql, std::move(prepared));
        return Statement(*this, slot, std::nullopt);
    }
    return Statement(*this, nullptr, std::move(query));
}

bool Database::exec(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    m_lastError = describe(query.lastError());
    qCWarning(lcServerStorage).noquote()
        << "query failed:" << query.lastQuery().simplified() << ":" << m_lastError;
    return false;
}

bool Database::exec(QSqlQuery &query, const QString &sql, const QVariantList &values) const
{
    query = prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return exec(query);
}

bool Database::beginTransaction()
{
    // Nested: a store's own transaction inside a command's larger one joins it.
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        return true;
    }
    if (!connection().transaction()) {
        m_lastError = describe(connection().lastError());
        qCWarning(lcServerStorage).noquote() << "cannot begin a transaction:" << m_lastError;
        return false;
    }
    m_transactionDepth = 1;
    m_rollbackOnly = false;
    return true;
}

bool Database::commit()
{
    if (m_transactionDepth == 0)
        return false;
    if (--m_transactionDepth > 0)
        return !m_rollbackOnly;
    if (m_rollbackOnly) {
        connection().rollback();
        return false;
    }
    if (connection().commit())
        return true;
    m_lastError = describe(connection().lastError());
    qCWarning(lcServerStorage).noquote() << "cannot commit:" << m_lastError;
    connection().rollback();
    return false;
}

void Database::rollback()
{
    if (m_transactionDepth == 0)
        return;
    if (--m_transactionDepth > 0) {
        m_rollbackOnly = true; // the outermost transaction will roll back too
        return;
    }
    connection().rollback();
}

int Database::latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

int Database::schemaVersion() const
{
    if (!connection().tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery query = prepare(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!exec(query) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool Database::migrate(QString *error)
{
    QSqlQuery query(connection());
    // Asked first rather than "IF NOT EXISTS": PostgreSQL answers that with a NOTICE, which its
    // client library prints on stderr, cluttering every command's output.
    if (!connection().tables().contains(QStringLiteral("schema_version"))
        && !query.exec(QStringLiteral("CREATE TABLE schema_version ("
                                      " version INTEGER PRIMARY KEY,"
                                      " description TEXT NOT NULL,"
                                      " applied_at BIGINT NOT NULL)"))) {
        *error
            = QStringLiteral("cannot create schema_version: %1").arg(describe(query.lastError()));
        return false;
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= schemaVersion())
            continue;
        // DDL is transactional in both SQLite and PostgreSQL: a failing step leaves nothing.
        if (!beginTransaction()) {
            *error = QStringLiteral("migration %1: %2").arg(migration.version).arg(m_lastError);
            return false;
        }
        // Another process may have applied it between our check and our transaction.
        QSqlQuery check(connection());
        check.prepare(QStringLiteral("SELECT COUNT(*) FROM schema_version WHERE version = ?"));
        check.addBindValue(migration.version);
        if (check.exec() && check.next() && check.value(0).toInt() > 0) {
            rollback();
            continue;
        }
        for (const QString &statement : migration.statements) {
            QSqlQuery step(connection());
            if (!step.exec(statement)) {
                *error = QStringLiteral("migration %1 (%2) failed: %3: %4")
                             .arg(migration.version)
                             .arg(QLatin1String(migration.description), statement.simplified(),
                                  describe(step.lastError()));
                rollback();
                return false;
            }
        }
        QSqlQuery record(connection());
        record.prepare(QStringLiteral(
            "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"));
        record.addBindValue(migration.version);
        record.addBindValue(QString::fromLatin1(migration.description));
        record.addBindValue(QDateTime::currentSecsSinceEpoch());
        if (!record.exec() || !commit()) {
            *error = QStringLiteral("migration %1 failed: %2")
                         .arg(migration.version)
                         .arg(record.lastError().isValid() ? describe(record.lastError())
                                                           : m_lastError);
            rollback();
            return false;
        }
        qCInfo(lcServerStorage).noquote() << "database migrated to version" << migration.version
                                          << "(" + QLatin1String(migration.description) + ")";
    }
    return true;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant toDbTime(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant(time.toSecsSinceEpoch());
}

QDateTime fromDbTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace Portiek::Server
