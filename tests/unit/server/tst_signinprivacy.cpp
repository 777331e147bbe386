// What sign-in gives away: nothing about whether a username exists (answers or time), and no
// secrets in the event log.
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
    // A real (if modest) Argon2id cost, so that skipping the hash for an unknown username
    // would stand out clearly against the time of the database work.
    SignInFixture portal(Argon2Cost { 2, 16 * 1024 * 1024 });
    constexpr int Runs = 7;
    for (int i = 0; i < Runs; ++i)
        portal.addPerson(QStringLiteral("known%1").arg(i), Password);

    QList<qint64> known;
    QList<qint64> unknown;
    QElapsedTimer timer;
    for (int i = 0; i < Runs; ++i) {
        // Each from its own loopback address, so the address count stays free.
        const QHostAddress address(QStringLiteral("127.0.1.%1").arg(i + 1));
        timer.start();
        const Response wrong = portal.start(QStringLiteral("known%1").arg(i),
                                            QStringLiteral("geraden wachtwoord"), {}, address);
        known.append(timer.nsecsElapsed());
        timer.start();
        const Response nobody = portal.start(QStringLiteral("nobody%1").arg(i),
                                             QStringLiteral("geraden wachtwoord"), {}, address);
        unknown.append(timer.nsecsElapsed());
        QCOMPARE(wrong.status(), 401);
        QCOMPARE(nobody.body(), wrong.body());
    }
    const qint64 knownMedian = median(known);
    const qint64 unknownMedian = median(unknown);
    qInfo("median wrong password %.1f ms, unknown username %.1f ms", knownMedian / 1e6,
          unknownMedian / 1e6);
    QVERIFY2(unknownMedian * 2 > knownMedian, "an unknown username is answered much faster");
    QVERIFY2(knownMedian * 2 > unknownMedian, "an unknown username is answered much slower");
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
