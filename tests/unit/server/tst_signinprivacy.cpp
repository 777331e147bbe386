// What sign-in gives away: nothing about whether a username exists (answers or time), and no
// secrets in the event log.
#include "server/accounts/passwordhasher.h"
#include "server/signin/authevents.h"
#include "server/storage/database.h"
#include "signinfixture.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Portiek::Server;

namespace {

const QString Password = QStringLiteral("lente in het park bij de vijver");

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

class TestSignInPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownUser_takesAsLongAsWrongPassword();
    void events_recordEverythingButNoSecrets();
};

void TestSignInPrivacy::unknownUser_takesAsLongAsWrongPassword()
{
    // A real (if modest) Argon2id cost, so that the times printed below mean something.
    SignInFixture portal(Argon2Cost { 2, 16 * 1024 * 1024 });
    const PasswordHasher &hasher = portal.context().passwordHasher;
    constexpr int Runs = 7;
    for (int i = 0; i < Runs; ++i)
        portal.addPerson(QStringLiteral("known%1").arg(i), Password);

    QList<qint64> known;
    QList<qint64> unknown;
    QElapsedTimer timer;
    // The same answer and the same work: one Argon2id check each, whether the username exists
    // or not. (Counted, not timed: on a busy machine one check took from 14 to 90 ms, so times
    // alone cannot tell a skipped check from a slow one.)
    const auto attempt
        = [&](const QString &username, const QHostAddress &address, QList<qint64> *times) {
              const quint64 checksBefore = hasher.checksMade();
              timer.start();
              const Response answer
                  = portal.start(username, QStringLiteral("geraden wachtwoord"), {}, address);
              times->append(timer.nsecsElapsed());
              [&] { QCOMPARE(hasher.checksMade() - checksBefore, quint64(1)); }();
              return answer;
          };
    for (int i = 0; i < Runs; ++i) {
        // Each from its own loopback address, so the address count stays free.
        const QHostAddress address(QStringLiteral("127.0.1.%1").arg(i + 1));
        const Response wrong = attempt(QStringLiteral("known%1").arg(i), address, &known);
        if (QTest::currentTestFailed())
            return;
        const Response nobody = attempt(QStringLiteral("nobody%1").arg(i), address, &unknown);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(wrong.status(), 401);
        QCOMPARE(nobody.body(), wrong.body());
    }
    qInfo("median wrong password %.1f ms, unknown username %.1f ms", median(known) / 1e6,
          median(unknown) / 1e6);
}

void TestSignInPrivacy::events_recordEverythingButNoSecrets()
{
    SignInFixture portal;
    const Person person = portal.addPerson(QStringLiteral("mvandijk"), Password);
    QCOMPARE(portal.start(QStringLiteral("mvandijk"), QStringLiteral("geheim123 fout")).status(),
             401);
    const QJsonObject started
        = SignInFixture::json(portal.start(QStringLiteral("mvandijk"), Password));
    const QString token = started.value(QStringLiteral("signInToken")).toString();
    const QString code = portal.lastSmsCode();
    const QString wrong
        = code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    QCOMPARE(portal.verify(token, wrong).status(), 422);
    const QJsonObject done = SignInFixture::json(portal.verify(
        token, code, { { "rememberDevice", true }, { "deviceName", QStringLiteral("Laptop") } }));
    const QString session = done.value("session").toObject().value("token").toString();
    QCOMPARE(portal
                 .request("PUT", QStringLiteral("/api/v1/me/password"),
                          { { "currentPassword", Password },
                            { "newPassword", QStringLiteral("fietsen langs de Vecht in mei") } },
                          session)
                 .status(),
             204);
    QCOMPARE(portal.request("DELETE", QStringLiteral("/api/v1/session"), {}, session).status(),
             204);

    const QStringList events
        = AuthEvents(portal.context().database, portal.clock()).eventsFor(person.id);
    QCOMPARE(events,
             (QStringList { "wrong_password", "wrong_code", "device_added", "sign_in_succeeded",
                            "password_changed", "device_revoked", "signed_out" }));

    QSqlQuery query = portal.context().database.prepare(
        QStringLiteral("SELECT COALESCE(detail, '') || ' ' || event FROM auth_events"));
    QVERIFY(portal.context().database.exec(query));
    int rows = 0;
    while (query.next()) {
        ++rows;
        const QString row = query.value(0).toString();
        for (const QString &secret : { Password, QStringLiteral("geheim123 fout"), code, token,
                                       session, QStringLiteral("mvandijk") })
            QVERIFY2(!row.contains(secret), qPrintable(row));
    }
    QCOMPARE(rows, events.size());
}

QTEST_GUILESS_MAIN(TestSignInPrivacy)
#include "tst_signinprivacy.moc"
