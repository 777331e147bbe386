#pragma once

#include "server/accounts/person.h"
#include "server/reports/report.h"
#include "server/reports/reportcursor.h"
#include "server/reports/reportimport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portiek::Server {

class Clock;
class Database;

// The reports of every client (tables `reports` and `report_authors`, migration 3): those the
// dossier imports and those people write in the portal. A withdrawn report is deleted, text and
// all: it was usually written in the wrong dossier, so it holds someone else's care.
//
// Import entry points, for the import API and for `portiek-server seed --demo`:
//
//     ReportStore store(database, clock);
//     // body: an `ImportReport` object; items: a year of them, each with its external id
//     const auto one = store.importReport(QStringLiteral("100482"), QStringLiteral("R-1"), body);
//     const auto many = store.importReports(QStringLiteral("100482"), items);
//     if (!many.ok()) … many.status, many.badItem, many.errors …
//
// Both check every field before writing anything and write nothing when one is bad. Neither
// stamps the client's "last updated" time (SyncStamps) or writes the access log: the caller
// does, in the same transaction (an outer Transaction is joined, see Database).
class ReportStore
{
public:
    static constexpr int TextMaxLength = 10000; // a report written in the portal
    static const QString PortalCategory; // "Cliëntportaal"

    struct ImportOutcome
    {
        enum class Status { Created, Updated, Invalid, ClientUnknown, Failed };
        Status status = Status::Failed; // Failed: the database failed (logged); nothing written
        QString reportId; // Created, Updated
        QList<ReportImport::FieldError> errors; // Invalid

        bool ok() const { return status == Status::Created || status == Status::Updated; }
    };

    struct ImportItem
    {
        QString externalId; // the dossier's id, unique per client
        QJsonObject body; // an `ImportReport`
    };

    struct BulkImportOutcome
    {
        ImportOutcome::Status status = ImportOutcome::Status::Failed; // Created when all went in
        int created = 0;
        int updated = 0;
        qsizetype badItem = -1; // Invalid: the index of the first bad item …
        QList<ReportImport::FieldError> errors; // … and its field errors

        bool ok() const { return status == ImportOutcome::Status::Created; }
    };

    enum class WithdrawOutcome { Withdrawn, NotFound, Failed };

    // What a list asks; empty members do not filter.
    struct Query
    {
        QDateTime from; // inclusive
        QDateTime to; // exclusive
        QString authorId;
        QStringList words; // folded (TextFold::words); all must occur in the text
        int limit = 25;
        std::optional<ReportCursor> after;
    };

    struct Page
    {
        QList<Report> items;
        std::optional<ReportCursor> next; // none on the last page
    };

    ReportStore(Database &database, const Clock &clock);

    // Upsert of one report by the dossier's id. Updated also when the body equals what is
    // stored (then nothing changes, `updatedAt` included).
    ImportOutcome importReport(const QString &clientId, const QString &externalId,
                               const QJsonObject &body);
    // Many reports of one client in one transaction, for seeding and catching up: the stored
    // ones are read once and new ones go in 50 to a statement, so 10,000 take about half a
    // second on SQLite and a second and a half on PostgreSQL here. All items (and their
    // external ids) are checked first; when any is invalid, or the client unknown, nothing is
    // written. Of items with the same external id the last one wins.
    BulkImportOutcome importReports(const QString &clientId, const QList<ImportItem> &items);
    // Deletes the report; `*reportId` (when given) receives the portal's id it had.
    WithdrawOutcome withdraw(const QString &clientId, const QString &externalId,
                             QString *reportId = nullptr);

    // A report written in the portal by `author` in their role for this client, now (or at
    // `createdAt`, for the demo). `text` must be checked already (1–TextMaxLength characters
    // after ReportImport::plainText). nullopt when the database failed.
    std::optional<Report> createPortalReport(const QString &clientId, const Person &author,
                                             Role role, const QString &text,
                                             const QDateTime &createdAt = {});

    // Newest first (createdAt, then id, both descending). nullopt when the database failed.
    std::optional<Page> list(const QString &clientId, const Query &query) const;
    // nullopt when there is no such report of this client; `*failed` tells a database failure.
    std::optional<Report> find(const QString &clientId, const QString &reportId,
                               bool *failed) const;
    // Everyone with at least one report for this client, by name (case and accents ignored).
    std::optional<QList<ReportAuthor>> authors(const QString &clientId) const;

    // "Cliënt", "Wettelijk vertegenwoordiger", "Contactpersoon": how a portal author's role
    // reads next to their report.
    static QString portalRoleText(Role role);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Portiek::Server
