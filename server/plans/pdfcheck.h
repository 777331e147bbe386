#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Portiek::Server {

// A plausibility check of an imported plan PDF, without a PDF library on the server: the
// clients render it with Poppler, the server only keeps out what is clearly no (whole) PDF.
struct PdfCheck
{
    bool valid = false;
    QString problem; // English, for the 422 detail, when not valid
    // The number of pages, when it could be told; nullopt otherwise (the contract's
    // `pageCount: null`).
    std::optional<int> pageCount;

    // - it starts with "%PDF-1." or "%PDF-2." (the header must be at byte 0 for us, although
    //   readers are lenient),
    // - "%%EOF" lies in the last 1024 bytes (a cut-off upload has none there),
    // - the page count: the number of page objects ("/Type /Page", not "/Pages") in the plain
    //   file; when the page objects are hidden in compressed object streams (PDF 1.5+) there
    //   are none to count, and the largest "/Count n" of a visible page tree is used instead;
    //   when neither is visible, unknown.
    static PdfCheck inspect(const QByteArray &bytes);
};

} // namespace Portiek::Server
