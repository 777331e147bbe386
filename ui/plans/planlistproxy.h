#pragma once

#include <QIdentityProxyModel>

// The plans as people see them in the list: title, date and approval state on separate lines
// with an icon for the state, and the same words for screen readers.
class PlanListProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit PlanListProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};
