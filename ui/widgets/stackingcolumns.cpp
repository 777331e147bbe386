#include "ui/widgets/stackingcolumns.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFontMetrics>

namespace {

// What a layout gives a column at least: its own minimum when one is set, else its hint.
int minimumWidthOf(const QWidget *column)
{
    return column->minimumWidth() > 0 ? column->minimumWidth() : column->minimumSizeHint().width();
}

} // namespace

StackingColumns::StackingColumns(QWidget *first, int firstStretch, QWidget *second,
                                 int secondStretch, QWidget *parent)
    : QWidget(parent)
    , m_first(first)
    , m_second(second)
    , m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this))
    , m_firstStretch(firstStretch)
    , m_secondStretch(secondStretch)
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_first, m_firstStretch);
    m_layout->addWidget(m_second, m_secondStretch);
}

void StackingColumns::setSpacing(int spacing)
{
    m_layout->setSpacing(spacing);
}

void StackingColumns::setStackedStretch(int first, int second)
{
    m_firstStackedStretch = first;
    m_secondStackedStretch = second;
    if (!m_sideBySide) {
        m_layout->setStretch(0, first);
        m_layout->setStretch(1, second);
    }
}

void StackingColumns::setMinimumInText(QWidget *widget, int characters, int stackedLines,
                                       int pixels)
{
    m_textMinimums.append({ widget, characters, stackedLines, pixels });
    applyTextMinimums();
}

void StackingColumns::applyTextMinimums()
{
    const QFontMetrics metrics = fontMetrics();
    for (const TextMinimum &minimum : std::as_const(m_textMinimums)) {
        if (!minimum.widget)
            continue;
        minimum.widget->setMinimumWidth(minimum.pixels
                                        + minimum.characters * metrics.averageCharWidth());
        minimum.widget->setMinimumHeight(
            m_sideBySide ? 0 : minimum.stackedLines * metrics.lineSpacing());
    }
}

QSize StackingColumns::minimumSizeHint() const
{
    // The stacked arrangement's width: the wider of the two columns.
    const QMargins margins = m_layout->contentsMargins();
    const int width = qMax(minimumWidthOf(m_first), minimumWidthOf(m_second));
    return QSize(width + margins.left() + margins.right(), QWidget::minimumSizeHint().height());
}

int StackingColumns::sideBySideWidth() const
{
    const QMargins margins = m_layout->contentsMargins();
    return margins.left() + minimumWidthOf(m_first) + m_layout->spacing() + minimumWidthOf(m_second)
        + margins.right();
}

void StackingColumns::arrange()
{
    const bool sideBySide = sideBySideWidth() <= width();
    if (sideBySide == m_sideBySide)
        return;
    m_sideBySide = sideBySide;
    m_layout->setDirection(sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_layout->setStretch(0, sideBySide ? m_firstStretch : m_firstStackedStretch);
    m_layout->setStretch(1, sideBySide ? m_secondStretch : m_secondStackedStretch);
    applyTextMinimums();
    emit arrangementChanged(sideBySide);
}

bool StackingColumns::event(QEvent *event)
{
    // A column's size changed (a new text size, a longer text): look again.
    if (event->type() == QEvent::LayoutRequest)
        arrange();
    else if (event->type() == QEvent::FontChange)
        applyTextMinimums();
    return QWidget::event(event);
}

void StackingColumns::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}
