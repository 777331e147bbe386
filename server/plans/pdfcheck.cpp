#include "server/plans/pdfcheck.h"

namespace Portiek::Server {

namespace {

bool isPdfWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\0';
}

bool isNameCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

qsizetype skipWhitespace(QByteArrayView bytes, qsizetype at)
{
    while (at < bytes.size() && isPdfWhitespace(bytes.at(at)))
        ++at;
    return at;
}

// "/Type /Page" (any whitespace, also none) not followed by more name characters.
int countPageObjects(QByteArrayView bytes)
{
    int pages = 0;
    qsizetype at = 0;
    while ((at = bytes.indexOf("/Type", at)) >= 0) {
        at += 5;
        const qsizetype name = skipWhitespace(bytes, at);
        if (bytes.sliced(name).startsWith("/Page")
            && (name + 5 >= bytes.size() || !isNameCharacter(bytes.at(name + 5))))
            ++pages;
    }
    return pages;
}

int largestCount(QByteArrayView bytes)
{
    int largest = 0;
    qsizetype at = 0;
    while ((at = bytes.indexOf("/Count", at)) >= 0) {
        at = skipWhitespace(bytes, at + 6);
        qint64 value = 0;
        qsizetype digits = 0;
        while (at < bytes.size() && bytes.at(at) >= '0' && bytes.at(at) <= '9' && digits < 7) {
            value = value * 10 + (bytes.at(at) - '0');
            ++at;
            ++digits;
        }
        if (digits > 0 && value > largest)
            largest = int(value);
    }
    return largest;
}

} // namespace

PdfCheck PdfCheck::inspect(const QByteArray &bytes)
{
    PdfCheck check;
    const QByteArrayView view(bytes);
    if (!view.startsWith("%PDF-1.") && !view.startsWith("%PDF-2.")) {
        check.problem = QStringLiteral("The file does not start with a PDF header.");
        return check;
    }
    const qsizetype tail = qMin<qsizetype>(view.size(), 1024);
    if (view.sliced(view.size() - tail).indexOf("%%EOF") < 0) {
        check.problem = QStringLiteral("The file has no end-of-file marker: it may be cut off.");
        return check;
    }
    check.valid = true;
    const int pageObjects = countPageObjects(view);
    const int counted = pageObjects > 0 ? pageObjects : largestCount(view);
    if (counted > 0)
        check.pageCount = counted;
    return check;
}

} // namespace Portiek::Server
