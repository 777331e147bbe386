#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Portiek::Server {

// One demo client as the demo content needs them.
struct DemoClient
{
    QString id; // "100482"
    QString address; // "Meneer" or "Mevrouw", how the care team writes about them
    QString givenName;
    QString location; // "Eikenhof, kamer 2.14"
    quint32 seed; // each client's own, fixed random sequence
};

// A year of care-team reports composed from phrase tables (no real people, no real care):
// daily reports by the carers, a weekly note of the elderly-care physician, physiotherapy twice
// a week, activities now and then. Each calendar day has its own fixed random sequence and its
// own external ids ("DEMO-RAP-100482-20260312-2"), so running the seed again, also days later,
// updates the same reports and only adds the days that are new.
struct DemoReport
{
    QString externalId;
    QJsonObject body; // an `ImportReport`
};

// `days`: how far back the reports go (a year by default; a benchmark asks for a century).
QList<DemoReport> demoReports(const DemoClient &client, const QDateTime &now, int days = 365);

// A few reports written in the portal by the family, with the given author's words.
QStringList demoPortalReportTexts(const DemoClient &client);

} // namespace Portiek::Server
