#include "server/plans/planstore.h"

#include "server/core/clock.h"
#include "server/core/secrets.h"
#include "server/http/etag.h"
#include "server/storage/database.h"

namespace Portiek::Server {

namespace {

const QString Columns = QStringLiteral(
    "id, client_id, external_id, title, plan_date, approval_requested, published_at, "
    "size_bytes, page_count, pdf_etag, approved_at, approved_by_person_id, approved_by_name, "
    "approved_by_role");

PlanRecord readPlan(const QSqlQuery &query)
{
    PlanRecord plan;
    plan.id = query.value(0).toString();
    plan.clientId = query.value(1).toString();
    plan.externalId = query.value(2).toString();
    plan.title = query.value(3).toString();
    plan.date = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    plan.approvalRequested = query.value(5).toInt() != 0;
    plan.publishedAt = fromDbTime(query.value(6));
    plan.sizeBytes = query.value(7).toLongLong();
    if (!query.value(8).isNull())
        plan.pageCount = query.value(8).toInt();
    plan.pdfETag = query.value(9).toString().toLatin1();
    plan.approvedAt = fromDbTime(query.value(10));
    plan.approvedByPersonId = query.value(11).toString();
    plan.approvedByName = query.value(12).toString();
    plan.approvedByRole = roleFromName(query.value(13).toString()).value_or(Role::Client);
    return plan;
}

QVariant pageCountValue(const std::optional<int> &pageCount)
{
    return pageCount ? QVariant(*pageCount) : QVariant(QMetaType::fromType<int>());
}

} // namespace

PlanStore::PlanStore(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

PlanStore::Written PlanStore::upsert(const QString &clientId, const QString &externalId,
                                     const PlanUpload &upload)
{
    std::optional<PlanRecord> existing;
    if (!findByExternalId(clientId, externalId, &existing))
        return {};
    const QVariant now = toDbTime(m_clock.now());
    const QByteArray etag = strongETag(upload.pdf);
    const QString date = upload.date.toString(Qt::ISODate);
    QSqlQuery query;

    if (!existing) {
        const QString id = Secrets::randomToken("pln_", 12);
        const bool stored
            = m_database.exec(query,
                              QStringLiteral("INSERT INTO plans (id, client_id, external_id, "
                                             "title, plan_date, approval_requested, "
                                             "published_at, updated_at, size_bytes, page_count, "
                                             "pdf_etag) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              { id, clientId, externalId, upload.title, date,
                                int(upload.approvalRequested), now, now, qint64(upload.pdf.size()),
                                pageCountValue(upload.pageCount), QString::fromLatin1(etag) })
            && m_database.exec(query,
                               QStringLiteral("INSERT INTO plan_documents (plan_id, content) "
                                              "VALUES (?, ?)"),
                               { id, QString::fromLatin1(upload.pdf.toBase64()) });
        return { stored ? Outcome::Created : Outcome::Failed, id };
    }

    const bool samePdf = existing->pdfETag == etag && existing->sizeBytes == upload.pdf.size();
    if (existing->isApproved() && !samePdf)
        return { Outcome::ApprovedPdfLocked, existing->id };
    bool stored = m_database.exec(
        query,
        QStringLiteral("UPDATE plans SET title = ?, plan_date = ?, approval_requested = ?, "
                       "updated_at = ? WHERE id = ?"),
        { upload.title, date, int(upload.approvalRequested), now, existing->id });
    if (stored && !samePdf) {
        stored
            = m_database.exec(query,
                              QStringLiteral("UPDATE plans SET published_at = ?, size_bytes = ?, "
                                             "page_count = ?, pdf_etag = ? WHERE id = ?"),
                              { now, qint64(upload.pdf.size()), pageCountValue(upload.pageCount),
                                QString::fromLatin1(etag), existing->id })
            && m_database.exec(query,
                               QStringLiteral("UPDATE plan_documents SET content = ? "
                                              "WHERE plan_id = ?"),
                               { QString::fromLatin1(upload.pdf.toBase64()), existing->id });
    }
    return { stored ? Outcome::Updated : Outcome::Failed, existing->id };
}

PlanStore::Written PlanStore::withdraw(const QString &clientId, const QString &externalId)
{
    std::optional<PlanRecord> existing;
    if (!findByExternalId(clientId, externalId, &existing))
        return {};
    if (!existing)
        return { Outcome::NotFound, {} };
    QSqlQuery query;
    // Both explicitly: SQLite enforces ON DELETE CASCADE only with foreign keys switched on.
    const bool removed
        = m_database.exec(query, QStringLiteral("DELETE FROM plan_documents WHERE plan_id = ?"),
                          { existing->id })
        && m_database.exec(query, QStringLiteral("DELETE FROM plans WHERE id = ?"),
                           { existing->id });
    return { removed ? Outcome::Updated : Outcome::Failed, existing->id };
}

bool PlanStore::list(const QString &clientId, bool approvalPendingOnly,
                     QList<PlanRecord> *plans) const
{
    plans->clear();
    QString sql
        = QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM plans WHERE client_id = ?");
    if (approvalPendingOnly)
        sql += QStringLiteral(" AND approval_requested = 1 AND approved_at IS NULL");
    sql += QStringLiteral(" ORDER BY plan_date DESC, published_at DESC, id DESC");
    QSqlQuery query;
    if (!m_database.exec(query, sql, { clientId }))
        return false;
    while (query.next())
        plans->append(readPlan(query));
    return true;
}

bool PlanStore::find(const QString &clientId, const QString &planId,
                     std::optional<PlanRecord> *plan) const
{
    plan->reset();
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("SELECT ") + Columns
                             + QStringLiteral(" FROM plans WHERE client_id = ? AND id = ?"),
                         { clientId, planId }))
        return false;
    if (query.next())
        *plan = readPlan(query);
    return true;
}

bool PlanStore::findByExternalId(const QString &clientId, const QString &externalId,
                                 std::optional<PlanRecord> *plan) const
{
    plan->reset();
    QSqlQuery query;
    if (!m_database.exec(
            query,
            QStringLiteral("SELECT ") + Columns
                + QStringLiteral(" FROM plans WHERE client_id = ? AND external_id = ?"),
            { clientId, externalId }))
        return false;
    if (query.next())
        *plan = readPlan(query);
    return true;
}

QByteArray PlanStore::pdf(const QString &planId) const
{
    QSqlQuery query;
    if (!m_database.exec(query,
                         QStringLiteral("SELECT content FROM plan_documents WHERE plan_id = ?"),
                         { planId })
        || !query.next())
        return {};
    return QByteArray::fromBase64(query.value(0).toString().toLatin1());
}

bool PlanStore::approve(const QString &planId, const Person &person, Role role)
{
    QSqlQuery query;
    // "approved_at IS NULL" in the statement itself: a plan is approved once, whatever runs
    // at the same time.
    return m_database.exec(
               query,
               QStringLiteral("UPDATE plans SET approved_at = ?, "
                              "approved_by_person_id = ?, approved_by_name = ?, "
                              "approved_by_role = ? WHERE id = ? AND "
                              "approval_requested = 1 AND approved_at IS NULL"),
               { toDbTime(m_clock.now()), person.id, person.name(), roleName(role), planId })
        && query.numRowsAffected() == 1;
}

} // namespace Portiek::Server
