#include "server/reports/reportimport.h"

#include "server/reports/textfold.h"
#include "server/signin/apijson.h"

#include <QCryptographicHash>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>

namespace Portiek::Server::ReportImport {

namespace {

constexpr int AuthorNameMax = 200;
constexpr int AuthorRoleMax = 100;
constexpr int CategoryMax = 100;
constexpr int TextMax = 100000;
constexpr int IdMax = 64;

// A string member that must be there and non-empty after trimming; empty on any error.
QString requiredText(const QJsonObject &object, const QString &name, const QString &field,
                     int maxLength, QList<FieldError> *errors)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull()) {
        errors->append({ field, QStringLiteral("required") });
        return {};
    }
    if (!value.isString()) {
        errors->append({ field, QStringLiteral("invalid_format") });
        return {};
    }
    const QString text = plainText(value.toString());
    if (text.isEmpty()) {
        errors->append({ field, QStringLiteral("required") });
        return {};
    }
    if (text.size() > maxLength) {
        errors->append({ field, QStringLiteral("too_long") });
        return {};
    }
    return text;
}

} // namespace

bool isId(const QString &id)
{
    if (id.isEmpty() || id.size() > IdMax)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.')
            || c == QLatin1Char('_') || c == QLatin1Char('~') || c == QLatin1Char('-');
    });
}

QString plainText(const QString &text)
{
    QString plain = text;
    plain.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    plain.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return plain.trimmed();
}

std::optional<ImportedReport> read(const QJsonObject &body, QList<FieldError> *errors)
{
    ImportedReport report;
    const int before = int(errors->size());

    const QJsonValue createdAt = body.value(QStringLiteral("createdAt"));
    if (createdAt.isUndefined() || createdAt.isNull()) {
        errors->append({ QStringLiteral("createdAt"), QStringLiteral("required") });
    } else {
        report.createdAt = ApiJson::parseTime(createdAt.toString());
        if (!report.createdAt.isValid())
            errors->append({ QStringLiteral("createdAt"), QStringLiteral("invalid_format") });
        else // stored in whole seconds; the list's order and cursor work on them
            report.createdAt = report.createdAt.addMSecs(-report.createdAt.time().msec());
    }

    const QJsonValue author = body.value(QStringLiteral("author"));
    if (author.isUndefined() || author.isNull()) {
        errors->append({ QStringLiteral("author"), QStringLiteral("required") });
    } else if (!author.isObject()) {
        errors->append({ QStringLiteral("author"), QStringLiteral("invalid_format") });
    } else {
        const QJsonObject object = author.toObject();
        report.authorName = requiredText(object, QStringLiteral("name"),
                                         QStringLiteral("author.name"), AuthorNameMax, errors);
        const QJsonValue role = object.value(QStringLiteral("role"));
        if (!role.isUndefined() && !role.isNull()) {
            if (!role.isString())
                errors->append({ QStringLiteral("author.role"), QStringLiteral("invalid_format") });
            else if (plainText(role.toString()).size() > AuthorRoleMax)
                errors->append({ QStringLiteral("author.role"), QStringLiteral("too_long") });
            else
                report.authorRole = plainText(role.toString());
        }
    }

    report.category = requiredText(body, QStringLiteral("category"), QStringLiteral("category"),
                                   CategoryMax, errors);
    report.text
        = requiredText(body, QStringLiteral("text"), QStringLiteral("text"), TextMax, errors);

    if (errors->size() != before)
        return std::nullopt;
    return report;
}

QString careTeamAuthorId(const QString &name)
{
    const QString folded = TextFold::fold(name);
    QString readable = folded;
    readable.replace(QLatin1Char(' '), QLatin1Char('.'));
    const bool plainAscii
        = !readable.isEmpty() && std::all_of(readable.cbegin(), readable.cend(), [](QChar c) {
              return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                  || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.');
          });
    const QString prefix = QStringLiteral("aut_");
    if (plainAscii && prefix.size() + readable.size() <= IdMax)
        return prefix + readable;

    // Keep what is readable, then make it unique with a hash of the whole folded name.
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(folded.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    QString ascii;
    for (const QChar c : std::as_const(readable)) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.'))
            ascii.append(c);
    }
    ascii = ascii.left(IdMax - prefix.size() - hash.size() - 1);
    return prefix + (ascii.isEmpty() ? QString() : ascii + QLatin1Char('.')) + hash;
}

QString portalAuthorId(const QString &personId)
{
    return QStringLiteral("aut_") + personId;
}

} // namespace Portiek::Server::ReportImport
