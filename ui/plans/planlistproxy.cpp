#include "ui/plans/planlistproxy.h"

#include "core/planlistmodel.h"
#include "ui/plans/plantext.h"

#include <QApplication>
#include <QStringList>
#include <QStyle>

PlanListProxy::PlanListProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{ }

QVariant PlanListProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::DecorationRole && role != Qt::AccessibleTextRole
        && role != Qt::ToolTipRole)
        return QIdentityProxyModel::data(index, role);
    const Plan plan = QIdentityProxyModel::data(index, PlanListModel::PlanRole).value<Plan>();
    if (role == Qt::DecorationRole)
        return PlanText::approvalIcon(plan, QApplication::style());
    QStringList lines = { plan.title, PlanText::details(plan) };
    const QString state = PlanText::approvalState(plan);
    if (!state.isEmpty())
        lines.append(state);
    if (role == Qt::DisplayRole)
        return lines.join(QLatin1Char('\n'));
    return lines.join(QStringLiteral(". "));
}
