#pragma once

#include <QList>
#include <QObject>

class QTableView;

// Shares what a table's other columns leave among `columns` so that no word is cut off: each
// gets at least its longest word (and the longest line of its header); then, as far as the room
// goes, those that lack least for showing their texts on one line get that width; the last of
// them takes what is left. For tables whose texts wrap (QTableView::setWordWrap()) and that must
// not scroll sideways. Follows the table's size, font and model.
class WordFitColumns : public QObject
{
    Q_OBJECT

public:
    WordFitColumns(QTableView *table, const QList<int> &columns);

    // At once; it also happens by itself, after each change, once the event loop runs.
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Widths
    {
        int least = 0; // the longest word, or line of the header
        int whole = 0; // the longest text on one line
    };
    void fitLater();
    Widths widths(int column) const;

    QTableView *m_table;
    // For the event filter, which must not touch a table on its way out.
    QObject *m_tableObject;
    QObject *m_viewport;
    QList<int> m_columns;
    bool m_pending = false;
};
