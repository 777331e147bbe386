#include "core/homeitems.h"

#include "core/jsonreader.h"

#include <QJsonArray>

namespace {

bool finish(const JsonReader &reader, QString *error)
{
    if (!reader.ok() && error)
        *error = reader.error();
    return reader.ok();
}

} // namespace

bool HomeReport::fromJson(const QJsonObject &json, HomeReport *report, QString *error)
{
    JsonReader reader(json, QStringLiteral("report"));
    HomeReport result;
    result.id = reader.id(QLatin1String("id"));
    result.createdAt = reader.dateTime(QLatin1String("createdAt"));
    JsonReader author(reader.object(QLatin1String("author")), QStringLiteral("report.author"));
    if (reader.ok()) {
        result.authorName = author.string(QLatin1String("name"), JsonReader::Required, 300);
        result.authorRole = author.string(QLatin1String("role"), JsonReader::Optional, 300);
        if (!author.ok())
            reader.fail(author.error());
    }
    result.category = reader.string(QLatin1String("category"), JsonReader::Optional, 300);
    result.text = reader.string(QLatin1String("text"), JsonReader::Required, 20000);
    if (!finish(reader, error))
        return false;
    *report = result;
    return true;
}

QString HomeReport::excerpt(int maxCharacters) const
{
    const QString flat = text.simplified();
    if (flat.size() <= maxCharacters)
        return flat;
    QString cut = flat.left(maxCharacters);
    const int space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > maxCharacters / 2)
        cut.truncate(space);
    return cut + QChar(0x2026);
}

bool HomeAppointment::fromJson(const QJsonObject &json, HomeAppointment *appointment,
                               QString *error)
{
    JsonReader reader(json, QStringLiteral("appointment"));
    HomeAppointment result;
    result.id = reader.id(QLatin1String("id"));
    const QString kind = reader.string(QLatin1String("kind"), JsonReader::Required, 32);
    if (reader.ok() && kind != QLatin1String("careTeam") && kind != QLatin1String("own"))
        reader.fail(QStringLiteral("appointment.kind is unknown"));
    result.careTeam = kind == QLatin1String("careTeam");
    result.title = reader.string(QLatin1String("title"), JsonReader::Required, 300);
    result.start = reader.dateTime(QLatin1String("start"));
    result.end = reader.dateTime(QLatin1String("end"));
    result.location = reader.string(QLatin1String("location"), JsonReader::Optional, 300);
    result.caregiver = reader.string(QLatin1String("caregiver"), JsonReader::Optional, 300);
    result.indicativeTime = reader.boolean(QLatin1String("indicativeTime"));
    if (!finish(reader, error))
        return false;
    *appointment = result;
    return true;
}

bool HomePlan::fromJson(const QJsonObject &json, HomePlan *plan, QString *error)
{
    JsonReader reader(json, QStringLiteral("plan"));
    HomePlan result;
    result.id = reader.id(QLatin1String("id"));
    result.title = reader.string(QLatin1String("title"), JsonReader::Required, 300);
    const QString date = reader.string(QLatin1String("date"), JsonReader::Required, 10);
    result.date = QDate::fromString(date, Qt::ISODate);
    if (reader.ok() && !result.date.isValid())
        reader.fail(QStringLiteral("plan.date is not a date"));
    result.canApprove = reader.boolean(QLatin1String("canApprove"));
    if (!finish(reader, error))
        return false;
    *plan = result;
    return true;
}

template<typename Item>
bool HomeItems::pageFromJson(const QJsonObject &json, QList<Item> *items, QString *error)
{
    JsonReader reader(json, QStringLiteral("page"));
    const QJsonArray array = reader.array(QLatin1String("items"));
    if (!finish(reader, error))
        return false;
    QList<Item> result;
    for (const QJsonValue &value : array) {
        Item item;
        if (!value.isObject()) {
            if (error)
                *error = QStringLiteral("page.items holds something that is not an object");
            return false;
        }
        if (!Item::fromJson(value.toObject(), &item, error))
            return false;
        result.append(item);
    }
    *items = result;
    return true;
}

template bool HomeItems::pageFromJson(const QJsonObject &, QList<HomeReport> *, QString *);
template bool HomeItems::pageFromJson(const QJsonObject &, QList<HomeAppointment> *, QString *);
template bool HomeItems::pageFromJson(const QJsonObject &, QList<HomePlan> *, QString *);
