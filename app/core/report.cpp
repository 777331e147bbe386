#include "core/report.h"

#include "core/jsonpage.h"
#include "core/jsonreader.h"

#include <QJsonArray>

bool ReportAuthor::fromJson(const QJsonObject &json, ReportAuthor *author, QString *error)
{
    JsonReader reader(json, QStringLiteral("author"));
    ReportAuthor result;
    result.id = reader.id(QLatin1String("id"));
    result.name = reader.string(QLatin1String("name"), JsonReader::Required, 200).trimmed();
    result.role = reader.string(QLatin1String("role"), JsonReader::Optional, 200).trimmed();
    const QString kind = reader.string(QLatin1String("kind"), JsonReader::Required, 32);
    if (kind == QLatin1String("careTeam"))
        result.kind = Kind::CareTeam;
    else if (kind == QLatin1String("portal"))
        result.kind = Kind::Portal;
    else if (reader.ok())
        reader.fail(QStringLiteral("author.kind is unknown"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return false;
    }
    *author = result;
    return true;
}

bool ReportAuthor::pageFromJson(const QJsonObject &json, QList<ReportAuthor> *authors,
                                QString *nextCursor, QString *error)
{
    return JsonPage::read(json, authors, nextCursor, error, &ReportAuthor::fromJson);
}

bool Report::fromJson(const QJsonObject &json, Report *report, QString *error)
{
    JsonReader reader(json, QStringLiteral("report"));
    Report result;
    result.id = reader.id(QLatin1String("id"));
    result.createdAt = reader.dateTime(QLatin1String("createdAt"));
    // Required by the contract, but null when never corrected.
    if (reader.ok() && !json.contains(QLatin1String("updatedAt")))
        reader.fail(QStringLiteral("report.updatedAt is missing"));
    result.updatedAt = reader.dateTime(QLatin1String("updatedAt"), JsonReader::Optional);
    const QJsonObject author = reader.object(QLatin1String("author"));
    QString authorError;
    if (reader.ok() && !ReportAuthor::fromJson(author, &result.author, &authorError))
        reader.fail(QStringLiteral("report.") + authorError);
    result.category = reader.string(QLatin1String("category"), JsonReader::Required, 200).trimmed();
    if (reader.ok() && !json.value(QLatin1String("text")).isString())
        reader.fail(QStringLiteral("report.text is not a string"));
    result.text = reader.string(QLatin1String("text"), JsonReader::Optional, MaxReadTextLength);
    const QString source = reader.string(QLatin1String("source"), JsonReader::Required, 32);
    if (source == QLatin1String("dossier"))
        result.source = Source::Dossier;
    else if (source == QLatin1String("portal"))
        result.source = Source::Portal;
    else if (reader.ok())
        reader.fail(QStringLiteral("report.source is unknown"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return false;
    }
    *report = result;
    return true;
}

bool Report::pageFromJson(const QJsonObject &json, QList<Report> *reports, QString *nextCursor,
                          QString *error)
{
    return JsonPage::read(json, reports, nextCursor, error, &Report::fromJson);
}
