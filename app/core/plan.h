#pragma once

#include "core/clientsummary.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// One support-plan printout (docs/openapi.yaml, Plan): its metadata, where the PDF is, and
// whether approval is asked, given (by whom, when) and possible for the signed-in person.
struct Plan
{
    struct Approval
    {
        QDateTime approvedAt;
        QString approverId;
        QString approverName;
        ClientSummary::Role approverRole = ClientSummary::Role::Client;
    };

    QString id;
    QString title;
    QDate date; // the date of the printout, as the dossier gives it
    QDateTime publishedAt;
    QString pdfUrl; // server-relative
    qint64 sizeBytes = 0;
    int pageCount = 0; // 0 when the server does not know
    bool approvalRequested = false;
    bool approved = false; // `approval` holds who and when
    Approval approval;
    bool canApprove = false;

    // "Ondersteuningsplan 2026 - 2026-03-09.pdf", safe as a file name on every platform.
    QString suggestedFileName() const;

    static bool fromJson(const QJsonObject &json, Plan *plan, QString *error);
    // One page of the list: its items and the cursor of the next page (empty on the last).
    static bool pageFromJson(const QJsonObject &json, QList<Plan> *plans, QString *nextCursor,
                             QString *error);
};

Q_DECLARE_METATYPE(Plan)
