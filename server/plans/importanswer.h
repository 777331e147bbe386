#pragma once

#include "server/http/response.h"

#include <QString>

namespace Portiek::Server {

class SyncStamps;

// What the plan and appointment imports answer alike (docs/openapi.yaml, ImportCreated and
// ImportUpdated).
namespace ImportAnswer {

// An `Id` of the contract: 1–64 of A–Z a–z 0–9 . _ ~ -.
bool isValidId(const QString &id);
// 400 parameter_invalid naming the path parameter.
Response badId(const QString &parameter);

// `ImportResult`: 201 with `location` when created, else 200.
Response result(bool created, const QString &clientId, const QString &externalId, const QString &id,
                const QString &location, const SyncStamps &stamps);

} // namespace ImportAnswer

} // namespace Portiek::Server
