#pragma once

#include "core/apierror.h"
#include "core/plan.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

class ApiReply;
class PortalApi;

// Fetches a plan's PDF (GET …/plans/{planId}/pdf) into memory, with progress. The bytes are not
// written to disk: the person decides with "Save as…" whether a copy stays on this computer.
class PlanDownload : public QObject
{
    Q_OBJECT

public:
    explicit PlanDownload(PortalApi *api, QObject *parent = nullptr);
    ~PlanDownload() override;

    // Starts over; an earlier download still under way is dropped.
    void start(const Plan &plan);
    void abort();
    bool isRunning() const { return !m_reply.isNull(); }

    // A plain sentence for the person; plan-specific where the portal's answer is.
    static QString userMessage(const ApiError &error);

signals:
    // `total` is -1 while unknown; the plan's sizeBytes stands in when the server gives none.
    void progress(qint64 received, qint64 total);
    void finished(const QByteArray &pdf);
    void failed(const ApiError &error);

private:
    PortalApi *m_api;
    QPointer<ApiReply> m_reply;
};
