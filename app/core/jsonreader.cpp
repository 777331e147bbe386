#include "core/jsonreader.h"

#include <QRegularExpression>

#include <cmath>

JsonReader::JsonReader(const QJsonObject &json, const QString &context)
    : m_json(json)
    , m_context(context)
{ }

bool JsonReader::has(QLatin1String key) const
{
    const QJsonValue found = m_json.value(key);
    return !found.isUndefined() && !found.isNull();
}

QString JsonReader::name(QLatin1String key) const
{
    return m_context.isEmpty() ? QString(key) : m_context + QLatin1Char('.') + key;
}

void JsonReader::fail(const QString &problem)
{
    if (m_error.isEmpty())
        m_error = problem;
}

QJsonValue JsonReader::value(QLatin1String key, Presence presence)
{
    if (!ok())
        return {};
    const QJsonValue found = m_json.value(key);
    if ((found.isUndefined() || found.isNull()) && presence == Required)
        fail(QStringLiteral("%1 is missing").arg(name(key)));
    return found;
}

QString JsonReader::string(QLatin1String key, Presence presence, int maxLength)
{
    const QJsonValue found = value(key, presence);
    if (!ok() || found.isUndefined() || found.isNull())
        return {};
    if (!found.isString()) {
        fail(QStringLiteral("%1 is not a string").arg(name(key)));
        return {};
    }
    const QString text = found.toString();
    if (presence == Required && text.trimmed().isEmpty()) {
        fail(QStringLiteral("%1 is empty").arg(name(key)));
        return {};
    }
    if (text.size() > maxLength) {
        fail(QStringLiteral("%1 is too long").arg(name(key)));
        return {};
    }
    return text;
}

QString JsonReader::id(QLatin1String key)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~-]{1,64}$"));
    const QString text = string(key, Required, 64);
    if (ok() && !pattern.match(text).hasMatch()) {
        fail(QStringLiteral("%1 is not an id").arg(name(key)));
        return {};
    }
    return text;
}

int JsonReader::integer(QLatin1String key, int min, int max)
{
    const QJsonValue found = value(key, Required);
    if (!ok())
        return 0;
    const double number = found.toDouble(-1);
    // The range first: converting a double outside int's range is undefined behaviour.
    if (!found.isDouble() || number < min || number > max || std::floor(number) != number) {
        fail(QStringLiteral("%1 is not a whole number from %2 to %3")
                 .arg(name(key))
                 .arg(min)
                 .arg(max));
        return 0;
    }
    return static_cast<int>(number);
}

bool JsonReader::boolean(QLatin1String key)
{
    const QJsonValue found = value(key, Required);
    if (!ok())
        return false;
    if (!found.isBool()) {
        fail(QStringLiteral("%1 is not true or false").arg(name(key)));
        return false;
    }
    return found.toBool();
}

QDateTime JsonReader::dateTime(QLatin1String key, Presence presence)
{
    const QString text = string(key, presence, 64);
    if (!ok() || text.isEmpty())
        return {};
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime) {
        fail(QStringLiteral("%1 is not a date-time with an offset").arg(name(key)));
        return {};
    }
    return time;
}

QJsonObject JsonReader::object(QLatin1String key, Presence presence)
{
    const QJsonValue found = value(key, presence);
    if (!ok() || found.isUndefined() || found.isNull())
        return {};
    if (!found.isObject()) {
        fail(QStringLiteral("%1 is not an object").arg(name(key)));
        return {};
    }
    return found.toObject();
}

QJsonArray JsonReader::array(QLatin1String key)
{
    const QJsonValue found = value(key, Required);
    if (!ok())
        return {};
    if (!found.isArray()) {
        fail(QStringLiteral("%1 is not a list").arg(name(key)));
        return {};
    }
    return found.toArray();
}

QString JsonReader::serverPath(QLatin1String key, Presence presence)
{
    const QString path = string(key, presence, 2048);
    if (!ok() || path.isEmpty())
        return {};
    if (!path.startsWith(QLatin1Char('/')) || path.startsWith(QLatin1String("//"))
        || path.contains(QLatin1Char('\\'))) {
        fail(QStringLiteral("%1 is not a path on this server").arg(name(key)));
        return {};
    }
    return path;
}
