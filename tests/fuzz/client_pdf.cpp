// libFuzzer harness: loading a plan's PDF as the plan viewer does (PdfDocument: Okular's checks,
// page sizes) and rendering its first page small, in the calling thread.
//
// Poppler itself is a system library built without coverage, so this mostly guards our use of
// it (null documents, locks, odd page counts and sizes) against what a portal may send; the
// sanitizers still see Poppler misbehaving with the memory it is handed.

#include "core/pdfdocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    PdfDocument document;
    if (document.load(bytes) != PdfDocument::Error::None)
        return 0;
    for (int page = -1; page <= document.pageCount(); ++page)
        document.pageSize(page);
    // 9 dpi: an A4 page is about 75 × 105 pixels, enough to run the renderer, quick to fuzz.
    PdfDocument::renderPage(bytes, 0, 9);
    return 0;
}
