#pragma once

#include "server/http/request.h"
#include "server/http/response.h"
#include "server/signin/signinproblems.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace Portiek::Server::BodyFields {

using FieldError = SignInProblems::FieldError;

// The request body as one JSON object; nullopt with `*problem` a 400 otherwise.
std::optional<QJsonObject> object(const Request &request, Response *problem);

// A text field of at most `maxLength` characters (as people count them: an emoji is one).
// Absent or null is empty; a text of only spaces counts as empty. Adds `invalid_format`,
// `required` (when `required` and empty) or `too_long` to `errors`.
QString text(const QJsonObject &body, const QString &field, int maxLength, bool required,
             QList<FieldError> *errors);

// An array of distinct ids, at most `maxItems`; adds `invalid_format` (not an array of ids,
// or an id twice) or `too_many_items`. Absent or null is empty.
QStringList ids(const QJsonObject &body, const QString &field, int maxItems,
                QList<FieldError> *errors);

} // namespace Portiek::Server::BodyFields
