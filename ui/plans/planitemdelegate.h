#pragma once

#include <QStyledItemDelegate>

// One plan in the list: the state icon, the title in bold, and the lines under it (date, approval
// state) in the normal font, so the title stands out for people who scan rather than read.
class PlanItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
