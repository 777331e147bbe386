#include "reporttestdata.h"
#include "server/app/servercontext.h"
#include "server/dossier/accesslog.h"
#include "server/reports/reportstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace Portiek::Server;
using namespace ReportTestData;

// Writing reports in the portal, what the access log keeps of reading them, and who may.
class TestReportWrite : public QObject
{
    Q_OBJECT

private slots:
    void create_storesTheReportAsThePersonWroteIt();
    void create_sameKey_storesOneReport();
    void create_badText_isRefused();
    void accessLog_recordsListGetAndCreate();
    void rightsMatrix_reportRoutes();
};

void TestReportWrite::create_storesTheReportAsThePersonWroteIt()
{
    DossierFixture fixture;
    const Response created = fixture.callJson(
        "POST", Reports, fixture.representativeToken,
        textBody(QStringLiteral("  Vader was wat verward.\r\nGraag aandacht.  ")),
        keyHeader("key-create-0001"));
    QCOMPARE(created.status(), 201);
    const QJsonObject report = SignInFixture::json(created);
    const QString id = report.value(QStringLiteral("id")).toString();
    QCOMPARE(report.value(QStringLiteral("text")).toString(),
             QStringLiteral("Vader was wat verward.\nGraag aandacht."));
    QCOMPARE(report.value(QStringLiteral("source")).toString(), QStringLiteral("portal"));
    QCOMPARE(report.value(QStringLiteral("category")).toString(), QStringLiteral("Cliëntportaal"));
    QCOMPARE(report.value(QStringLiteral("createdAt")).toString(),
             QStringLiteral("2026-03-12T09:30:00+01:00"));
    QVERIFY(report.value(QStringLiteral("updatedAt")).isNull());
    const QJsonObject author = report.value(QStringLiteral("author")).toObject();
    QCOMPARE(author.value(QStringLiteral("id")).toString(),
             QStringLiteral("aut_") + fixture.representative.id);
    QCOMPARE(author.value(QStringLiteral("name")).toString(), fixture.representative.name());
    QCOMPARE(author.value(QStringLiteral("role")).toString(),
             QStringLiteral("Wettelijk vertegenwoordiger"));
    QCOMPARE(author.value(QStringLiteral("kind")).toString(), QStringLiteral("portal"));
    QCOMPARE(created.header("Location"), (Reports + QLatin1Char('/') + id).toUtf8());

    // The ETag of the answer is the one a GET gives: the client's copy is current.
    const Response read
        = fixture.call("GET", QString::fromUtf8(created.header("Location")), fixture.clientToken,
                       {}, { qMakePair(QByteArray("If-None-Match"), created.header("ETag")) });
    QCOMPARE(read.status(), 304);

    Portiek::Server::Rights write;
    write.reportsRead = write.reportsWrite = true;
    fixture.setContactRights(write);
    const Response byContact = fixture.callJson("POST", Reports, fixture.contactToken,
                                                textBody(QStringLiteral("Groet van de buurvrouw.")),
                                                keyHeader("key-create-0002"));
    QCOMPARE(
        SignInFixture::json(byContact)[QStringLiteral("author")][QStringLiteral("role")].toString(),
        QStringLiteral("Contactpersoon"));
    const Response byClient = fixture.callJson("POST", Reports, fixture.clientToken,
                                               textBody(QStringLiteral("Zelf geschreven.")),
                                               keyHeader("key-create-0003"));
    QCOMPARE(
        SignInFixture::json(byClient)[QStringLiteral("author")][QStringLiteral("role")].toString(),
        QStringLiteral("Cliënt"));
}

void TestReportWrite::create_sameKey_storesOneReport()
{
    DossierFixture fixture;
    const QJsonObject body = textBody(QStringLiteral("Eén keer, ook na een nieuwe poging."));
    const Response first = fixture.callJson("POST", Reports, fixture.clientToken, body,
                                            keyHeader("retry-key-000001"));
    QCOMPARE(first.status(), 201);
    fixture.clock().advance(30);
    const Response retry = fixture.callJson("POST", Reports, fixture.clientToken, body,
                                            keyHeader("retry-key-000001"));
    QCOMPARE(retry.status(), 201);
    QCOMPARE(retry.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(retry.body(), first.body());
    QCOMPARE(retry.header("Location"), first.header("Location"));
    QCOMPARE(items(fixture.call("GET", Reports, fixture.clientToken)).size(), 1);

    QCOMPARE(
        code(fixture.callJson("POST", Reports, fixture.clientToken,
                              textBody(QStringLiteral("Anders.")), keyHeader("retry-key-000001"))),
        QStringLiteral("idempotency_key_reused"));
    QCOMPARE(code(fixture.callJson("POST", Reports, fixture.clientToken, body)),
             QStringLiteral("idempotency_key_missing"));
    QCOMPARE(items(fixture.call("GET", Reports, fixture.clientToken)).size(), 1);
}

void TestReportWrite::create_badText_isRefused()
{
    DossierFixture fixture;
    const auto post = [&](const QByteArray &body, const QByteArray &key) {
        return fixture.call(
            "POST", Reports, fixture.clientToken, body,
            { qMakePair(QByteArray("Idempotency-Key"), key),
              qMakePair(QByteArray("Content-Type"), QByteArray("application/json")) });
    };
    const auto fieldCode = [](const Response &response) {
        return SignInFixture::json(response)
            .value(QStringLiteral("errors"))
            .toArray()
            .first()[QStringLiteral("code")]
            .toString();
    };
    QCOMPARE(fieldCode(post("{\"text\": \"  \\n \"}", "bad-text-000001")),
             QStringLiteral("required"));
    QCOMPARE(fieldCode(post("{}", "bad-text-000002")), QStringLiteral("required"));
    QCOMPARE(fieldCode(post("{\"text\": 12}", "bad-text-000003")),
             QStringLiteral("invalid_format"));
    const QByteArray tooLong = QJsonDocument(textBody(QString(10001, QLatin1Char('x')))).toJson();
    QCOMPARE(post(tooLong, "bad-text-000004").status(), 422);
    QCOMPARE(fieldCode(post(tooLong, "bad-text-000004")), QStringLiteral("too_long"));
    QCOMPARE(code(post("not json", "bad-text-000005")), QStringLiteral("malformed_request"));
    QCOMPARE(items(fixture.call("GET", Reports, fixture.clientToken)).size(), 0);

    // The limit counts characters after trimming; an emoji is one.
    const QString longest = QString(9999, QLatin1Char('x')) + QStringLiteral("\U0001F600");
    const QByteArray atLimit
        = QJsonDocument(textBody(QStringLiteral("  ") + longest + QStringLiteral("\n"))).toJson();
    const Response accepted = post(atLimit, "bad-text-000006");
    QCOMPARE(accepted.status(), 201);
    QCOMPARE(SignInFixture::json(accepted).value(QStringLiteral("text")).toString(), longest);
}

void TestReportWrite::accessLog_recordsListGetAndCreate()
{
    DossierFixture fixture;
    const Response created
        = fixture.callJson("POST", Reports, fixture.representativeToken,
                           textBody(QStringLiteral("Gelogd.")), keyHeader("key-logged-0001"));
    const QString id = SignInFixture::json(created).value(QStringLiteral("id")).toString();
    QCOMPARE(fixture.call("GET", Reports, fixture.clientToken).status(), 200);
    QCOMPARE(fixture.call("GET", Reports + QLatin1Char('/') + id, fixture.clientToken).status(),
             200);
    QCOMPARE(fixture
                 .call("GET", QStringLiteral("/api/v1/clients/100482/report-authors"),
                       fixture.clientToken)
                 .status(),
             200);
    // Refused and not-found calls read nothing.
    QCOMPARE(fixture.call("GET", Reports, fixture.contactToken).status(), 403);
    QCOMPARE(
        fixture.call("GET", Reports + QStringLiteral("/rep_none"), fixture.clientToken).status(),
        404);

    const AccessLog log(fixture.context().database, fixture.context().clock);
    QList<AccessLog::Entry> entries = log.list(DossierFixture::ClientId, 10);
    std::reverse(entries.begin(), entries.end());
    QStringList seen;
    for (const AccessLog::Entry &entry : entries)
        seen.append(QStringList { AccessLog::actionName(entry.action), entry.resourceType,
                                  entry.resourceId == id ? QStringLiteral("id") : entry.resourceId,
                                  entry.personId == fixture.client.id
                                      ? QStringLiteral("client")
                                      : QStringLiteral("representative") }
                        .join(QLatin1Char(' ')));
    QCOMPARE(seen,
             QStringList({ QStringLiteral("create report id representative"),
                           QStringLiteral("read reports  client"),
                           QStringLiteral("read report id client"),
                           QStringLiteral("read reports  client") }));
}

void TestReportWrite::rightsMatrix_reportRoutes()
{
    DossierFixture fixture;
    ReportStore store(fixture.context().database, fixture.context().clock);
    const ReportStore::ImportOutcome report
        = store.importReport(DossierFixture::ClientId, QStringLiteral("M1"),
                             importBody(Base, Authors.at(0), QStringLiteral("Geheim.")));
    QVERIFY(report.ok());
    Portiek::Server::Rights read;
    read.reportsRead = true;
    Portiek::Server::Rights readWrite = read;
    readWrite.reportsWrite = true;
    Portiek::Server::Rights allButReports = Portiek::Server::Rights::all();
    allButReports.reportsRead = allButReports.reportsWrite = false;
    const QString reader = fixture.addContact(QStringLiteral("lezer"), read);
    const QString writer = fixture.addContact(QStringLiteral("schrijver"), readWrite);
    const QString other = fixture.addContact(QStringLiteral("anders"), allButReports);

    struct Route
    {
        QByteArray method;
        QString path;
        bool writes;
    };
    const QList<Route> routes
        = { { "GET", Reports, false },
            { "GET", Reports + QLatin1Char('/') + report.reportId, false },
            { "GET", QStringLiteral("/api/v1/clients/100482/report-authors"), false },
            { "POST", Reports, true } };
    int key = 0;
    const auto call = [&](const Route &route, const QString &token) {
        return fixture.callJson(route.method, route.path, token, textBody(QStringLiteral("Nieuw.")),
                                keyHeader(QByteArray("matrix-key-")
                                          + QByteArray::number(++key).rightJustified(6, '0')));
    };
    for (const Route &route : routes) {
        const QByteArray label = route.method + ' ' + route.path.toUtf8();
        QVERIFY2(call(route, QString()).status() == 401, label);
        for (const QString &token : { fixture.strangerToken, fixture.contactToken, other }) {
            const Response refused = call(route, token);
            QVERIFY2(refused.status() == 403, label);
            // Only the problem's own members: no report, no author, no name.
            QStringList members = SignInFixture::json(refused).keys();
            members.removeOne(QStringLiteral("detail"));
            QCOMPARE(members,
                     QStringList({ QStringLiteral("code"), QStringLiteral("status"),
                                   QStringLiteral("title"), QStringLiteral("type") }));
            QVERIFY(!refused.body().contains("Geheim") && !refused.body().contains("Bakker"));
        }
        QCOMPARE(code(call(route, fixture.strangerToken)), QStringLiteral("client_not_accessible"));
        QCOMPARE(code(call(route, other)), QStringLiteral("right_missing"));
        QVERIFY2(call(route, reader).status() == (route.writes ? 403 : 200), label);
        for (const QString &token : { writer, fixture.clientToken, fixture.representativeToken })
            QVERIFY2(call(route, token).status() == (route.writes ? 201 : 200), label);
    }
}

QTEST_GUILESS_MAIN(TestReportWrite)
#include "tst_reportwrite.moc"
