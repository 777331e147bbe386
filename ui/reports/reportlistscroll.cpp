#include "ui/reports/reportlistscroll.h"

#include "core/reportlistmodel.h"

#include <QKeyEvent>
#include <QListView>
#include <QScrollBar>
#include <QTimer>

ReportListScroll::ReportListScroll(QListView *view, ReportListModel *model, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_model(model)
{
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &ReportListScroll::rememberTop);
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &ReportListScroll::rememberTop);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ReportListScroll::restoreTop);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ReportListScroll::restoreTop);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == m_view->verticalScrollBar()->minimum())
            fetchNewerAtTop();
    });
    view->installEventFilter(this);
}

void ReportListScroll::rememberTop(const QModelIndex &, int first)
{
    // Only rows going or coming at the top move what is in view; pages at the end do not.
    if (first != 0 || m_model->rowCount() == 0)
        return;
    // Rows that came in a moment ago may not be laid out yet: where is the top now?
    m_view->doItemsLayout();
    m_top = m_view->indexAt(QPoint(1, 1));
    m_topOffset = m_top.isValid() ? m_view->visualRect(m_top).top() : 0;
}

void ReportListScroll::restoreTop()
{
    if (!m_top.isValid())
        return;
    // The view lays its items out later by itself; the position is needed now.
    m_view->doItemsLayout();
    QScrollBar *bar = m_view->verticalScrollBar();
    bar->setValue(bar->value() + m_view->visualRect(m_top).top() - m_topOffset);
    m_top = QPersistentModelIndex();
}

void ReportListScroll::fetchNewerAtTop()
{
    if (!m_model->hasNewer() || m_model->isLoading())
        return;
    // Not from inside the scroll bar's signal or a key press: the rows change under the view.
    QTimer::singleShot(0, m_model, &ReportListModel::fetchNewer);
}

bool ReportListScroll::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Up || key == Qt::Key_PageUp || key == Qt::Key_Home)
            && m_view->currentIndex().row() <= 0)
            fetchNewerAtTop();
    }
    return QObject::eventFilter(watched, event);
}
