#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// Someone who wrote reports for a client (docs/openapi.yaml, ReportAuthor).
struct ReportAuthor
{
    enum class Kind { CareTeam, Portal };

    QString id;
    QString name;
    QString role; // "Persoonlijk begeleider"; empty when the dossier has none
    Kind kind = Kind::CareTeam;

    static bool fromJson(const QJsonObject &json, ReportAuthor *author, QString *error);
    // One page of GET …/report-authors: its items and the next cursor (empty on the last).
    static bool pageFromJson(const QJsonObject &json, QList<ReportAuthor> *authors,
                             QString *nextCursor, QString *error);
};

// One report (rapportage) from the dossier or written in the portal (docs/openapi.yaml, Report).
struct Report
{
    enum class Source { Dossier, Portal };

    // ReportCreate allows 10,000 characters; the dossier's own reports may be longer, but a
    // report of this size is already several pages.
    static constexpr int MaxTextLength = 10000;
    static constexpr int MaxReadTextLength = 100000;

    QString id;
    QDateTime createdAt;
    QDateTime updatedAt; // when the dossier corrected it; invalid when never
    ReportAuthor author;
    QString category;
    QString text; // plain text; line breaks are significant
    Source source = Source::Dossier;

    bool isValid() const { return !id.isEmpty(); }

    static bool fromJson(const QJsonObject &json, Report *report, QString *error);
    // One page of GET …/reports: its items and the next cursor (empty on the last).
    static bool pageFromJson(const QJsonObject &json, QList<Report> *reports, QString *nextCursor,
                             QString *error);
};

Q_DECLARE_METATYPE(ReportAuthor)
Q_DECLARE_METATYPE(Report)
