#include "core/pdfdocument.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <memory>
#include <poppler-qt6.h>

namespace {

Q_LOGGING_CATEGORY(lcPdf, "portiek.pdf", QtInfoMsg)

// Poppler writes its complaints about damaged files to stderr; they belong in our log.
void logPopplerMessage(const QString &message, const QVariant &)
{
    qCDebug(lcPdf) << "poppler:" << message;
}

std::unique_ptr<Poppler::Document> openDocument(const QByteArray &bytes)
{
    static const bool routed = [] {
        Poppler::setDebugErrorFunction(logPopplerMessage, QVariant());
        return true;
    }();
    Q_UNUSED(routed)
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (document) {
        // As Okular does: smooth lines and text; the people who read this need it legible.
        document->setRenderHint(Poppler::Document::Antialiasing);
        document->setRenderHint(Poppler::Document::TextAntialiasing);
        document->setRenderHint(Poppler::Document::TextHinting);
    }
    return document;
}

} // namespace

PdfDocument::PdfDocument(QObject *parent)
    : QObject(parent)
{ }

PdfDocument::~PdfDocument() = default;

PdfDocument::Error PdfDocument::load(const QByteArray &bytes)
{
    clear();
    if (bytes.isEmpty())
        return m_error = Error::Empty;
    const std::unique_ptr<Poppler::Document> document = openDocument(bytes);
    if (!document)
        m_error = Error::Corrupt;
    else if (document->isLocked())
        m_error = Error::Locked;
    else if (document->numPages() <= 0)
        m_error = Error::NoPages;
    if (m_error != Error::None) {
        qCInfo(lcPdf) << "PDF refused:" << m_error;
        return m_error;
    }
    const int count = document->numPages();
    for (int index = 0; index < count; ++index) {
        const std::unique_ptr<Poppler::Page> page = document->page(index);
        const QSizeF size = page ? page->pageSizeF() : QSizeF();
        if (size.isEmpty()) {
            // One broken page makes the whole printout untrustworthy.
            m_pageSizes.clear();
            return m_error = Error::Corrupt;
        }
        m_pageSizes.append(size);
    }
    m_bytes = bytes;
    m_pageCount = count;
    return m_error;
}

void PdfDocument::clear()
{
    m_bytes.clear();
    m_pageSizes.clear();
    m_pageCount = 0;
    m_error = Error::None;
    discardPendingRenders();
}

QSizeF PdfDocument::pageSize(int page) const
{
    return m_pageSizes.value(page);
}

QImage PdfDocument::renderPage(const QByteArray &bytes, int page, qreal dpi)
{
    const std::unique_ptr<Poppler::Document> document = openDocument(bytes);
    if (!document || document->isLocked() || page < 0 || page >= document->numPages())
        return {};
    const std::unique_ptr<Poppler::Page> popplerPage = document->page(page);
    if (!popplerPage)
        return {};
    const QSizeF points = popplerPage->pageSizeF();
    const qreal pixels = points.width() * points.height() * dpi * dpi / (72.0 * 72.0);
    if (pixels > MaxImagePixels)
        dpi *= std::sqrt(MaxImagePixels / pixels) * 0.99; // rounding up must stay below
    return popplerPage->renderToImage(dpi, dpi);
}

QFuture<QImage> PdfDocument::render(int page, qreal dpi) const
{
    const QByteArray bytes = m_bytes;
    return QtConcurrent::run([bytes, page, dpi] { return renderPage(bytes, page, dpi); });
}

int PdfDocument::requestRender(int page, qreal dpi)
{
    if (!isLoaded() || page < 0 || page >= m_pageCount)
        return -1;
    const int requestId = m_nextRequest++;
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, requestId, page] {
        watcher->deleteLater();
        if (requestId < m_firstLiveRequest)
            return;
        emit pageRendered(requestId, page, watcher->result());
    });
    watcher->setFuture(render(page, dpi));
    return requestId;
}

QString PdfDocument::userMessage(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
    case Error::Corrupt:
    case Error::NoPages:
        return QCoreApplication::translate(
            "PdfDocument",
            "This plan cannot be shown: the file is damaged or is not a PDF. Ask your care "
            "organisation to publish the plan again.");
    case Error::Locked:
        return QCoreApplication::translate(
            "PdfDocument",
            "This plan cannot be shown: the file is locked with a password. Ask your care "
            "organisation to publish the plan without a password.");
    }
    return {};
}
