#include "dossierfixture.h"
#include "server/config/measurementtypeconfig.h"
#include "server/dossier/accesslog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace Portiek::Server;

namespace {

const QString List = QStringLiteral("/api/v1/clients/100482/measurements");
const QString Types = QStringLiteral("/api/v1/clients/100482/measurement-types");
// The fixture's clock stands at 2026-03-12 08:30 UTC (09:30 in Amsterdam).
const QString Earlier = QStringLiteral("2026-03-12T08:15:00+01:00");

QJsonObject measurement(const QString &type, const QJsonObject &values,
                        const QString &measuredAt = Earlier)
{
    return { { QStringLiteral("type"), type },
             { QStringLiteral("measuredAt"), measuredAt },
             { QStringLiteral("values"), values } };
}

QJsonObject value(double number)
{
    return { { QStringLiteral("value"), number } };
}

DossierFixture::Headers freshKey()
{
    return { { "Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces) } };
}

// "field:code" for each error of a 422, in order.
QStringList errors(const Response &response)
{
    QStringList result;
    const QJsonArray list = SignInFixture::json(response).value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &error : list) {
        result.append(error.toObject().value(QStringLiteral("field")).toString() + QLatin1Char(':')
                      + error.toObject().value(QStringLiteral("code")).toString());
    }
    return result;
}

QString history(const QString &type, const QString &extra = {})
{
    return List + QStringLiteral("?type=") + type + extra;
}

} // namespace

class TestMeasurements : public QObject
{
    Q_OBJECT

private slots:
    void types_listTheDefaultSet();
    void create_acceptsEachTypesLimits_data();
    void create_acceptsEachTypesLimits();
    void create_refusesGarbageAndMissingFields();
    void create_checksTheTime();
    void create_isIdempotentAndLogged();
    void history_isNewestFirstAndPaged();
    void delete_onlyByAuthorClientOrRepresentative();
    void config_readsOwnTypesAndRefusesBadOnes();
};

void TestMeasurements::types_listTheDefaultSet()
{
    DossierFixture fixture;
    QVERIFY(fixture.isValid());
    const Response response = fixture.call("GET", Types, fixture.clientToken);
    QCOMPARE(response.status(), 200);
    QCOMPARE(response.header("Cache-Control"), QByteArrayLiteral("private, no-cache"));
    const QJsonArray items = SignInFixture::json(response).value(QStringLiteral("items")).toArray();
    QStringList codes;
    for (const QJsonValue &item : items)
        codes.append(item.toObject().value(QStringLiteral("code")).toString());
    QCOMPARE(codes,
             QStringList({ QStringLiteral("weight"), QStringLiteral("bloodPressure"),
                           QStringLiteral("heartRate"), QStringLiteral("temperature"),
                           QStringLiteral("bloodGlucose"), QStringLiteral("oxygenSaturation"),
                           QStringLiteral("painScore"), QStringLiteral("fluidIntake") }));
    const QJsonObject pressure = items.at(1).toObject();
    QCOMPARE(pressure.value(QStringLiteral("name")).toString(), QStringLiteral("Bloeddruk"));
    QCOMPARE(pressure.value(QStringLiteral("unit")).toString(), QStringLiteral("mmHg"));
    const QJsonObject systolic
        = pressure.value(QStringLiteral("components")).toArray().first().toObject();
    QCOMPARE(systolic,
             QJsonObject({ { QStringLiteral("code"), QStringLiteral("systolic") },
                           { QStringLiteral("name"), QStringLiteral("Bovendruk") },
                           { QStringLiteral("min"), 50 },
                           { QStringLiteral("max"), 260 },
                           { QStringLiteral("decimals"), 0 } }));
    QCOMPARE(items.at(6).toObject().value(QStringLiteral("unit")).toString(), QString());
    QCOMPARE(fixture
                 .call("GET", Types, fixture.clientToken, {},
                       { { "If-None-Match", response.header("ETag") } })
                 .status(),
             304);
    QCOMPARE(SignInFixture::problemCode(fixture.call("GET", Types, fixture.contactToken)),
             QStringLiteral("right_missing"));
}

void TestMeasurements::create_acceptsEachTypesLimits_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("component");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<int>("decimals");
    QTest::newRow("weight") << "weight"
                            << "value" << 20.0 << 300.0 << 1;
    QTest::newRow("systolic") << "bloodPressure"
                              << "systolic" << 50.0 << 260.0 << 0;
    QTest::newRow("diastolic") << "bloodPressure"
                               << "diastolic" << 30.0 << 160.0 << 0;
    QTest::newRow("heartRate") << "heartRate"
                               << "value" << 20.0 << 250.0 << 0;
    QTest::newRow("temperature") << "temperature"
                                 << "value" << 34.0 << 43.0 << 1;
    QTest::newRow("bloodGlucose") << "bloodGlucose"
                                  << "value" << 1.0 << 35.0 << 1;
    QTest::newRow("oxygenSaturation") << "oxygenSaturation"
                                      << "value" << 50.0 << 100.0 << 0;
    QTest::newRow("painScore") << "painScore"
                               << "value" << 0.0 << 10.0 << 0;
    QTest::newRow("fluidIntake") << "fluidIntake"
                                 << "value" << 0.0 << 5000.0 << 0;
}

void TestMeasurements::create_acceptsEachTypesLimits()
{
    QFETCH(QString, type);
    QFETCH(QString, component);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(int, decimals);
    DossierFixture fixture;
    const QString field = QStringLiteral("values.") + component;
    // A valid value for the other component of blood pressure.
    const auto post = [&](double number) {
        QJsonObject values { { component, number } };
        if (type == QLatin1String("bloodPressure")) {
            const QString other = component == QLatin1String("systolic")
                ? QStringLiteral("diastolic")
                : QStringLiteral("systolic");
            values.insert(other, 80);
        }
        return fixture.callJson("POST", List, fixture.clientToken, measurement(type, values),
                                freshKey());
    };
    const double step = std::pow(10.0, -decimals);
    for (const double ok : { min, max, min + step }) {
        const Response accepted = post(ok);
        QVERIFY2(accepted.status() == 201, accepted.body().constData());
        QCOMPARE(SignInFixture::json(accepted)
                     .value(QStringLiteral("values"))
                     .toObject()
                     .value(component)
                     .toDouble(),
                 ok);
    }
    QCOMPARE(errors(post(min - step)), QStringList(field + QStringLiteral(":below_minimum")));
    const Response above = post(max + step);
    QCOMPARE(errors(above), QStringList(field + QStringLiteral(":above_maximum")));
    QVERIFY(!SignInFixture::json(above)
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("detail"))
                 .toString()
                 .isEmpty());
    QCOMPARE(errors(post(min + step / 2)),
             QStringList(field + QStringLiteral(":too_many_decimals")));
}

void TestMeasurements::create_refusesGarbageAndMissingFields()
{
    DossierFixture fixture;
    const auto post = [&](const QJsonObject &body) {
        return fixture.callJson("POST", List, fixture.clientToken, body, freshKey());
    };
    QCOMPARE(fixture.call("POST", List, fixture.clientToken, "<meting/>", freshKey()).status(),
             400);
    QCOMPARE(fixture.call("POST", List, fixture.clientToken, "[1,2]", freshKey()).status(), 400);
    QCOMPARE(errors(post({})),
             QStringList({ QStringLiteral("type:required"), QStringLiteral("measuredAt:required"),
                           QStringLiteral("values:required") }));
    QCOMPARE(errors(post(measurement(QStringLiteral("shoeSize"), value(44)))),
             QStringList(QStringLiteral("type:unknown_type")));
    QCOMPARE(errors(post(measurement(QStringLiteral("weight"),
                                     { { QStringLiteral("value"), QStringLiteral("zeventig") } }))),
             QStringList(QStringLiteral("values.value:not_a_number")));
    QCOMPARE(errors(post(measurement(QStringLiteral("weight"),
                                     { { QStringLiteral("value"), QStringLiteral("72.5") } }))),
             QStringList(QStringLiteral("values.value:not_a_number")));
    QJsonObject notAnObject = measurement(QStringLiteral("weight"), {});
    notAnObject.insert(QStringLiteral("values"), 72);
    QCOMPARE(errors(post(notAnObject)), QStringList(QStringLiteral("values:invalid_format")));
    // The contract's example: one error per field, all fields at once.
    QCOMPARE(errors(post(measurement(
                 QStringLiteral("bloodPressure"),
                 { { QStringLiteral("systolic"), 300 }, { QStringLiteral("pulse"), 70 } }))),
             QStringList({ QStringLiteral("values.systolic:above_maximum"),
                           QStringLiteral("values.diastolic:required"),
                           QStringLiteral("values.pulse:unknown_component") }));
    QJsonObject longNote = measurement(QStringLiteral("weight"), value(72.5));
    longNote.insert(QStringLiteral("note"), QString(501, QLatin1Char('x')));
    QCOMPARE(errors(post(longNote)), QStringList(QStringLiteral("note:too_long")));
    QCOMPARE(SignInFixture::json(
                 fixture.call("GET", history(QStringLiteral("weight")), fixture.clientToken))
                 .value(QStringLiteral("items"))
                 .toArray()
                 .size(),
             0);
}

void TestMeasurements::create_checksTheTime()
{
    DossierFixture fixture;
    const auto post = [&](const QString &measuredAt) {
        return fixture.callJson("POST", List, fixture.clientToken,
                                measurement(QStringLiteral("heartRate"), value(72), measuredAt),
                                freshKey());
    };
    // Now is 09:30 in Amsterdam; a few minutes of clock difference pass.
    QCOMPARE(post(QStringLiteral("2026-03-12T09:34:00+01:00")).status(), 201);
    QCOMPARE(errors(post(QStringLiteral("2026-03-12T09:40:00+01:00"))),
             QStringList(QStringLiteral("measuredAt:in_future")));
    QCOMPARE(post(QStringLiteral("2025-03-13T09:00:00+01:00")).status(), 201);
    QCOMPARE(errors(post(QStringLiteral("2025-03-11T09:00:00+01:00"))),
             QStringList(QStringLiteral("measuredAt:too_old")));
    QCOMPARE(errors(post(QStringLiteral("2026-03-12 09:00"))),
             QStringList(QStringLiteral("measuredAt:invalid_format")));
    QCOMPARE(errors(post(QStringLiteral("2026-03-12T09:00:00"))),
             QStringList(QStringLiteral("measuredAt:invalid_format")));
}

void TestMeasurements::create_isIdempotentAndLogged()
{
    DossierFixture fixture;
    const QJsonObject body
        = measurement(QStringLiteral("bloodPressure"),
                      { { QStringLiteral("systolic"), 138 }, { QStringLiteral("diastolic"), 84 } });
    const DossierFixture::Headers key { { "Idempotency-Key", "meting-0000000000001" } };
    const Response first = fixture.callJson("POST", List, fixture.clientToken, body, key);
    const Response again = fixture.callJson("POST", List, fixture.clientToken, body, key);
    QCOMPARE(first.status(), 201);
    QCOMPARE(again.status(), 201);
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArrayLiteral("true"));
    QCOMPARE(again.body(), first.body());
    QCOMPARE(fixture.callJson("POST", List, fixture.clientToken, body).status(), 400);
    const QJsonObject created = SignInFixture::json(first);
    const QString id = created.value(QStringLiteral("id")).toString();
    QVERIFY(id.startsWith(QLatin1String("msr_")));
    QCOMPARE(first.header("Location"), (List + QLatin1Char('/') + id).toUtf8());
    QCOMPARE(created.value(QStringLiteral("measuredAt")).toString(), Earlier);
    QCOMPARE(created.value(QStringLiteral("canDelete")).toBool(), true);
    QCOMPARE(created.value(QStringLiteral("enteredBy")).toObject().value(QStringLiteral("id")),
             QJsonValue(fixture.client.id));
    QVERIFY(created.value(QStringLiteral("note")).isNull());

    const Response one = fixture.call("GET", List + QLatin1Char('/') + id, fixture.clientToken);
    QCOMPARE(one.status(), 200);
    QCOMPARE(one.header("ETag"), first.header("ETag"));
    QCOMPARE(
        fixture.call("GET", history(QStringLiteral("bloodPressure")), fixture.clientToken).status(),
        200);

    const AccessLog log(fixture.context().database, fixture.context().clock);
    const QList<AccessLog::Entry> entries = log.list(DossierFixture::ClientId, 10);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(2).action, AccessLog::Action::Create);
    QCOMPARE(entries.at(2).resourceType, QStringLiteral("measurement"));
    QCOMPARE(entries.at(1).resourceType, QStringLiteral("measurement"));
    QCOMPARE(entries.at(1).resourceId, id);
    QCOMPARE(entries.at(0).resourceType, QStringLiteral("measurements"));
}

void TestMeasurements::history_isNewestFirstAndPaged()
{
    DossierFixture fixture;
    // Entered out of order; two at the same minute.
    const QList<QPair<QString, double>> entered = {
        { QStringLiteral("2026-03-10T08:00:00+01:00"), 72.0 },
        { QStringLiteral("2026-03-12T08:00:00+01:00"), 71.4 },
        { QStringLiteral("2026-03-11T08:00:00+01:00"), 71.8 },
        { QStringLiteral("2026-03-11T08:00:00+01:00"), 71.9 },
        { QStringLiteral("2026-03-09T08:00:00+01:00"), 72.2 },
    };
    for (const auto &[at, kilograms] : entered) {
        QCOMPARE(fixture
                     .callJson("POST", List, fixture.clientToken,
                               measurement(QStringLiteral("weight"), value(kilograms), at),
                               freshKey())
                     .status(),
                 201);
    }
    QCOMPARE(fixture
                 .callJson("POST", List, fixture.clientToken,
                           measurement(QStringLiteral("heartRate"), value(64)), freshKey())
                 .status(),
             201);

    QStringList seen;
    QString cursor;
    int pages = 0;
    do {
        const Response page = fixture.call(
            "GET",
            history(QStringLiteral("weight"),
                    QStringLiteral("&limit=2")
                        + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor)),
            fixture.clientToken);
        QCOMPARE(page.status(), 200);
        const QJsonObject body = SignInFixture::json(page);
        for (const QJsonValue &item : body.value(QStringLiteral("items")).toArray())
            seen.append(item.toObject().value(QStringLiteral("measuredAt")).toString());
        cursor = body.value(QStringLiteral("nextCursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen,
             QStringList({ QStringLiteral("2026-03-12T08:00:00+01:00"),
                           QStringLiteral("2026-03-11T08:00:00+01:00"),
                           QStringLiteral("2026-03-11T08:00:00+01:00"),
                           QStringLiteral("2026-03-10T08:00:00+01:00"),
                           QStringLiteral("2026-03-09T08:00:00+01:00") }));

    const Response bounded = fixture.call(
        "GET",
        history(QStringLiteral("weight"),
                QStringLiteral("&from=2026-03-10T08:00:00%2B01:00&to=2026-03-12T08:00:00%2B01:00")),
        fixture.clientToken);
    QCOMPARE(SignInFixture::json(bounded).value(QStringLiteral("items")).toArray().size(), 3);
    QCOMPARE(SignInFixture::problemCode(
                 fixture.call("GET", history(QStringLiteral("shoeSize")), fixture.clientToken)),
             QStringLiteral("measurement_type_not_found"));
    QCOMPARE(fixture.call("GET", List, fixture.clientToken).status(), 400);
    QCOMPARE(SignInFixture::problemCode(fixture.call(
                 "GET", history(QStringLiteral("weight"), QStringLiteral("&cursor=bogus")),
                 fixture.clientToken)),
             QStringLiteral("cursor_invalid"));
}

void TestMeasurements::delete_onlyByAuthorClientOrRepresentative()
{
    DossierFixture fixture;
    Rights rights;
    rights.measurements = true;
    fixture.setContactRights(rights);
    const auto enter = [&](const QString &token) {
        const Response created = fixture.callJson(
            "POST", List, token, measurement(QStringLiteral("painScore"), value(3)), freshKey());
        return List + QLatin1Char('/')
            + SignInFixture::json(created).value(QStringLiteral("id")).toString();
    };
    const QString byClient = enter(fixture.clientToken);
    const QString byContact = enter(fixture.contactToken);
    const QString byContactToo = enter(fixture.contactToken);

    QCOMPARE(SignInFixture::json(fixture.call("GET", byClient, fixture.contactToken))
                 .value(QStringLiteral("canDelete"))
                 .toBool(),
             false);
    const Response refused = fixture.call("DELETE", byClient, fixture.contactToken);
    QCOMPARE(refused.status(), 403);
    QCOMPARE(SignInFixture::problemCode(refused), QStringLiteral("not_author"));
    QCOMPARE(fixture.call("DELETE", byContact, fixture.contactToken).status(), 204);
    QCOMPARE(fixture.call("GET", byContact, fixture.contactToken).status(), 404);
    QCOMPARE(fixture.call("DELETE", byContactToo, fixture.representativeToken).status(), 204);
    QCOMPARE(fixture.call("DELETE", byClient, fixture.clientToken).status(), 204);
    QCOMPARE(fixture.call("DELETE", byClient, fixture.clientToken).status(), 404);
}

void TestMeasurements::config_readsOwnTypesAndRefusesBadOnes()
{
    const auto read = [](const QByteArray &json, QString *error) {
        QList<MeasurementType> types = defaultMeasurementTypes();
        readMeasurementTypes(QJsonDocument::fromJson(json).object(), error, &types);
        return types;
    };
    QString error;
    QCOMPARE(read(R"({"other": 1})", &error).size(), 8);
    QVERIFY(error.isEmpty());
    const QList<MeasurementType> own = read(
        R"({"measurementTypes": [{"code": "weight", "name": "Gewicht", "unit": "kg",
            "components": [{"code": "value", "name": "Gewicht", "min": 30, "max": 250.5,
                            "decimals": 2}]}]})",
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(own.size(), 1);
    QCOMPARE(own.first().components.first().max, 250.5);
    QCOMPARE(own.first().components.first().decimals, 2);

    read(R"({"measurementTypes": [{"code": "Weight", "name": "Gewicht", "unit": "kg",
            "components": [{"code": "value", "name": "Gewicht", "min": 30, "max": 250,
                            "decimals": 1}]}]})",
         &error);
    QVERIFY(error.startsWith(QLatin1String("measurementTypes[0].code")));
    error.clear();
    read(R"({"measurementTypes": [{"code": "weight", "name": "Gewicht", "unit": "kg",
            "components": [{"code": "value", "name": "Gewicht", "min": 30, "max": 20,
                            "decimals": 1}]}]})",
         &error);
    QCOMPARE(error, QStringLiteral("measurementTypes[0].components[0].max must be above min"));
    error.clear();
    read(R"({"measurementTypes": [{"code": "weight", "name": "Gewicht", "unit": "kg",
            "components": []}]})",
         &error);
    QVERIFY(error.startsWith(QLatin1String("measurementTypes[0].components")));
    error.clear();
    read(R"({"measurementTypes": [{"code": "weight", "name": "Gewicht", "unit": "kg",
            "components": [{"code": "value", "name": "Gewicht", "min": 30, "max": 250,
                            "decimals": 9}]}]})",
         &error);
    QVERIFY(error.startsWith(QLatin1String("measurementTypes[0].components[0].decimals")));
}

QTEST_GUILESS_MAIN(TestMeasurements)
#include "tst_measurements.moc"
