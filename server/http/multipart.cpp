#include "server/http/multipart.h"

#include <QHash>

namespace Portiek::Server::Multipart {

namespace {

const QByteArray CrLf = QByteArrayLiteral("\r\n");

// "form-data; name=\"file\"; filename=\"plan.pdf\"": the value before the first ';' (lower
// case) and the parameters by lower-case name. Quoted values may contain ';' and escaped
// quotes. Nothing when a quote is left open or a parameter has no '='.
struct HeaderValue
{
    QByteArray value;
    QHash<QByteArray, QByteArray> parameters;
};

std::optional<HeaderValue> splitHeaderValue(const QByteArray &text)
{
    HeaderValue result;
    qsizetype i = text.indexOf(';');
    result.value = text.left(i < 0 ? text.size() : i).trimmed().toLower();
    if (i < 0)
        return result;
    while (i < text.size()) {
        ++i; // past ';'
        const qsizetype equals = text.indexOf('=', i);
        if (equals < 0) {
            if (text.mid(i).trimmed().isEmpty())
                return result; // a trailing ';'
            return std::nullopt;
        }
        const QByteArray name = text.mid(i, equals - i).trimmed().toLower();
        if (name.isEmpty() || name.contains(';'))
            return std::nullopt;
        i = equals + 1;
        while (i < text.size() && (text.at(i) == ' ' || text.at(i) == '\t'))
            ++i;
        QByteArray value;
        if (i < text.size() && text.at(i) == '"') {
            ++i;
            bool closed = false;
            while (i < text.size()) {
                const char c = text.at(i++);
                if (c == '\\' && i < text.size()) {
                    value.append(text.at(i++));
                } else if (c == '"') {
                    closed = true;
                    break;
                } else {
                    value.append(c);
                }
            }
            if (!closed)
                return std::nullopt;
            const qsizetype next = text.indexOf(';', i);
            if (!text.mid(i, next < 0 ? -1 : next - i).trimmed().isEmpty())
                return std::nullopt;
            i = next < 0 ? text.size() : next;
        } else {
            const qsizetype next = text.indexOf(';', i);
            value = text.mid(i, next < 0 ? -1 : next - i).trimmed();
            i = next < 0 ? text.size() : next;
        }
        if (result.parameters.contains(name))
            return std::nullopt;
        result.parameters.insert(name, value);
    }
    return result;
}

// RFC 2046 §5.1.1: 1–70 of these, not ending in a space.
bool isValidBoundary(const QByteArray &boundary)
{
    static const QByteArray Allowed = QByteArrayLiteral("'()+_,-./:=? ");
    if (boundary.isEmpty() || boundary.size() > 70 || boundary.endsWith(' '))
        return false;
    for (const char c : boundary) {
        const bool alphanumeric
            = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alphanumeric && !Allowed.contains(c))
            return false;
    }
    return true;
}

bool hasControlCharacters(const QByteArray &text)
{
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f)
            return true;
    }
    return false;
}

std::optional<Part> readHeaders(QByteArrayView block, QString *error)
{
    Part part;
    bool hasDisposition = false;
    qsizetype start = 0;
    while (start < block.size()) {
        qsizetype end = block.indexOf(CrLf, start);
        if (end < 0)
            end = block.size();
        const QByteArray line = block.sliced(start, end - start).toByteArray();
        start = end + CrLf.size();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || hasControlCharacters(line)) {
            *error = QStringLiteral("A part has a malformed header line.");
            return std::nullopt;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const std::optional<HeaderValue> value = splitHeaderValue(line.mid(colon + 1));
        if (!value) {
            *error = QStringLiteral("A part has a malformed %1 header.")
                         .arg(QString::fromLatin1(name));
            return std::nullopt;
        }
        if (name == "content-disposition") {
            if (hasDisposition || value->value != "form-data"
                || value->parameters.value("name").isEmpty()) {
                *error = QStringLiteral("Every part needs one Content-Disposition: form-data "
                                        "with a name.");
                return std::nullopt;
            }
            hasDisposition = true;
            part.name = value->parameters.value("name");
            part.fileName = QString::fromUtf8(value->parameters.value("filename"));
        } else if (name == "content-type") {
            part.contentType = value->value;
        }
        // Other headers (Content-Transfer-Encoding is deprecated by RFC 7578) are ignored.
    }
    if (!hasDisposition) {
        *error = QStringLiteral("Every part needs one Content-Disposition: form-data with a name.");
        return std::nullopt;
    }
    return part;
}

} // namespace

bool isFormData(const QByteArray &contentType)
{
    const std::optional<HeaderValue> value = splitHeaderValue(contentType);
    return value && value->value == "multipart/form-data";
}

std::optional<QByteArray> boundaryOf(const QByteArray &contentType, QString *error)
{
    const std::optional<HeaderValue> value = splitHeaderValue(contentType);
    if (!value || value->value != "multipart/form-data") {
        *error = QStringLiteral("The body must be multipart/form-data.");
        return std::nullopt;
    }
    const QByteArray boundary = value->parameters.value("boundary");
    if (!isValidBoundary(boundary)) {
        *error = QStringLiteral("The multipart/form-data type has no valid boundary.");
        return std::nullopt;
    }
    return boundary;
}

std::optional<QList<Part>> parse(const QByteArray &body, const QByteArray &boundary, QString *error,
                                 const Limits &limits)
{
    if (!isValidBoundary(boundary)) {
        *error = QStringLiteral("The boundary is not valid.");
        return std::nullopt;
    }
    const QByteArray dashBoundary = "--" + boundary;
    const QByteArray delimiter = CrLf + dashBoundary;
    const QByteArrayView view(body);

    // The first delimiter opens the body or follows a preamble (which is ignored).
    qsizetype position;
    if (view.startsWith(dashBoundary)) {
        position = dashBoundary.size();
    } else {
        const qsizetype found = view.indexOf(delimiter);
        if (found < 0) {
            *error = QStringLiteral("The body does not contain the boundary.");
            return std::nullopt;
        }
        position = found + delimiter.size();
    }

    QList<Part> parts;
    while (true) {
        // After a delimiter: "--" closes the body, otherwise optional blanks and a line break.
        if (view.sliced(position).startsWith("--"))
            return parts;
        while (position < view.size() && (view.at(position) == ' ' || view.at(position) == '\t'))
            ++position;
        if (!view.sliced(position).startsWith(CrLf)) {
            *error = QStringLiteral("The body ends inside a boundary line.");
            return std::nullopt;
        }
        position += CrLf.size();

        if (parts.size() >= limits.maxParts) {
            *error = QStringLiteral("The body has more than %1 parts.").arg(limits.maxParts);
            return std::nullopt;
        }
        // A part without headers starts with the empty line at once.
        qsizetype headersEnd;
        QByteArrayView headerBlock;
        if (view.sliced(position).startsWith(CrLf)) {
            headersEnd = position;
        } else {
            const qsizetype searchLength
                = qMin<qsizetype>(view.size() - position, limits.maxHeaderBytes + 4);
            const qsizetype found = view.sliced(position, searchLength).indexOf("\r\n\r\n");
            if (found < 0) {
                *error = searchLength > limits.maxHeaderBytes
                    ? QStringLiteral("The headers of a part are longer than %1 bytes.")
                          .arg(limits.maxHeaderBytes)
                    : QStringLiteral("The body ends inside the headers of a part.");
                return std::nullopt;
            }
            headersEnd = position + found + CrLf.size();
            headerBlock = view.sliced(position, found);
        }
        std::optional<Part> part = readHeaders(headerBlock, error);
        if (!part)
            return std::nullopt;
        position = headersEnd + CrLf.size();

        const qsizetype end = view.indexOf(delimiter, position);
        if (end < 0) {
            *error = QStringLiteral("The body ends before the closing boundary.");
            return std::nullopt;
        }
        for (const Part &earlier : std::as_const(parts)) {
            if (earlier.name == part->name) {
                *error = QStringLiteral("Two parts have the same name.");
                return std::nullopt;
            }
        }
        part->body = body.mid(position, end - position);
        parts.append(std::move(*part));
        position = end + delimiter.size();
    }
}

} // namespace Portiek::Server::Multipart
