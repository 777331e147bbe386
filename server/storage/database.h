#pragma once

#include "server/config/serverconfig.h"
#include "server/storage/statement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <unordered_map>

namespace Portiek::Server {

// One Qt Sql connection to the portal's database (SQLite by default, PostgreSQL when
// configured), under a name of its own so several can live in one process (tests, CLI). Every
// store receives the Database by reference; it must outlive them. Not thread-safe: use it from
// the thread that opened it.
//
// Portable SQL only: TEXT, BIGINT and INTEGER columns, times as BIGINT Unix seconds UTC, ids as
// TEXT, positional "?" placeholders.
class Database
{
public:
    // Opens the connection and configures it (SQLite: WAL, foreign keys, busy timeout). On
    // failure returns nothing and sets `*error` to one line ("cannot open database …: …").
    // `password` is only used for PostgreSQL.
    static std::unique_ptr<Database> open(const DatabaseConfig &config, const QByteArray &password,
                                          QString *error);
    // A private in-memory SQLite database, for tests and for `portiek-server routes`.
    static std::unique_ptr<Database> openInMemory(QString *error);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Brings the schema up to the newest migration, each migration in its own transaction;
    // running it again does nothing. False with `*error` set when a step failed (that step is
    // rolled back).
    bool migrate(QString *error);
    // The newest migration applied, 0 for an empty database.
    int schemaVersion() const;
    static int latestSchemaVersion();

    bool isPostgreSql() const { return m_driver == DatabaseConfig::Driver::PostgreSql; }
    QSqlDatabase connection() const;

    // A forward-only query prepared on this connection. A statement that does not prepare is
    // logged (portiek.server.storage); exec() on it then fails.
    QSqlQuery prepare(const QString &sql) const;
    // The statement for `sql`, prepared on its first use and kept (statement.h): for the
    // statements every request runs. One that does not prepare fails on exec(), as prepare().
    Statement statement(const QString &sql) const;
    // Runs a prepared query; logs and returns false on failure.
    bool exec(QSqlQuery &query) const;
    // Prepares, binds `values` in order and runs, in one call.
    bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values) const;

    // Plain transactions; Transaction (transaction.h) is the scoped kind. They nest: an inner
    // commit only counts down, an inner rollback makes the outermost one roll back.
    bool beginTransaction();
    bool commit();
    void rollback();
    bool inTransaction() const { return m_transactionDepth > 0; }

    QString lastError() const { return m_lastError; }

private:
    Database(QString connectionName, DatabaseConfig::Driver driver);

    QString m_connectionName;
    // Statements kept by statement(), by their SQL; at most MaxKeptStatements.
    struct SqlHash
    {
        size_t operator()(const QString &sql) const { return qHash(sql); }
    };
    mutable std::unordered_map<QString, std::unique_ptr<PreparedStatement>, SqlHash> m_kept;
    DatabaseConfig::Driver m_driver;
    mutable QString m_lastError;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
};

// Times are stored as Unix seconds UTC; a null QDateTime is stored as NULL.
QVariant toDbTime(const QDateTime &time);
// Optional text columns: an empty text is stored as NULL.
QVariant nullIfEmpty(const QString &text);
QDateTime fromDbTime(const QVariant &value);

} // namespace Portiek::Server
