#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Portiek::Server {

// `ReportAuthor` in docs/openapi.yaml. Care-team authors come from the dossier and are known by
// their name only; portal authors are people who wrote in the portal.
struct ReportAuthor
{
    enum class Kind { CareTeam, Portal };

    QString id; // "aut_sanne.bakker" (care team) or "aut_" + the person's id (portal)
    QString name;
    QString role; // empty: none
    Kind kind = Kind::CareTeam;

    static QString kindName(Kind kind); // "careTeam", "portal"
    QJsonObject toJson() const;
};

// `Report` in docs/openapi.yaml; `source` follows from the author's kind.
struct Report
{
    QString id; // "rep_…"
    QString clientId;
    QDateTime createdAt; // UTC, whole seconds
    QDateTime updatedAt; // null until the dossier corrects it
    ReportAuthor author;
    QString category;
    QString text;

    QJsonObject toJson() const;
    // Where a person reads it: /api/v1/clients/{clientId}/reports/{id}.
    QString path() const;
};

} // namespace Portiek::Server
