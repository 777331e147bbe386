#include "core/portalapi.h"
#include "core/reportauthorlistmodel.h"
#include "core/reportlistmodel.h"
#include "fakeportal.h"
#include "reportfixtures.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <memory>

using namespace ReportFixtures;

namespace {

QString queryItem(const QString &path, const QString &key)
{
    return QUrlQuery(path.section(QLatin1Char('?'), 1)).queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

class TestReportListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void firstPage_arrivesWhenAClientIsSet();
    void fetchMore_followsTheCursor_oneRequestAtATime();
    void filters_areSentAndRestartTheList();
    void filterChange_dropsTheAnswerOfTheOldList();
    void reload_startsFromTheTop();
    void badJson_givesAnErrorNotRows_data();
    void badJson_givesAnErrorNotRows();
    void failedPage_keepsRows_andRetryAsksTheSamePage();
    void emptyPage_isLoadedAndComplete();
    void authors_areLoadedAcrossPages();
    void longList_holdsAWindowOfPages_andBringsNewerBack();

private:
    bool waitForIdle();

    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<ReportListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestReportListModel::init()
{
    m_tester.reset();
    m_model.reset();
    m_portal = std::make_unique<FakePortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example.nl")));
    m_model = std::make_unique<ReportListModel>(m_api.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

bool TestReportListModel::waitForIdle()
{
    return QTest::qWaitFor([this] { return !m_model->isLoading(); }, 5000);
}

// QAbstractItemModelTester, like a view, calls fetchMore() whenever canFetchMore() says yes:
// once a page is in, the next one is asked for at once. The tests count on that.
void TestReportListModel::firstPage_arrivesWhenAClientIsSet()
{
    m_portal->answer("GET", ReportsPath, 200, page(1, 3, QStringLiteral("c2")));
    m_portal->hang("GET", ReportsPath);
    QSignalSpy loaded(m_model.get(), &ReportListModel::pageLoaded);
    m_model->setClientId(QStringLiteral("100482"));
    QVERIFY(m_model->isLoading());
    QVERIFY(!m_model->canFetchMore({})); // the first page is on its way
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.first().first().toBool(), true);

    QCOMPARE(m_model->rowCount(), 3);
    const QModelIndex first = m_model->index(0);
    QCOMPARE(first.data(ReportListModel::IdRole).toString(), QStringLiteral("rep_1"));
    QCOMPARE(first.data(ReportListModel::AuthorIdRole).toString(), QStringLiteral("aut_sbakker"));
    QCOMPARE(first.data(ReportListModel::AuthorNameRole).toString(),
             QStringLiteral("Sanne Bakker"));
    QCOMPARE(first.data(ReportListModel::AuthorRoleRole).toString(),
             QStringLiteral("Persoonlijk begeleider"));
    QCOMPARE(first.data(ReportListModel::AuthorKindRole).toInt(),
             int(ReportAuthor::Kind::CareTeam));
    QCOMPARE(first.data(ReportListModel::CategoryRole).toString(), QStringLiteral("Dagrapportage"));
    QCOMPARE(first.data(ReportListModel::SourceRole).toInt(), int(Report::Source::Dossier));
    QVERIFY(first.data(ReportListModel::TextRole).toString().contains("wandeling"));
    QVERIFY(!first.data(ReportListModel::UpdatedAtRole).toDateTime().isValid());
    QCOMPARE(first.data(ReportListModel::CreatedAtRole).toDateTime(),
             QDateTime(QDate(2026, 3, 12), QTime(7, 47), QTimeZone(3600)));
    QVERIFY(first.data(ReportListModel::CreatedAtRole).toDateTime()
            > m_model->index(1).data(ReportListModel::CreatedAtRole).toDateTime());
    QVERIFY(first.data(Qt::AccessibleTextRole).toString().contains("Sanne Bakker"));
    QCOMPARE(first.data(ReportListModel::ReportRole).value<Report>().id, QStringLiteral("rep_1"));
    QVERIFY(m_model->roleNames().values().contains("authorName"));

    const QList<FakePortal::Call> calls = m_portal->callsTo("GET", ReportsPath);
    QCOMPARE(calls.size(), 2); // the first page, and the second that the tester asked for
    QCOMPARE(queryItem(calls.at(0).path, "limit"), QStringLiteral("25"));
    QVERIFY(!calls.at(0).path.contains("cursor="));
    QCOMPARE(queryItem(calls.at(1).path, "cursor"), QStringLiteral("c2"));
    QVERIFY(m_model->isLoading());
    QVERIFY(!m_model->isComplete());
}

void TestReportListModel::fetchMore_followsTheCursor_oneRequestAtATime()
{
    m_portal->answer("GET", ReportsPath, 200, page(1, 3, QStringLiteral("c/2+")));
    m_portal->answer("GET", ReportsPath, 200, page(4, 2));
    QSignalSpy loaded(m_model.get(), &ReportListModel::pageLoaded);
    m_model->setClientId(QStringLiteral("100482"));
    QVERIFY(QTest::qWaitFor([this] { return m_model->rowCount() == 3; }, 5000));
    // The second page is on its way: asking again makes no second request.
    QVERIFY(m_model->isLoading());
    QVERIFY(!m_model->canFetchMore({}));
    m_model->fetchMore({});
    m_model->fetchMore({});
    QCOMPARE(m_portal->callsTo("GET", ReportsPath).size(), 2);
    QVERIFY(waitForIdle());

    QCOMPARE(queryItem(m_portal->lastCallTo("GET", ReportsPath).path, "cursor"),
             QStringLiteral("c/2+"));
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->index(4).data(ReportListModel::IdRole).toString(), QStringLiteral("rep_5"));
    QVERIFY(m_model->isComplete());
    QVERIFY(!m_model->canFetchMore({}));
    m_model->fetchMore({});
    QCOMPARE(m_portal->callsTo("GET", ReportsPath).size(), 2);
    // Only the first page says it is the first (the view scrolls to the top for that one).
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded.at(0).at(0).toBool(), true);
    QCOMPARE(loaded.at(1).at(0).toBool(), false);
}

void TestReportListModel::filters_areSentAndRestartTheList()
{
    m_portal->answer("GET", ReportsPath, 200, page(1, 3));
    m_model->setClientId(QStringLiteral("100482"));
    QVERIFY(waitForIdle());
    QCOMPARE(m_model->rowCount(), 3);

    m_portal->answer("GET", ReportsPath, 200, page(7, 1));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    ReportListModel::Filter filter;
    filter.from = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone(3600));
    filter.to = QDateTime(QDate(2026, 4, 1), QTime(0, 0), QTimeZone(7200));
    filter.authorId = QStringLiteral("aut_sbakker");
    filter.words = QStringLiteral("  wandeling   & vijver ");
    m_model->setFilter(filter);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0); // the old rows go at once
    QVERIFY(waitForIdle());
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0).data(ReportListModel::IdRole).toString(), QStringLiteral("rep_7"));

    const QString path = m_portal->lastCallTo("GET", ReportsPath).path;
    QCOMPARE(QDateTime::fromString(queryItem(path, "from"), Qt::ISODate), filter.from);
    QCOMPARE(QDateTime::fromString(queryItem(path, "to"), Qt::ISODate), filter.to);
    QVERIFY(queryItem(path, "from").endsWith('Z')); // an offset, never a bare local time
    QCOMPARE(queryItem(path, "author"), QStringLiteral("aut_sbakker"));
    QCOMPARE(queryItem(path, "q"), QStringLiteral("wandeling & vijver"));
    QVERIFY(!path.contains("cursor="));

    // The same filter again changes nothing.
    m_model->setFilter(filter);
    QCOMPARE(m_portal->callsTo("GET", ReportsPath).size(), 2);

    // A client set anew drops the filters.
    m_model->setClientId(QStringLiteral("100482"));
    QVERIFY(m_model->filter().isEmpty());
    QVERIFY(waitForIdle());
    QVERIFY(!m_portal->lastCallTo("GET", ReportsPath).path.contains("author="));
}

void TestReportListModel::filterChange_dropsTheAnswerOfTheOldList()
{
    m_portal->hang("GET", ReportsPath);
    m_portal->answer("GET", ReportsPath, 200, page(1, 2));
    m_model->setClientId(QStringLiteral("100482"));
    QVERIFY(m_model->isLoading());
    ReportListModel::Filter filter;
    filter.words = QStringLiteral("vijver");
    m_model->setFilter(filter);
    QVERIFY(waitForIdle());
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(!m_model->error().isError()); // the aborted request is no error of this list
    QCOMPARE(m_portal->callsTo("GET", ReportsPath).size(), 2);
}

void TestReportListModel::reload_startsFromTheTop()
{
    m_portal->answer("GET", ReportsPath, 200, page(1, 3, QStringLiteral("c2")));
    m_portal->answer("GET", ReportsPath, 200, page(4, 3));
    m_model->setClientId(QStringLiteral("100482"));
    QVERIFY(QTest::qWaitFor([this] { return m_model->isComplete(); }, 5000));
    QCOMPARE(m_model->rowCount(), 6);

    m_portal->answer("GET", ReportsPath, 200, page(0, 2));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->reload();
    QCOMPARE(reset.size(), 1);
    QVERIFY(waitForIdle());
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0).data(ReportListModel::IdRole).toString(), QStringLiteral("rep_0"));
    QVERIFY(!m_portal->lastCallTo("GET", ReportsPath).path.contains("cursor="));
}

void TestReportListModel::badJson_givesAnErrorNotRows_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("<html>oops</html>");
    QTest::newRow("no items") << QByteArray(R"({"nextCursor":null})");
    QTest::newRow("no nextCursor") << QByteArray(R"({"items":[]})");
    QTest::newRow("item not an object") << QByteArray(R"({"items":[5],"nextCursor":null})");
    QTest::newRow("id a number") << QByteArray(R"({"items":[{"id":5}],"nextCursor":null})");
    QJsonObject noOffset = report(1);
    noOffset.insert("createdAt", "2026-03-12T08:47:00");
    QTest::newRow("time without offset")
        << QJsonDocument(QJsonObject { { "items", QJsonArray { noOffset } },
                                       { "nextCursor", QJsonValue::Null } })
               .toJson();
    QJsonObject badSource = report(1);
    badSource.insert("source", "email");
    QTest::newRow("unknown source")
        << QJsonDocument(QJsonObject { { "items", QJsonArray { report(2), badSource } },
                                       { "nextCursor", QJsonValue::Null } })
               .toJson();
    QJsonObject noAuthor = report(1);
    noAuthor.remove("author");
    QTest::newRow("no author") << QJsonDocument(QJsonObject { { "items", QJsonArray { noAuthor } },
                                                              { "nextCursor", QJsonValue::Null } })
                                      .toJson();
}

void TestReportListModel::badJson_givesAnErrorNotRows()
{
    QFETCH(QByteArray, body);
    m_portal->raw("GET", ReportsPath, 200, "application/json", body);
    QSignalSpy failed(m_model.get(), &ReportListModel::loadFailed);
    m_model->setClientId(QStringLiteral("100482"));
    QVERIFY(failed.wait());
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->error().kind(), ApiError::Kind::NotAPortal);
    QVERIFY(!m_model->error().userMessage().isEmpty());
    QVERIFY(!m_model->isLoading());
    QVERIFY(!m_model->canFetchMore({}));
}

void TestReportListModel::failedPage_keepsRows_andRetryAsksTheSamePage()
{
    m_portal->answer("GET", ReportsPath, 200, page(1, 3, QStringLiteral("c2")));
    m_portal->problem("GET", ReportsPath, 503, QStringLiteral("service_unavailable"));
    m_portal->answer("GET", ReportsPath, 200, page(4, 1));
    QSignalSpy failed(m_model.get(), &ReportListModel::loadFailed);
    m_model->setClientId(QStringLiteral("100482")); // the tester asks for page 2 at once
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().first().value<ApiError>().kind(), ApiError::Kind::ServerUnavailable);
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(!m_model->canFetchMore({})); // a view must not hammer a portal that is down

    m_model->retry();
    QVERIFY(waitForIdle());
    QCOMPARE(queryItem(m_portal->lastCallTo("GET", ReportsPath).path, "cursor"),
             QStringLiteral("c2"));
    QCOMPARE(m_model->rowCount(), 4);
    QVERIFY(!m_model->error().isError());
    QVERIFY(m_model->isComplete());
}

void TestReportListModel::emptyPage_isLoadedAndComplete()
{
    m_portal->answer("GET", ReportsPath, 200, page(1, 0));
    QSignalSpy loaded(m_model.get(), &ReportListModel::pageLoaded);
    m_model->setClientId(QStringLiteral("100482"));
    QVERIFY(loaded.wait());
    QVERIFY(m_model->hasLoaded());
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->isComplete());
    m_model->setClientId(QString());
    QVERIFY(!m_model->hasLoaded());
    QVERIFY(!m_model->isLoading());
}

void TestReportListModel::authors_areLoadedAcrossPages()
{
    ReportAuthorListModel authors(m_api.get());
    QAbstractItemModelTester tester(&authors,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QJsonObject first = authorPage();
    first.insert("nextCursor", "a2");
    m_portal->answer("GET", AuthorsPath, 200, first);
    m_portal->answer(
        "GET", AuthorsPath, 200,
        QJsonObject { { "items", QJsonArray { author("aut_x", "Yara Zwart", "", "portal") } },
                      { "nextCursor", QJsonValue::Null } });
    QSignalSpy loaded(&authors, &ReportAuthorListModel::loaded);
    authors.setClientId(QStringLiteral("100482"));
    QVERIFY(loaded.wait());
    QCOMPARE(authors.rowCount(), 4);
    QCOMPARE(authors.index(0).data(ReportAuthorListModel::IdRole).toString(),
             QStringLiteral("aut_imulder"));
    QCOMPARE(authors.index(0).data().toString(),
             QStringLiteral("dr. Inge Mulder (Specialist ouderengeneeskunde)"));
    QCOMPARE(authors.index(3).data().toString(), QStringLiteral("Yara Zwart"));
    QCOMPARE(queryItem(m_portal->lastCallTo("GET", AuthorsPath).path, "cursor"),
             QStringLiteral("a2"));

    m_portal->raw("GET", AuthorsPath, 200, "application/json", R"({"items":[{}]})");
    QSignalSpy failed(&authors, &ReportAuthorListModel::loadFailed);
    authors.reload();
    QVERIFY(failed.wait());
    QCOMPARE(authors.rowCount(), 0);
}


void TestReportListModel::longList_holdsAWindowOfPages_andBringsNewerBack()
{
    // Fetching by hand here: the tester would ask for every page at once.
    m_tester.reset();
    m_model->setPageSize(100); // 500 rows held: five pages
    const auto pageAt = [](int index, bool last = false) {
        return page(index * 100 + 1, 100, last ? QString() : QStringLiteral("c%1").arg(index + 1));
    };
    for (int index = 0; index < 7; ++index)
        m_portal->answer("GET", ReportsPath, 200, pageAt(index, index == 6));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->setClientId(QStringLiteral("100482"));
    QVERIFY(waitForIdle());
    for (int index = 1; index < 7; ++index) {
        QVERIFY(m_model->canFetchMore({}));
        m_model->fetchMore({});
        QVERIFY(waitForIdle());
    }
    // Seven pages seen, five held: the two newest were let go from the top.
    QCOMPARE(m_model->rowCount(), 500);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 99);
    QCOMPARE(m_model->index(0).data(ReportListModel::IdRole).toString(), QStringLiteral("rep_201"));
    QCOMPARE(m_model->index(499).data(ReportListModel::IdRole).toString(),
             QStringLiteral("rep_700"));
    QVERIFY(m_model->isComplete());
    QVERIFY(m_model->hasNewer());

    // Back up: the page above comes again by its own cursor, and the last page held goes.
    m_portal->answer("GET", ReportsPath, 200, pageAt(1));
    m_model->fetchNewer();
    m_model->fetchNewer(); // one request at a time
    QVERIFY(waitForIdle());
    QCOMPARE(queryItem(m_portal->lastCallTo("GET", ReportsPath).path, "cursor"),
             QStringLiteral("c1"));
    QCOMPARE(m_portal->callsTo("GET", ReportsPath).size(), 8);
    QCOMPARE(m_model->rowCount(), 500);
    QCOMPARE(m_model->index(0).data(ReportListModel::IdRole).toString(), QStringLiteral("rep_101"));
    QCOMPARE(m_model->index(499).data(ReportListModel::IdRole).toString(),
             QStringLiteral("rep_600"));
    QVERIFY(!m_model->isComplete());
    QVERIFY(m_model->canFetchMore({}));

    // Down again: the last page by the cursor it was first reached with.
    m_portal->answer("GET", ReportsPath, 200, pageAt(6, true));
    m_model->fetchMore({});
    QVERIFY(waitForIdle());
    QCOMPARE(queryItem(m_portal->lastCallTo("GET", ReportsPath).path, "cursor"),
             QStringLiteral("c6"));
    QCOMPARE(m_model->index(0).data(ReportListModel::IdRole).toString(), QStringLiteral("rep_201"));
    QVERIFY(m_model->isComplete());

    // The top again: a reload starts from the first page and holds nothing else.
    m_portal->answer("GET", ReportsPath, 200, pageAt(0));
    m_model->reload();
    QVERIFY(waitForIdle());
    QVERIFY(!m_model->hasNewer());
    QCOMPARE(m_model->rowCount(), 100);
}

QTEST_GUILESS_MAIN(TestReportListModel)
#include "tst_reportlistmodel.moc"
