#pragma once

#include "server/demo/demoreports.h"
#include "server/plans/planstore.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Portiek::Server {

// The demo's plan printouts, made as real multi-page PDFs by DemoPdf: this year's support plan
// (asking approval), last autumn's evaluation (approved, by the representative when there is
// one) and an older care plan that asks nothing.
struct DemoPlan
{
    QString externalId; // "DEMO-PLAN-100482-2026"
    PlanUpload upload;
    bool approveAsRepresentative = false;
};

QList<DemoPlan> demoPlans(const DemoClient &client, const QString &clientName,
                          const QDateTime &now);

} // namespace Portiek::Server
