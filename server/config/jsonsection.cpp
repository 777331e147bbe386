#include "server/config/jsonsection.h"

#include <QJsonValue>

#include <cmath>

namespace Portiek::Server {

JsonSection::JsonSection(const QJsonObject &object, const QString &path,
                         const QStringList &knownKeys, QString *error)
    : m_object(object)
    , m_path(path)
    , m_error(error)
{
    if (failed())
        return;
    const QStringList keys = m_object.keys();
    for (const QString &key : keys) {
        if (!knownKeys.contains(key)) {
            *m_error = QStringLiteral("unknown key \"%1\" %2")
                           .arg(key,
                                m_path.isEmpty() ? QStringLiteral("at top level")
                                                 : QStringLiteral("in ") + m_path);
            return;
        }
    }
}

bool JsonSection::contains(const QString &key) const
{
    return m_object.contains(key);
}

QString JsonSection::keyPath(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonSection::fail(const QString &key, const QString &problem) const
{
    if (!failed())
        *m_error = keyPath(key) + QLatin1Char(' ') + problem;
}

JsonSection JsonSection::object(const QString &key, const QStringList &knownKeys,
                                Presence presence) const
{
    const QJsonValue value = m_object.value(key);
    if (failed())
        return JsonSection({}, keyPath(key), knownKeys, m_error);
    if (value.isUndefined()) {
        if (presence == Presence::Required)
            fail(key, QStringLiteral("is missing"));
    } else if (!value.isObject()) {
        fail(key, QStringLiteral("must be an object"));
    }
    return JsonSection(value.toObject(), keyPath(key), knownKeys, m_error);
}

std::optional<QString> JsonSection::string(const QString &key, Presence presence) const
{
    if (failed())
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        if (presence == Presence::Required)
            fail(key, QStringLiteral("is missing"));
        return std::nullopt;
    }
    if (!value.isString()) {
        fail(key, QStringLiteral("must be a string"));
        return std::nullopt;
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        // An empty value is almost always a placeholder someone forgot to fill in.
        fail(key,
             presence == Presence::Required
                 ? QStringLiteral("must not be empty")
                 : QStringLiteral("must not be empty (leave the key out instead)"));
        return std::nullopt;
    }
    return text;
}

std::optional<qint64> JsonSection::wholeNumber(const QString &key, qint64 minimum,
                                               qint64 maximum) const
{
    if (failed())
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number || number < double(minimum)
        || number > double(maximum)) {
        fail(key, QStringLiteral("must be a whole number from %1 to %2").arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<bool> JsonSection::boolean(const QString &key) const
{
    if (failed())
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isBool()) {
        fail(key, QStringLiteral("must be true or false"));
        return std::nullopt;
    }
    return value.toBool();
}

} // namespace Portiek::Server
