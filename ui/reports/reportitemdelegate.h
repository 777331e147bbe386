#pragma once

#include <QStyledItemDelegate>

class QDateTime;
class QTime;

// Draws a report in the list as a large, calm entry: the date in bold, the author with their role,
// the category, and the first lines of the text. Meaning is carried by words, never colour.
class ReportItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int Margin = 12;
    static constexpr int PreviewLines = 2;

    explicit ReportItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "woensdag 11 maart 2026, 19:15" in the user's language and time zone.
    static QString dateText(const QDateTime &time);
    // "wo 11 mrt 2026, 19:15": where the long form does not fit.
    static QString shortDateText(const QDateTime &time);
    // "Sanne Bakker, Persoonlijk begeleider"
    static QString authorLine(const QModelIndex &index);

private:
    static QString timeText(const QTime &time);
    static QFont dateFont(const QFont &base);
};
