#include "server/reports/reportimportroutes.h"

#include "server/app/servercontext.h"
#include "server/http/problem.h"
#include "server/import/importroutes.h"
#include "server/logging.h"
#include "server/reports/reportstore.h"
#include "server/signin/apijson.h"
#include "server/storage/database.h"
#include "server/storage/transaction.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <memory>

namespace Portiek::Server {

namespace {

using Status = ReportStore::ImportOutcome::Status;

bool isJson(const Request &request)
{
    const QByteArray type = request.header("Content-Type").split(';').first().trimmed().toLower();
    return type == "application/json";
}

Response importReport(ReportStore &store, Database &database, const Request &request,
                      const ImportCall &call)
{
    const QString clientId = request.pathParameter(QStringLiteral("clientId"));
    const QString externalId = request.pathParameter(QStringLiteral("externalId"));
    if (!ReportImport::isId(externalId))
        return Problem::make(400, QStringLiteral("parameter_invalid"),
                             QStringLiteral("externalId must be 1 to 64 of A-Z a-z 0-9 . _ ~ -."));
    if (!isJson(request))
        return Problem::make(415, QStringLiteral("unsupported_media_type"),
                             QStringLiteral("Send the report as application/json."));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Problem::badRequest(QStringLiteral("The body must be one JSON object."));

    // The store checks every field before it writes; the stamp and the log entry join its
    // transaction, so the import is applied whole or not at all.
    Transaction transaction(database);
    if (!transaction.isActive())
        return Problem::internalError();
    const ReportStore::ImportOutcome outcome
        = store.importReport(clientId, externalId, document.object());
    switch (outcome.status) {
    case Status::Invalid:
        return SignInProblems::validationFailed(outcome.errors);
    case Status::ClientUnknown:
        return Problem::notFound(QStringLiteral("No client has this id; import the client first."));
    case Status::Failed:
        return Problem::internalError();
    case Status::Created:
    case Status::Updated:
        break;
    }
    const bool created = outcome.status == Status::Created;
    if (!call.recordWrite(clientId, created ? AccessLog::Action::Create : AccessLog::Action::Update,
                          QStringLiteral("report"), outcome.reportId)
        || !transaction.commit())
        return Problem::internalError();

    Response response
        = Response::json(QJsonObject { { QStringLiteral("clientId"), clientId },
                                       { QStringLiteral("externalId"), externalId },
                                       { QStringLiteral("id"), outcome.reportId },
                                       { QStringLiteral("created"), created },
                                       { QStringLiteral("lastUpdatedAt"),
                                         ApiJson::time(call.stamps.lastUpdatedAt(clientId)) } },
                         created ? 201 : 200);
    if (created) {
        response.setHeader(QByteArrayLiteral("Location"),
                           QStringLiteral("/api/v1/clients/%1/reports/%2")
                               .arg(clientId, outcome.reportId)
                               .toUtf8());
    }
    return response;
}

Response withdrawReport(ReportStore &store, Database &database, const Request &request,
                        const ImportCall &call)
{
    const QString clientId = request.pathParameter(QStringLiteral("clientId"));
    const QString externalId = request.pathParameter(QStringLiteral("externalId"));
    Transaction transaction(database);
    if (!transaction.isActive())
        return Problem::internalError();
    QString reportId;
    switch (store.withdraw(clientId, externalId, &reportId)) {
    case ReportStore::WithdrawOutcome::NotFound:
        return Problem::notFound(QStringLiteral("This client has no report with this id."));
    case ReportStore::WithdrawOutcome::Failed:
        return Problem::internalError();
    case ReportStore::WithdrawOutcome::Withdrawn:
        break;
    }
    if (!call.recordWrite(clientId, AccessLog::Action::Delete, QStringLiteral("report"), reportId)
        || !transaction.commit())
        return Problem::internalError();
    qCInfo(lcServerImport).noquote()
        << "report" << externalId << "of client" << clientId << "withdrawn";
    return Response::noContent();
}

} // namespace

void registerReportImportRoutes(Router &router, const ServerContext &context)
{
    const auto store = std::make_shared<ReportStore>(context.database, context.clock);
    ImportRoutes imports(router, context);
    const QString path = QStringLiteral("/api/v1/import/clients/{clientId}/reports/{externalId}");
    imports.put(
        path,
        [store, &database = context.database](const Request &request, const ImportCall &call) {
            return importReport(*store, database, request, call);
        });
    imports.del(
        path,
        [store, &database = context.database](const Request &request, const ImportCall &call) {
            return withdrawReport(*store, database, request, call);
        });
}

} // namespace Portiek::Server
