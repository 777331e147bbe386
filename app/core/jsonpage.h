#pragma once

#include "core/jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// One cursor page of the protocol ({"items": […], "nextCursor": …}), read the same way for
// every list the portal gives.
namespace JsonPage {

// The contract allows 100 per page; more is not the portal answering what was asked.
constexpr int MaxItemsPerPage = 100;

// Reads `items` and `nextCursor` of a cursor page; `parse` reads one item and says why not.
template<typename T, typename Parse>
bool read(const QJsonObject &json, QList<T> *items, QString *nextCursor, QString *error,
          Parse parse)
{
    JsonReader reader(json);
    const QJsonArray array = reader.array(QLatin1String("items"));
    if (reader.ok() && !json.contains(QLatin1String("nextCursor")))
        reader.fail(QStringLiteral("nextCursor is missing"));
    const QString cursor = reader.string(QLatin1String("nextCursor"), JsonReader::Optional, 1024);
    if (reader.ok() && array.size() > MaxItemsPerPage)
        reader.fail(QStringLiteral("the page holds too many items"));
    QList<T> result;
    for (const QJsonValue &value : array) {
        if (!reader.ok())
            break;
        T item;
        QString itemError;
        if (!value.isObject())
            reader.fail(QStringLiteral("an item is not an object"));
        else if (!parse(value.toObject(), &item, &itemError))
            reader.fail(itemError);
        else
            result.append(item);
    }
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return false;
    }
    *items = result;
    *nextCursor = cursor;
    return true;
}

} // namespace JsonPage
