#include "server/profile/profileroutes.h"

#include "server/app/servercontext.h"
#include "server/dossier/clientroutes.h"
#include "server/http/etag.h"
#include "server/http/problem.h"
#include "server/import/importroutes.h"
#include "server/profile/profilestore.h"
#include "server/signin/apijson.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <memory>

namespace Portiek::Server {

namespace {

Response importProfile(ProfileStore &profiles, const Request &request)
{
    const QString clientId = request.pathParameter(QStringLiteral("clientId"));
    if (!ProfileStore::isValidId(clientId)) {
        return Problem::make(
            400, QStringLiteral("parameter_invalid"),
            QStringLiteral("The client id must be 1 to 64 of A-Z a-z 0-9 . _ ~ -."));
    }
    const QByteArray mediaType
        = request.header("Content-Type").split(';').value(0).trimmed().toLower();
    if (!mediaType.isEmpty() && mediaType != "application/json") {
        return Problem::make(415, QStringLiteral("unsupported_media_type"),
                             QStringLiteral("Send the profile as application/json."));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Problem::badRequest(QStringLiteral("The body must be one JSON object."));

    const ProfileStore::ImportOutcome outcome = profiles.importProfile(clientId, document.object());
    switch (outcome.result) {
    case ProfileStore::ImportResult::Invalid:
        return SignInProblems::validationFailed(outcome.errors);
    case ProfileStore::ImportResult::Failed:
        return Problem::internalError();
    case ProfileStore::ImportResult::Created:
    case ProfileStore::ImportResult::Updated:
        break;
    }
    const bool created = outcome.result == ProfileStore::ImportResult::Created;
    Response response = ApiJson::privateJson(
        { { QStringLiteral("clientId"), clientId },
          { QStringLiteral("externalId"), QJsonValue(QJsonValue::Null) },
          { QStringLiteral("id"), clientId },
          { QStringLiteral("created"), created },
          { QStringLiteral("lastUpdatedAt"), ApiJson::time(outcome.lastUpdatedAt) } },
        created ? 201 : 200);
    if (created) {
        response.setHeader(QByteArrayLiteral("Location"),
                           QStringLiteral("/api/v1/clients/%1/profile").arg(clientId).toUtf8());
    }
    return response;
}

} // namespace

void registerProfileRoutes(Router &router, const ServerContext &context)
{
    const auto profiles = std::make_shared<ProfileStore>(context);

    ClientRoutes routes(router, context);
    routes.get(QStringLiteral("/api/v1/clients/{clientId}/profile"), { &Rights::profile },
               [profiles](const Request &request, const ClientCall &call) {
                   const std::optional<ClientProfile> profile = profiles->find(call.clientId());
                   if (!profile)
                       return Problem::notFound(QStringLiteral("The dossier sent no profile yet."));
                   if (!call.log(AccessLog::Action::Read, QStringLiteral("profile")))
                       return Problem::internalError();
                   return conditionalGet(request, Response::personalJson(profile->toJson()));
               });

    ImportRoutes imports(router, context);
    imports.put(QStringLiteral("/api/v1/import/clients/{clientId}"),
                [profiles](const Request &request, const ImportCall &) {
                    return importProfile(*profiles, request);
                });
}

} // namespace Portiek::Server
