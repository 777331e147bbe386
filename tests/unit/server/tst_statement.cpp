// Statements kept on their connection (server/storage/statement.h): prepared once, bound anew on
// each use, given their own statement when the same SQL is in use, and finished when put down.
#include "server/storage/database.h"

#include <QSqlResult>
#include <QTemporaryDir>
#include <QTest>

using namespace Portiek::Server;

class TestStatement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void sameSql_isPreparedOnce_andBoundAnew();
    void sameSqlInUse_getsAStatementOfItsOwn();
    void putDown_holdsNoSnapshot();
    void notPrepared_failsAndIsNotKept();
    void moved_handsBackOnce();

private:
    std::unique_ptr<Database> open();
    static const void *handle(Statement &statement);
    static QList<int> numbers(Statement &statement);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

const QString Above = QStringLiteral("SELECT n FROM numbers WHERE n > ? ORDER BY n");

void TestStatement::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = open();
    QVERIFY(m_database);
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE numbers (n INTEGER)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO numbers VALUES (1), (2), (3)")));
}

std::unique_ptr<Database> TestStatement::open()
{
    DatabaseConfig config;
    config.sqlitePath = m_dir->filePath(QStringLiteral("portiek.sqlite"));
    QString error;
    std::unique_ptr<Database> database = Database::open(config, {}, &error);
    if (!database)
        qWarning("%s", qPrintable(error));
    return database;
}

// The SQLite statement under the query: the same one means it was not prepared again.
const void *TestStatement::handle(Statement &statement)
{
    const QVariant value = statement->result()->handle();
    return value.isValid() ? *static_cast<void *const *>(value.constData()) : nullptr;
}

QList<int> TestStatement::numbers(Statement &statement)
{
    QList<int> found;
    while (statement->next())
        found.append(statement->value(0).toInt());
    return found;
}

void TestStatement::sameSql_isPreparedOnce_andBoundAnew()
{
    const void *first = nullptr;
    {
        Statement query = m_database->statement(Above);
        QVERIFY(query.exec({ 0 }));
        first = handle(query);
        QVERIFY(first);
        QCOMPARE(numbers(query), (QList<int> { 1, 2, 3 }));
    }
    Statement again = m_database->statement(Above);
    QVERIFY(again.exec({ 2 }));
    QCOMPARE(handle(again), first);
    QCOMPARE(numbers(again), (QList<int> { 3 }));
}

void TestStatement::sameSqlInUse_getsAStatementOfItsOwn()
{
    const void *outerHandle = nullptr;
    QList<QList<int>> inner;
    {
        Statement outer = m_database->statement(Above);
        QVERIFY(outer.exec({ 1 }));
        outerHandle = handle(outer);
        while (outer->next()) {
            Statement nested = m_database->statement(Above);
            QVERIFY(nested.exec({ outer->value(0).toInt() }));
            QVERIFY(handle(nested) != outerHandle);
            inner.append(numbers(nested));
        }
    }
    // The outer loop went on undisturbed: 2 and 3, and what lies above each.
    QCOMPARE(inner, (QList<QList<int>> { { 3 }, {} }));
    Statement next = m_database->statement(Above);
    QVERIFY(next.exec({ 0 }));
    QCOMPARE(handle(next), outerHandle);
}

void TestStatement::putDown_holdsNoSnapshot()
{
    {
        Statement query = m_database->statement(Above);
        QVERIFY(query.exec({ 0 }));
        QVERIFY(query->next()); // one row of three read: the statement is still reading
    }
    // Another process writes, and checkpoints the whole log: no reader may hold an older view.
    std::unique_ptr<Database> other = open();
    QVERIFY(other);
    QSqlQuery write(other->connection());
    QVERIFY(write.exec(QStringLiteral("INSERT INTO numbers VALUES (4)")));
    QSqlQuery checkpoint(other->connection());
    QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    QVERIFY(checkpoint.next());
    QCOMPARE(checkpoint.value(0).toInt(), 0); // not blocked by a reader
    // And this connection writes on top of the other one's write, and reads it.
    QSqlQuery own(m_database->connection());
    QVERIFY(own.exec(QStringLiteral("INSERT INTO numbers VALUES (5)")));
    Statement again = m_database->statement(Above);
    QVERIFY(again.exec({ 0 }));
    QCOMPARE(numbers(again), (QList<int> { 1, 2, 3, 4, 5 }));
}

void TestStatement::notPrepared_failsAndIsNotKept()
{
    const QString sql = QStringLiteral("SELECT n FROM later WHERE n > ?");
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot prepare")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("query failed")));
        Statement query = m_database->statement(sql);
        QVERIFY(!query.exec({ 0 }));
        QVERIFY(!m_database->lastError().isEmpty());
    }
    QSqlQuery create(m_database->connection());
    QVERIFY(create.exec(QStringLiteral("CREATE TABLE later (n INTEGER)")));
    QVERIFY(create.exec(QStringLiteral("INSERT INTO later VALUES (7)")));
    Statement query = m_database->statement(sql);
    QVERIFY(query.exec({ 0 }));
    QCOMPARE(numbers(query), (QList<int> { 7 }));
}

void TestStatement::moved_handsBackOnce()
{
    const void *kept = nullptr;
    {
        std::optional<Statement> held;
        held.emplace(m_database->statement(Above)); // as a writer keeps its statements
        QVERIFY(held->exec({ 1 }));
        kept = handle(*held);
        QCOMPARE(numbers(*held), (QList<int> { 2, 3 }));
        // Held: the same SQL gets a statement of its own.
        Statement other = m_database->statement(Above);
        QVERIFY(other.exec({ 0 }));
        QVERIFY(handle(other) != kept);
    }
    Statement again = m_database->statement(Above);
    QVERIFY(again.exec({ 2 }));
    QCOMPARE(handle(again), kept);
    QCOMPARE(numbers(again), (QList<int> { 3 }));
}

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
