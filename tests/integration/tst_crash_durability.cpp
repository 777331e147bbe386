// portiek-server killed with SIGKILL in the middle of a stream of new reports: after a restart
// every report it acknowledged is there once, a retry with the same Idempotency-Key creates no
// second one, and the SQLite database is intact.
#include "core/apireply.h"
#include "core/loginflow.h"
#include "core/memorytrusteddevicestore.h"
#include "core/portalapi.h"
#include "support/signinclient.h"
#include "support/testserver.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTest>
#include <QUuid>

#include <functional>
#include <memory>

namespace {
const QString ClientId = QStringLiteral("100482");
const QString ReportsPath = QStringLiteral("/api/v1/clients/100482/reports");
constexpr int InFlight = 6;
constexpr int AcknowledgedBeforeKill = 30;
constexpr int Timeout = 20000;
// An ApiReply deletes itself after finished(): what it said, read in time.
struct Answer
{
    bool done = false;
    bool ok = false;
    int status = 0;
    QJsonObject json;
};

Answer await(ApiReply *reply)
{
    auto answer = std::make_shared<Answer>();
    QObject::connect(reply, &ApiReply::finished, reply, [answer, reply] {
        answer->ok = reply->isOk();
        answer->status = reply->httpStatus();
        answer->json = reply->json();
        answer->done = true;
    });
    if (!QTest::qWaitFor([&] { return answer->done; }, Timeout))
        answer->status = -1; // no answer in time
    return *answer;
}

} // namespace

class TestCrashDurability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void acknowledgedReports_surviveSigkill();

private:
    std::unique_ptr<SignInClient> signIn();
    QStringList allReportTexts(PortalApi &api);

    TestServer m_server;
    MemoryTrustedDeviceStore m_devices;
};

void TestCrashDurability::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY2(m_server.addDemoAccounts(), qPrintable(m_server.errorString()));
}

std::unique_ptr<SignInClient> TestCrashDurability::signIn()
{
    auto client = std::make_unique<SignInClient>(m_server, &m_devices);
    if (!client->signInAsRepresentative(m_server, ClientId)) {
        qWarning("sign-in: %s", qPrintable(client->describe()));
        return nullptr;
    }
    return client;
}

QStringList TestCrashDurability::allReportTexts(PortalApi &api)
{
    QStringList texts;
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        QString path = ReportsPath + QStringLiteral("?limit=100");
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=")
                + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const Answer answer = await(api.get(path));
        if (!answer.ok)
            return { QStringLiteral("(the reports could not be read)") };
        const QJsonArray items = answer.json.value(QStringLiteral("items")).toArray();
        for (const QJsonValue &item : items)
            texts.append(item.toObject().value(QStringLiteral("text")).toString());
        cursor = answer.json.value(QStringLiteral("nextCursor")).toString();
        if (cursor.isEmpty())
            break;
    }
    return texts;
}

void TestCrashDurability::acknowledgedReports_surviveSigkill()
{
    std::unique_ptr<SignInClient> client = signIn();
    QVERIFY2(client, "sign-in failed");

    // A stream of new reports, a few at a time, until 30 are acknowledged: then SIGKILL, with
    // reports still on their way.
    QHash<QByteArray, QString> sent; // Idempotency-Key → text
    QSet<QByteArray> acknowledged;
    int pending = 0;
    int next = 0;
    bool stopping = false;
    std::function<void()> sendOne = [&] {
        const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QString text = QStringLiteral("Duurzaamheidsproef %1").arg(++next);
        sent.insert(key, text);
        ++pending;
        ApiReply *reply
            = client->api().post(ReportsPath, { { QStringLiteral("text"), text } }, key);
        connect(reply, &ApiReply::finished, this, [&, reply, key] {
            --pending;
            if (reply->httpStatus() == 201)
                acknowledged.insert(key);
            if (!stopping)
                QMetaObject::invokeMethod(
                    this, [&] { sendOne(); }, Qt::QueuedConnection);
        });
    };
    for (int i = 0; i < InFlight; ++i)
        sendOne();
    QVERIFY(QTest::qWaitFor([&] { return acknowledged.size() >= AcknowledgedBeforeKill; }, 60000));
    stopping = true;
    m_server.kill();
    QVERIFY(QTest::qWaitFor([&] { return pending == 0; }, Timeout));
    QTest::qWait(50); // queued sends that were already on their way
    QVERIFY(QTest::qWaitFor([&] { return pending == 0; }, Timeout));
    qInfo("%d reports sent, %d acknowledged before the kill", int(sent.size()),
          int(acknowledged.size()));

    // The database as the kill left it.
    if (const QString file = m_server.sqliteFile(); !file.isEmpty()) {
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery check(db);
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    // Restarted on the same database: every acknowledged report is there, once.
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    client = signIn();
    QVERIFY2(client, "sign-in after the restart failed");
    QStringList texts = allReportTexts(client->api());
    for (const QByteArray &key : std::as_const(acknowledged))
        QVERIFY2(texts.count(sent.value(key)) == 1, qPrintable(sent.value(key)));

    // What had no answer is sent again with its own key: created at most once in all.
    for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
        const Answer answer = await(
            client->api().post(ReportsPath, { { QStringLiteral("text"), it.value() } }, it.key()));
        QVERIFY2(answer.status == 201, qPrintable(QString::number(answer.status)));
    }
    texts = allReportTexts(client->api());
    for (const QString &text : std::as_const(sent))
        QVERIFY2(texts.count(text) == 1,
                 qPrintable(text + QStringLiteral(" is there ") + QString::number(texts.count(text))
                            + QStringLiteral(" times")));
}

QTEST_MAIN(TestCrashDurability)
#include "tst_crash_durability.moc"
