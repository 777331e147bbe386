// libFuzzer harness: the server's lower-level readers of untrusted text, each on its own, where
// server_requests would need many steps to reach every corner.
//
// Input: the reader's name on the first line, then (tests/fuzz/corpus/server_parsers/):
//   multipart  the Content-Type header value on one line, the body after it
//   range      a document size on one line, then "Name: value" request headers (Range,
//              If-Range, If-None-Match) up to an empty line, the document after it; the ETag
//              conditions and ranges of a download (rangedGet, conditionalGet, ByteRange)
//   route      a path template on one line, a request path on the next
//   config     a server.json (parseServerConfig)

#include "server/config/configparser.h"
#include "server/http/byterange.h"
#include "server/http/etag.h"
#include "server/http/multipart.h"
#include "server/http/request.h"
#include "server/http/response.h"
#include "server/http/routetemplate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QList>
#include <QLoggingCategory>
#include <QUrl>

#include <cstddef>
#include <cstdint>

using namespace Portiek::Server;

namespace {

// Splits off the first line of `input`; false when there is none.
bool takeLine(QByteArray *input, QByteArray *line)
{
    const qsizetype newline = input->indexOf('\n');
    if (newline < 0)
        return false;
    *line = input->left(newline);
    *input = input->mid(newline + 1);
    return true;
}

void multipart(QByteArray input)
{
    QByteArray contentType;
    if (!takeLine(&input, &contentType))
        return;
    Multipart::isFormData(contentType);
    QString error;
    const std::optional<QByteArray> boundary = Multipart::boundaryOf(contentType, &error);
    if (boundary)
        Multipart::parse(input, *boundary, &error, Multipart::Limits { 4, 512 });
}

void range(QByteArray input)
{
    QByteArray sizeLine;
    if (!takeLine(&input, &sizeLine))
        return;
    Request request("GET", QUrl(QStringLiteral("/api/v1/clients/100482/plans/p1/pdf")));
    QByteArray line;
    while (takeLine(&input, &line) && !line.isEmpty()) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.addHeader(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    // A size apart from the document's: the parser must hold for any size it is handed.
    ByteRange byteRange;
    ByteRange::parse(request.header("Range"), sizeLine.trimmed().toLongLong(), &byteRange);
    const QByteArray etag = strongETag(input);
    ifNoneMatchMatches(request.header("If-None-Match"), etag);
    rangedGet(request, input, etag, "application/pdf");
    conditionalGet(request, Response(200, input, "application/json"));
}

void route(QByteArray input)
{
    QByteArray pattern;
    if (!takeLine(&input, &pattern))
        return;
    const QByteArray path = input.left(input.indexOf('\n'));
    const std::optional<RouteTemplate> routeTemplate
        = RouteTemplate::parse(QString::fromUtf8(pattern));
    if (!routeTemplate)
        return;
    routeTemplate->parameterNames();
    routeTemplate->match(QString::fromUtf8(path));
    const std::optional<RouteTemplate> other
        = RouteTemplate::parse(QStringLiteral("/api/v1/clients/{clientId}/reports"));
    routeTemplate->isMoreSpecificThan(*other);
    other->isMoreSpecificThan(*routeTemplate);
}

void config(const QByteArray &input)
{
    // Relative paths resolve against this folder; the parser reads nothing from disk.
    parseServerConfig(input, QStringLiteral("server.json"), QDir(QStringLiteral("/nonexistent")));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
    QLoggingCategory::setFilterRules(QStringLiteral("portiek.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input
        = QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QByteArray name;
    if (!takeLine(&input, &name))
        return -1;
    if (name == "multipart")
        multipart(input);
    else if (name == "range")
        range(input);
    else if (name == "route")
        route(input);
    else if (name == "config")
        config(input);
    else
        return -1; // not worth keeping in the corpus
    return 0;
}
