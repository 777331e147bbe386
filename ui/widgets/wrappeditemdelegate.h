#pragma once

#include <QStyledItemDelegate>

class QListView;

// Draws an entry of a list as its picture (DecorationRole) and the lines of its DisplayRole
// text, each wrapped to the width of the view: at a narrow window or a large text size the entry
// grows taller instead of cutting its words off. Only the last line may be limited
// (setLastLineLimit), for a preview whose whole text is shown elsewhere. The view should lay
// out again when it is resized (QListView::Adjust) and not assume uniform item sizes.
class WrappedItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int Margin = 8;
    static constexpr int Gap = 10; // between the picture and the text

    explicit WrappedItemDelegate(QObject *parent = nullptr);

    // The last of several text lines in at most `lines` lines (0: no limit, the default).
    void setLastLineLimit(int lines) { m_lastLineLimit = lines; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The lines drawn for `index` in a text column `width` pixels wide.
    QStringList lines(const QStyleOptionViewItem &option, const QModelIndex &index,
                      int width) const;
    // The lines `view` shows for `index` as it is laid out now, and the width they have.
    QStringList shownLines(const QListView &view, const QModelIndex &index,
                           int *width = nullptr) const;

private:
    // The width an entry of the view gets: the view's, less its spacing.
    static int entryWidth(const QStyleOptionViewItem &option);
    int textWidth(const QStyleOptionViewItem &option, int entryWidth) const;

    int m_lastLineLimit = 0;
};
