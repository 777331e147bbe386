#include "server/reports/reportstore.h"

#include "server/core/clock.h"
#include "server/core/secrets.h"
#include "server/reports/reportwriter.h"
#include "server/storage/database.h"
#include "server/storage/transaction.h"

#include <QHash>

namespace Portiek::Server {

namespace {

using Status = ReportStore::ImportOutcome::Status;

const QString Columns = QStringLiteral("id, client_id, created_at, updated_at, author_id, "
                                       "author_name, author_role, author_kind, category, body");

Report reportFromRow(const QSqlQuery &query)
{
    Report report;
    report.id = query.value(0).toString();
    report.clientId = query.value(1).toString();
    report.createdAt = fromDbTime(query.value(2));
    report.updatedAt = fromDbTime(query.value(3));
    report.author.id = query.value(4).toString();
    report.author.name = query.value(5).toString();
    report.author.role = query.value(6).toString();
    report.author.kind = query.value(7).toString() == QLatin1String("portal")
        ? ReportAuthor::Kind::Portal
        : ReportAuthor::Kind::CareTeam;
    report.category = query.value(8).toString();
    report.text = query.value(9).toString();
    return report;
}

// Seconds for a lower bound that includes `time`: a fraction rounds up, so 09:00:00.5 does not
// take in a report of 09:00:00.
qint64 ceilSeconds(const QDateTime &time)
{
    const qint64 milliseconds = time.toMSecsSinceEpoch();
    return milliseconds / 1000 + (milliseconds % 1000 > 0 ? 1 : 0);
}

} // namespace

const QString ReportStore::PortalCategory = QStringLiteral("Cliëntportaal");

ReportStore::ReportStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

QString ReportStore::portalRoleText(Role role)
{
    switch (role) {
    case Role::Client:
        return QStringLiteral("Cliënt");
    case Role::Representative:
        return QStringLiteral("Wettelijk vertegenwoordiger");
    case Role::Contact:
        return QStringLiteral("Contactpersoon");
    }
    return {};
}

ReportStore::ImportOutcome ReportStore::importReport(const QString &clientId,
                                                     const QString &externalId,
                                                     const QJsonObject &body)
{
    ImportOutcome outcome;
    const std::optional<ReportImport::ImportedReport> report
        = ReportImport::read(body, &outcome.errors);
    if (!ReportImport::isId(externalId))
        outcome.errors.append({ QStringLiteral("externalId"), QStringLiteral("invalid_format") });
    if (!report || !outcome.errors.isEmpty()) {
        outcome.status = Status::Invalid;
        return outcome;
    }
    Transaction transaction(m_database);
    ReportWriter writer(m_database, m_clock);
    const std::optional<bool> exists = writer.clientExists(clientId);
    if (!transaction.isActive() || !exists)
        return outcome;
    if (!*exists) {
        outcome.status = Status::ClientUnknown;
        return outcome;
    }
    outcome = writer.upsert(clientId, externalId, *report);
    if (outcome.ok() && !transaction.commit())
        outcome = {};
    return outcome;
}

ReportStore::BulkImportOutcome ReportStore::importReports(const QString &clientId,
                                                          const QList<ImportItem> &items)
{
    BulkImportOutcome outcome;
    QList<ReportImport::ImportedReport> reports;
    reports.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!ReportImport::isId(items.at(i).externalId))
            outcome.errors.append(
                { QStringLiteral("externalId"), QStringLiteral("invalid_format") });
        const std::optional<ReportImport::ImportedReport> report
            = ReportImport::read(items.at(i).body, &outcome.errors);
        if (!report || !outcome.errors.isEmpty()) {
            outcome.status = Status::Invalid;
            outcome.badItem = i;
            return outcome;
        }
        reports.append(*report);
    }

    Transaction transaction(m_database);
    ReportWriter writer(m_database, m_clock);
    const std::optional<bool> exists = writer.clientExists(clientId);
    if (!transaction.isActive() || !exists)
        return outcome;
    if (!*exists) {
        outcome.status = Status::ClientUnknown;
        return outcome;
    }
    const std::optional<QHash<QString, ReportWriter::Stored>> stored
        = writer.storedImports(clientId);
    if (!stored)
        return outcome;
    // The last item of an external id wins, as if they had been sent one after the other.
    QHash<QString, qsizetype> last;
    for (qsizetype i = 0; i < items.size(); ++i)
        last.insert(items.at(i).externalId, i);
    QList<QPair<Report, QString>> fresh;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString &externalId = items.at(i).externalId;
        if (last.value(externalId) != i)
            continue;
        Report report = ReportWriter::importedReport(clientId, reports.at(i));
        const auto existing = stored->constFind(externalId);
        if (existing == stored->cend()) {
            report.id = Secrets::randomToken("rep_", 12);
            fresh.append({ report, externalId });
            ++outcome.created;
        } else {
            if (!writer.update(*existing, report))
                return outcome; // Failed; the transaction rolls back
            ++outcome.updated;
        }
    }
    if (!writer.insertImported(fresh))
        return outcome;
    if (transaction.commit())
        outcome.status = Status::Created;
    return outcome;
}

ReportStore::WithdrawOutcome ReportStore::withdraw(const QString &clientId,
                                                   const QString &externalId, QString *reportId)
{
    Transaction transaction(m_database);
    QSqlQuery find;
    if (!transaction.isActive()
        || !m_database.exec(find,
                            QStringLiteral("SELECT id FROM reports "
                                           "WHERE client_id = ? AND external_id = ?"),
                            { clientId, externalId }))
        return WithdrawOutcome::Failed;
    if (!find.next())
        return WithdrawOutcome::NotFound;
    const QString id = find.value(0).toString();
    find.finish();
    QSqlQuery remove;
    // The author stays in report_authors; authors() lists only those with reports left.
    if (!m_database.exec(remove, QStringLiteral("DELETE FROM reports WHERE id = ?"), { id })
        || !transaction.commit())
        return WithdrawOutcome::Failed;
    if (reportId)
        *reportId = id;
    return WithdrawOutcome::Withdrawn;
}

std::optional<Report> ReportStore::createPortalReport(const QString &clientId, const Person &author,
                                                      Role role, const QString &text,
                                                      const QDateTime &createdAt)
{
    Report report;
    report.id = Secrets::randomToken("rep_", 12);
    report.clientId = clientId;
    const QDateTime at = (createdAt.isValid() ? createdAt : m_clock.now()).toUTC();
    report.createdAt = at.addMSecs(-at.time().msec());
    report.author = { ReportImport::portalAuthorId(author.id), author.name(), portalRoleText(role),
                      ReportAuthor::Kind::Portal };
    report.category = PortalCategory;
    report.text = text;

    Transaction transaction(m_database);
    ReportWriter writer(m_database, m_clock);
    if (!transaction.isActive() || !writer.insert(report, author.id) || !transaction.commit())
        return std::nullopt;
    return report;
}

std::optional<ReportStore::Page> ReportStore::list(const QString &clientId,
                                                   const Query &query) const
{
    QString sql = QStringLiteral("SELECT %1 FROM reports WHERE client_id = ?").arg(Columns);
    QVariantList values { clientId };
    if (query.from.isValid()) {
        sql += QStringLiteral(" AND created_at >= ?");
        values.append(ceilSeconds(query.from));
    }
    if (query.to.isValid()) {
        // Exclusive: a report at 09:00:00 lies before 09:00:00.5, so that bound rounds up too.
        sql += QStringLiteral(" AND created_at < ?");
        values.append(ceilSeconds(query.to));
    }
    if (!query.authorId.isEmpty()) {
        sql += QStringLiteral(" AND author_id = ?");
        values.append(query.authorId);
    }
    // Folded words hold only letters and digits, so none of them is a LIKE wildcard.
    for (const QString &word : query.words) {
        sql += QStringLiteral(" AND search_text LIKE ?");
        values.append(QLatin1Char('%') + word + QLatin1Char('%'));
    }
    if (query.after) {
        sql += QStringLiteral(" AND (created_at < ? OR (created_at = ? AND id < ?))");
        values << query.after->createdAt << query.after->createdAt << query.after->id;
    }
    // One more than asked tells whether another page follows.
    sql += QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ?");
    values.append(query.limit + 1);

    Statement result = m_database.statement(sql);
    if (!result.exec(values))
        return std::nullopt;
    Page page;
    while (result->next())
        page.items.append(reportFromRow(*result));
    if (page.items.size() > query.limit) {
        page.items.resize(query.limit);
        const Report &last = page.items.constLast();
        page.next = ReportCursor { last.createdAt.toSecsSinceEpoch(), last.id };
    }
    return page;
}

std::optional<Report> ReportStore::find(const QString &clientId, const QString &reportId,
                                        bool *failed) const
{
    QSqlQuery query;
    *failed = !m_database.exec(
        query, QStringLiteral("SELECT %1 FROM reports WHERE client_id = ? AND id = ?").arg(Columns),
        { clientId, reportId });
    if (*failed || !query.next())
        return std::nullopt;
    return reportFromRow(query);
}

std::optional<QList<ReportAuthor>> ReportStore::authors(const QString &clientId) const
{
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("SELECT a.id, a.name, a.role, a.kind FROM report_authors a "
                                        "WHERE a.client_id = ? AND EXISTS (SELECT 1 FROM reports r "
                                        "WHERE r.client_id = a.client_id AND r.author_id = a.id) "
                                        "ORDER BY a.sort_key, a.id"),
                         { clientId }))
        return std::nullopt;
    QList<ReportAuthor> authors;
    while (query.next()) {
        authors.append({ query.value(0).toString(), query.value(1).toString(),
                         query.value(2).toString(),
                         query.value(3).toString() == QLatin1String("portal")
                             ? ReportAuthor::Kind::Portal
                             : ReportAuthor::Kind::CareTeam });
    }
    return authors;
}

} // namespace Portiek::Server
