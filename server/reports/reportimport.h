#pragma once

#include "server/signin/signinproblems.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Portiek::Server::ReportImport {

using FieldError = SignInProblems::FieldError;

// An `ImportReport` body (docs/openapi.yaml) that passed every check.
struct ImportedReport
{
    QDateTime createdAt; // UTC, whole seconds
    QString authorName;
    QString authorRole; // empty: none
    QString category;
    QString text;
};

// Checks the whole body and reports every bad field at once ("author.name": "required",
// "createdAt": "invalid_format", "text": "too_long" …); nullopt when there is any.
// Strings are trimmed; the text keeps its line breaks (as "\n").
std::optional<ImportedReport> read(const QJsonObject &body, QList<FieldError> *errors);

// The stable id of a care-team author: the folded name as readable ASCII words joined by dots,
// "Sanne Bakker" → "aut_sanne.bakker", so the same name gives the same author in every import
// whatever its case or accents. Names that do not fold to plain ASCII, or are too long for an
// id, get a hash of the folded name instead of (or after) the readable part.
QString careTeamAuthorId(const QString &name);

// The id of a portal author: "aut_" + the person's id.
QString portalAuthorId(const QString &personId);

// Whether `id` is an id as the contract allows: 1–64 of A–Z a–z 0–9 . _ ~ -.
bool isId(const QString &id);

// Plain text as we store it: "\r\n" and "\r" become "\n", leading and trailing white space goes.
QString plainText(const QString &text);

} // namespace Portiek::Server::ReportImport
