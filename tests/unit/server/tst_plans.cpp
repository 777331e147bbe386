#include "dossierfixture.h"
#include "planupload.h"
#include "server/app/servercontext.h"
#include "server/dossier/accesslog.h"

#include <QJsonArray>
#include <QTest>

using namespace Portiek::Server;

namespace {

const QString Plans = QStringLiteral("/api/v1/clients/100482/plans");

// Imports a plan; returns its portal id.
QString importPlan(DossierFixture &fixture, const QString &externalId, const QString &title,
                   const QString &date, bool approvalRequested, const QByteArray &pdf)
{
    const Response response = fixture.importCall(
        "PUT", QStringLiteral("/api/v1/import/clients/100482/plans/") + externalId,
        PlanUpload::body(PlanUpload::metadata(title, date, approvalRequested), pdf),
        PlanUpload::ContentType);
    return SignInFixture::json(response).value(QStringLiteral("id")).toString();
}

QStringList titles(const Response &response)
{
    QStringList result;
    const QJsonArray items = SignInFixture::json(response).value(QStringLiteral("items")).toArray();
    for (const QJsonValue &item : items)
        result.append(item.toObject().value(QStringLiteral("title")).toString());
    return result;
}

DossierFixture::Headers key(const QByteArray &value)
{
    return { { QByteArray("Idempotency-Key"), value } };
}

} // namespace

class TestPlans : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void list_isNewestFirstWithFilterCursorAndETag();
    void get_answersThePlanOr404();
    void pdf_isServedWithETagRangesAndAFileName();
    void approve_happensOnceAndIsIdempotent();
    void approve_isVisibleToEveryoneWhoSeesThePlan();
    void approve_planThatAsksNoApproval_isRefused();
    void rightsMatrix_refusesWithoutDataAndLogsNothing();
    void reads_areWrittenToTheAccessLog();

private:
    std::unique_ptr<DossierFixture> m_fixture;
    QByteArray m_pdf;
    QString m_current; // 2026-03-09, asks approval
    QString m_older; // 2025-09-22, asks approval
    QString m_oldest; // 2024-10-01, asks none
};

void TestPlans::init()
{
    m_fixture = std::make_unique<DossierFixture>();
    QVERIFY(m_fixture->isValid());
    m_pdf = PlanUpload::pdf(3, QStringLiteral("Ondersteuningsplan 2026"));
    m_older = importPlan(*m_fixture, QStringLiteral("P-2025"),
                         QStringLiteral("Evaluatie september 2025"), QStringLiteral("2025-09-22"),
                         true, PlanUpload::pdf(2));
    m_current = importPlan(*m_fixture, QStringLiteral("P-2026"),
                           QStringLiteral("Ondersteuningsplan 2026: \"wonen\" / zorg"),
                           QStringLiteral("2026-03-09"), true, m_pdf);
    m_oldest = importPlan(*m_fixture, QStringLiteral("P-2024"), QStringLiteral("Zorgplan 2024"),
                          QStringLiteral("2024-10-01"), false, PlanUpload::pdf(2));
    QVERIFY(!m_current.isEmpty() && !m_older.isEmpty() && !m_oldest.isEmpty());
}

void TestPlans::cleanup()
{
    m_fixture.reset();
}

void TestPlans::list_isNewestFirstWithFilterCursorAndETag()
{
    DossierFixture &fixture = *m_fixture;
    const Response all = fixture.call("GET", Plans, fixture.clientToken);
    QCOMPARE(all.status(), 200);
    QCOMPARE(all.header("Cache-Control"), QByteArray("private, no-cache"));
    QCOMPARE(titles(all),
             QStringList({ QStringLiteral("Ondersteuningsplan 2026: \"wonen\" / zorg"),
                           QStringLiteral("Evaluatie september 2025"),
                           QStringLiteral("Zorgplan 2024") }));
    const QJsonObject first
        = SignInFixture::json(all).value(QStringLiteral("items")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), m_current);
    QCOMPARE(first.value(QStringLiteral("date")).toString(), QStringLiteral("2026-03-09"));
    QCOMPARE(first.value(QStringLiteral("pageCount")).toInt(), 3);
    QCOMPARE(first.value(QStringLiteral("sizeBytes")).toInteger(), m_pdf.size());
    QCOMPARE(first.value(QStringLiteral("pdfUrl")).toString(), Plans + '/' + m_current + "/pdf");
    QVERIFY(first.value(QStringLiteral("approval")).isNull());
    QCOMPARE(first.value(QStringLiteral("canApprove")).toBool(), true);

    const Response pending
        = fixture.call("GET", Plans + QStringLiteral("?approvalPending=true"), fixture.clientToken);
    QCOMPARE(titles(pending).size(), 2);
    QCOMPARE(
        fixture.call("GET", Plans + QStringLiteral("?approvalPending=yes"), fixture.clientToken)
            .status(),
        400);

    const Response page1
        = fixture.call("GET", Plans + QStringLiteral("?limit=2"), fixture.clientToken);
    QCOMPARE(titles(page1).size(), 2);
    const QString cursor
        = SignInFixture::json(page1).value(QStringLiteral("nextCursor")).toString();
    QVERIFY(!cursor.isEmpty());
    const Response page2 = fixture.call("GET", Plans + QStringLiteral("?limit=2&cursor=") + cursor,
                                        fixture.clientToken);
    QCOMPARE(titles(page2), QStringList { QStringLiteral("Zorgplan 2024") });
    QVERIFY(SignInFixture::json(page2).value(QStringLiteral("nextCursor")).isNull());

    const QByteArray etag = all.header("ETag");
    QVERIFY(!etag.isEmpty());
    const Response notModified
        = fixture.call("GET", Plans, fixture.clientToken, {}, { { "If-None-Match", etag } });
    QCOMPARE(notModified.status(), 304);
    QVERIFY(notModified.body().isEmpty());
}

void TestPlans::get_answersThePlanOr404()
{
    DossierFixture &fixture = *m_fixture;
    const Response plan = fixture.call("GET", Plans + '/' + m_older, fixture.representativeToken);
    QCOMPARE(plan.status(), 200);
    QCOMPARE(SignInFixture::json(plan).value(QStringLiteral("title")).toString(),
             QStringLiteral("Evaluatie september 2025"));
    QCOMPARE(fixture
                 .call("GET", Plans + '/' + m_older, fixture.representativeToken, {},
                       { { "If-None-Match", plan.header("ETag") } })
                 .status(),
             304);
    const Response missing
        = fixture.call("GET", Plans + QStringLiteral("/pln_nope"), fixture.clientToken);
    QCOMPARE(missing.status(), 404);
    QCOMPARE(SignInFixture::problemCode(missing), QStringLiteral("not_found"));
}

void TestPlans::pdf_isServedWithETagRangesAndAFileName()
{
    DossierFixture &fixture = *m_fixture;
    const QString path = Plans + '/' + m_current + QStringLiteral("/pdf");
    const Response whole = fixture.call("GET", path, fixture.clientToken);
    QCOMPARE(whole.status(), 200);
    QCOMPARE(whole.body(), m_pdf);
    QCOMPARE(whole.header("Content-Type"), QByteArray("application/pdf"));
    QCOMPARE(whole.header("Accept-Ranges"), QByteArray("bytes"));
    QCOMPARE(whole.header("Cache-Control"), QByteArray("private, no-cache"));
    // Quotes and slashes of the title never reach the file name.
    QCOMPARE(whole.header("Content-Disposition"),
             QByteArray("attachment; filename=\"Ondersteuningsplan 2026- -wonen- - zorg - "
                        "2026-03-09.pdf\"; filename*=UTF-8''Ondersteuningsplan%202026-%20-wonen-"
                        "%20-%20zorg%20-%202026-03-09.pdf"));
    const QByteArray etag = whole.header("ETag");
    QVERIFY(etag.startsWith('"'));

    QCOMPARE(
        fixture.call("GET", path, fixture.clientToken, {}, { { "If-None-Match", etag } }).status(),
        304);

    const Response part = fixture.call("GET", path, fixture.clientToken, {},
                                       { { "Range", "bytes=10-19" }, { "If-Range", etag } });
    QCOMPARE(part.status(), 206);
    QCOMPARE(part.body(), m_pdf.mid(10, 10));
    QCOMPARE(part.header("Content-Range"), "bytes 10-19/" + QByteArray::number(m_pdf.size()));
    QCOMPARE(part.header("ETag"), etag);

    const Response rest
        = fixture.call("GET", path, fixture.clientToken, {}, { { "Range", "bytes=100-" } });
    QCOMPARE(rest.status(), 206);
    QCOMPARE(rest.body(), m_pdf.mid(100));
    const Response tail
        = fixture.call("GET", path, fixture.clientToken, {}, { { "Range", "bytes=-6" } });
    QCOMPARE(tail.body(), m_pdf.right(6));

    // Another version's If-Range: the whole document.
    const Response changed
        = fixture.call("GET", path, fixture.clientToken, {},
                       { { "Range", "bytes=10-19" }, { "If-Range", "\"old\"" } });
    QCOMPARE(changed.status(), 200);
    QCOMPARE(changed.body(), m_pdf);
    // Several ranges are not supported: the whole document.
    QCOMPARE(fixture.call("GET", path, fixture.clientToken, {}, { { "Range", "bytes=0-1,5-6" } })
                 .status(),
             200);

    const Response outside
        = fixture.call("GET", path, fixture.clientToken, {},
                       { { "Range", "bytes=" + QByteArray::number(m_pdf.size()) + '-' } });
    QCOMPARE(outside.status(), 416);
    QCOMPARE(SignInFixture::problemCode(outside), QStringLiteral("range_not_satisfiable"));
    QCOMPARE(outside.header("Content-Range"), "bytes */" + QByteArray::number(m_pdf.size()));

    QCOMPARE(
        fixture.call("GET", Plans + QStringLiteral("/pln_nope/pdf"), fixture.clientToken).status(),
        404);
}

void TestPlans::approve_happensOnceAndIsIdempotent()
{
    DossierFixture &fixture = *m_fixture;
    const QString path = Plans + '/' + m_current + QStringLiteral("/approval");
    QCOMPARE(SignInFixture::problemCode(fixture.call("POST", path, fixture.clientToken)),
             QStringLiteral("idempotency_key_missing"));

    const Response approved
        = fixture.call("POST", path, fixture.clientToken, {}, key("approve-0001-aaaa-bbbb"));
    QCOMPARE(approved.status(), 201);
    QCOMPARE(approved.header("Location"), (Plans + '/' + m_current).toUtf8());
    const QJsonObject plan = SignInFixture::json(approved);
    QCOMPARE(plan.value(QStringLiteral("canApprove")).toBool(), false);
    const QJsonObject approval = plan.value(QStringLiteral("approval")).toObject();
    QCOMPARE(approval.value(QStringLiteral("approvedAt")).toString(),
             QStringLiteral("2026-03-12T09:30:00+01:00"));
    const QJsonObject by = approval.value(QStringLiteral("approvedBy")).toObject();
    QCOMPARE(by.value(QStringLiteral("id")).toString(), fixture.client.id);
    QCOMPARE(by.value(QStringLiteral("name")).toString(), QStringLiteral("Gerard van Dijk"));
    QCOMPARE(by.value(QStringLiteral("role")).toString(), QStringLiteral("client"));

    // A retry with the same key: the first answer again.
    fixture.clock().advance(60);
    const Response replayed
        = fixture.call("POST", path, fixture.clientToken, {}, key("approve-0001-aaaa-bbbb"));
    QCOMPARE(replayed.status(), 201);
    QCOMPARE(replayed.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(replayed.body(), approved.body());

    // A second approval, by anyone: 409, and the first stands.
    const Response again = fixture.call("POST", path, fixture.representativeToken, {},
                                        key("approve-0002-aaaa-bbbb"));
    QCOMPARE(again.status(), 409);
    QCOMPARE(SignInFixture::problemCode(again), QStringLiteral("plan_already_approved"));
    const QJsonObject after = SignInFixture::json(
        fixture.call("GET", Plans + '/' + m_current, fixture.representativeToken));
    QCOMPARE(after.value(QStringLiteral("approval"))
                 .toObject()
                 .value(QStringLiteral("approvedAt"))
                 .toString(),
             QStringLiteral("2026-03-12T09:30:00+01:00"));
}

void TestPlans::approve_isVisibleToEveryoneWhoSeesThePlan()
{
    DossierFixture &fixture = *m_fixture;
    QCOMPARE(fixture
                 .call("POST", Plans + '/' + m_older + QStringLiteral("/approval"),
                       fixture.representativeToken, {}, key("approve-rep-0001-xyz"))
                 .status(),
             201);
    Rights plansOnly;
    plansOnly.plans = true;
    fixture.setContactRights(plansOnly);
    for (const QString &token :
         { fixture.clientToken, fixture.representativeToken, fixture.contactToken }) {
        const QJsonObject plan
            = SignInFixture::json(fixture.call("GET", Plans + '/' + m_older, token));
        const QJsonObject by = plan.value(QStringLiteral("approval"))
                                   .toObject()
                                   .value(QStringLiteral("approvedBy"))
                                   .toObject();
        QCOMPARE(by.value(QStringLiteral("name")).toString(), fixture.representative.name());
        QCOMPARE(by.value(QStringLiteral("id")).toString(), fixture.representative.id);
        QCOMPARE(by.value(QStringLiteral("role")).toString(), QStringLiteral("representative"));
    }
    // A contact may see, not approve.
    const QJsonObject current
        = SignInFixture::json(fixture.call("GET", Plans + '/' + m_current, fixture.contactToken));
    QCOMPARE(current.value(QStringLiteral("canApprove")).toBool(), false);
    const Response refused
        = fixture.call("POST", Plans + '/' + m_current + QStringLiteral("/approval"),
                       fixture.contactToken, {}, key("approve-contact-0001"));
    QCOMPARE(refused.status(), 403);
    QCOMPARE(SignInFixture::problemCode(refused), QStringLiteral("right_missing"));
    QVERIFY(SignInFixture::json(fixture.call("GET", Plans + '/' + m_current, fixture.clientToken))
                .value(QStringLiteral("approval"))
                .isNull());
    // The approved plan no longer waits.
    QCOMPARE(titles(fixture.call("GET", Plans + QStringLiteral("?approvalPending=true"),
                                 fixture.clientToken)),
             QStringList { QStringLiteral("Ondersteuningsplan 2026: \"wonen\" / zorg") });
}

void TestPlans::approve_planThatAsksNoApproval_isRefused()
{
    DossierFixture &fixture = *m_fixture;
    const Response refused
        = fixture.call("POST", Plans + '/' + m_oldest + QStringLiteral("/approval"),
                       fixture.clientToken, {}, key("approve-none-0001"));
    QCOMPARE(refused.status(), 409);
    QCOMPARE(SignInFixture::problemCode(refused), QStringLiteral("plan_approval_not_requested"));
    QCOMPARE(fixture
                 .call("POST", Plans + QStringLiteral("/pln_nope/approval"), fixture.clientToken,
                       {}, key("approve-none-0002"))
                 .status(),
             404);
}

void TestPlans::rightsMatrix_refusesWithoutDataAndLogsNothing()
{
    DossierFixture &fixture = *m_fixture;
    struct Route
    {
        QByteArray method;
        QString path;
        bool approval;
    };
    const QList<Route> routes = {
        { "GET", Plans, false },
        { "GET", Plans + '/' + m_current, false },
        { "GET", Plans + '/' + m_current + QStringLiteral("/pdf"), false },
        { "POST", Plans + '/' + m_current + QStringLiteral("/approval"), true },
    };
    Rights allButPlans = Rights::all();
    allButPlans.plans = false;
    Rights plansOnly;
    plansOnly.plans = true;
    const QString withoutPlans = fixture.addContact(QStringLiteral("noplans"), allButPlans);
    const QString withPlans = fixture.addContact(QStringLiteral("plansonly"), plansOnly);
    for (const Route &route : routes) {
        const DossierFixture::Headers headers = key("rights-matrix-0001");
        const auto expect = [&](const QString &token, int status, const QString &code) {
            const Response response = fixture.call(route.method, route.path, token, {}, headers);
            QVERIFY2(response.status() == status,
                     qPrintable(route.method + ' ' + route.path + ": "
                                + QString::number(response.status())));
            if (!code.isEmpty()) {
                QCOMPARE(SignInFixture::problemCode(response), code);
                // No data: only the problem's own members.
                for (const QString &member : SignInFixture::json(response).keys()) {
                    QVERIFY2(QStringList({ "type", "title", "status", "code", "detail" })
                                 .contains(member),
                             qPrintable(member));
                }
            }
        };
        expect(QString(), 401, QStringLiteral("unauthenticated"));
        expect(fixture.strangerToken, 403, QStringLiteral("client_not_accessible"));
        expect(withoutPlans, 403, QStringLiteral("right_missing"));
        expect(withPlans, route.approval ? 403 : 200,
               route.approval ? QStringLiteral("right_missing") : QString());
    }
    // Only the three allowed reads are logged, by the contact who could read.
    const AccessLog log(fixture.context().database, fixture.context().clock);
    int personEntries = 0;
    for (const AccessLog::Entry &entry : log.list(DossierFixture::ClientId, 50)) {
        if (entry.actorKind != AccessLog::ActorKind::Person)
            continue;
        ++personEntries;
        QCOMPARE(entry.actorRole, std::optional<Role>(Role::Contact));
    }
    QCOMPARE(personEntries, 3);
}

void TestPlans::reads_areWrittenToTheAccessLog()
{
    DossierFixture &fixture = *m_fixture;
    QCOMPARE(fixture.call("GET", Plans, fixture.clientToken).status(), 200);
    QCOMPARE(fixture.call("GET", Plans + '/' + m_current, fixture.clientToken).status(), 200);
    QCOMPARE(fixture.call("GET", Plans + '/' + m_current + "/pdf", fixture.clientToken).status(),
             200);
    QCOMPARE(fixture
                 .call("POST", Plans + '/' + m_current + "/approval", fixture.clientToken, {},
                       key("approve-logged-0001"))
                 .status(),
             201);
    const AccessLog log(fixture.context().database, fixture.context().clock);
    QStringList seen;
    for (const AccessLog::Entry &entry : log.list(DossierFixture::ClientId, 4)) {
        QCOMPARE(entry.personId, fixture.client.id);
        seen.prepend(AccessLog::actionName(entry.action) + '/' + entry.resourceType + '/'
                     + entry.resourceId);
    }
    QCOMPARE(seen,
             QStringList({ QStringLiteral("read/plans/"), "read/plan/" + m_current,
                           "download/planPdf/" + m_current, "approve/plan/" + m_current }));
}

QTEST_GUILESS_MAIN(TestPlans)
#include "tst_plans.moc"
