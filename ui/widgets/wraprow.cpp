#include "ui/widgets/wraprow.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>

WrapRow::WrapRow(QWidget *leading, const QList<QWidget *> &trailing, QWidget *parent)
    : QWidget(parent)
    , m_leading(leading)
    , m_trailing(new QWidget(this))
    , m_grid(new QGridLayout(this))
{
    auto *buttons = new QHBoxLayout(m_trailing);
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : trailing)
        buttons->addWidget(widget);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->addWidget(m_leading, 0, 0);
    m_grid->addWidget(m_trailing, 0, 1, Qt::AlignRight | Qt::AlignTop);
    m_grid->setColumnStretch(0, 1);
}

void WrapRow::setSpacing(int spacing)
{
    m_grid->setSpacing(spacing);
    m_trailing->layout()->setSpacing(spacing);
}

void WrapRow::setSecondRowAlignment(Qt::Alignment alignment)
{
    m_secondRow = alignment;
    if (!m_oneRow) {
        m_grid->removeWidget(m_trailing);
        m_grid->addWidget(m_trailing, 1, 0, m_secondRow | Qt::AlignTop);
    }
}

QSize WrapRow::minimumSizeHint() const
{
    // The two-row arrangement's: the widest of the parts.
    const QMargins margins = m_grid->contentsMargins();
    const int width = qMax(m_leading->minimumSizeHint().width(),
                           m_trailing->isHidden() ? 0 : m_trailing->minimumSizeHint().width());
    return QSize(width + margins.left() + margins.right(), QWidget::minimumSizeHint().height());
}

int WrapRow::oneRowWidth() const
{
    const QMargins margins = m_grid->contentsMargins();
    // The leading part at its natural width when it can wrap (a heading), its minimum otherwise.
    const int leading = m_leading->minimumSizeHint().width();
    const int trailing = m_trailing->isHidden() ? 0 : m_trailing->sizeHint().width();
    return margins.left() + leading + m_grid->horizontalSpacing() + trailing + margins.right();
}

void WrapRow::arrange()
{
    const bool oneRow = oneRowWidth() <= width();
    if (oneRow == m_oneRow)
        return;
    m_oneRow = oneRow;
    m_grid->removeWidget(m_trailing);
    if (oneRow)
        m_grid->addWidget(m_trailing, 0, 1, Qt::AlignRight | Qt::AlignTop);
    else
        m_grid->addWidget(m_trailing, 1, 0, m_secondRow | Qt::AlignTop);
}

bool WrapRow::event(QEvent *event)
{
    // A part's size changed (a new text size, a longer text): look again.
    if (event->type() == QEvent::LayoutRequest)
        arrange();
    return QWidget::event(event);
}

void WrapRow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}
