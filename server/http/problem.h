#pragma once

#include "server/http/response.h"

#include <QString>

namespace Portiek::Server {

// Errors as `application/problem+json` (RFC 9457). `code` is a stable snake_case word that the
// client maps to a translated sentence; `title` and `detail` are English, for developers and
// logs, and never carry internals (no stack traces, no SQL, no file paths).
namespace Problem {

inline constexpr char MediaType[] = "application/problem+json";

// The general form, for codes of later modules ("invalid_credentials", "login_code_expired" …).
// `type` is "urn:portiek:problem:<code>" (docs/openapi.yaml); `title` is the status's reason
// phrase, the same for every occurrence of a code.
Response make(int status, const QString &code, const QString &detail = {});

Response badRequest(const QString &detail);
Response notFound(const QString &detail = {});
Response methodNotAllowed(const QByteArray &method, const QList<QByteArray> &allowedMethods);
Response payloadTooLarge(qint64 limitBytes);
Response internalError();

// The reason phrase of an HTTP status ("Not Found"), or "Error" for one we do not know.
QString reasonPhrase(int status);

} // namespace Problem

} // namespace Portiek::Server
