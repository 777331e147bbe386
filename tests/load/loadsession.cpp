#include "load/loadsession.h"

#include "load/loadledger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUrl>
#include <QUuid>

namespace {

QJsonObject parse(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

} // namespace

LoadSession::LoadSession(int number, const QUrl &server, const QList<QSslCertificate> &ca,
                         LoadAccount &account, const QString &clientId, LoadLedger &ledger)
    : m_number(number)
    , m_connection(server, ca)
    , m_account(account)
    , m_clientId(clientId.toLatin1())
    , m_ledger(ledger)
    , m_random(quint32(number) * 7919u + 17u)
{ }

QByteArray LoadSession::clientPath(const QByteArray &rest) const
{
    return "/api/v1/clients/" + m_clientId + rest;
}

void LoadSession::post(const QByteArray &path, const QJsonObject &body, const Headers &headers,
                       HttpConnection::Callback done)
{
    Headers all = headers;
    if (!m_token.isEmpty())
        all.append({ "Authorization", "Bearer " + m_token });
    m_connection.send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), all,
                      std::move(done));
}

void LoadSession::get(const QByteArray &path, const Headers &headers, HttpConnection::Callback done)
{
    Headers all = headers;
    all.append({ "Authorization", "Bearer " + m_token });
    m_connection.send("GET", path, {}, all, std::move(done));
}

void LoadSession::signIn(SignInDone done)
{
    m_signInDone = std::move(done);
    QJsonObject body { { QStringLiteral("username"), m_account.username },
                       { QStringLiteral("password"), m_account.password } };
    if (!m_account.deviceToken.isEmpty())
        body.insert(QStringLiteral("deviceToken"), QString::fromLatin1(m_account.deviceToken));
    post("/api/v1/sign-in", body, {},
         [this](const HttpConnection::Answer &answer) { advanceSignIn(answer, "sign-in"); });
}

void LoadSession::submitSmsCode(const QString &code, SignInDone done)
{
    m_signInDone = std::move(done);
    const QJsonObject body { { QStringLiteral("signInToken"), QString::fromLatin1(m_signInToken) },
                             { QStringLiteral("code"), code },
                             { QStringLiteral("rememberDevice"), true },
                             { QStringLiteral("deviceName"),
                               QStringLiteral("Belastingproef %1").arg(m_number) } };
    post("/api/v1/sign-in/sms-code/verify", body, {},
         [this](const HttpConnection::Answer &answer) { advanceSignIn(answer, "sms code"); });
}

void LoadSession::advanceSignIn(const HttpConnection::Answer &answer, const char *step)
{
    const auto finish = [this](SignInResult result) {
        SignInDone done = std::move(m_signInDone);
        m_signInDone = nullptr;
        done(result);
    };
    if (!m_ledger.record(step, answer.status, answer.latencyUs, answer.body, answer.error, { 200 }))
        return finish(SignInResult::Failed);
    const QJsonObject state = parse(answer.body);
    const QString next = state.value(QStringLiteral("next")).toString();
    m_signInToken = state.value(QStringLiteral("signInToken")).toString().toLatin1();
    const QJsonValue token
        = QJsonValue(m_signInToken.isEmpty() ? QString() : QString::fromLatin1(m_signInToken));
    if (next == QLatin1String("done")) {
        m_token = state.value(QStringLiteral("session"))
                      .toObject()
                      .value(QStringLiteral("token"))
                      .toString()
                      .toLatin1();
        const QString device = state.value(QStringLiteral("trustedDevice"))
                                   .toObject()
                                   .value(QStringLiteral("token"))
                                   .toString();
        if (!device.isEmpty())
            m_account.deviceToken = device.toLatin1();
        return finish(m_token.isEmpty() ? SignInResult::Failed : SignInResult::SignedIn);
    }
    if (next == QLatin1String("smsCode"))
        return finish(SignInResult::NeedsSmsCode);
    if (next == QLatin1String("changePassword")) {
        const QJsonObject body { { QStringLiteral("signInToken"), token },
                                 { QStringLiteral("currentPassword"), m_account.password },
                                 { QStringLiteral("newPassword"), m_account.newPassword } };
        post("/api/v1/sign-in/password", body, {}, [this](const HttpConnection::Answer &changed) {
            if (changed.status == 200)
                m_account.password = m_account.newPassword;
            advanceSignIn(changed, "new password");
        });
        return;
    }
    if (next == QLatin1String("acceptTerms")) {
        const QJsonObject body { { QStringLiteral("signInToken"), token },
                                 { QStringLiteral("termsVersion"),
                                   state.value(QStringLiteral("acceptTerms"))
                                       .toObject()
                                       .value(QStringLiteral("termsVersion")) } };
        post("/api/v1/sign-in/terms", body, {},
             [this](const HttpConnection::Answer &accepted) { advanceSignIn(accepted, "terms"); });
        return;
    }
    m_ledger.record("sign-in step", -1, 0, answer.body, QStringLiteral("unexpected step"), {});
    finish(SignInResult::Failed);
}

void LoadSession::prepare(std::function<void(bool)> done)
{
    get(clientPath("/contacts?limit=100"), {}, [this, done](const HttpConnection::Answer &answer) {
        if (!m_ledger.record("contacts", answer.status, answer.latencyUs, answer.body, answer.error,
                             { 200 }))
            return done(false);
        QString someone;
        const QJsonArray people = parse(answer.body).value(QStringLiteral("items")).toArray();
        for (const QJsonValue &person : people) {
            if (person.toObject().value(QStringLiteral("canReceiveMessages")).toBool()) {
                someone = person.toObject().value(QStringLiteral("id")).toString();
                break;
            }
        }
        const QJsonObject body {
            { QStringLiteral("participantIds"), QJsonArray { someone } },
            { QStringLiteral("subject"), QStringLiteral("Belastingproef %1").arg(m_number) },
            { QStringLiteral("text"), QStringLiteral("Sessie %1 begint.").arg(m_number) }
        };
        post(clientPath("/conversations"), body, { { "Idempotency-Key", newKey() } },
             [this, done](const HttpConnection::Answer &created) {
                 const bool ok
                     = m_ledger.record("new conversation", created.status, created.latencyUs,
                                       created.body, created.error, { 201 });
                 m_conversationId = parse(created.body).value(QStringLiteral("id")).toString();
                 done(ok && !m_conversationId.isEmpty());
             });
    });
}

void LoadSession::run(QDeadlineTimer deadline, int thinkMs, std::function<void()> done)
{
    m_deadline = deadline;
    m_thinkMs = thinkMs;
    m_runDone = std::move(done);
    next();
}

void LoadSession::next()
{
    if (m_deadline.hasExpired()) {
        std::function<void()> done = std::move(m_runDone);
        m_runDone = nullptr;
        done();
        return;
    }
    // A person reads and waits a little; think times average m_thinkMs.
    const int think = m_thinkMs > 0 ? int(m_random.bounded(2 * m_thinkMs + 1)) : 0;
    QTimer::singleShot(think, this, &LoadSession::afterThinking);
}

void LoadSession::afterThinking()
{
    const auto simple = [this](const char *what) {
        return [this, what](const HttpConnection::Answer &answer) {
            m_ledger.record(what, answer.status, answer.latencyUs, answer.body, answer.error,
                            { 200 });
            next();
        };
    };
    const int pick = int(m_random.bounded(100));
    const QByteArray conversation = "/conversations/" + m_conversationId.toLatin1();
    if (pick < 30) {
        readReports({});
    } else if (pick < 40) {
        get(clientPath(conversation + "/messages?limit=20"), {}, simple("messages"));
    } else if (pick < 45) {
        get(clientPath("/conversations?limit=20"), {}, simple("conversations"));
    } else if (pick < 55) {
        readWithEtag("unread counts", clientPath("/unread-counts"), &m_unreadEtag);
    } else if (pick < 65) {
        readWithEtag("sync status", clientPath("/sync-status"), &m_syncEtag);
    } else if (pick < 80) {
        writeReport();
    } else if (pick < 92) {
        writeMessage();
    } else {
        post("/api/v1/session/keep-alive", {}, {}, simple("keep-alive"));
    }
}

void LoadSession::readReports(const QByteArray &cursor)
{
    QByteArray path = clientPath("/reports?limit=20");
    if (!cursor.isEmpty())
        path += "&cursor=" + QUrl::toPercentEncoding(QString::fromLatin1(cursor));
    get(path, {}, [this, cursor](const HttpConnection::Answer &answer) {
        if (!m_ledger.record(cursor.isEmpty() ? "reports" : "reports, next page", answer.status,
                             answer.latencyUs, answer.body, answer.error, { 200 }))
            return next();
        // A third of the readers scroll on to the next page.
        const QByteArray more
            = parse(answer.body).value(QStringLiteral("nextCursor")).toString().toLatin1();
        if (cursor.isEmpty() && !more.isEmpty() && m_random.bounded(3) == 0)
            return readReports(more);
        next();
    });
}

void LoadSession::readWithEtag(const char *what, const QByteArray &path, QByteArray *etag)
{
    Headers headers;
    if (!etag->isEmpty())
        headers.append({ "If-None-Match", *etag });
    get(path, headers, [this, what, etag](const HttpConnection::Answer &answer) {
        if (m_ledger.record(what, answer.status, answer.latencyUs, answer.body, answer.error,
                            { 200, 304 })
            && answer.status == 200)
            *etag = answer.header("ETag");
        next();
    });
}

void LoadSession::writeReport()
{
    const QByteArray key = newKey();
    const QString text = QStringLiteral("Belastingproef: sessie %1 schrijft rapportage %2.")
                             .arg(m_number)
                             .arg(++m_written);
    const QJsonObject body { { QStringLiteral("text"), text } };
    post(clientPath("/reports"), body, { { "Idempotency-Key", key } },
         [this, key, text, body](const HttpConnection::Answer &answer) {
             if (!m_ledger.record("new report", answer.status, answer.latencyUs, answer.body,
                                  answer.error, { 201 }))
                 return next();
             const QString id = parse(answer.body).value(QStringLiteral("id")).toString();
             m_ledger.reports.insert(
                 key, { id, text, QJsonDocument(body).toJson(QJsonDocument::Compact), m_token });
             // One in ten answers "got lost": the client sends the same request again.
             if (m_random.bounded(10) != 0)
                 return next();
             post(clientPath("/reports"), body, { { "Idempotency-Key", key } },
                  [this, id](const HttpConnection::Answer &again) {
                      if (m_ledger.record("new report, again", again.status, again.latencyUs,
                                          again.body, again.error, { 201 })) {
                          const QString sameId
                              = parse(again.body).value(QStringLiteral("id")).toString();
                          if (sameId != id || again.header("Idempotent-Replayed") != "true") {
                              m_ledger.record("new report, again", -2, 0, again.body,
                                              QStringLiteral("not a replay of %1").arg(id), {});
                          } else {
                              ++m_ledger.replays;
                          }
                      }
                      next();
                  });
         });
}

void LoadSession::writeMessage()
{
    const QByteArray key = newKey();
    const QString text = QStringLiteral("Belastingproef: sessie %1 schrijft bericht %2.")
                             .arg(m_number)
                             .arg(++m_written);
    const QJsonObject body { { QStringLiteral("text"), text } };
    post(clientPath("/conversations/" + m_conversationId.toLatin1() + "/messages"), body,
         { { "Idempotency-Key", key } }, [this, key, text](const HttpConnection::Answer &answer) {
             if (m_ledger.record("new message", answer.status, answer.latencyUs, answer.body,
                                 answer.error, { 201 })) {
                 m_ledger.messages[m_conversationId].insert(
                     key,
                     { parse(answer.body).value(QStringLiteral("id")).toString(), text, {}, {} });
             }
             next();
         });
}
