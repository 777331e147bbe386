#pragma once

#include <QStyledItemDelegate>

// Draws a client in the picker as a large entry: the photo, or a circle with the initials where
// there is none, and the name in large type.
class ClientItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int PhotoSide = 64;

    explicit ClientItemDelegate(QObject *parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "GD" for "Gerard van Dijk": the first letters of the first and the last word.
    static QString initials(const QString &name);
    static QPixmap placeholder(const QString &name, int side, qreal ratio);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
