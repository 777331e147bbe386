#pragma once

#include <QDate>
#include <QStyledItemDelegate>

class QPixmap;

// One appointment in the agenda list: the day as a heading above its first appointment, then a
// shape for whose it is (a circle for the care team, a square for the client's own), the time in
// bold, the title, the place, and in words whose appointment it is. The shape and the words carry
// the meaning; colour only supports it.
class AppointmentDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int Margin = 10;
    static constexpr int IconSize = 28;

    explicit AppointmentDelegate(QObject *parent = nullptr);

    // The shapes, also used by the tab's notes as a legend.
    static QPixmap careTeamIcon(int size);
    static QPixmap ownIcon(int size);
    // "Monday 23 November (today)".
    static QString dayText(const QDate &day, const QDate &today);
    // "Care team, time indicative, Ruud Visser" / "Your own appointment, made by Anouk de Boer".
    static QString whoseText(const QModelIndex &index);

    void setToday(const QDate &today) { m_today = today; }

    // The appointment's lines in an entry `entryWidth` pixels wide, each wrapped (never cut off):
    // the time and title (bold), then the place and whose it is.
    struct Lines
    {
        QStringList heading;
        QStringList details;
    };
    Lines lines(const QFont &font, const QModelIndex &index, int entryWidth) const;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    static bool startsDay(const QModelIndex &index);
    QString dayTextOf(const QModelIndex &index) const;
    static int dayHeadingHeight(const QFont &font, const QString &text, int width);
    static int textWidth(int entryWidth);
    static QFont boldFont(const QFont &base, qreal scale);

    QDate m_today;
};
