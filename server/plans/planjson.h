#pragma once

#include "server/accounts/person.h"
#include "server/plans/planstore.h"

#include <QByteArray>
#include <QJsonObject>

namespace Portiek::Server::PlanJson {

// `Plan` of docs/openapi.yaml as `link` (the person asking) sees it: `canApprove` is true only
// for a plan that asks approval, has none yet, and a person with the rights of approvePlan.
// `approverPhotoUrl`: PhotoStore::personUrl() of the approver (empty: none).
QJsonObject plan(const PlanRecord &plan, const ClientLink &link,
                 const QString &approverPhotoUrl = {});

// "/api/v1/clients/100482/plans/pln_…" (and "…/pdf").
QString path(const PlanRecord &plan);

// `Content-Disposition` for saving the PDF (RFC 6266): "Title - 2026-03-09.pdf", as plain
// ASCII in `filename` and as UTF-8 in `filename*`. Characters that mean something to a file
// system or a header (/ \ : * ? " < > | and control characters) become '-' in both, so a
// title from the dossier can never name a path.
QByteArray contentDisposition(const QString &title, const QDate &date);

} // namespace Portiek::Server::PlanJson
