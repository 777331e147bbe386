#include "dossierfixture.h"
#include "server/accounts/accountstore.h"
#include "server/app/servercontext.h"
#include "server/demo/demoseed.h"
#include "server/plans/pdfcheck.h"
#include "server/plans/planstore.h"
#include "server/storage/database.h"
#include "testpki.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Portiek::Server;

namespace {

int count(DossierFixture &fixture, const QString &sql)
{
    QSqlQuery query;
    if (!fixture.context().database.exec(query, sql, {}) || !query.next())
        return -1;
    return query.value(0).toInt();
}

struct Counts
{
    int reports;
    int plans;
    int appointments;
    int photos;
    int people;
    int measurements;
    int conversations;
    int messages;
    int posts;
    int reactions;
    int boardPhotos;
    bool operator==(const Counts &other) const
    {
        return reports == other.reports && plans == other.plans
            && appointments == other.appointments && photos == other.photos
            && people == other.people && measurements == other.measurements
            && conversations == other.conversations && messages == other.messages
            && posts == other.posts && reactions == other.reactions
            && boardPhotos == other.boardPhotos;
    }
};

Counts counts(DossierFixture &fixture)
{
    const auto rows = [&](const char *table) {
        return count(fixture, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    };
    return { rows("reports"),     rows("plans"),           rows("appointments"),  rows("photos"),
             rows("people"),      rows("measurements"),    rows("conversations"), rows("messages"),
             rows("board_posts"), rows("board_reactions"), rows("board_photos") };
}

// One GET of the API as `token`'s person; the JSON body, or an empty object unless 200.
QJsonObject get(DossierFixture &fixture, const QString &path, const QString &token,
                int *status = nullptr)
{
    const Response response = fixture.call("GET", path, token);
    if (status)
        *status = response.status();
    return response.status() == 200 ? SignInFixture::json(response) : QJsonObject();
}

QJsonObject findByName(const QJsonArray &items, const QString &key, const QString &value)
{
    for (const QJsonValue &item : items) {
        if (item.toObject().value(key).toString() == value)
            return item.toObject();
    }
    return {};
}

} // namespace

// `portiek-server seed --demo`, in process with a fixed clock (DemoSeed) and once through the
// built executable.
class TestSeedCommand : public QObject
{
    Q_OBJECT

private slots:
    void seed_twice_writesNoDuplicates();
    void seed_plansAreRealMultiPagePdfs();
    void seed_appointmentsShowOnTheHomeScreen();
    void seed_contactsHaveTheRightsTheManualAdvises();
    void seed_ownAppointmentsAndMeasurementsReadBack();
    void seed_conversationsLeaveTheNewestUnreadForTheRepresentative();
    void seed_boardHasPostsWithPhotosAndReactions();
    void seedCommand_needsDemoAndTheDemoAccounts();
};

static bool seed(DossierFixture &fixture)
{
    fixture.context().accounts.upsertClient({ QStringLiteral("100517"), QStringLiteral("Truus"),
                                              QStringLiteral("van"), QStringLiteral("Dijk-Smit") });
    QString output;
    QTextStream out(&output);
    QString error;
    const bool ok = DemoSeed(fixture.context()).run(out, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

void TestSeedCommand::seed_twice_writesNoDuplicates()
{
    DossierFixture fixture;
    QVERIFY(fixture.isValid());
    QVERIFY(seed(fixture));
    const Counts first = counts(fixture);
    QVERIFY2(first.reports > 2 * 900, qPrintable(QString::number(first.reports)));
    QCOMPARE(first.plans, 6);
    // The care team's 2 × 10 and Gerard's 6 own appointments of this week and next.
    QCOMPARE(first.appointments, 26);
    QVERIFY(first.photos >= 4); // two clients, Mark, Anna and Ellen
    QCOMPARE(first.people, 5); // the fixture's four and Ellen
    QVERIFY2(first.measurements >= 8 * 4, qPrintable(QString::number(first.measurements)));
    QCOMPARE(first.conversations, 3);
    QCOMPARE(first.messages, 12);
    QCOMPARE(first.posts, 4);
    QCOMPARE(first.reactions, 6);
    QCOMPARE(first.boardPhotos, 3);
    // Several authors and categories, portal reports among them.
    QVERIFY(count(fixture,
                  QStringLiteral("SELECT COUNT(DISTINCT author_id) FROM reports "
                                 "WHERE client_id = '100482'"))
            >= 6);

    QVERIFY(seed(fixture));
    QCOMPARE(counts(fixture), first);
    // A day later the year moves on by a day; still nothing doubles.
    fixture.clock().advance(24 * 3600);
    QVERIFY(seed(fixture));
    // Reports are per calendar day: the rest of yesterday and the new day are added.
    QVERIFY(counts(fixture).reports - first.reports <= 10);
    QVERIFY(counts(fixture).reports >= first.reports);
    const Counts later = counts(fixture);
    QCOMPARE(later.plans, 6);
    QCOMPARE(later.appointments, 26); // still the same week
    QCOMPARE(later.people, first.people);
    // Only the new day's measurements (at most a weight, a blood pressure and a pain score).
    QVERIFY(later.measurements >= first.measurements);
    QVERIFY(later.measurements - first.measurements <= 3);
    QCOMPARE(later.conversations, first.conversations);
    QCOMPARE(later.messages, first.messages);
    QCOMPARE(later.posts, first.posts);
    QCOMPARE(later.reactions, first.reactions);
    QCOMPARE(later.boardPhotos, first.boardPhotos);
}

void TestSeedCommand::seed_plansAreRealMultiPagePdfs()
{
    DossierFixture fixture;
    QVERIFY(seed(fixture));
    const PlanStore plans(fixture.context().database, fixture.context().clock);
    QList<PlanRecord> list;
    QVERIFY(plans.list(DossierFixture::ClientId, false, &list));
    QCOMPARE(list.size(), 3);
    int waiting = 0;
    int approved = 0;
    for (const PlanRecord &plan : std::as_const(list)) {
        const QByteArray pdf = plans.pdf(plan.id);
        QVERIFY(pdf.startsWith("%PDF-1."));
        const PdfCheck check = PdfCheck::inspect(pdf);
        QVERIFY(check.valid);
        QVERIFY(check.pageCount.value_or(0) >= 2);
        QCOMPARE(plan.pageCount, check.pageCount);
        waiting += plan.awaitsApproval() ? 1 : 0;
        approved += plan.isApproved() ? 1 : 0;
    }
    QCOMPARE(waiting, 1);
    QCOMPARE(approved, 1);
    // The same day gives the same bytes: the seed does not churn ETags.
    const QByteArray before = plans.pdf(list.first().id);
    QVERIFY(seed(fixture));
    QCOMPARE(plans.pdf(list.first().id), before);
}

void TestSeedCommand::seed_appointmentsShowOnTheHomeScreen()
{
    DossierFixture fixture;
    QVERIFY(seed(fixture));
    // The clock stands at 2026-03-12 09:30 in Amsterdam: today and tomorrow.
    const Response home = fixture.call(
        "GET",
        QStringLiteral("/api/v1/clients/100482/appointments?from=2026-03-12T00:00:00%2B01:00"
                       "&to=2026-03-14T00:00:00%2B01:00"),
        fixture.clientToken);
    QCOMPARE(home.status(), 200);
    const QJsonArray items = SignInFixture::json(home).value(QStringLiteral("items")).toArray();
    // The care team's six and Gerard's own coffee on Thursday afternoon.
    QCOMPARE(items.size(), 7);
    QCOMPARE(items.first().toObject().value(QStringLiteral("start")).toString(),
             QStringLiteral("2026-03-12T08:00:00+01:00"));
    const QJsonObject coffee
        = findByName(items, QStringLiteral("title"), QStringLiteral("Koffie met Anneke"));
    QCOMPARE(coffee.value(QStringLiteral("start")).toString(),
             QStringLiteral("2026-03-12T15:30:00+01:00"));
    QCOMPARE(coffee.value(QStringLiteral("kind")).toString(), QStringLiteral("own"));
}

void TestSeedCommand::seed_contactsHaveTheRightsTheManualAdvises()
{
    DossierFixture fixture;
    QVERIFY(seed(fixture));
    const QJsonArray contacts
        = get(fixture, QStringLiteral("/api/v1/clients/100482/access/contacts"),
              fixture.representativeToken)
              .value(QStringLiteral("items"))
              .toArray();
    QCOMPARE(contacts.size(), 2);
    const QJsonObject anna
        = findByName(contacts, QStringLiteral("relation"), QStringLiteral("buurvrouw"));
    const QJsonObject annaRights = anna.value(QStringLiteral("rights")).toObject();
    QVERIFY(annaRights.value(QStringLiteral("agendaView")).toBool());
    QVERIFY(annaRights.value(QStringLiteral("messages")).toBool());
    QVERIFY(annaRights.value(QStringLiteral("board")).toBool());
    QVERIFY(!annaRights.value(QStringLiteral("reportsRead")).toBool());
    QVERIFY(!annaRights.value(QStringLiteral("plans")).toBool());
    QCOMPARE(anna.value(QStringLiteral("invitedBy")).toObject().value(QStringLiteral("name")),
             fixture.client.name());

    const QJsonObject ellen
        = findByName(contacts, QStringLiteral("name"), QStringLiteral("Ellen van Dijk"));
    QCOMPARE(ellen.value(QStringLiteral("relation")).toString(), QStringLiteral("dochter"));
    QCOMPARE(ellen.value(QStringLiteral("status")).toString(), QStringLiteral("invited"));
    const QJsonObject ellenRights = ellen.value(QStringLiteral("rights")).toObject();
    QVERIFY(ellenRights.value(QStringLiteral("reportsRead")).toBool());
    QVERIFY(ellenRights.value(QStringLiteral("plans")).toBool());
    QVERIFY(!ellenRights.value(QStringLiteral("reportsWrite")).toBool());
    QCOMPARE(ellen.value(QStringLiteral("invitedBy")).toObject().value(QStringLiteral("name")),
             fixture.representative.name());

    // Anna no longer reads the dossier; her own photo is served.
    int status = 0;
    get(fixture, QStringLiteral("/api/v1/clients/100482/reports"), fixture.contactToken, &status);
    QCOMPARE(status, 403);
    get(fixture, QStringLiteral("/api/v1/clients/100482/people/%1/photo").arg(fixture.contact.id),
        fixture.representativeToken, &status);
    QCOMPARE(status, 200);
}

void TestSeedCommand::seed_ownAppointmentsAndMeasurementsReadBack()
{
    DossierFixture fixture;
    QVERIFY(seed(fixture));
    // Thursday 2026-03-12: this week from Monday the 9th, and next week.
    const QJsonArray appointments
        = get(fixture,
              QStringLiteral("/api/v1/clients/100482/appointments?from=2026-03-09T00:00:00%2B01:00"
                             "&to=2026-03-23T00:00:00%2B01:00"),
              fixture.contactToken)
              .value(QStringLiteral("items"))
              .toArray();
    const QJsonObject hairdresser
        = findByName(appointments, QStringLiteral("title"), QStringLiteral("Kapper"));
    QCOMPARE(hairdresser.value(QStringLiteral("start")).toString(),
             QStringLiteral("2026-03-10T10:30:00+01:00"));
    QVERIFY(
        !findByName(appointments, QStringLiteral("title"), QStringLiteral("Verjaardag van Ellen"))
             .isEmpty());

    const auto history = [&](const char *type) {
        return get(fixture,
                   QStringLiteral("/api/v1/clients/100482/measurements?type=%1&limit=100")
                       .arg(QLatin1String(type)),
                   fixture.representativeToken)
            .value(QStringLiteral("items"))
            .toArray();
    };
    const QJsonArray weights = history("weight");
    QCOMPARE(weights.size(), 8); // the Mondays of eight weeks
    for (const QJsonValue &weight : weights) {
        const double kg = weight.toObject()
                              .value(QStringLiteral("values"))
                              .toObject()
                              .value(QStringLiteral("value"))
                              .toDouble();
        QVERIFY2(kg > 76 && kg < 80, qPrintable(QString::number(kg)));
    }
    const QJsonArray pressures = history("bloodPressure");
    QVERIFY(pressures.size() >= 8 * 3 - 1);
    int byMark = 0;
    for (const QJsonValue &pressure : pressures) {
        const QJsonObject values = pressure.toObject().value(QStringLiteral("values")).toObject();
        QVERIFY(values.value(QStringLiteral("systolic")).toDouble()
                > values.value(QStringLiteral("diastolic")).toDouble());
        const QJsonObject by = pressure.toObject().value(QStringLiteral("enteredBy")).toObject();
        byMark += by.value(QStringLiteral("role")).toString() == QLatin1String("representative");
    }
    QVERIFY(byMark >= 7); // on Saturdays
    QVERIFY(!history("painScore").isEmpty());
    // Nothing in the future.
    QVERIFY(pressures.first().toObject().value(QStringLiteral("measuredAt")).toString()
            <= QStringLiteral("2026-03-12T09:30:00+01:00"));
}

void TestSeedCommand::seed_conversationsLeaveTheNewestUnreadForTheRepresentative()
{
    DossierFixture fixture;
    QVERIFY(seed(fixture));
    const QString unread = QStringLiteral("/api/v1/clients/100482/unread-counts");
    const QJsonObject mark = get(fixture, unread, fixture.representativeToken);
    QCOMPARE(mark.value(QStringLiteral("messages")).toInt(), 2);
    QCOMPARE(mark.value(QStringLiteral("conversations")).toInt(), 2);
    QCOMPARE(get(fixture, unread, fixture.contactToken).value(QStringLiteral("messages")).toInt(),
             0);

    const QJsonArray conversations
        = get(fixture, QStringLiteral("/api/v1/clients/100482/conversations"),
              fixture.representativeToken)
              .value(QStringLiteral("items"))
              .toArray();
    QCOMPARE(conversations.size(), 3);
    // Anna takes part in one of them, with Gerard and Mark.
    QCOMPARE(
        get(fixture, QStringLiteral("/api/v1/clients/100482/conversations"), fixture.contactToken)
            .value(QStringLiteral("items"))
            .toArray()
            .size(),
        1);
}

void TestSeedCommand::seed_boardHasPostsWithPhotosAndReactions()
{
    DossierFixture fixture;
    QVERIFY(seed(fixture));
    const QJsonArray posts
        = get(fixture, QStringLiteral("/api/v1/clients/100482/board/posts"), fixture.contactToken)
              .value(QStringLiteral("items"))
              .toArray();
    QCOMPARE(posts.size(), 4);
    int reactions = 0;
    QString photoId;
    for (const QJsonValue &post : posts) {
        reactions += post.toObject().value(QStringLiteral("reactionCount")).toInt();
        const QJsonArray photos = post.toObject().value(QStringLiteral("photos")).toArray();
        if (!photos.isEmpty())
            photoId = photos.first().toObject().value(QStringLiteral("id")).toString();
    }
    QCOMPARE(reactions, 6);
    QVERIFY(!photoId.isEmpty());
    const Response thumbnail = fixture.call(
        "GET", QStringLiteral("/api/v1/clients/100482/board/photos/%1/thumbnail").arg(photoId),
        fixture.contactToken);
    QCOMPARE(thumbnail.status(), 200);
    QVERIFY(thumbnail.body().startsWith("\xff\xd8")); // a JPEG
}

void TestSeedCommand::seedCommand_needsDemoAndTheDemoAccounts()
{
    const QString binary = qEnvironmentVariable("PORTIEK_SERVER_BINARY");
    QVERIFY2(QFile::exists(binary), "PORTIEK_SERVER_BINARY must name the built portiek-server");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pkiError = TestPki::create(dir.path());
    QVERIFY2(pkiError.isEmpty(), qPrintable(pkiError));
    QFile::setPermissions(dir.filePath(QStringLiteral("server.key")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString config = dir.filePath(QStringLiteral("server.json"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({ "tls": { "certificate": "server.pem", "privateKey": "server.key" },
        "publicUrl": "https://portaal.delinde.example",
        "organization": { "name": "Zorggroep De Linde", "termsVersion": "2026-01",
                          "helpdesk": { "phone": "020 123 45 67" } } })");
    file.close();
    const auto run = [&](const QStringList &arguments, QByteArray *output = nullptr) {
        QProcess process;
        process.start(binary, QStringList { QStringLiteral("--config"), config } + arguments);
        if (!process.waitForFinished(60000))
            return -1;
        if (output)
            *output = process.readAllStandardOutput() + process.readAllStandardError();
        return process.exitCode();
    };
    QByteArray output;
    QCOMPARE(run({ QStringLiteral("seed") }, &output), 2);
    QVERIFY2(output.contains("seed --demo"), output.constData());
    QCOMPARE(run({ QStringLiteral("seed"), QStringLiteral("--demo") }, &output), 1);
    QVERIFY2(output.contains("demo-data"), output.constData());
    QCOMPARE(run({ QStringLiteral("demo-data") }), 0);
    QCOMPARE(run({ QStringLiteral("seed"), QStringLiteral("--demo") }, &output), 0);
    QVERIFY2(output.contains("demo client 100517"), output.constData());
    QVERIFY2(output.contains("3 conversations new"), output.constData());
    // A second run adds nothing of the people around Gerard.
    QCOMPARE(run({ QStringLiteral("seed"), QStringLiteral("--demo") }, &output), 0);
    QVERIFY2(output.contains("0 own appointments new, 0 measurements new, 0 conversations new"),
             output.constData());
}

QTEST_GUILESS_MAIN(TestSeedCommand)
#include "tst_seedcommand.moc"
