#include "server/access/contactaccess.h"

#include "server/signin/apijson.h"

namespace Portiek::Server {

namespace {

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject contactRightsJson(const Rights &rights)
{
    QJsonObject json = rights.toJson();
    json.remove(QStringLiteral("manageAccess"));
    return json;
}

QJsonObject ContactAccess::toJson(const QString &invitedByPhotoUrl) const
{
    QJsonValue invitedBy = QJsonValue::Null;
    if (!invitedById.isEmpty()) {
        invitedBy = QJsonObject {
            { QStringLiteral("id"), invitedById },
            { QStringLiteral("name"), invitedByName },
            { QStringLiteral("role"), roleName(invitedByRole.value_or(Role::Representative)) },
            { QStringLiteral("photoUrl"), nullable(invitedByPhotoUrl) },
        };
    }
    return {
        { QStringLiteral("personId"), person.id },
        { QStringLiteral("name"), person.name() },
        { QStringLiteral("relation"), relation },
        { QStringLiteral("email"), person.email },
        { QStringLiteral("mobile"), person.mobile },
        { QStringLiteral("status"),
          isActive() ? QStringLiteral("active") : QStringLiteral("invited") },
        { QStringLiteral("rights"), contactRightsJson(rights) },
        { QStringLiteral("invitedAt"), ApiJson::time(invitedAt) },
        { QStringLiteral("invitedBy"), invitedBy },
        { QStringLiteral("lastSignInAt"), ApiJson::time(lastSignInAt) },
    };
}

QString ContactAccess::path() const
{
    return QStringLiteral("/api/v1/clients/%1/access/contacts/%2").arg(clientId, person.id);
}

} // namespace Portiek::Server
