#include "server/measurements/measurementroutes.h"

#include "server/app/servercontext.h"
#include "server/core/clock.h"
#include "server/dossier/clientroutes.h"
#include "server/dossier/idempotency.h"
#include "server/http/etag.h"
#include "server/http/problem.h"
#include "server/me/pagecursor.h"
#include "server/measurements/measurementinput.h"
#include "server/measurements/measurementstore.h"
#include "server/photos/photostore.h"
#include "server/reports/reportimport.h"
#include "server/storage/transaction.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

#include <memory>

namespace Portiek::Server {

namespace {

const QString TypesPath = QStringLiteral("/api/v1/clients/{clientId}/measurement-types");
const QString ListPath = QStringLiteral("/api/v1/clients/{clientId}/measurements");
const QString OnePath = ListPath + QStringLiteral("/{measurementId}");

QJsonObject typeJson(const MeasurementType &type)
{
    QJsonArray components;
    for (const MeasurementComponent &component : type.components) {
        components.append(QJsonObject { { QStringLiteral("code"), component.code },
                                        { QStringLiteral("name"), component.name },
                                        { QStringLiteral("min"), component.min },
                                        { QStringLiteral("max"), component.max },
                                        { QStringLiteral("decimals"), component.decimals } });
    }
    return { { QStringLiteral("code"), type.code },
             { QStringLiteral("name"), type.name },
             { QStringLiteral("unit"), type.unit },
             { QStringLiteral("components"), components } };
}

class MeasurementHandlers
{
public:
    explicit MeasurementHandlers(ServerContext &context)
        : m_context(context)
        , m_store(context.database, context.clock)
        , m_photos(context)
    { }

    Response types(const Request &request) const
    {
        Response problem;
        const std::optional<PageRequest> page = PageRequest::read(request, &problem);
        if (!page)
            return problem;
        QJsonArray all;
        for (const MeasurementType &type : types())
            all.append(typeJson(type));
        return conditionalGet(request, Response::personalJson(page->page(all)));
    }

    Response list(const Request &request, const ClientCall &call) const
    {
        Response problem;
        const std::optional<MeasurementStore::Query> query = readQuery(request, &problem);
        if (!query)
            return problem;
        const std::optional<MeasurementStore::Page> page = m_store.list(call.clientId(), *query);
        if (!page || !call.log(AccessLog::Action::Read, QStringLiteral("measurements")))
            return Problem::internalError();
        QJsonArray items;
        for (const MeasurementRecord &measurement : page->items)
            items.append(measurement.toJson(call.who.person.id, call.link, m_photos));
        return conditionalGet(
            request,
            Response::personalJson({ { QStringLiteral("items"), items },
                                     { QStringLiteral("nextCursor"),
                                       page->next ? QJsonValue(page->next->encode())
                                                  : QJsonValue(QJsonValue::Null) } }));
    }

    Response get(const Request &request, const ClientCall &call) const
    {
        Response problem;
        const std::optional<MeasurementRecord> measurement = find(request, call, &problem);
        if (!measurement)
            return problem;
        if (!call.log(AccessLog::Action::Read, QStringLiteral("measurement"), measurement->id))
            return Problem::internalError();
        return conditionalGet(
            request,
            Response::personalJson(measurement->toJson(call.who.person.id, call.link, m_photos)));
    }

    Response create(const Request &request, const ClientCall &call)
    {
        return Idempotency(m_context.database, m_context.clock)
            .run(request, call.who.person.id, [&]() -> Response {
                Response problem;
                const std::optional<NewMeasurement> input = MeasurementInput::read(
                    request.body(), types(), m_context.clock.now(), &problem);
                if (!input)
                    return problem;
                const std::optional<MeasurementRecord> created = m_store.create(
                    call.clientId(), *input, PersonRef::of(call.who.person, call.link.myRole));
                // Inside Idempotency's transaction: without its log entry nothing is kept.
                if (!created
                    || !call.log(AccessLog::Action::Create, QStringLiteral("measurement"),
                                 created->id))
                    return Problem::internalError();
                Response response = Response::personalJson(
                    created->toJson(call.who.person.id, call.link, m_photos), 201);
                response.setHeader(QByteArrayLiteral("Location"), created->path().toUtf8());
                response.setHeader(QByteArrayLiteral("ETag"), strongETag(response.body()));
                return response;
            });
    }

    Response remove(const Request &request, const ClientCall &call)
    {
        Response problem;
        const std::optional<MeasurementRecord> measurement = find(request, call, &problem);
        if (!measurement)
            return problem;
        if (!measurement->canDelete(call.who.person.id, call.link)) {
            return Problem::make(403, QStringLiteral("not_author"),
                                 QStringLiteral("Only the person who entered this measurement, "
                                                "the client or a representative may delete it."));
        }
        Transaction transaction(m_context.database);
        if (!m_store.remove(measurement->id)
            || !call.log(AccessLog::Action::Delete, QStringLiteral("measurement"), measurement->id)
            || !transaction.commit())
            return Problem::internalError();
        return Response::noContent();
    }

private:
    // Every client gets the organisation's whole list (no per-client limits yet).
    const QList<MeasurementType> &types() const { return m_context.config.config.measurementTypes; }

    std::optional<MeasurementStore::Query> readQuery(const Request &request,
                                                     Response *problem) const
    {
        const QUrlQuery url = request.query();
        const auto value = [&url](const char *name) {
            return url.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
        };
        MeasurementStore::Query query;
        static const QRegularExpression code(QStringLiteral("^[a-z][A-Za-z0-9]{0,39}$"));
        query.typeCode = value("type");
        if (!code.match(query.typeCode).hasMatch()) {
            *problem = ListQuery::parameterInvalid(
                QStringLiteral("type must be a measurement type's code."));
            return std::nullopt;
        }
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
        if (!MeasurementInput::findType(types(), query.typeCode)) {
            *problem = Problem::make(404, QStringLiteral("measurement_type_not_found"),
                                     QStringLiteral("This portal has no such measurement type."));
            return std::nullopt;
        }
        return query;
    }

    std::optional<MeasurementRecord> find(const Request &request, const ClientCall &call,
                                          Response *problem) const
    {
        bool failed = false;
        std::optional<MeasurementRecord> measurement = m_store.find(
            call.clientId(), request.pathParameter(QStringLiteral("measurementId")), &failed);
        if (failed)
            *problem = Problem::internalError();
        else if (!measurement)
            *problem = Problem::notFound(QStringLiteral("This client has no such measurement."));
        return measurement;
    }

    ServerContext &m_context;
    MeasurementStore m_store;
    PhotoStore m_photos;
};

} // namespace

void registerMeasurementRoutes(Router &router, ServerContext &context)
{
    const auto handlers = std::make_shared<MeasurementHandlers>(context);
    ClientRoutes routes(router, context);
    routes.get(TypesPath, { &Rights::measurements },
               [handlers](const Request &request, const ClientCall &) {
                   return handlers->types(request);
               });
    routes.get(ListPath, { &Rights::measurements },
               [handlers](const Request &request, const ClientCall &call) {
                   return handlers->list(request, call);
               });
    routes.post(ListPath, { &Rights::measurements },
                [handlers](const Request &request, const ClientCall &call) {
                    return handlers->create(request, call);
                });
    routes.get(OnePath, { &Rights::measurements },
               [handlers](const Request &request, const ClientCall &call) {
                   return handlers->get(request, call);
               });
    routes.del(OnePath, { &Rights::measurements },
               [handlers](const Request &request, const ClientCall &call) {
                   return handlers->remove(request, call);
               });
}

} // namespace Portiek::Server
