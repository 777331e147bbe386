#pragma once

#include <QHash>
#include <QList>
#include <QPointer>
#include <QScrollArea>
#include <QTimer>

class PdfDocument;
class PdfPageWidget;
class QVBoxLayout;

// The pages of a PDF one under the other in a scroll area. Pages are rendered (off the GUI
// thread, by PdfDocument) only as they come into view, at the zoom of the moment; answers for
// an older zoom are dropped. Fit-width is the default zoom and follows the window's width.
class PdfPageView : public QScrollArea
{
    Q_OBJECT

public:
    static constexpr qreal MinZoom = 0.25; // pixels per point
    static constexpr qreal MaxZoom = 6.0;
    static constexpr qreal ZoomStep = 1.25;

    explicit PdfPageView(QWidget *parent = nullptr);

    // Not owned. Shows the document's pages from the first; nullptr (or a document that did not
    // load) shows nothing.
    void setDocument(PdfDocument *document);
    int pageCount() const { return int(m_pages.size()); }
    // 0-based: the page in the middle of the view.
    int currentPage() const { return m_currentPage; }
    // Pixels per point; 96 / 72 is "100 %" on an ordinary screen.
    qreal zoom() const { return m_zoom; }
    int zoomPercent() const;
    bool fitsWidth() const { return m_fitWidth; }
    bool canZoomIn() const { return m_zoom < MaxZoom; }
    bool canZoomOut() const { return m_zoom > MinZoom; }
    // For tests and the accessibility tree: a page's widget, or nullptr.
    PdfPageWidget *pageWidget(int page) const { return m_pages.value(page); }

public slots:
    void zoomIn();
    void zoomOut();
    void fitWidth();
    void setZoom(qreal zoom);
    void goToPage(int page);
    void nextPage() { goToPage(m_currentPage + 1); }
    void previousPage() { goToPage(m_currentPage - 1); }

signals:
    void currentPageChanged(int page, int pageCount);
    void zoomChanged(int percent);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyZoom(qreal zoom);
    qreal fitWidthZoom() const;
    void layoutPages();
    void scheduleRender() { m_renderTimer.start(); }
    void renderVisiblePages();
    void onPageRendered(int requestId, int page, const QImage &image);
    void updateCurrentPage();
    // Where a page starts in the content, from the page sizes: known before the layout has run.
    int pageTop(int page) const;

    QPointer<PdfDocument> m_document;
    QWidget *m_content;
    QVBoxLayout *m_layout;
    QList<PdfPageWidget *> m_pages;
    qreal m_zoom = 1.0;
    bool m_fitWidth = true;
    int m_zoomGeneration = 0;
    int m_currentPage = 0;
    QHash<int, int> m_pending; // request id -> page, for the current zoom only
    QTimer m_renderTimer;
};
