#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Portiek::Server {

// A strict reader of `multipart/form-data` request bodies (RFC 7578, framing of RFC 2046),
// which QHttpServer does not parse. Only what an import needs: named parts with their bytes.
// It refuses rather than guesses: a missing or bad boundary, a part without a name, headers
// that never end or are too long, a body that stops before the closing delimiter, too many
// parts or two parts of the same name.
namespace Multipart {

struct Part
{
    QByteArray name; // the form field (`name` of Content-Disposition)
    QString fileName; // `filename`, empty when not given; never used as a path
    QByteArray contentType; // lower case, without parameters; empty when not given
    QByteArray body;
};

struct Limits
{
    int maxParts = 8;
    int maxHeaderBytes = 4096; // the header block of one part
};

// The boundary of a `Content-Type: multipart/form-data; boundary=…` header value; nothing
// (with `*error` set) when the type is another or the boundary is missing or not valid.
std::optional<QByteArray> boundaryOf(const QByteArray &contentType, QString *error);

// Whether the header value names multipart/form-data at all (with or without a good boundary).
bool isFormData(const QByteArray &contentType);

// The parts in order; nothing with `*error` set (an English sentence that quotes no content)
// when the body is not well-formed.
std::optional<QList<Part>> parse(const QByteArray &body, const QByteArray &boundary, QString *error,
                                 const Limits &limits = {});

} // namespace Multipart

} // namespace Portiek::Server
