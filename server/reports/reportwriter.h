#pragma once

#include "server/reports/reportimport.h"
#include "server/reports/reportstore.h"
#include "server/storage/statement.h"

#include <QHash>
#include <QSqlQuery>

#include <map>
#include <optional>

namespace Portiek::Server {

// Writes reports for ReportStore, with its statements prepared once, so a batch of thousands
// costs one prepare per statement, not one per report. Runs inside the caller's transaction.
class ReportWriter
{
public:
    using Outcome = ReportStore::ImportOutcome;

    ReportWriter(Database &database, const Clock &clock);

    // Whether the client exists; nullopt when the database failed.
    std::optional<bool> clientExists(const QString &clientId);
    // Insert, update or leave as it is; Created, Updated or Failed.
    Outcome upsert(const QString &clientId, const QString &externalId,
                   const ReportImport::ImportedReport &report);
    bool insert(const Report &report, const QString &personId, const QString &externalId = {});

    // What an import compares with: a dossier report as stored.
    struct Stored
    {
        QString id;
        qint64 createdAt = 0;
        QString authorName;
        QString authorRole;
        QString category;
        QString text;
    };
    // The client's dossier reports by external id, read at once, so a batch asks nothing per
    // report. nullopt when the database failed.
    std::optional<QHash<QString, Stored>> storedImports(const QString &clientId);
    // The report (with `stored.id`) as the dossier sends it now: the row is only written when
    // something differs, and then gets updatedAt. False when the database failed.
    bool update(const Stored &stored, const Report &report);
    // New dossier reports (report, external id) in multi-row INSERTs: on PostgreSQL every
    // statement is a round trip, and 10,000 of them took 15 seconds.
    bool insertImported(const QList<QPair<Report, QString>> &reports);

    // A care-team report from the dossier's fields (without id).
    static Report importedReport(const QString &clientId,
                                 const ReportImport::ImportedReport &imported);

private:
    bool run(QSqlQuery &query, const QVariantList &values);
    bool prepared(QSqlQuery &query, const QString &sql);
    // The kept statement for `sql` (Database::statement()), taken on first use.
    Statement &statement(std::optional<Statement> &slot, const QString &sql);
    bool upsertAuthor(const QString &clientId, const ReportAuthor &author);
    static QVariantList insertValues(const Report &report, const QString &personId,
                                     const QString &externalId);

    Database &m_database;
    const Clock &m_clock;
    // The statements of a single report, which a report written in the portal uses too.
    std::optional<Statement> m_find;
    std::optional<Statement> m_insert;
    std::optional<Statement> m_update;
    std::optional<Statement> m_author;
    std::optional<Statement> m_client;
    // An import's, by number of rows: prepared for the batch, not kept beyond it.
    std::map<int, QSqlQuery> m_insertMany;
    // The name and role last written for each author (client, id) in this batch: a year of
    // reports by five people needs a few author writes, not thousands.
    QHash<QString, QString> m_authorsWritten;
};

} // namespace Portiek::Server
