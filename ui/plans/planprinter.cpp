#include "ui/plans/planprinter.h"

#include "core/pdfdocument.h"

#include <QPainter>
#include <QPrinter>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

PlanPrinter::PlanPrinter(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QImage>::finished, this, &PlanPrinter::onPageRendered);
}

PlanPrinter::~PlanPrinter()
{
    // A page still rendering only holds its own copy of the bytes; wait for it, then close the
    // print job so nothing half-written is left behind.
    m_watcher.waitForFinished();
    if (m_painter)
        m_painter->end();
}

bool PlanPrinter::start(const QByteArray &pdf, int pageCount, QPrinter *printer)
{
    if (isRunning() || pageCount <= 0 || !printer)
        return false;
    int first = 1;
    int last = pageCount;
    if (printer->printRange() == QPrinter::PageRange && printer->fromPage() > 0) {
        first = qBound(1, printer->fromPage(), pageCount);
        last = qBound(first, printer->toPage() > 0 ? printer->toPage() : pageCount, pageCount);
    }
    m_pages.clear();
    for (int page = first; page <= last; ++page)
        m_pages.append(page - 1);
    if (printer->pageOrder() == QPrinter::LastPageFirst)
        std::reverse(m_pages.begin(), m_pages.end());
    m_pdf = pdf;
    m_printer = printer;
    m_next = 0;
    m_cancelled = false;
    m_dpi = qMin(printer->resolution(), MaxDpi);
    m_painter = std::make_unique<QPainter>();
    if (!m_painter->begin(printer)) {
        m_painter.reset();
        return false;
    }
    m_painter->setRenderHint(QPainter::SmoothPixmapTransform);
    emit progress(0, int(m_pages.size()));
    renderNext();
    return true;
}

void PlanPrinter::cancel()
{
    m_cancelled = true;
}

void PlanPrinter::renderNext()
{
    const QByteArray pdf = m_pdf;
    const int page = m_pages.at(m_next);
    const qreal dpi = m_dpi;
    m_watcher.setFuture(
        QtConcurrent::run([pdf, page, dpi] { return PdfDocument::renderPage(pdf, page, dpi); }));
}

void PlanPrinter::onPageRendered()
{
    if (!m_painter)
        return;
    const QImage image = m_watcher.result();
    if (m_cancelled || image.isNull()) {
        finish(false);
        return;
    }
    if (m_next > 0)
        m_printer->newPage();
    // The painter's origin is the printable area's top-left; fit the page in, centred across.
    const QSize area = m_printer->pageLayout().paintRectPixels(m_printer->resolution()).size();
    const QSize size = image.size().scaled(area, Qt::KeepAspectRatio);
    const QRect target(QPoint((area.width() - size.width()) / 2, 0), size);
    m_painter->drawImage(target, image);
    ++m_next;
    emit progress(m_next, int(m_pages.size()));
    if (m_next < m_pages.size())
        renderNext();
    else
        finish(true);
}

void PlanPrinter::finish(bool completed)
{
    if (!completed && m_printer)
        m_printer->abort();
    if (m_painter)
        m_painter->end();
    m_painter.reset();
    m_printer = nullptr;
    m_pdf.clear();
    emit finished(completed);
}
