#include "server/storage/database.h"
#include "server/storage/migrations.h"
#include "server/storage/transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Portiek::Server;

// The database layer: opening SQLite as configured, the versioned migrations, transactions.
class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void migrate_freshFile_createsEveryTable();
    void migrate_rerun_isIdempotent();
    void open_sqlite_usesWalAndForeignKeys();
    void open_unwritableFolder_failsWithOneLine();
    void transaction_innerRollback_rollsBackOuter();
    void transaction_destroyedWithoutCommit_rollsBack();
    void dbTime_roundTripsAndNull();

private:
    DatabaseConfig config() const;
    std::unique_ptr<Database> openMigrated();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

DatabaseConfig TestDatabase::config() const
{
    DatabaseConfig config;
    config.sqlitePath = m_dir->filePath(QStringLiteral("portiek.sqlite"));
    return config;
}

std::unique_ptr<Database> TestDatabase::openMigrated()
{
    QString error;
    std::unique_ptr<Database> database = Database::open(config(), {}, &error);
    if (!database) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    if (!database->migrate(&error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return database;
}

void TestDatabase::migrate_freshFile_createsEveryTable()
{
    const std::unique_ptr<Database> database = openMigrated();
    QVERIFY(database);
    QCOMPARE(database->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    const QStringList tables = database->connection().tables();
    for (const char *table :
         { "schema_version", "clients", "people", "client_links", "sign_in_attempts", "sms_codes",
           "sign_in_throttle", "trusted_devices", "sessions", "password_reset_codes",
           "outbox_messages", "auth_events" }) {
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    }
}

void TestDatabase::migrate_rerun_isIdempotent()
{
    {
        const std::unique_ptr<Database> first = openMigrated();
        QVERIFY(first);
        QSqlQuery query;
        QVERIFY(first->exec(
            query,
            QStringLiteral("INSERT INTO clients (id, given_name, family_name, "
                           "created_at) VALUES (?, ?, ?, ?)"),
            { QStringLiteral("100482"), QStringLiteral("Gerard"), QStringLiteral("Dijk"), 1 }));
    }
    // A second process (or a restart) opens the same file and migrates again.
    const std::unique_ptr<Database> second = openMigrated();
    QVERIFY(second);
    QCOMPARE(second->schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery query;
    QVERIFY(second->exec(query, QStringLiteral("SELECT COUNT(*) FROM schema_version"), {}));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), migrations().size());
    QVERIFY(second->exec(query, QStringLiteral("SELECT COUNT(*) FROM clients"), {}));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestDatabase::open_sqlite_usesWalAndForeignKeys()
{
    const std::unique_ptr<Database> database = openMigrated();
    QVERIFY(database);
    QSqlQuery query;
    QVERIFY(database->exec(query, QStringLiteral("PRAGMA journal_mode"), {}));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    // A link to a person who does not exist is refused.
    QVERIFY(!database->exec(query,
                            QStringLiteral("INSERT INTO client_links (person_id, client_id, "
                                           "my_role, rights, created_at) VALUES (?, ?, ?, ?, ?)"),
                            { QStringLiteral("per_nobody"), QStringLiteral("100482"),
                              QStringLiteral("client"), QStringLiteral("{}"), 1 }));
}

void TestDatabase::open_unwritableFolder_failsWithOneLine()
{
    DatabaseConfig bad;
    bad.sqlitePath = m_dir->filePath(QStringLiteral("no/such/folder/portiek.sqlite"));
    QString error;
    QVERIFY(!Database::open(bad, {}, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot open database ") + bad.sqlitePath),
             qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

void TestDatabase::transaction_innerRollback_rollsBackOuter()
{
    const std::unique_ptr<Database> database = openMigrated();
    QVERIFY(database);
    QSqlQuery query;
    {
        Transaction outer(*database);
        QVERIFY(outer.isActive());
        QVERIFY(database->exec(query,
                               QStringLiteral("INSERT INTO clients (id, given_name, family_name, "
                                              "created_at) VALUES ('1', 'A', 'B', 1)"),
                               {}));
        {
            Transaction inner(*database);
            QVERIFY(inner.isActive());
            // destroyed without commit: rolls back
        }
        QVERIFY(!outer.commit());
    }
    QVERIFY(!database->inTransaction());
    QVERIFY(database->exec(query, QStringLiteral("SELECT COUNT(*) FROM clients"), {}));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestDatabase::transaction_destroyedWithoutCommit_rollsBack()
{
    const std::unique_ptr<Database> database = openMigrated();
    QVERIFY(database);
    QSqlQuery query;
    {
        Transaction transaction(*database);
        QVERIFY(database->exec(query,
                               QStringLiteral("INSERT INTO clients (id, given_name, family_name, "
                                              "created_at) VALUES ('1', 'A', 'B', 1)"),
                               {}));
    }
    {
        Transaction transaction(*database);
        QVERIFY(database->exec(query,
                               QStringLiteral("INSERT INTO clients (id, given_name, family_name, "
                                              "created_at) VALUES ('2', 'A', 'B', 1)"),
                               {}));
        QVERIFY(transaction.commit());
    }
    QVERIFY(database->exec(query, QStringLiteral("SELECT id FROM clients"), {}));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("2"));
    QVERIFY(!query.next());
}

void TestDatabase::dbTime_roundTripsAndNull()
{
    const QDateTime time(QDate(2026, 3, 12), QTime(8, 30, 15), Qt::UTC);
    QCOMPARE(fromDbTime(toDbTime(time)), time);
    QVERIFY(toDbTime(QDateTime()).isNull());
    QVERIFY(!fromDbTime(QVariant()).isValid());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
