#include "server/reports/reportwriter.h"

#include "server/core/clock.h"
#include "server/core/secrets.h"
#include "server/reports/textfold.h"
#include "server/storage/database.h"

namespace Portiek::Server {

namespace {

// INSERT of `rows` reports in one statement.
QString insertSql(int rows)
{
    QStringList tuples;
    for (int i = 0; i < rows; ++i)
        tuples.append(QStringLiteral("(?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return QStringLiteral("INSERT INTO reports (id, client_id, external_id, created_at, "
                          "updated_at, author_id, author_name, author_role, author_kind, "
                          "person_id, category, body, search_text) VALUES ")
        + tuples.join(QStringLiteral(", "));
}

} // namespace

ReportWriter::ReportWriter(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

bool ReportWriter::prepared(QSqlQuery &query, const QString &sql)
{
    // Prepared on first use; one that failed to prepare was logged and fails in run().
    if (query.lastQuery().isEmpty())
        query = m_database.prepare(sql);
    return true;
}

Statement &ReportWriter::statement(std::optional<Statement> &slot, const QString &sql)
{
    if (!slot)
        slot.emplace(m_database.statement(sql));
    return *slot;
}

bool ReportWriter::run(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    return m_database.exec(query);
}

std::optional<bool> ReportWriter::clientExists(const QString &clientId)
{
    Statement &query
        = statement(m_client, QStringLiteral("SELECT COUNT(*) FROM clients WHERE id = ?"));
    if (!query.exec({ clientId }) || !query->next())
        return std::nullopt;
    const bool exists = query->value(0).toInt() > 0;
    query->finish();
    return exists;
}

bool ReportWriter::upsertAuthor(const QString &clientId, const ReportAuthor &author)
{
    const QString key = clientId + QChar(0) + author.id;
    const QString written = author.name + QChar(0) + author.role;
    if (m_authorsWritten.value(key) == written)
        return true;
    // The newest write wins: an author's name and role in the filter list are the latest the
    // dossier (or the portal) gave.
    Statement &query = statement(
        m_author,
        QStringLiteral("INSERT INTO report_authors (client_id, id, name, sort_key, role, kind) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (client_id, id) DO UPDATE SET "
                       "name = excluded.name, sort_key = excluded.sort_key, "
                       "role = excluded.role, kind = excluded.kind"));
    if (!query.exec({ clientId, author.id, author.name, TextFold::fold(author.name),
                      nullIfEmpty(author.role), ReportAuthor::kindName(author.kind) }))
        return false;
    m_authorsWritten.insert(key, written);
    return true;
}

QVariantList ReportWriter::insertValues(const Report &report, const QString &personId,
                                        const QString &externalId)
{
    return { report.id,
             report.clientId,
             nullIfEmpty(externalId),
             toDbTime(report.createdAt),
             report.author.id,
             report.author.name,
             nullIfEmpty(report.author.role),
             ReportAuthor::kindName(report.author.kind),
             nullIfEmpty(personId),
             report.category,
             report.text,
             TextFold::fold(report.text) };
}

bool ReportWriter::insert(const Report &report, const QString &personId, const QString &externalId)
{
    return upsertAuthor(report.clientId, report.author)
        && statement(m_insert, insertSql(1)).exec(insertValues(report, personId, externalId));
}

bool ReportWriter::insertImported(const QList<QPair<Report, QString>> &reports)
{
    constexpr qsizetype RowsPerStatement = 50;
    for (qsizetype first = 0; first < reports.size(); first += RowsPerStatement) {
        const int rows = int(qMin(RowsPerStatement, reports.size() - first));
        QSqlQuery &query = m_insertMany[rows];
        QVariantList values;
        for (qsizetype i = first; i < first + rows; ++i) {
            const Report &report = reports.at(i).first;
            if (!upsertAuthor(report.clientId, report.author))
                return false;
            values += insertValues(report, QString(), reports.at(i).second);
        }
        if (!prepared(query, insertSql(rows)) || !run(query, values))
            return false;
    }
    return true;
}

Report ReportWriter::importedReport(const QString &clientId,
                                    const ReportImport::ImportedReport &imported)
{
    Report report;
    report.clientId = clientId;
    report.createdAt = imported.createdAt;
    report.author = { ReportImport::careTeamAuthorId(imported.authorName), imported.authorName,
                      imported.authorRole, ReportAuthor::Kind::CareTeam };
    report.category = imported.category;
    report.text = imported.text;
    return report;
}

std::optional<QHash<QString, ReportWriter::Stored>>
ReportWriter::storedImports(const QString &clientId)
{
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("SELECT external_id, id, created_at, author_name, "
                                        "author_role, category, body FROM reports "
                                        "WHERE client_id = ? AND external_id IS NOT NULL"),
                         { clientId }))
        return std::nullopt;
    QHash<QString, Stored> stored;
    while (query.next()) {
        stored.insert(query.value(0).toString(),
                      { query.value(1).toString(), query.value(2).toLongLong(),
                        query.value(3).toString(), query.value(4).toString(),
                        query.value(5).toString(), query.value(6).toString() });
    }
    return stored;
}

bool ReportWriter::update(const Stored &stored, const Report &report)
{
    if (stored.createdAt == report.createdAt.toSecsSinceEpoch()
        && stored.authorName == report.author.name && stored.authorRole == report.author.role
        && stored.category == report.category && stored.text == report.text)
        return true;
    return upsertAuthor(report.clientId, report.author)
        && statement(m_update,
                     QStringLiteral("UPDATE reports SET created_at = ?, updated_at = ?, "
                                    "author_id = ?, author_name = ?, author_role = ?, "
                                    "category = ?, body = ?, search_text = ? WHERE id = ?"))
               .exec({ toDbTime(report.createdAt), toDbTime(m_clock.now()), report.author.id,
                       report.author.name, nullIfEmpty(report.author.role), report.category,
                       report.text, TextFold::fold(report.text), stored.id });
}

ReportWriter::Outcome ReportWriter::upsert(const QString &clientId, const QString &externalId,
                                           const ReportImport::ImportedReport &imported)
{
    Outcome outcome;
    Report report = importedReport(clientId, imported);
    Statement &find = statement(
        m_find,
        QStringLiteral("SELECT id, created_at, author_name, author_role, category, body "
                       "FROM reports WHERE client_id = ? AND external_id = ?"));
    if (!find.exec({ clientId, externalId }))
        return outcome;
    if (!find->next()) {
        report.id = Secrets::randomToken("rep_", 12);
        if (!insert(report, QString(), externalId))
            return outcome;
        outcome.status = Outcome::Status::Created;
        outcome.reportId = report.id;
        return outcome;
    }
    const Stored stored { find->value(0).toString(), find->value(1).toLongLong(),
                          find->value(2).toString(), find->value(3).toString(),
                          find->value(4).toString(), find->value(5).toString() };
    find->finish();
    if (!update(stored, report))
        return outcome;
    outcome.status = Outcome::Status::Updated;
    outcome.reportId = stored.id;
    return outcome;
}

} // namespace Portiek::Server
