#include "ui/plans/pdfpagewidget.h"

#include <QPainter>

PdfPageWidget::PdfPageWidget(int page, int pageCount, QWidget *parent)
    : QWidget(parent)
    , m_page(page)
    , m_pageCount(pageCount)
{
    setObjectName(QStringLiteral("pdfPage%1").arg(page + 1));
    setAccessibleName(tr("Page %1 of %2").arg(page + 1).arg(pageCount));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void PdfPageWidget::setImage(const QImage &image, int zoomGeneration)
{
    m_image = image;
    m_zoomGeneration = image.isNull() ? -1 : zoomGeneration;
    update();
}

void PdfPageWidget::clearImage()
{
    setImage({}, -1);
}

void PdfPageWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (!m_image.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(rect(), m_image);
    } else {
        painter.setPen(QColor(0x4a, 0x4a, 0x4a));
        painter.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Page %1 of %2 is being prepared…").arg(m_page + 1).arg(m_pageCount));
    }
    // A clear edge, so pages stand apart from each other and from the background.
    painter.setPen(QColor(0x6b, 0x6b, 0x6b));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}
