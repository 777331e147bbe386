#include "ui/widgets/pagestack.h"

PageStack::PageStack(QWidget *parent)
    : QStackedWidget(parent)
{
    // Another page may need another size.
    connect(this, &QStackedWidget::currentChanged, this, &QWidget::updateGeometry);
}

QSize PageStack::sizeHint() const
{
    const QWidget *page = currentWidget();
    return page ? page->sizeHint() : QSize();
}

QSize PageStack::minimumSizeHint() const
{
    const QWidget *page = currentWidget();
    return page ? page->minimumSizeHint() : QSize();
}

bool PageStack::hasHeightForWidth() const
{
    const QWidget *page = currentWidget();
    return page && page->hasHeightForWidth();
}

int PageStack::heightForWidth(int width) const
{
    const QWidget *page = currentWidget();
    return page ? page->heightForWidth(width) : -1;
}
