#include "core/draftstore.h"
#include "core/measurement.h"
#include "core/measurementinput.h"
#include "core/measurementlistmodel.h"
#include "core/measurementsender.h"
#include "core/measurementtype.h"
#include "core/measurementtypelistmodel.h"
#include "core/portalapi.h"
#include "fakeportal.h"
#include "measurementfixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace MeasurementFixtures;

namespace {

MeasurementType parsed(const QJsonObject &json)
{
    MeasurementType type;
    QString error;
    if (!MeasurementType::fromJson(json, &type, &error))
        qWarning("fixture type not read: %s", qPrintable(error));
    return type;
}

const QDateTime Now = QDateTime(QDate(2026, 3, 12), QTime(9, 0), Qt::UTC);

} // namespace

class TestMeasurements : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void types_readComponentsUnitRangeAndDecimals();
    void types_badServerData_isRejectedWithAReason_data();
    void types_badServerData_isRejectedWithAReason();
    void measurement_readsValuesAndWhoEnteredIt();
    void measurement_badServerData_isRejected_data();
    void measurement_badServerData_isRejected();
    void parseNumber_takesBothDecimalSeparators_data();
    void parseNumber_takesBothDecimalSeparators();
    void validate_perComponentSentence_data();
    void validate_perComponentSentence();
    void validate_timeNotInTheFutureNorOlderThanAYear();
    void serverFieldErrors_landAtTheirComponent();
    void typeModel_loadsEveryPage();
    void history_pagesWithCursorAndType();
    void history_unreadablePage_saysSo();
    void history_deleteRemovesTheRow();
    void send_failedKeepsTheDraft_retryUsesTheSameKey();
    void send_invalidDraft_isNotSent();
    void sentences_sayWhatToDo();

private:
    Draft makeDraft(const QString &typeCode, const QHash<QString, QString> &texts,
                    const QDateTime &at = Now.addSecs(-600));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<DraftStore> m_drafts;
};

void TestMeasurements::init()
{
    m_drafts.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_portal = std::make_unique<FakePortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example.nl")));
    m_drafts = std::make_unique<DraftStore>(m_dir->path(), QStringLiteral("me"));
}

Draft TestMeasurements::makeDraft(const QString &typeCode, const QHash<QString, QString> &texts,
                                  const QDateTime &at)
{
    Draft draft = m_drafts->create(MeasurementSender::DraftKind, QStringLiteral("100482"));
    MeasurementSender::setFields(&draft, { typeCode, texts, at, QStringLiteral("Zittend") });
    if (!m_drafts->save(draft))
        qWarning("draft not saved");
    return draft;
}

void TestMeasurements::types_readComponentsUnitRangeAndDecimals()
{
    QList<MeasurementType> types;
    QString next = QStringLiteral("stale");
    QString error;
    QVERIFY2(MeasurementType::pageFromJson(typePage(), &types, &next, &error), qPrintable(error));
    QCOMPARE(types.size(), 3);
    QVERIFY(next.isEmpty());
    const MeasurementType &pressureType = types.at(1);
    QCOMPARE(pressureType.code, QStringLiteral("bloodPressure"));
    QCOMPARE(pressureType.unit, QStringLiteral("mmHg"));
    QCOMPARE(pressureType.components.size(), 2);
    QCOMPARE(pressureType.components.at(1).code, QStringLiteral("diastolic"));
    QCOMPARE(pressureType.components.at(1).min, 30.0);
    QCOMPARE(pressureType.components.at(1).max, 160.0);
    QCOMPARE(pressureType.rangeText(pressureType.components.at(0)),
             QStringLiteral("between 50 and 260 mmHg"));
    QCOMPARE(types.at(0).components.at(0).decimals, 1);
    QCOMPARE(types.at(0).formatValue(72.5, types.at(0).components.at(0)),
             QStringLiteral("72.5 kg"));
    // A score has no unit, and says so nowhere.
    QCOMPARE(types.at(2).title(), QStringLiteral("Pijnscore"));
    QCOMPARE(types.at(2).rangeText(types.at(2).components.at(0)),
             QStringLiteral("between 0 and 10"));
}

void TestMeasurements::types_badServerData_isRejectedWithAReason_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("reason");
    QJsonObject noComponents = weight();
    noComponents.insert("components", QJsonArray());
    QTest::newRow("no components") << noComponents << "components";
    QTest::newRow("min above max")
        << type("weight", "Gewicht", "kg", { component("value", "Gewicht", 300, 20, 1) }) << "min";
    QTest::newRow("too many decimals")
        << type("weight", "Gewicht", "kg", { component("value", "Gewicht", 20, 300, 7) })
        << "decimals";
    QJsonObject textMin = component("value", "Gewicht", 20, 300, 1);
    textMin.insert("min", "twintig");
    QTest::newRow("min not a number") << type("weight", "Gewicht", "kg", { textMin }) << "min";
    QTest::newRow("code with a space")
        << type("blood pressure", "Bloeddruk", "mmHg", { component("value", "x", 1, 2, 0) })
        << "code";
    QTest::newRow("component twice")
        << type("bloodPressure", "Bloeddruk", "mmHg",
                { component("systolic", "a", 1, 2, 0), component("systolic", "b", 1, 2, 0) })
        << "repeats";
    QJsonObject noUnit = weight();
    noUnit.remove("unit");
    QTest::newRow("unit missing") << noUnit << "unit";
}

void TestMeasurements::types_badServerData_isRejectedWithAReason()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, reason);
    MeasurementType type;
    QString error;
    QVERIFY(!MeasurementType::fromJson(json, &type, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(!type.isValid());
}

void TestMeasurements::measurement_readsValuesAndWhoEnteredIt()
{
    Measurement measurement;
    QString error;
    QVERIFY2(Measurement::fromJson(pressure(0), &measurement, &error), qPrintable(error));
    QCOMPARE(measurement.id, QStringLiteral("msr_0"));
    QCOMPARE(measurement.values.value("systolic"), 138.0);
    QCOMPARE(measurement.values.value("diastolic"), 84.0);
    QCOMPARE(measurement.enteredByName, QStringLiteral("Gerard van Dijk"));
    QVERIFY(measurement.canDelete);
    QCOMPARE(measurement.measuredAt.toUTC(), QDateTime(QDate(2026, 3, 12), QTime(7, 15), Qt::UTC));
    QCOMPARE(measurement.valueText(parsed(bloodPressure())), QStringLiteral("138/84 mmHg"));
}

void TestMeasurements::measurement_badServerData_isRejected_data()
{
    QTest::addColumn<QJsonObject>("json");
    QJsonObject textValue = pressure(0);
    textValue.insert("values", QJsonObject { { "systolic", "138" } });
    QTest::newRow("value as text") << textValue;
    QJsonObject noValues = pressure(0);
    noValues.insert("values", QJsonObject());
    QTest::newRow("no values") << noValues;
    QJsonObject localTime = pressure(0);
    localTime.insert("measuredAt", "2026-03-12T08:15:00");
    QTest::newRow("time without offset") << localTime;
    QJsonObject nobody = pressure(0);
    nobody.remove("enteredBy");
    QTest::newRow("enteredBy missing") << nobody;
    QJsonObject noCanDelete = pressure(0);
    noCanDelete.remove("canDelete");
    QTest::newRow("canDelete missing") << noCanDelete;
}

void TestMeasurements::measurement_badServerData_isRejected()
{
    QFETCH(QJsonObject, json);
    Measurement measurement;
    QString error;
    QVERIFY(!Measurement::fromJson(json, &measurement, &error));
    QVERIFY(!error.isEmpty());
}

void TestMeasurements::parseNumber_takesBothDecimalSeparators_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    QTest::newRow("comma") << "72,5" << true << 72.5;
    QTest::newRow("point") << "72.5" << true << 72.5;
    QTest::newRow("spaces around") << "  80 " << true << 80.0;
    QTest::newRow("no digit before") << ",5" << true << 0.5;
    QTest::newRow("negative") << "-3,25" << true << -3.25;
    QTest::newRow("trailing separator") << "72," << true << 72.0;
    QTest::newRow("letters") << "abc" << false << 0.0;
    QTest::newRow("with unit") << "72,5 kg" << false << 0.0;
    QTest::newRow("space inside") << "7 2" << false << 0.0;
    QTest::newRow("two separators") << "1.500,5" << false << 0.0;
    QTest::newRow("empty") << "" << false << 0.0;
    QTest::newRow("exponent") << "1e3" << false << 0.0;
}

void TestMeasurements::parseNumber_takesBothDecimalSeparators()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(double, value);
    const std::optional<double> number = MeasurementInput::parseNumber(text);
    QCOMPARE(number.has_value(), ok);
    if (ok)
        QCOMPARE(*number, value);
}

void TestMeasurements::validate_perComponentSentence_data()
{
    QTest::addColumn<QJsonObject>("type");
    QTest::addColumn<QString>("systolicOrValue");
    QTest::addColumn<QString>("diastolic");
    QTest::addColumn<QString>("field"); // empty: valid
    QTest::addColumn<QString>("sentence");
    const QString range = QStringLiteral("Enter a number between 20 and 300 kg.");
    QTest::newRow("weight, comma") << weight() << "72,5"
                                   << ""
                                   << ""
                                   << "";
    QTest::newRow("weight, point") << weight() << "72.5"
                                   << ""
                                   << ""
                                   << "";
    QTest::newRow("weight, trailing zero") << weight() << "72,50"
                                           << ""
                                           << ""
                                           << "";
    QTest::newRow("weight, lowest") << weight() << "20"
                                    << ""
                                    << ""
                                    << "";
    QTest::newRow("weight, below") << weight() << "19,9"
                                   << ""
                                   << "value" << range;
    QTest::newRow("weight, above") << weight() << "300.1"
                                   << ""
                                   << "value" << range;
    QTest::newRow("weight, missing") << weight() << "  "
                                     << ""
                                     << "value" << range;
    QTest::newRow("weight, garbage") << weight() << "zeventig"
                                     << ""
                                     << "value"
                                     << "That is not a number. " + range;
    QTest::newRow("weight, two decimals")
        << weight() << "72,55"
        << ""
        << "value"
        << "Use at most 1 digit(s) after the comma, for example 160.5.";
    QTest::newRow("pressure, fine") << bloodPressure() << "138"
                                    << "84"
                                    << ""
                                    << "";
    QTest::newRow("pressure, diastolic missing") << bloodPressure() << "138"
                                                 << ""
                                                 << "diastolic"
                                                 << "Enter a number between 30 and 160 mmHg.";
    QTest::newRow("pressure, decimal")
        << bloodPressure() << "138,5"
        << "84"
        << "systolic"
        << "Enter a whole number, without a comma, between 50 and 260 mmHg.";
    QTest::newRow("pain, above") << painScore() << "11"
                                 << ""
                                 << "value"
                                 << "Enter a number between 0 and 10.";
    QTest::newRow("pain, zero") << painScore() << "0"
                                << ""
                                << ""
                                << "";
}

void TestMeasurements::validate_perComponentSentence()
{
    QFETCH(QJsonObject, type);
    QFETCH(QString, systolicOrValue);
    QFETCH(QString, diastolic);
    QFETCH(QString, field);
    QFETCH(QString, sentence);
    const MeasurementType measurementType = parsed(type);
    QHash<QString, QString> texts;
    texts.insert(measurementType.components.at(0).code, systolicOrValue);
    if (measurementType.components.size() > 1)
        texts.insert(QStringLiteral("diastolic"), diastolic);
    const MeasurementInput::Result result
        = MeasurementInput::validate(measurementType, texts, Now.addSecs(-60), QString(), Now);
    if (field.isEmpty()) {
        QVERIFY2(result.isValid(), qPrintable(result.errors.values().join(" | ")));
        QCOMPARE(result.values.size(), measurementType.components.size());
        QCOMPARE(result.values.value(measurementType.components.at(0).code).toDouble(),
                 *MeasurementInput::parseNumber(systolicOrValue));
    } else {
        QCOMPARE(result.errors.keys(), QStringList { field });
        QCOMPARE(result.errors.value(field), sentence);
        QVERIFY(result.values.isEmpty());
    }
}

void TestMeasurements::validate_timeNotInTheFutureNorOlderThanAYear()
{
    const MeasurementType type = parsed(weight());
    const QHash<QString, QString> texts { { QStringLiteral("value"), QStringLiteral("72") } };
    const QString time = QLatin1String(MeasurementInput::TimeField);
    // A clock a few minutes ahead of the portal's is allowed, as the server allows it.
    QVERIFY(MeasurementInput::validate(type, texts, Now.addSecs(4 * 60), {}, Now).isValid());
    const auto future = MeasurementInput::validate(type, texts, Now.addSecs(10 * 60), {}, Now);
    QVERIFY(future.errors.value(time).contains("still to come"));
    const auto old = MeasurementInput::validate(type, texts, Now.addYears(-1).addDays(-1), {}, Now);
    QVERIFY(old.errors.value(time).contains("more than a year ago"));
    const auto missing = MeasurementInput::validate(type, texts, QDateTime(), {}, Now);
    QVERIFY(missing.errors.contains(time));
    const auto longNote
        = MeasurementInput::validate(type, texts, Now, QString(501, QLatin1Char('x')), Now);
    QCOMPARE(longNote.errors.keys(), QStringList { QLatin1String(MeasurementInput::NoteField) });
}

void TestMeasurements::serverFieldErrors_landAtTheirComponent()
{
    ApiError error(ApiError::Kind::Problem);
    error.setProblemCode(QStringLiteral("validation_failed"));
    error.setFieldErrors(
        { { QStringLiteral("values.systolic"), QStringLiteral("above_maximum") },
          { QStringLiteral("values.diastolic"), QStringLiteral("too_many_decimals") },
          { QStringLiteral("measuredAt"), QStringLiteral("in_future") },
          { QStringLiteral("values.pulse"), QStringLiteral("unknown_component") } });
    const auto sentences = MeasurementInput::fieldSentences(error, parsed(bloodPressure()));
    QCOMPARE(sentences.value("systolic"),
             QStringLiteral("Enter a number between 50 and 260 mmHg."));
    QVERIFY(sentences.value("diastolic").contains("whole number"));
    QVERIFY(sentences.value("measuredAt").contains("still to come"));
    QVERIFY(sentences.value("type").contains("no longer knows"));
}

void TestMeasurements::typeModel_loadsEveryPage()
{
    QJsonObject first = typePage({ weight() });
    first.insert("nextCursor", "p2");
    m_portal->answer("GET", TypesPath, 200, first);
    m_portal->answer("GET", TypesPath, 200, typePage({ bloodPressure() }));
    MeasurementTypeListModel model(m_api.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &MeasurementTypeListModel::loaded);
    model.setClientId(QStringLiteral("100482"));
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("Bloeddruk (mmHg)"));
    QCOMPARE(model.rowOf("bloodPressure"), 1);
    const auto calls = m_portal->callsTo("GET", TypesPath);
    QCOMPARE(calls.size(), 2);
    QCOMPARE(QUrlQuery(QUrl(calls.at(1).path).query()).queryItemValue("cursor"),
             QStringLiteral("p2"));
}

void TestMeasurements::history_pagesWithCursorAndType()
{
    m_portal->answer("GET", MeasurementsPath, 200, pressurePage(0, 3, QStringLiteral("c2")));
    m_portal->answer("GET", MeasurementsPath, 200, pressurePage(3, 2));
    MeasurementListModel model(m_api.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(&model, &MeasurementListModel::pageLoaded);
    model.setPeriod(QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC), QDateTime());
    model.setSource(QStringLiteral("100482"), parsed(bloodPressure()));
    QVERIFY(pages.wait());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.index(0, MeasurementListModel::ValueColumn).data().toString(),
             QStringLiteral("138/84 mmHg"));
    QCOMPARE(model.index(0, MeasurementListModel::EnteredByColumn).data().toString(),
             QStringLiteral("Gerard van Dijk (client)"));
    QCOMPARE(model.headerData(MeasurementListModel::ValueColumn, Qt::Horizontal).toString(),
             QStringLiteral("Bovendruk/\nOnderdruk"));
    // The tester itself may fetch the next page as a view does; otherwise it is fetched here.
    if (model.canFetchMore({})) {
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one request at a time
    }
    QTRY_COMPARE(model.rowCount(), 5);
    QVERIFY(!model.canFetchMore({}));
    const auto calls = m_portal->callsTo("GET", MeasurementsPath);
    QCOMPARE(calls.size(), 2);
    const QUrlQuery first(QUrl(calls.at(0).path).query());
    QCOMPARE(first.queryItemValue("type"), QStringLiteral("bloodPressure"));
    QCOMPARE(first.queryItemValue("from", QUrl::FullyDecoded),
             QStringLiteral("2026-03-01T00:00:00Z"));
    QVERIFY(!first.hasQueryItem("cursor"));
    QCOMPARE(QUrlQuery(QUrl(calls.at(1).path).query()).queryItemValue("cursor"),
             QStringLiteral("c2"));
}

void TestMeasurements::history_unreadablePage_saysSo()
{
    QJsonObject bad = pressurePage(0, 1);
    bad.insert("items", QJsonArray { QJsonObject { { "id", "msr_1" } } });
    m_portal->answer("GET", MeasurementsPath, 200, bad);
    MeasurementListModel model(m_api.get());
    QSignalSpy failed(&model, &MeasurementListModel::loadFailed);
    model.setSource(QStringLiteral("100482"), parsed(bloodPressure()));
    QVERIFY(failed.wait());
    QCOMPARE(int(failed.first().at(0).value<ApiError>().kind()), int(ApiError::Kind::NotAPortal));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestMeasurements::history_deleteRemovesTheRow()
{
    QJsonObject page = pressurePage(0, 2);
    QJsonArray items = page.value("items").toArray();
    items.replace(1, pressure(1, 138, 84, false));
    page.insert("items", items);
    m_portal->answer("GET", MeasurementsPath, 200, page);
    m_portal->answer("DELETE", MeasurementsPath + "/msr_0", 204);
    MeasurementListModel model(m_api.get());
    QSignalSpy pages(&model, &MeasurementListModel::pageLoaded);
    model.setSource(QStringLiteral("100482"), parsed(bloodPressure()));
    QVERIFY(pages.wait());
    QVERIFY(!model.deleteMeasurement(1)); // someone else's, as the portal says
    QSignalSpy deleted(&model, &MeasurementListModel::deleted);
    QVERIFY(model.deleteMeasurement(0));
    QVERIFY(deleted.wait());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.measurementAt(0).id, QStringLiteral("msr_1"));
    QCOMPARE(m_portal->callsTo("DELETE", MeasurementsPath + "/msr_0").size(), 1);
}

void TestMeasurements::send_failedKeepsTheDraft_retryUsesTheSameKey()
{
    m_portal->problem("POST", MeasurementsPath, 503, "service_unavailable");
    QJsonObject stored = pressure(0);
    m_portal->answer("POST", MeasurementsPath, 201, stored);
    MeasurementSender sender(m_api.get(), m_drafts.get());
    sender.setClock([] { return Now; });
    const Draft draft = makeDraft(QStringLiteral("bloodPressure"),
                                  { { "systolic", " 138 " }, { "diastolic", "84" } });
    QSignalSpy failed(&sender, &MeasurementSender::failed);
    QSignalSpy sent(&sender, &MeasurementSender::sent);
    QVERIFY(sender.send(draft.id, parsed(bloodPressure())));
    QVERIFY(failed.wait());
    QVERIFY(
        MeasurementSender::sentenceFor(failed.first().at(1).value<ApiError>()).contains("kept"));
    // Kept, key and all, also for the next start of the application.
    const Draft kept = DraftStore(m_dir->path(), QStringLiteral("me")).find(draft.id);
    QCOMPARE(kept.idempotencyKey, draft.idempotencyKey);
    QCOMPARE(MeasurementSender::fieldsOf(kept).texts.value("systolic"), QStringLiteral(" 138 "));

    QVERIFY(sender.send(draft.id, parsed(bloodPressure())));
    QVERIFY(sent.wait());
    const auto calls = m_portal->callsTo("POST", MeasurementsPath);
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).idempotencyKey, draft.idempotencyKey);
    QCOMPARE(calls.at(1).idempotencyKey, draft.idempotencyKey);
    QCOMPARE(calls.at(0).body, calls.at(1).body);
    const QJsonObject body = calls.at(1).body;
    QCOMPARE(body.value("type").toString(), QStringLiteral("bloodPressure"));
    QCOMPARE(body.value("values").toObject().value("systolic").toDouble(), 138.0);
    QCOMPARE(body.value("values").toObject().value("diastolic").toDouble(), 84.0);
    QCOMPARE(body.value("note").toString(), QStringLiteral("Zittend"));
    // RFC 3339 with this computer's offset, whole minutes.
    const QString measuredAt = body.value("measuredAt").toString();
    QVERIFY2(measuredAt.endsWith("+01:00"), qPrintable(measuredAt));
    QCOMPARE(QDateTime::fromString(measuredAt, Qt::ISODate).toUTC(), Now.addSecs(-600));
    QCOMPARE(sent.first().at(1).value<Measurement>().id, QStringLiteral("msr_0"));
    QVERIFY(!m_drafts->find(draft.id).isValid());
}

void TestMeasurements::send_invalidDraft_isNotSent()
{
    MeasurementSender sender(m_api.get(), m_drafts.get());
    sender.setClock([] { return Now; });
    const Draft draft = makeDraft(QStringLiteral("weight"), { { "value", "72,55" } });
    QHash<QString, QString> errors;
    QVERIFY(!sender.send(draft.id, parsed(weight()), &errors));
    QVERIFY(errors.value("value").contains("after the comma"));
    const Draft future
        = makeDraft(QStringLiteral("weight"), { { "value", "72,5" } }, Now.addDays(1));
    QVERIFY(!sender.send(future.id, parsed(weight()), &errors));
    QVERIFY(errors.contains("measuredAt"));
    QVERIFY(!sender.send(QStringLiteral("unknown"), parsed(weight())));
    QVERIFY(m_portal->callsTo("POST", MeasurementsPath).isEmpty());
    QVERIFY(m_drafts->find(draft.id).isValid());
}

void TestMeasurements::sentences_sayWhatToDo()
{
    ApiError forbidden(ApiError::Kind::Problem);
    forbidden.setHttpStatus(403);
    forbidden.setProblemCode(QStringLiteral("forbidden"));
    QVERIFY(MeasurementSender::sentenceFor(forbidden).contains("may not enter"));
    ApiError reused(ApiError::Kind::Problem);
    reused.setProblemCode(QStringLiteral("idempotency_key_reused"));
    QVERIFY(MeasurementSender::sentenceFor(reused).contains("Look in the list first"));
    ApiError unreachable(ApiError::Kind::Unreachable);
    const QString sentence = MeasurementSender::sentenceFor(unreachable);
    QVERIFY(sentence.startsWith(unreachable.userMessage()));
    QVERIFY(sentence.contains("nothing is lost"));
}

QTEST_GUILESS_MAIN(TestMeasurements)
#include "tst_measurements.moc"
