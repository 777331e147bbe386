#include "agendafixtures.h"
#include "core/appointment.h"
#include "core/appointmentlistmodel.h"
#include "core/appointmentsaver.h"
#include "core/draftstore.h"
#include "core/portalapi.h"
#include "fakeportal.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace AgendaFixtures;

namespace {

// FakePortal that also answers with an ETag and records the If-Match of every call.
class EtagPortal : public FakePortal
{
public:
    QByteArray etag = "\"r-1\"";
    QList<QByteArray> ifMatches;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        ifMatches.append(request.rawHeader("If-Match"));
        QNetworkReply *reply = FakePortal::createRequest(op, request, outgoingData);
        if (auto *fake = qobject_cast<FakeReply *>(reply))
            fake->setRawHeaderForTest("ETag", etag);
        return reply;
    }
};

const QDateTime Morning(QDate(2026, 3, 12), QTime(8, 0));

} // namespace

class TestAgenda : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fromJson_readsCareTeamAndOwn();
    void fromJson_rejectsBadServerData_data();
    void fromJson_rejectsBadServerData();
    void input_toJson_givesTimesWithOffset_andNullForEmptyTexts();
    void list_followsEveryCursorPage_beforeShowingThePeriod();
    void list_failedPage_saysSoAndKeepsTheLastPeriod();
    void list_endlessCursors_areAnError();
    void create_failedSendKeepsTheDraft_andRetryUsesTheSameKey();
    void update_sendsIfMatch_andAnswersWithTheNewVersion();
    void update_changedMeanwhile_givesTheSentence();
    void remove_sendsIfMatch();
    void sentences_sayWhatIsWrong();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EtagPortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<DraftStore> m_drafts;
};

void TestAgenda::init()
{
    m_drafts.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_portal = std::make_unique<EtagPortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example.nl")));
    m_drafts = std::make_unique<DraftStore>(m_dir->path(), QStringLiteral("me"));
}

void TestAgenda::fromJson_readsCareTeamAndOwn()
{
    Appointment care;
    QString error;
    QVERIFY2(Appointment::fromJson(
                 careTeam(QStringLiteral("apt_c81"), QStringLiteral("Ochtendzorg"), Morning), &care,
                 &error),
             qPrintable(error));
    QCOMPARE(care.kind, Appointment::Kind::CareTeam);
    QCOMPARE(care.title, QStringLiteral("Ochtendzorg"));
    QCOMPARE(care.start, Morning);
    QCOMPARE(care.end, Morning.addSecs(45 * 60));
    QCOMPARE(care.caregiver, QStringLiteral("Ruud Visser"));
    QVERIFY(care.indicativeTime);
    QVERIFY(!care.canEdit);

    Appointment mine;
    QVERIFY(Appointment::fromJson(own(QStringLiteral("apt_o17"), QStringLiteral("Kapper"), Morning),
                                  &mine, &error));
    QVERIFY(mine.isOwn());
    QVERIFY(mine.canEdit);
    QCOMPARE(mine.createdByName, QStringLiteral("Anouk de Boer"));
    QCOMPARE(mine.location, QStringLiteral("Kapsalon Knip, Rembrandtweg 3"));
    QVERIFY(mine.note.startsWith(QLatin1String("Anouk")));

    // A care-team appointment is read-only even when a confused answer says otherwise.
    QJsonObject confused
        = careTeam(QStringLiteral("apt_c82"), QStringLiteral("Avondzorg"), Morning);
    confused.insert(QStringLiteral("canEdit"), true);
    QVERIFY(Appointment::fromJson(confused, &care, &error));
    QVERIFY(!care.canEdit);
}

void TestAgenda::fromJson_rejectsBadServerData_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // undefined: the key is removed
    QTest::newRow("no id") << "id" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("unknown kind") << "kind" << QJsonValue(QStringLiteral("doctor"));
    QTest::newRow("no title") << "title" << QJsonValue(QJsonValue::Null);
    QTest::newRow("start without offset")
        << "start" << QJsonValue(QStringLiteral("2026-03-12T08:00:00"));
    QTest::newRow("end before start")
        << "end" << QJsonValue(QStringLiteral("2026-03-12T07:00:00+01:00"));
    QTest::newRow("no createdBy") << "createdBy" << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("canEdit a string") << "canEdit" << QJsonValue(QStringLiteral("yes"));
    QTest::newRow("indicativeTime missing")
        << "indicativeTime" << QJsonValue(QJsonValue::Undefined);
}

void TestAgenda::fromJson_rejectsBadServerData()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QJsonObject json = own(QStringLiteral("apt_o17"), QStringLiteral("Kapper"),
                           QDateTime(QDate(2026, 3, 12), QTime(14, 0), Qt::OffsetFromUTC, 3600));
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    Appointment appointment;
    QString error;
    QVERIFY(!Appointment::fromJson(json, &appointment, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!appointment.isValid());

    QList<Appointment> items;
    QString next;
    QVERIFY(!Appointment::pageFromJson(page({ json }), &items, &next, &error));
}

void TestAgenda::input_toJson_givesTimesWithOffset_andNullForEmptyTexts()
{
    AppointmentInput input { QStringLiteral("  Kapper "),
                             QDateTime(QDate(2026, 3, 12), QTime(14, 0)),
                             QDateTime(QDate(2026, 3, 12), QTime(14, 45)), QString(), QString() };
    const QJsonObject json = input.toJson();
    QCOMPARE(json.value(QLatin1String("title")).toString(), QStringLiteral("Kapper"));
    // TZ=Europe/Amsterdam in the tests: winter time, +01:00.
    QCOMPARE(json.value(QLatin1String("start")).toString(),
             QStringLiteral("2026-03-12T14:00:00+01:00"));
    QVERIFY(json.value(QLatin1String("location")).isNull());
    QVERIFY(json.value(QLatin1String("note")).isNull());
    const AppointmentInput back = AppointmentInput::fromJson(json);
    QCOMPARE(back.start, input.start);
    QCOMPARE(back.end, input.end);
}

void TestAgenda::list_followsEveryCursorPage_beforeShowingThePeriod()
{
    m_portal->answer(
        "GET", ListPath, 200,
        page({ careTeam(QStringLiteral("c1"), QStringLiteral("Ochtendzorg"), Morning),
               own(QStringLiteral("o1"), QStringLiteral("Kapper"), Morning.addSecs(6 * 3600)) },
             QStringLiteral("page2")));
    m_portal->answer("GET", ListPath, 200,
                     page({ careTeam(QStringLiteral("c2"), QStringLiteral("Fysiotherapie"),
                                     Morning.addSecs(3600)) }));
    AppointmentListModel model(m_api.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &AppointmentListModel::loaded);
    model.setClientId(ClientId);
    model.setPeriod(QDateTime(QDate(2026, 3, 12), QTime(0, 0)),
                    QDateTime(QDate(2026, 3, 14), QTime(0, 0)));
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    // Ordered by start across pages.
    QCOMPARE(model.index(0).data(AppointmentListModel::IdRole).toString(), QStringLiteral("c1"));
    QCOMPARE(model.index(1).data(AppointmentListModel::IdRole).toString(), QStringLiteral("c2"));
    QCOMPARE(model.index(2).data(AppointmentListModel::IdRole).toString(), QStringLiteral("o1"));
    QVERIFY(model.index(2)
                .data(Qt::AccessibleTextRole)
                .toString()
                .contains(QLatin1String("your own appointment")));

    const QList<FakePortal::Call> calls = m_portal->callsTo("GET", ListPath);
    QCOMPARE(calls.size(), 2);
    const QUrlQuery first(QUrl(calls.at(0).path).query());
    QCOMPARE(first.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded),
             QStringLiteral("2026-03-12T00:00:00+01:00"));
    QCOMPARE(first.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded),
             QStringLiteral("2026-03-14T00:00:00+01:00"));
    QVERIFY(!first.hasQueryItem(QStringLiteral("cursor")));
    QCOMPARE(QUrlQuery(QUrl(calls.at(1).path).query()).queryItemValue(QStringLiteral("cursor")),
             QStringLiteral("page2"));
    QVERIFY(!model.isLoading());
}

void TestAgenda::list_failedPage_saysSoAndKeepsTheLastPeriod()
{
    m_portal->answer(
        "GET", ListPath, 200,
        page({ careTeam(QStringLiteral("c1"), QStringLiteral("Ochtendzorg"), Morning) }));
    AppointmentListModel model(m_api.get());
    QSignalSpy loaded(&model, &AppointmentListModel::loaded);
    QSignalSpy failed(&model, &AppointmentListModel::loadFailed);
    model.setClientId(ClientId);
    model.setPeriod(QDateTime(QDate(2026, 3, 12), QTime(0, 0)),
                    QDateTime(QDate(2026, 3, 13), QTime(0, 0)));
    QVERIFY(loaded.wait());
    m_portal->problem("GET", ListPath, 503, QStringLiteral("service_unavailable"));
    model.setPeriod(QDateTime(QDate(2026, 3, 13), QTime(0, 0)),
                    QDateTime(QDate(2026, 3, 14), QTime(0, 0)));
    QVERIFY(failed.wait());
    QCOMPARE(model.error().kind(), ApiError::Kind::ServerUnavailable);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.isLoading());
}

void TestAgenda::list_endlessCursors_areAnError()
{
    m_portal->answer("GET", ListPath, 200, page({}, QStringLiteral("again")));
    AppointmentListModel model(m_api.get());
    QSignalSpy failed(&model, &AppointmentListModel::loadFailed);
    model.setClientId(ClientId);
    model.setPeriod(QDateTime(QDate(2026, 3, 12), QTime(0, 0)),
                    QDateTime(QDate(2026, 3, 13), QTime(0, 0)));
    QVERIFY(failed.wait());
    QCOMPARE(model.error().kind(), ApiError::Kind::NotAPortal);
    QVERIFY(m_portal->callsTo("GET", ListPath).size() <= AppointmentListModel::MaxPages);
}

void TestAgenda::create_failedSendKeepsTheDraft_andRetryUsesTheSameKey()
{
    AppointmentSaver saver(m_api.get(), m_drafts.get());
    Draft draft = m_drafts->create(QLatin1String(AppointmentSaver::DraftKind), ClientId);
    draft.fields = AppointmentInput { QStringLiteral("Kapper"), Morning, Morning.addSecs(2700),
                                      QStringLiteral("Kapsalon Knip"), QString() }
                       .toJson();
    QVERIFY(m_drafts->save(draft));

    m_portal->networkError("POST", ListPath);
    QSignalSpy failed(&saver, &AppointmentSaver::createFailed);
    QVERIFY(saver.create(draft.id));
    QVERIFY(!saver.create(draft.id)); // one at a time
    QVERIFY(failed.wait());
    QVERIFY(m_drafts->find(draft.id).isValid());
    const ApiError error = failed.first().at(1).value<ApiError>();
    QVERIFY(AppointmentSaver::sentenceFor(AppointmentSaver::Operation::Create, error)
                .contains(QLatin1String("nothing is lost")));

    m_portal->answer("POST", ListPath, 201,
                     own(QStringLiteral("o9"), QStringLiteral("Kapper"), Morning));
    QSignalSpy created(&saver, &AppointmentSaver::created);
    QVERIFY(saver.create(draft.id));
    QVERIFY(created.wait());
    QCOMPARE(created.first().at(1).value<Appointment>().id, QStringLiteral("o9"));
    QVERIFY(!m_drafts->find(draft.id).isValid());

    const QList<FakePortal::Call> posts = m_portal->callsTo("POST", ListPath);
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts.at(0).idempotencyKey, draft.idempotencyKey);
    QCOMPARE(posts.at(1).idempotencyKey, draft.idempotencyKey);
    QCOMPARE(posts.at(1).body, draft.fields);

    // A draft without a title is not sent.
    Draft empty = m_drafts->create(QLatin1String(AppointmentSaver::DraftKind), ClientId);
    QVERIFY(m_drafts->save(empty));
    QVERIFY(!saver.create(empty.id));
}

void TestAgenda::update_sendsIfMatch_andAnswersWithTheNewVersion()
{
    const QString path = onePath(QStringLiteral("o1"));
    m_portal->answer("GET", path, 200,
                     own(QStringLiteral("o1"), QStringLiteral("Kapper"), Morning));
    AppointmentSaver saver(m_api.get(), m_drafts.get());
    QSignalSpy fetched(&saver, &AppointmentSaver::fetched);
    saver.fetch(ClientId, QStringLiteral("o1"));
    QVERIFY(fetched.wait());
    const QByteArray etag = fetched.first().at(1).toByteArray();
    QCOMPARE(etag, QByteArray("\"r-1\""));

    m_portal->etag = "\"r-2\"";
    m_portal->answer(
        "PUT", path, 200,
        own(QStringLiteral("o1"), QStringLiteral("Kapper later"), Morning.addSecs(3600)));
    QSignalSpy updated(&saver, &AppointmentSaver::updated);
    AppointmentInput input = AppointmentInput::from(fetched.first().at(0).value<Appointment>());
    input.title = QStringLiteral("Kapper later");
    saver.update(ClientId, QStringLiteral("o1"), input, etag);
    QVERIFY(saver.isBusy());
    QVERIFY(updated.wait());
    QCOMPARE(updated.first().at(0).value<Appointment>().title, QStringLiteral("Kapper later"));
    QCOMPARE(updated.first().at(1).toByteArray(), QByteArray("\"r-2\""));
    QCOMPARE(m_portal->ifMatches.last(), etag);
    QCOMPARE(m_portal->lastCallTo("PUT", path).body.value(QLatin1String("title")).toString(),
             QStringLiteral("Kapper later"));
}

void TestAgenda::update_changedMeanwhile_givesTheSentence()
{
    const QString path = onePath(QStringLiteral("o1"));
    m_portal->problem("PUT", path, 412, QStringLiteral("precondition_failed"));
    AppointmentSaver saver(m_api.get(), m_drafts.get());
    QSignalSpy failed(&saver, &AppointmentSaver::failed);
    saver.update(ClientId, QStringLiteral("o1"), {}, "\"old\"");
    QVERIFY(failed.wait());
    const ApiError error = failed.first().at(2).value<ApiError>();
    QVERIFY(AppointmentSaver::isChangedMeanwhile(error));
    QVERIFY(AppointmentSaver::sentenceFor(AppointmentSaver::Operation::Update, error)
                .startsWith(QLatin1String("Someone changed this appointment meanwhile; it has "
                                          "been reloaded")));
}

void TestAgenda::remove_sendsIfMatch()
{
    const QString path = onePath(QStringLiteral("o1"));
    m_portal->answer("DELETE", path, 204);
    AppointmentSaver saver(m_api.get(), m_drafts.get());
    QSignalSpy removed(&saver, &AppointmentSaver::removed);
    saver.remove(ClientId, QStringLiteral("o1"), "\"r-7\"");
    QVERIFY(removed.wait());
    QCOMPARE(removed.first().at(0).toString(), QStringLiteral("o1"));
    QCOMPARE(m_portal->ifMatches.last(), QByteArray("\"r-7\""));
}

void TestAgenda::sentences_sayWhatIsWrong()
{
    ApiError readOnly(ApiError::Kind::Problem);
    readOnly.setHttpStatus(403);
    readOnly.setProblemCode(QStringLiteral("appointment_read_only"));
    QVERIFY(AppointmentSaver::sentenceFor(AppointmentSaver::Operation::Remove, readOnly)
                .contains(QLatin1String("care team")));
    QCOMPARE(
        AppointmentSaver::fieldSentence(QStringLiteral("end"), QStringLiteral("end_before_start")),
        QStringLiteral("The end time must be after the start time."));
    QVERIFY(AppointmentSaver::fieldSentence(QStringLiteral("title"), QStringLiteral("required"))
                .startsWith(QLatin1String("Give the appointment a title")));
    QVERIFY(AppointmentSaver::fieldSentence(QStringLiteral("end"), QStringLiteral("range_too_long"))
                .contains(QLatin1String("14 days")));
}

QTEST_GUILESS_MAIN(TestAgenda)
#include "tst_agenda.moc"
