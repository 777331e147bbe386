#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSizeF>

// A PDF (a plan printout) held in memory, read with Poppler. Loading refuses what cannot be shown
// (Okular's checks: no document, locked, no pages); pages render off the GUI thread, because a
// large page takes long enough to freeze the window.
//
// Poppler documents are not thread-safe, so every render job opens its own Poppler::Document
// from the shared (implicitly shared, read-only) bytes; the GUI thread's document only answers
// page sizes.
class PdfDocument : public QObject
{
    Q_OBJECT

public:
    enum class Error {
        None,
        Empty, // nothing to read (no bytes)
        Corrupt, // not a PDF Poppler can read, or damaged
        Locked, // encrypted with a password we do not have
        NoPages,
    };
    Q_ENUM(Error)

    // Images larger than this many pixels are rendered at a lower resolution instead.
    static constexpr qint64 MaxImagePixels = 40'000'000;

    explicit PdfDocument(QObject *parent = nullptr);
    ~PdfDocument() override;

    Error load(const QByteArray &bytes);
    void clear();
    Error error() const { return m_error; }
    bool isLoaded() const { return m_error == Error::None && m_pageCount > 0; }
    QByteArray bytes() const { return m_bytes; }
    int pageCount() const { return m_pageCount; }
    // The size of a page in points (1/72 inch); empty for a page that does not exist.
    QSizeF pageSize(int page) const;

    // Renders `page` (0-based) at `dpi` on a worker thread; pageRendered() brings the image with
    // the request id returned here. Returns -1 when there is no such page.
    int requestRender(int page, qreal dpi);
    // Ids handed out so far no longer report (the zoom changed, the view moved on).
    void discardPendingRenders() { m_firstLiveRequest = m_nextRequest; }

    // The same on a worker thread, as a future; usable without an event loop in between.
    QFuture<QImage> render(int page, qreal dpi) const;
    // Renders in the calling thread from its own document; safe in any thread. Null on failure.
    static QImage renderPage(const QByteArray &bytes, int page, qreal dpi);

    // One or two plain sentences for the person: what is wrong and what to do.
    static QString userMessage(Error error);

signals:
    void pageRendered(int requestId, int page, const QImage &image);

private:
    QByteArray m_bytes;
    Error m_error = Error::Empty;
    int m_pageCount = 0;
    QList<QSizeF> m_pageSizes;
    int m_nextRequest = 1;
    int m_firstLiveRequest = 1;
};
