#include "core/draftstore.h"
#include "core/portalapi.h"
#include "core/reportsender.h"
#include "fakeportal.h"
#include "reportfixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ReportFixtures;

class TestReportSender : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void failedSend_keepsTheDraftAndItsKey_data();
    void failedSend_keepsTheDraftAndItsKey();
    void retry_sendsTheSameKey_andSuccessRemovesTheDraft();
    void keyUsedForOtherText_getsANewKeyAndASentence();
    void secondSend_isRefusedWhileOneRuns();
    void emptyOrUnknownDraft_isNotSent();
    void unreadableAnswer_stillRemovesTheDraft();

private:
    Draft makeDraft(const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<ReportSender> m_sender;
};

void TestReportSender::init()
{
    m_sender.reset();
    m_drafts.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_portal = std::make_unique<FakePortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example.nl")));
    m_drafts = std::make_unique<DraftStore>(m_dir->path(), QStringLiteral("me"));
    m_sender = std::make_unique<ReportSender>(m_api.get(), m_drafts.get());
}

Draft TestReportSender::makeDraft(const QString &text)
{
    Draft draft = m_drafts->create(ReportSender::DraftKind, QStringLiteral("100482"));
    draft.setText(text);
    if (!m_drafts->save(draft))
        qWarning("draft not saved");
    return draft;
}

void TestReportSender::failedSend_keepsTheDraftAndItsKey_data()
{
    QTest::addColumn<int>("status"); // 0: a network error
    QTest::addColumn<int>("kind");
    QTest::newRow("connection refused") << 0 << int(ApiError::Kind::Unreachable);
    QTest::newRow("503") << 503 << int(ApiError::Kind::ServerUnavailable);
    QTest::newRow("429") << 429 << int(ApiError::Kind::Problem);
}

void TestReportSender::failedSend_keepsTheDraftAndItsKey()
{
    QFETCH(int, status);
    QFETCH(int, kind);
    if (status == 0)
        m_portal->networkError("POST", ReportsPath);
    else
        m_portal->problem("POST", ReportsPath, status,
                          status == 503 ? "service_unavailable" : "rate_limited", {}, 30);
    const Draft draft = makeDraft(QStringLiteral("Vader was wat verward."));
    QSignalSpy failed(m_sender.get(), &ReportSender::failed);
    QSignalSpy sent(m_sender.get(), &ReportSender::sent);
    QVERIFY(m_sender->send(draft.id));
    QVERIFY(m_sender->isSending());
    QVERIFY(failed.wait());
    QVERIFY(!m_sender->isSending());
    QCOMPARE(sent.size(), 0);
    QCOMPARE(failed.first().at(0).toString(), draft.id);
    const ApiError error = failed.first().at(1).value<ApiError>();
    QCOMPARE(int(error.kind()), kind);
    QVERIFY(ReportSender::sentenceFor(error).contains("kept"));

    const FakePortal::Call call = m_portal->lastCallTo("POST", ReportsPath);
    QCOMPARE(call.idempotencyKey, draft.idempotencyKey);
    QCOMPARE(call.body.value("text").toString(), QStringLiteral("Vader was wat verward."));
    QCOMPARE(call.body.size(), 1);
    // Kept, with its key, also for the next start of the application.
    const Draft kept = DraftStore(m_dir->path(), QStringLiteral("me")).find(draft.id);
    QCOMPARE(kept.text(), draft.text());
    QCOMPARE(kept.idempotencyKey, draft.idempotencyKey);
}

void TestReportSender::retry_sendsTheSameKey_andSuccessRemovesTheDraft()
{
    m_portal->networkError("POST", ReportsPath, QNetworkReply::RemoteHostClosedError);
    m_portal->answer("POST", ReportsPath, 201, report(0, QStringLiteral("Vader was wat verward.")));
    const Draft draft = makeDraft(QStringLiteral("Vader was wat verward."));
    QSignalSpy failed(m_sender.get(), &ReportSender::failed);
    QSignalSpy sent(m_sender.get(), &ReportSender::sent);
    QVERIFY(m_sender->send(draft.id));
    QVERIFY(failed.wait());

    QVERIFY(m_sender->send(draft.id));
    QVERIFY(sent.wait());
    const QList<FakePortal::Call> calls = m_portal->callsTo("POST", ReportsPath);
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).idempotencyKey, calls.at(1).idempotencyKey);
    QCOMPARE(calls.at(1).idempotencyKey, draft.idempotencyKey);
    QCOMPARE(sent.first().at(0).toString(), draft.id);
    const Report report = sent.first().at(1).value<Report>();
    QCOMPARE(report.id, QStringLiteral("rep_0"));
    QCOMPARE(report.text, QStringLiteral("Vader was wat verward."));
    QVERIFY(!m_drafts->find(draft.id).isValid());
    QVERIFY(!DraftStore(m_dir->path(), QStringLiteral("me")).find(draft.id).isValid());
}

void TestReportSender::keyUsedForOtherText_getsANewKeyAndASentence()
{
    m_portal->problem("POST", ReportsPath, 422, "idempotency_key_reused");
    const Draft draft = makeDraft(QStringLiteral("Nieuwe tekst"));
    QSignalSpy failed(m_sender.get(), &ReportSender::failed);
    QVERIFY(m_sender->send(draft.id));
    QVERIFY(failed.wait());
    const Draft kept = m_drafts->find(draft.id);
    QCOMPARE(kept.text(), QStringLiteral("Nieuwe tekst"));
    QVERIFY(kept.idempotencyKey != draft.idempotencyKey);
    QVERIFY(ReportSender::sentenceFor(failed.first().at(1).value<ApiError>())
                .contains("earlier version"));
}

void TestReportSender::secondSend_isRefusedWhileOneRuns()
{
    m_portal->hang("POST", ReportsPath);
    const Draft draft = makeDraft(QStringLiteral("Eén keer"));
    QVERIFY(m_sender->send(draft.id));
    QCOMPARE(m_sender->sendingDraftId(), draft.id);
    QVERIFY(!m_sender->send(draft.id));
    QCOMPARE(m_portal->callsTo("POST", ReportsPath).size(), 1);
}

void TestReportSender::emptyOrUnknownDraft_isNotSent()
{
    const Draft empty = makeDraft(QStringLiteral("   \n "));
    QVERIFY(!m_sender->send(empty.id));
    QVERIFY(!m_sender->send(QStringLiteral("unknown")));
    const Draft tooLong = makeDraft(QString(Report::MaxTextLength + 1, QLatin1Char('a')));
    QVERIFY(!m_sender->send(tooLong.id));
    QVERIFY(m_portal->calls().isEmpty());
}

void TestReportSender::unreadableAnswer_stillRemovesTheDraft()
{
    m_portal->answer("POST", ReportsPath, 201, QJsonObject { { "id", "rep_9" } });
    const Draft draft = makeDraft(QStringLiteral("Aangekomen"));
    QSignalSpy sent(m_sender.get(), &ReportSender::sent);
    QVERIFY(m_sender->send(draft.id));
    QVERIFY(sent.wait());
    QVERIFY(!sent.first().at(1).value<Report>().isValid());
    QVERIFY(!m_drafts->find(draft.id).isValid());
}

QTEST_GUILESS_MAIN(TestReportSender)
#include "tst_reportsender.moc"
