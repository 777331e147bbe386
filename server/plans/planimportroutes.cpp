#include "server/accounts/accountstore.h"
#include "server/app/servercontext.h"
#include "server/http/multipart.h"
#include "server/http/problem.h"
#include "server/import/importroutes.h"
#include "server/logging.h"
#include "server/plans/importanswer.h"
#include "server/plans/pdfcheck.h"
#include "server/plans/planjson.h"
#include "server/plans/planroutes.h"
#include "server/plans/planstore.h"
#include "server/signin/signinproblems.h"
#include "server/storage/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Portiek::Server {

namespace {

const QString ImportPlanPath
    = QStringLiteral("/api/v1/import/clients/{clientId}/plans/{externalId}");

constexpr qint64 MaxPdfBytes = 25 * 1024 * 1024;
// The multipart framing and the metadata part on top of the PDF.
constexpr qint64 MaxImportBodyBytes = MaxPdfBytes + 1024 * 1024;
constexpr int MaxTitleLength = 200;

using SignInProblems::FieldError;

// `ImportPlanMetadata`, every field checked; field errors are named "metadata.<field>".
std::optional<PlanUpload> readMetadata(const QByteArray &json, Response *problem)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = Problem::badRequest(QStringLiteral("The metadata part must be a JSON object."));
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    QList<FieldError> errors;
    PlanUpload upload;

    const QJsonValue title = object.value(QStringLiteral("title"));
    if (title.isUndefined() || title.isNull())
        errors.append({ QStringLiteral("metadata.title"), QStringLiteral("required") });
    else if (!title.isString())
        errors.append({ QStringLiteral("metadata.title"), QStringLiteral("invalid_format") });
    else if (title.toString().trimmed().isEmpty())
        errors.append({ QStringLiteral("metadata.title"), QStringLiteral("too_short") });
    else if (title.toString().size() > MaxTitleLength)
        errors.append({ QStringLiteral("metadata.title"), QStringLiteral("too_long") });
    else
        upload.title = title.toString().trimmed();

    const QJsonValue date = object.value(QStringLiteral("date"));
    upload.date = QDate::fromString(date.toString(), QStringLiteral("yyyy-MM-dd"));
    if (date.isUndefined() || date.isNull())
        errors.append({ QStringLiteral("metadata.date"), QStringLiteral("required") });
    else if (!date.isString() || !upload.date.isValid())
        errors.append({ QStringLiteral("metadata.date"), QStringLiteral("invalid_format") });

    const QJsonValue requested = object.value(QStringLiteral("approvalRequested"));
    if (requested.isUndefined() || requested.isNull())
        errors.append({ QStringLiteral("metadata.approvalRequested"), QStringLiteral("required") });
    else if (!requested.isBool())
        errors.append(
            { QStringLiteral("metadata.approvalRequested"), QStringLiteral("invalid_format") });
    upload.approvalRequested = requested.toBool();

    if (!errors.isEmpty()) {
        *problem = SignInProblems::validationFailed(errors);
        return std::nullopt;
    }
    return upload;
}

// The whole request read and checked before anything is written.
std::optional<PlanUpload> readUpload(const Request &request, Response *problem)
{
    const QByteArray contentType = request.header("Content-Type");
    if (!Multipart::isFormData(contentType)) {
        *problem = Problem::make(415, QStringLiteral("unsupported_media_type"),
                                 QStringLiteral("Send multipart/form-data with the parts "
                                                "metadata and file."));
        return std::nullopt;
    }
    QString error;
    const std::optional<QByteArray> boundary = Multipart::boundaryOf(contentType, &error);
    const std::optional<QList<Multipart::Part>> parts
        = boundary ? Multipart::parse(request.body(), *boundary, &error) : std::nullopt;
    if (!parts) {
        *problem = Problem::badRequest(error);
        return std::nullopt;
    }
    const Multipart::Part *metadata = nullptr;
    const Multipart::Part *file = nullptr;
    for (const Multipart::Part &part : *parts) {
        if (part.name == "metadata")
            metadata = &part;
        else if (part.name == "file")
            file = &part; // other parts are ignored, like unknown JSON properties
    }
    QList<FieldError> missing;
    if (!metadata)
        missing.append({ QStringLiteral("metadata"), QStringLiteral("required") });
    if (!file || file->body.isEmpty())
        missing.append({ QStringLiteral("file"), QStringLiteral("required") });
    if (!missing.isEmpty()) {
        *problem = SignInProblems::validationFailed(missing);
        return std::nullopt;
    }
    std::optional<PlanUpload> upload = readMetadata(metadata->body, problem);
    if (!upload)
        return std::nullopt;
    if (file->body.size() > MaxPdfBytes) {
        *problem = Problem::payloadTooLarge(MaxPdfBytes);
        return std::nullopt;
    }
    const PdfCheck check = PdfCheck::inspect(file->body);
    if (!check.valid) {
        *problem = Problem::make(422, QStringLiteral("pdf_invalid"), check.problem);
        return std::nullopt;
    }
    upload->pdf = file->body;
    upload->pageCount = check.pageCount;
    return upload;
}

class PlanImportHandlers
{
public:
    explicit PlanImportHandlers(ServerContext &context)
        : m_context(context)
        , m_store(context.database, context.clock)
    { }

    Response put(const Request &request, const ImportCall &call)
    {
        const QString clientId = request.pathParameter(QStringLiteral("clientId"));
        const QString externalId = request.pathParameter(QStringLiteral("externalId"));
        if (!ImportAnswer::isValidId(externalId))
            return ImportAnswer::badId(QStringLiteral("externalId"));
        Response problem;
        const std::optional<PlanUpload> upload = readUpload(request, &problem);
        if (!upload)
            return problem;
        if (!m_context.accounts.findClient(clientId))
            return Problem::notFound(QStringLiteral("There is no client with this id."));

        Transaction transaction(m_context.database);
        const PlanStore::Written written = m_store.upsert(clientId, externalId, *upload);
        if (written.outcome == PlanStore::Outcome::ApprovedPdfLocked) {
            return Problem::make(409, QStringLiteral("plan_already_approved"),
                                 QStringLiteral("This plan was approved; its PDF cannot be "
                                                "replaced. Publish a new plan instead."));
        }
        const bool created = written.outcome == PlanStore::Outcome::Created;
        if ((!created && written.outcome != PlanStore::Outcome::Updated)
            || !call.recordWrite(clientId,
                                 created ? AccessLog::Action::Create : AccessLog::Action::Update,
                                 QStringLiteral("plan"), written.id)
            || !transaction.commit())
            return Problem::internalError();
        qCInfo(lcServerImport).noquote()
            << "import: plan" << (created ? "created" : "updated") << written.id;
        return ImportAnswer::result(
            created, clientId, externalId, written.id,
            QStringLiteral("/api/v1/clients/%1/plans/%2").arg(clientId, written.id), call.stamps);
    }

    Response del(const Request &request, const ImportCall &call)
    {
        const QString clientId = request.pathParameter(QStringLiteral("clientId"));
        const QString externalId = request.pathParameter(QStringLiteral("externalId"));
        if (!m_context.accounts.findClient(clientId))
            return Problem::notFound(QStringLiteral("There is no client with this id."));
        Transaction transaction(m_context.database);
        const PlanStore::Written written = m_store.withdraw(clientId, externalId);
        if (written.outcome == PlanStore::Outcome::NotFound)
            return Problem::notFound(QStringLiteral("This client has no plan with this id."));
        if (written.outcome != PlanStore::Outcome::Updated
            || !call.recordWrite(clientId, AccessLog::Action::Delete, QStringLiteral("plan"),
                                 written.id)
            || !transaction.commit())
            return Problem::internalError();
        return Response::noContent();
    }

private:
    ServerContext &m_context;
    PlanStore m_store;
};

} // namespace

void registerPlanImportRoutes(Router &router, ServerContext &context)
{
    const auto handlers = std::make_shared<PlanImportHandlers>(context);
    ImportRoutes imports(router, context);
    imports.put(ImportPlanPath, [handlers](const Request &request, const ImportCall &call) {
        return handlers->put(request, call);
    });
    imports.del(ImportPlanPath, [handlers](const Request &request, const ImportCall &call) {
        return handlers->del(request, call);
    });
    router.setMaxBodyBytes(QByteArrayLiteral("PUT"), ImportPlanPath, MaxImportBodyBytes);
}

} // namespace Portiek::Server
