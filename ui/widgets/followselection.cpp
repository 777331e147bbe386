#include "ui/widgets/followselection.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

void followSelection(QAbstractItemView *view)
{
    QItemSelectionModel *selection = view->selectionModel();
    QObject::connect(selection, &QItemSelectionModel::selectionChanged, view, [view, selection] {
        const QModelIndexList selected = selection->selectedIndexes();
        if (selected.size() == 1 && selected.first() != view->currentIndex())
            view->setCurrentIndex(selected.first());
    });
}
