#pragma once

#include "server/accounts/rights.h"
#include "server/http/request.h"
#include "server/http/response.h"

#include <QString>

#include <optional>

namespace Portiek::Server {

// A checked `ContactInvite` body: names trimmed, the mobile number in E.164.
struct ContactInvite
{
    QString givenName;
    QString familyNamePrefix; // empty when none
    QString familyName;
    QString relation;
    QString email;
    QString mobile;
    Rights rights;
};

// The request bodies of inviteContact and setContactRights, checked whole before anything is
// written: 400 `malformed_request` for a body that is not one JSON object, 422
// `validation_failed` with every field error (`name.givenName` `required`,
// `rights.reportsWrite` `requires_other_right` …) otherwise. Nothing is granted by default: all
// nine rights must be present.
namespace ContactInput {

inline constexpr int RelationMaxLength = 60;

std::optional<ContactInvite> readInvite(const Request &request, Response *problem);
std::optional<Rights> readRights(const Request &request, Response *problem);

} // namespace ContactInput

} // namespace Portiek::Server
