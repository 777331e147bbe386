#include "server/reports/reportroutes.h"

#include "server/app/servercontext.h"
#include "server/dossier/clientroutes.h"
#include "server/dossier/idempotency.h"
#include "server/http/etag.h"
#include "server/http/problem.h"
#include "server/me/pagecursor.h"
#include "server/reports/reportimportroutes.h"
#include "server/reports/reportstore.h"
#include "server/reports/textfold.h"
#include "server/signin/signinproblems.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <memory>

namespace Portiek::Server {

namespace {

constexpr int QueryMaxLength = 200;
constexpr int IdMaxLength = 64;

// The filters and page of listReports; nullopt with `*problem` set when one is not valid.
std::optional<ReportStore::Query> readQuery(const Request &request, Response *problem)
{
    const QUrlQuery url = request.query();
    const auto value = [&url](const char *name) {
        return url.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    ReportStore::Query query;
    if (!ListQuery::readLimit(request, &query.limit, problem))
        return std::nullopt;
    if (url.hasQueryItem(QStringLiteral("cursor"))) {
        query.after = ReportCursor::decode(value("cursor"));
        if (!query.after) {
            *problem = ListQuery::cursorInvalid();
            return std::nullopt;
        }
    }
    if (!ListQuery::readPeriod(request, &query.from, &query.to, problem))
        return std::nullopt;
    query.authorId = value("author");
    if (query.authorId.size() > IdMaxLength) {
        *problem = ListQuery::parameterInvalid(QStringLiteral("author is not an author id."));
        return std::nullopt;
    }
    const QString words = value("q");
    if (words.size() > QueryMaxLength) {
        *problem = ListQuery::parameterInvalid(
            QStringLiteral("q may be at most %1 characters.").arg(QueryMaxLength));
        return std::nullopt;
    }
    query.words = TextFold::words(words);
    return query;
}

Response listReports(const ReportStore &store, const Request &request, const ClientCall &call)
{
    Response problem;
    const std::optional<ReportStore::Query> query = readQuery(request, &problem);
    if (!query)
        return problem;
    const std::optional<ReportStore::Page> page = store.list(call.clientId(), *query);
    if (!page || !call.log(AccessLog::Action::Read, QStringLiteral("reports")))
        return Problem::internalError();
    QJsonArray items;
    for (const Report &report : page->items)
        items.append(report.toJson());
    return conditionalGet(
        request,
        Response::personalJson(
            { { QStringLiteral("items"), items },
              { QStringLiteral("nextCursor"),
                page->next ? QJsonValue(page->next->encode()) : QJsonValue(QJsonValue::Null) } }));
}

Response getReport(const ReportStore &store, const Request &request, const ClientCall &call)
{
    const QString reportId = request.pathParameter(QStringLiteral("reportId"));
    bool failed = false;
    const std::optional<Report> report = store.find(call.clientId(), reportId, &failed);
    if (failed)
        return Problem::internalError();
    if (!report)
        return Problem::notFound(QStringLiteral("This client has no such report."));
    if (!call.log(AccessLog::Action::Read, QStringLiteral("report"), report->id))
        return Problem::internalError();
    return conditionalGet(request, Response::personalJson(report->toJson()));
}

Response listAuthors(const ReportStore &store, const Request &request, const ClientCall &call)
{
    Response problem;
    const std::optional<PageRequest> page = PageRequest::read(request, &problem);
    if (!page)
        return problem;
    const std::optional<QList<ReportAuthor>> authors = store.authors(call.clientId());
    if (!authors || !call.log(AccessLog::Action::Read, QStringLiteral("reports")))
        return Problem::internalError();
    QJsonArray all;
    for (const ReportAuthor &author : *authors)
        all.append(author.toJson());
    return conditionalGet(request, Response::personalJson(page->page(all)));
}

// The body of createReport: the checked text, or the answer that refuses it.
std::optional<QString> readReportText(const Request &request, Response *problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = Problem::badRequest(QStringLiteral("The body must be one JSON object."));
        return std::nullopt;
    }
    const QJsonValue value = document.object().value(QStringLiteral("text"));
    const QString field = QStringLiteral("text");
    if (!value.isUndefined() && !value.isNull() && !value.isString()) {
        *problem
            = SignInProblems::validationFailed({ { field, QStringLiteral("invalid_format") } });
        return std::nullopt;
    }
    const QString text = ReportImport::plainText(value.toString());
    if (text.isEmpty()) {
        *problem = SignInProblems::validationFailed({ { field, QStringLiteral("required") } });
        return std::nullopt;
    }
    // Characters, not UTF-16 units: an emoji counts once, as the person sees it.
    if (text.toUcs4().size() > ReportStore::TextMaxLength) {
        *problem = SignInProblems::validationFailed({ { field, QStringLiteral("too_long") } });
        return std::nullopt;
    }
    return text;
}

Response createReport(ReportStore &store, Database &database, const Clock &clock,
                      const Request &request, const ClientCall &call)
{
    return Idempotency(database, clock).run(request, call.who.person.id, [&]() -> Response {
        Response problem;
        const std::optional<QString> text = readReportText(request, &problem);
        if (!text)
            return problem;
        const std::optional<Report> report
            = store.createPortalReport(call.clientId(), call.who.person, call.link.myRole, *text);
        // Inside Idempotency's transaction: without its log entry the report is not kept.
        if (!report || !call.log(AccessLog::Action::Create, QStringLiteral("report"), report->id))
            return Problem::internalError();
        Response response = Response::personalJson(report->toJson(), 201);
        response.setHeader(QByteArrayLiteral("Location"), report->path().toUtf8());
        // The same tag a GET of the new report answers with.
        response.setHeader(QByteArrayLiteral("ETag"), strongETag(response.body()));
        return response;
    });
}

} // namespace

void registerReportRoutes(Router &router, const ServerContext &context)
{
    const auto store = std::make_shared<ReportStore>(context.database, context.clock);
    ClientRoutes routes(router, context);
    const QString reports = QStringLiteral("/api/v1/clients/{clientId}/reports");

    routes.get(reports, { &Rights::reportsRead },
               [store](const Request &request, const ClientCall &call) {
                   return listReports(*store, request, call);
               });
    routes.post(reports, { &Rights::reportsWrite },
                [store, &database = context.database,
                 &clock = context.clock](const Request &request, const ClientCall &call) {
                    return createReport(*store, database, clock, request, call);
                });
    routes.get(reports + QStringLiteral("/{reportId}"), { &Rights::reportsRead },
               [store](const Request &request, const ClientCall &call) {
                   return getReport(*store, request, call);
               });
    routes.get(QStringLiteral("/api/v1/clients/{clientId}/report-authors"),
               { &Rights::reportsRead }, [store](const Request &request, const ClientCall &call) {
                   return listAuthors(*store, request, call);
               });

    registerReportImportRoutes(router, context);
}

} // namespace Portiek::Server
