// 200 signed-in sessions at once against the real portiek-server over TLS on loopback, for
// PORTIEK_LOAD_SECONDS (default 60): reading report pages, conversations, unread counts and the
// sync status, writing reports and messages with an Idempotency-Key, keeping the session alive.
// Not one request may fail, and every report and message the server acknowledged must be there
// exactly once afterwards, also after retries with the same key.
#include "load/httpconnection.h"
#include "load/loadledger.h"
#include "load/loadsession.h"
#include "support/testserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTest>
#include <QUuid>

#include <memory>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace {
const QString ClientId = QStringLiteral("100482");
constexpr int Accounts = 10;
constexpr int WaitMs = 120000;

int setting(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// CPU seconds (user + system) of this process and of process `pid`.
double ownCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong())
        / double(sysconf(_SC_CLK_TCK));
}

} // namespace

class TestLoadSessions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void manySessions_noFailuresNothingLost();

private:
    bool createAccounts();
    bool signInAll();
    HttpConnection::Answer request(const QByteArray &method, const QByteArray &path,
                                   const QByteArray &body = {}, const QByteArray &key = {},
                                   const QByteArray &token = {});
    // Every item of a paged list, following nextCursor.
    QJsonArray readAll(const QByteArray &path, const QByteArray &token = {});

    TestServer m_server;
    LoadLedger m_ledger;
    std::vector<LoadAccount> m_accounts;
    std::vector<std::unique_ptr<LoadSession>> m_sessions;
    std::unique_ptr<HttpConnection> m_checker;
    QByteArray m_checkerToken;
};

void TestLoadSessions::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY2(m_server.addDemoAccounts(), qPrintable(m_server.errorString()));
    // A year of reports and the conversations of the demo, so that pages are real pages.
    QVERIFY2(m_server.runCommand({ QStringLiteral("seed"), QStringLiteral("--demo") }),
             qPrintable(m_server.errorString()));
    QVERIFY(createAccounts());
}

bool TestLoadSessions::createAccounts()
{
    // Mark van Dijk of the demo, and representatives of client 100482 made as a coordinating
    // caregiver does, each with a temporary password from the invitation e-mail.
    m_accounts.push_back({ QStringLiteral("mvandijk"),
                           QStringLiteral("lente in het park bij de vijver"),
                           {},
                           QStringLiteral("+31612340517"),
                           {} });
    for (int i = 1; i < Accounts; ++i) {
        const QString username = QStringLiteral("belasting%1").arg(i, 2, 10, QLatin1Char('0'));
        const QString email = username + QStringLiteral("@example.nl");
        const QString mobile = QStringLiteral("+316234560%1").arg(i, 2, 10, QLatin1Char('0'));
        if (!m_server.runCommand(
                { QStringLiteral("account"), QStringLiteral("create"), QStringLiteral("--username"),
                  username, QStringLiteral("--given-name"), QStringLiteral("Proef"),
                  QStringLiteral("--family-name"), QStringLiteral("Persoon"),
                  QStringLiteral("--email"), email, QStringLiteral("--mobile"), mobile,
                  QStringLiteral("--role"), QStringLiteral("representative"),
                  QStringLiteral("--client"), ClientId + QStringLiteral(":zoon") })) {
            qWarning("%s", qPrintable(m_server.errorString()));
            return false;
        }
        static const QRegularExpression password(QStringLiteral("Tijdelijk wachtwoord: (\\S+)"));
        const QString temporary = password.match(m_server.latestEmail(email)).captured(1);
        if (temporary.isEmpty())
            return false;
        m_accounts.push_back({ username,
                               temporary,
                               QStringLiteral("zomeravond aan het water nummer %1").arg(i),
                               mobile,
                               {} });
    }
    return true;
}

bool TestLoadSessions::signInAll()
{
    const int sessions = setting("PORTIEK_LOAD_SESSIONS", 200);
    for (int i = 0; i < sessions; ++i) {
        m_sessions.push_back(
            std::make_unique<LoadSession>(i, m_server.url(), m_server.caCertificates(),
                                          m_accounts.at(size_t(i) % Accounts), ClientId, m_ledger));
    }
    // The first session of each account signs in with the SMS code and remembers the device.
    int waiting = Accounts;
    int needCode = 0;
    int signedIn = 0;
    const auto counted = [&](LoadSession::SignInResult result) {
        --waiting;
        needCode += result == LoadSession::SignInResult::NeedsSmsCode;
        signedIn += result == LoadSession::SignInResult::SignedIn;
    };
    for (int i = 0; i < Accounts; ++i)
        m_sessions.at(size_t(i))->signIn(counted);
    if (!QTest::qWaitFor([&] { return waiting == 0; }, WaitMs) || needCode != Accounts)
        return false;
    waiting = Accounts;
    for (int i = 0; i < Accounts; ++i) {
        const QString code = m_server.latestSmsCode(m_accounts.at(size_t(i)).mobile);
        m_sessions.at(size_t(i))->submitSmsCode(code, counted);
    }
    if (!QTest::qWaitFor([&] { return waiting == 0; }, WaitMs) || signedIn != Accounts)
        return false;
    // The others at once, on remembered computers: password and device token, no SMS.
    QElapsedTimer timer;
    timer.start();
    waiting = sessions - Accounts;
    for (int i = Accounts; i < sessions; ++i)
        m_sessions.at(size_t(i))->signIn(counted);
    const bool ok = QTest::qWaitFor([&] { return waiting == 0; }, WaitMs) && signedIn == sessions;
    qInfo("%d sign-ins with a device token in %.1f s: %.0f ms each (one Argon2id verification "
          "each, on the server's one thread)",
          sessions - Accounts, double(timer.elapsed()) / 1000.0,
          double(timer.elapsed()) / double(qMax(1, sessions - Accounts)));
    return ok;
}

HttpConnection::Answer TestLoadSessions::request(const QByteArray &method, const QByteArray &path,
                                                 const QByteArray &body, const QByteArray &key,
                                                 const QByteArray &token)
{
    QList<QPair<QByteArray, QByteArray>> headers {
        { "Authorization", "Bearer " + (token.isEmpty() ? m_checkerToken : token) }
    };
    if (!key.isEmpty())
        headers.append({ "Idempotency-Key", key });
    HttpConnection::Answer answer;
    bool done = false;
    m_checker->send(method, path, body, headers, [&](const HttpConnection::Answer &a) {
        answer = a;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, WaitMs))
        answer.error = QStringLiteral("no answer in time");
    return answer;
}

QJsonArray TestLoadSessions::readAll(const QByteArray &path, const QByteArray &token)
{
    QJsonArray all;
    QByteArray cursor;
    do {
        QByteArray page = path + "?limit=100";
        if (!cursor.isEmpty())
            page += "&cursor=" + QUrl::toPercentEncoding(QString::fromLatin1(cursor));
        const HttpConnection::Answer answer = request("GET", page, {}, {}, token);
        if (answer.status != 200) {
            qWarning("%s: %d %s", page.constData(), answer.status, answer.body.constData());
            return { QStringLiteral("(unreadable)") };
        }
        const QJsonObject object = QJsonDocument::fromJson(answer.body).object();
        for (const QJsonValue &item : object.value(QStringLiteral("items")).toArray())
            all.append(item);
        cursor = object.value(QStringLiteral("nextCursor")).toString().toLatin1();
    } while (!cursor.isEmpty());
    return all;
}

void TestLoadSessions::manySessions_noFailuresNothingLost()
{
    const int seconds = setting("PORTIEK_LOAD_SECONDS", 60);
    const int thinkMs = setting("PORTIEK_LOAD_THINK_MS", 50);
    const qint64 pid = m_server.processId();

    QElapsedTimer phase;
    phase.start();
    if (!signInAll()) {
        // What the server said besides its routine lines, and how its log ends.
        const QByteArray log = m_server.takeLog();
        QByteArrayList unusual;
        for (const QByteArray &line : log.split('\n')) {
            if (!line.contains(" info ") && !line.isEmpty())
                unusual.append(line);
        }
        qWarning("the server's log has:\n%s\n…\n%s", unusual.join('\n').right(4000).constData(),
                 log.right(1500).constData());
        QFAIL(qPrintable(m_ledger.failureLines.join(QLatin1Char('\n'))));
    }
    const double signInSeconds = double(phase.elapsed()) / 1000.0;
    qInfo("%d sessions of %d accounts signed in in %.1f s", int(m_sessions.size()), Accounts,
          signInSeconds);

    int prepared = 0;
    int preparedOk = 0;
    for (auto &session : m_sessions)
        session->prepare([&](bool ok) {
            ++prepared;
            preparedOk += ok;
        });
    QVERIFY(QTest::qWaitFor([&] { return prepared == int(m_sessions.size()); }, WaitMs));
    QVERIFY2(preparedOk == prepared, qPrintable(m_ledger.failureLines.join(QLatin1Char('\n'))));

    // The load itself.
    const qint64 requestsBefore = m_ledger.requests;
    m_ledger.latenciesUs.clear();
    const double ownCpuBefore = ownCpuSeconds();
    const double serverCpuBefore = processCpuSeconds(pid);
    phase.restart();
    int running = int(m_sessions.size());
    const QDeadlineTimer deadline(qint64(seconds) * 1000);
    for (auto &session : m_sessions)
        session->run(deadline, thinkMs, [&] { --running; });
    QVERIFY(QTest::qWaitFor([&] { return running == 0; }, seconds * 1000 + WaitMs));
    const double loadSeconds = double(phase.elapsed()) / 1000.0;
    const double ownCpu = ownCpuSeconds() - ownCpuBefore;
    const double serverCpu = processCpuSeconds(pid) - serverCpuBefore;
    const qint64 done = m_ledger.requests - requestsBefore;
    int reconnects = 0;
    for (const auto &session : m_sessions)
        reconnects += session->connectsMade() - 1;
    qInfo("%lld requests in %.1f s by %d sessions: %.0f requests/s, latency p50 %.1f ms, "
          "p99 %.1f ms, max %.1f ms; %d reports and %d messages written, %lld retries replayed; "
          "%d reconnections",
          done, loadSeconds, int(m_sessions.size()), double(done) / loadSeconds,
          m_ledger.percentileMs(50), m_ledger.percentileMs(99), m_ledger.percentileMs(100),
          int(m_ledger.reports.size()),
          int(std::accumulate(m_ledger.messages.cbegin(), m_ledger.messages.cend(), qsizetype(0),
                              [](qsizetype sum, const auto &m) { return sum + m.size(); })),
          m_ledger.replays, reconnects);
    qInfo("CPU during the load: server %.1f s (%.0f %% of one core), these clients %.1f s "
          "(%.0f %%)",
          serverCpu, 100.0 * serverCpu / loadSeconds, ownCpu, 100.0 * ownCpu / loadSeconds);
    QVERIFY2(
        m_ledger.failures == 0,
        qPrintable(QStringLiteral("%1 failed requests, the first ones:\n").arg(m_ledger.failures)
                   + m_ledger.failureLines.join(QLatin1Char('\n'))));
    QVERIFY(reconnects == 0);

    // Checked on a connection of its own, in the first session's name.
    m_checker = std::make_unique<HttpConnection>(m_server.url(), m_server.caCertificates());
    m_checkerToken = m_sessions.front()->token();
    const QByteArray reports = "/api/v1/clients/" + ClientId.toLatin1() + "/reports";

    // Sent again by the same session with the same Idempotency-Key, as a client does whose
    // answer got lost: the same report, not a second one.
    int retried = 0;
    for (auto it = m_ledger.reports.cbegin(); it != m_ledger.reports.cend() && retried < 100;
         ++it, ++retried) {
        const HttpConnection::Answer again
            = request("POST", reports, it->body, it.key(), it->token);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(
            QJsonDocument::fromJson(again.body).object().value(QStringLiteral("id")).toString(),
            it->id);
    }

    // Every acknowledged report is there once, and nothing else of ours.
    QHash<QString, int> texts;
    QHash<QString, int> ids;
    for (const QJsonValue &item : readAll(reports)) {
        const QJsonObject report = item.toObject();
        ++texts[report.value(QStringLiteral("text")).toString()];
        ++ids[report.value(QStringLiteral("id")).toString()];
    }
    int ours = 0;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        ours += it.key().startsWith(QLatin1String("Belastingproef: ")) ? it.value() : 0;
    for (const LoadLedger::Created &report : std::as_const(m_ledger.reports)) {
        QVERIFY2(texts.value(report.text) == 1 && ids.value(report.id) == 1,
                 qPrintable(QStringLiteral("%1 (%2) is there %3 times")
                                .arg(report.text, report.id)
                                .arg(texts.value(report.text))));
    }
    QCOMPARE(ours, int(m_ledger.reports.size()));

    // And every acknowledged message, in its conversation, as its author sees it.
    QHash<QString, QByteArray> authors; // conversation id → the session that started it
    for (const auto &session : m_sessions)
        authors.insert(session->conversationId(), session->token());
    for (auto conversation = m_ledger.messages.cbegin(); conversation != m_ledger.messages.cend();
         ++conversation) {
        QHash<QString, int> messageIds;
        for (const QJsonValue &item :
             readAll("/api/v1/clients/" + ClientId.toLatin1() + "/conversations/"
                         + conversation.key().toLatin1() + "/messages",
                     authors.value(conversation.key())))
            ++messageIds[item.toObject().value(QStringLiteral("id")).toString()];
        for (const LoadLedger::Created &message : conversation.value())
            QVERIFY2(messageIds.value(message.id) == 1, qPrintable(message.text));
        // The opening message and ours: nothing twice, nothing unknown.
        QCOMPARE(messageIds.size(), conversation.value().size() + 1);
    }
}

QTEST_GUILESS_MAIN(TestLoadSessions)
#include "tst_load_sessions.moc"
