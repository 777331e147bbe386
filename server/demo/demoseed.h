#pragma once

#include <QDateTime>
#include <QString>
#include <QTextStream>

namespace Portiek::Server {

struct DemoClient;
struct ServerContext;

// `portiek-server seed --demo`: a realistic Dutch demo on top of the accounts of `demo-data`
// (clients 100482 Gerard van Dijk and 100517 Truus van Dijk-Smit): profiles and photos, a year
// of reports, a few portal reports by the family, three plan PDFs (one asking approval, one
// approved) and the care team's appointments of today, tomorrow and this week, all relative
// to the clock's now. Gerard's portal also gets the people around him and what they share:
// his contact persons and their rights (DemoPeople), own appointments, eight weeks of
// measurements, conversations and a bulletin board with photos (demoagenda.h …).
//
// Deterministic (fixed random seeds per client) and idempotent: everything is upserted by the
// dossier ids it would have ("DEMO-…"), so a second run changes nothing but the times that
// follow the date. Each client is written in one transaction, stamped and access-logged as an
// import by the organisation's system.
class DemoSeed
{
public:
    explicit DemoSeed(ServerContext &context);

    // How many days back the care team's reports go (365 unless set; about 2.8 a day, so
    // 36,000 days make some 100,000 reports for a benchmark).
    void setReportDays(int days) { m_reportDays = days; }

    // False with `*error` set (one line) when something could not be written.
    bool run(QTextStream &out, QString *error);

private:
    // Inside the client's transaction; `*summary` continues the client's output line.
    bool seedNetwork(const DemoClient &client, const QDateTime &now, QString *summary,
                     QString *error);

    ServerContext &m_context;
    int m_reportDays = 365;
};

} // namespace Portiek::Server
