#include "server/messages/bodyfields.h"

#include "server/http/problem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace Portiek::Server::BodyFields {

namespace {

constexpr int IdMaxLength = 64;

bool isId(const QString &id)
{
    return !id.isEmpty() && id.size() <= IdMaxLength
        && std::all_of(id.begin(), id.end(), [](QChar c) {
               return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                   || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'~' || c == u'-';
           });
}

} // namespace

std::optional<QJsonObject> object(const Request &request, Response *problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = Problem::badRequest(QStringLiteral("The body must be one JSON object."));
        return std::nullopt;
    }
    return document.object();
}

QString text(const QJsonObject &body, const QString &field, int maxLength, bool required,
             QList<FieldError> *errors)
{
    const QJsonValue value = body.value(field);
    if (!value.isUndefined() && !value.isNull() && !value.isString()) {
        errors->append({ field, QStringLiteral("invalid_format") });
        return {};
    }
    const QString text = value.toString();
    if (text.trimmed().isEmpty()) {
        if (required)
            errors->append({ field, QStringLiteral("required") });
        return {};
    }
    if (text.toUcs4().size() > maxLength) {
        errors->append({ field, QStringLiteral("too_long") });
        return {};
    }
    return text;
}

QStringList ids(const QJsonObject &body, const QString &field, int maxItems,
                QList<FieldError> *errors)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        errors->append({ field, QStringLiteral("invalid_format") });
        return {};
    }
    const QJsonArray array = value.toArray();
    if (array.size() > maxItems) {
        errors->append({ field, QStringLiteral("too_many_items") });
        return {};
    }
    QStringList ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString id = array.at(i).toString();
        if (!array.at(i).isString() || !isId(id) || ids.contains(id)) {
            errors->append({ field + QLatin1Char('.') + QString::number(i),
                             QStringLiteral("invalid_format") });
            return {};
        }
        ids.append(id);
    }
    return ids;
}

} // namespace Portiek::Server::BodyFields
