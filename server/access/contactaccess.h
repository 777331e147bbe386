#pragma once

#include "server/accounts/person.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Portiek::Server {

// One contact person's access to one client: `ContactAccess` in docs/openapi.yaml. Only
// contact persons have one; the client and their representatives always have every right.
struct ContactAccess
{
    QString clientId;
    Person person; // id, name, e-mail and mobile are filled in
    QString relation;
    Rights rights; // manageAccess is never set for a contact
    QDateTime invitedAt;
    // Who invited them, as they were then; empty when the organisation linked the contact.
    QString invitedById;
    QString invitedByName;
    std::optional<Role> invitedByRole;
    QDateTime lastSignInAt; // null: never signed in
    QDateTime lastSentAt; // the last invitation e-mail; null when the portal sent none

    // `invited` until the person first signs in.
    bool isActive() const { return lastSignInAt.isValid(); }
    // `invitedByPhotoUrl`: the inviter's photo path, or empty for none.
    QJsonObject toJson(const QString &invitedByPhotoUrl) const;
    QString path() const;
};

// `ContactRights`: `Rights` without manageAccess.
QJsonObject contactRightsJson(const Rights &rights);

} // namespace Portiek::Server
