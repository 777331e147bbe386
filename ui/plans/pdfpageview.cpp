#include "ui/plans/pdfpageview.h"

#include "core/pdfdocument.h"
#include "ui/plans/pdfpagewidget.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QVBoxLayout>

#include <cmath>

namespace {

constexpr int PageSpacing = 16;
constexpr int Margin = 16;
constexpr qreal ScreenPixelsPerPoint = 96.0 / 72.0;

} // namespace

PdfPageView::PdfPageView(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget(this))
    , m_layout(new QVBoxLayout(m_content))
{
    setObjectName(QStringLiteral("pdfPageView"));
    setAccessibleName(tr("Pages of the plan"));
    setAccessibleDescription(tr("Page Up and Page Down go to the previous and next page."));
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Dark);
    m_content->setObjectName(QStringLiteral("pdfPageViewContent"));
    m_layout->setContentsMargins(Margin, Margin, Margin, Margin);
    m_layout->setSpacing(PageSpacing);
    m_layout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setWidget(m_content);
    setWidgetResizable(true);
    // One pass after a burst of scroll and resize events.
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(0);
    connect(&m_renderTimer, &QTimer::timeout, this, &PdfPageView::renderVisiblePages);
}

void PdfPageView::setDocument(PdfDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    qDeleteAll(m_pages);
    m_pages.clear();
    m_pending.clear();
    m_currentPage = 0;
    m_document = document;
    if (document && document->isLoaded()) {
        connect(document, &PdfDocument::pageRendered, this, &PdfPageView::onPageRendered);
        for (int page = 0; page < document->pageCount(); ++page) {
            auto *widget = new PdfPageWidget(page, document->pageCount(), m_content);
            m_layout->addWidget(widget, 0, Qt::AlignHCenter);
            m_pages.append(widget);
        }
    }
    m_fitWidth = true;
    applyZoom(fitWidthZoom());
    verticalScrollBar()->setValue(0);
    emit currentPageChanged(m_currentPage, pageCount());
}

int PdfPageView::zoomPercent() const
{
    return qRound(m_zoom / ScreenPixelsPerPoint * 100.0);
}

void PdfPageView::zoomIn()
{
    setZoom(m_zoom * ZoomStep);
}

void PdfPageView::zoomOut()
{
    setZoom(m_zoom / ZoomStep);
}

void PdfPageView::fitWidth()
{
    m_fitWidth = true;
    applyZoom(fitWidthZoom());
}

void PdfPageView::setZoom(qreal zoom)
{
    m_fitWidth = false;
    applyZoom(zoom);
}

qreal PdfPageView::fitWidthZoom() const
{
    qreal widest = 0;
    for (int page = 0; m_document && page < m_document->pageCount(); ++page)
        widest = qMax(widest, m_document->pageSize(page).width());
    if (widest <= 0)
        return ScreenPixelsPerPoint;
    // The vertical scroll bar is (nearly) always there with a multi-page plan: leave room for it.
    const int room = viewport()->width() - 2 * Margin
        - (verticalScrollBar()->isVisible() ? 0 : verticalScrollBar()->sizeHint().width());
    return qBound(MinZoom, room / widest, MaxZoom);
}

void PdfPageView::applyZoom(qreal zoom)
{
    zoom = qBound(MinZoom, zoom, MaxZoom);
    // Keep the same spot of the same page in view.
    const int anchorPage = m_currentPage;
    const PdfPageWidget *anchor = m_pages.value(anchorPage);
    const qreal within = anchor && anchor->height() > 0
        ? qreal(verticalScrollBar()->value() - pageTop(anchorPage)) / anchor->height()
        : 0.0;
    const bool changed = !qFuzzyCompare(zoom, m_zoom);
    m_zoom = zoom;
    if (changed) {
        ++m_zoomGeneration;
        if (m_document)
            m_document->discardPendingRenders();
        m_pending.clear();
    }
    layoutPages();
    if (changed && anchor) {
        m_content->adjustSize();
        verticalScrollBar()->setValue(pageTop(anchorPage) + qRound(within * anchor->height()));
    }
    emit zoomChanged(zoomPercent());
    scheduleRender();
}

void PdfPageView::layoutPages()
{
    for (PdfPageWidget *widget : std::as_const(m_pages)) {
        const QSizeF points = m_document ? m_document->pageSize(widget->page()) : QSizeF();
        widget->setFixedSize((points * m_zoom).toSize().expandedTo(QSize(1, 1)));
    }
    m_layout->activate();
}

int PdfPageView::pageTop(int page) const
{
    int top = Margin;
    for (int before = 0; before < page && before < m_pages.size(); ++before)
        top += m_pages.at(before)->height() + PageSpacing;
    return top;
}

void PdfPageView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (m_fitWidth)
        applyZoom(fitWidthZoom());
    scheduleRender();
    updateCurrentPage();
}

void PdfPageView::scrollContentsBy(int dx, int dy)
{
    QScrollArea::scrollContentsBy(dx, dy);
    scheduleRender();
    updateCurrentPage();
}

void PdfPageView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_PageDown:
        nextPage();
        return;
    case Qt::Key_PageUp:
        previousPage();
        return;
    case Qt::Key_Home:
        goToPage(0);
        return;
    case Qt::Key_End:
        goToPage(pageCount() - 1);
        return;
    default:
        QScrollArea::keyPressEvent(event);
    }
}

void PdfPageView::goToPage(int page)
{
    if (m_pages.isEmpty())
        return;
    page = qBound(0, page, pageCount() - 1);
    m_content->adjustSize();
    verticalScrollBar()->setValue(pageTop(page) - Margin);
    // Said explicitly: near the end the scroll bar cannot bring the page to the top.
    if (m_currentPage != page) {
        m_currentPage = page;
        emit currentPageChanged(page, pageCount());
    }
    scheduleRender();
}

void PdfPageView::updateCurrentPage()
{
    if (m_pages.isEmpty())
        return;
    // The page under the middle of the view; at the very end, the last page.
    const int middle = verticalScrollBar()->value() + viewport()->height() / 2;
    int current = 0;
    for (int page = 0; page < m_pages.size(); ++page) {
        if (pageTop(page) - PageSpacing <= middle)
            current = page;
    }
    if (verticalScrollBar()->value() >= verticalScrollBar()->maximum()
        && verticalScrollBar()->maximum() > 0)
        current = pageCount() - 1;
    if (current != m_currentPage) {
        m_currentPage = current;
        emit currentPageChanged(current, pageCount());
    }
}

void PdfPageView::renderVisiblePages()
{
    if (!m_document || m_pages.isEmpty())
        return;
    // What is in view, and half a screen above and below, so scrolling finds pages ready.
    const int top = verticalScrollBar()->value();
    const int height = viewport()->height();
    const int from = top - height / 2;
    const int to = top + height + height / 2;
    const qreal dpi = m_zoom * 72.0 * devicePixelRatioF();
    QList<int> pendingPages = m_pending.values();
    for (PdfPageWidget *widget : std::as_const(m_pages)) {
        const int y = pageTop(widget->page());
        const bool visible = y + widget->height() >= from && y <= to;
        if (!visible) {
            // Far away pages give their memory back; they render again when they return.
            if (widget->hasImage()
                && (y + widget->height() < from - 2 * height || y > to + 2 * height))
                widget->clearImage();
            continue;
        }
        if (widget->zoomGeneration() == m_zoomGeneration || pendingPages.contains(widget->page()))
            continue;
        const int id = m_document->requestRender(widget->page(), dpi);
        if (id > 0) {
            m_pending.insert(id, widget->page());
            pendingPages.append(widget->page());
        }
    }
}

void PdfPageView::onPageRendered(int requestId, int page, const QImage &image)
{
    if (!m_pending.contains(requestId))
        return; // for an older zoom, or for another document
    m_pending.remove(requestId);
    if (image.isNull())
        return;
    QImage shown = image;
    shown.setDevicePixelRatio(devicePixelRatioF());
    if (PdfPageWidget *widget = m_pages.value(page))
        widget->setImage(shown, m_zoomGeneration);
}
