#pragma once

#include <QObject>
#include <QPersistentModelIndex>

class QListView;
class ReportListModel;

// Keeps the reports list steady while its model moves its window (ReportListModel holds a
// limited number of pages): rows let go at the top, or brought back there, leave the report at
// the top of the view where it was; and at the top of what is held, scrolling or pressing Up,
// Page Up or Home brings back the newer page above.
class ReportListScroll : public QObject
{
    Q_OBJECT

public:
    ReportListScroll(QListView *view, ReportListModel *model, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rememberTop(const QModelIndex &parent, int first);
    void restoreTop();
    void fetchNewerAtTop();

    QListView *m_view;
    ReportListModel *m_model;
    QPersistentModelIndex m_top;
    int m_topOffset = 0;
};
