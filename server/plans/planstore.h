#pragma once

#include "server/accounts/person.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Portiek::Server {

class Clock;
class Database;

// A plan printout (`Plan` in docs/openapi.yaml) without its PDF.
struct PlanRecord
{
    QString id; // "pln_…", chosen by the store
    QString clientId;
    QString externalId; // the dossier's
    QString title;
    QDate date;
    bool approvalRequested = false;
    QDateTime publishedAt; // when this PDF arrived
    qint64 sizeBytes = 0;
    std::optional<int> pageCount;
    QByteArray pdfETag; // strong ETag of the PDF's bytes

    QDateTime approvedAt; // null: not approved
    QString approvedByPersonId;
    QString approvedByName;
    Role approvedByRole = Role::Client;

    bool isApproved() const { return approvedAt.isValid(); }
    bool awaitsApproval() const { return approvalRequested && !isApproved(); }
};

// What the dossier sends for one plan.
struct PlanUpload
{
    QString title;
    QDate date;
    bool approvalRequested = false;
    QByteArray pdf;
    std::optional<int> pageCount;
};

// The `plans` and `plan_documents` tables. Writes expect the caller's transaction (the import
// stamps the client in the same one); reads are plain.
class PlanStore
{
public:
    enum class Outcome { Created, Updated, ApprovedPdfLocked, NotFound, Failed };
    struct Written
    {
        Outcome outcome = Outcome::Failed;
        QString id;
    };

    PlanStore(Database &database, const Clock &clock);

    // Upsert by (client, external id). The PDF of an approved plan cannot be replaced
    // (ApprovedPdfLocked; sending the same bytes again only updates the title and date). A new
    // PDF gets a new publishedAt.
    Written upsert(const QString &clientId, const QString &externalId, const PlanUpload &upload);
    // Removes the plan and its PDF (NotFound when there was none).
    Written withdraw(const QString &clientId, const QString &externalId);

    // Newest first by date, then by arrival. False when the database fails.
    bool list(const QString &clientId, bool approvalPendingOnly, QList<PlanRecord> *plans) const;
    // `*plan` stays empty when the client has no such plan. False when the database fails.
    bool find(const QString &clientId, const QString &planId,
              std::optional<PlanRecord> *plan) const;
    bool findByExternalId(const QString &clientId, const QString &externalId,
                          std::optional<PlanRecord> *plan) const;
    // The PDF's bytes; empty when the database fails or there is no such plan.
    QByteArray pdf(const QString &planId) const;

    // Records the approval unless one exists already; false when none was recorded (already
    // approved, or the database failed).
    bool approve(const QString &planId, const Person &person, Role role);

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace Portiek::Server
