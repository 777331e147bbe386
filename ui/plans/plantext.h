#pragma once

#include "core/plan.h"

#include <QIcon>
#include <QString>

class QStyle;

// How a plan reads on screen, the same in the list and in the viewer: the date written out
// ("9 March 2026") and the approval state as words with an icon, never as colour alone.
namespace PlanText {

QString date(const QDate &date);
// "Approval requested", "Approved by Mark van Dijk on 12 March 2026", or empty when no approval
// is asked.
QString approvalState(const Plan &plan);
QIcon approvalIcon(const Plan &plan, const QStyle *style);
// One line under the title: the date, and the page count when known.
QString details(const Plan &plan);

} // namespace PlanText
