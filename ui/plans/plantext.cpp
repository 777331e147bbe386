#include "ui/plans/plantext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

namespace PlanText {

QString date(const QDate &date)
{
    // Written out in full: "9 maart 2026" is read correctly by everyone, "09-03-2026" is not.
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString approvalState(const Plan &plan)
{
    if (plan.approved)
        return QCoreApplication::translate("PlanText", "Approved by %1 on %2")
            .arg(plan.approval.approverName, date(plan.approval.approvedAt.toLocalTime().date()));
    if (plan.approvalRequested)
        return QCoreApplication::translate("PlanText", "Approval requested");
    return {};
}

QIcon approvalIcon(const Plan &plan, const QStyle *style)
{
    const QStyle::StandardPixmap which = plan.approved ? QStyle::SP_DialogApplyButton
        : plan.approvalRequested                       ? QStyle::SP_MessageBoxQuestion
                                                       : QStyle::SP_FileIcon;
    // The style's icons come in different sizes; one size keeps the list's text in one column.
    constexpr int Side = 64;
    const QPixmap pixmap = style->standardIcon(which)
                               .pixmap(Side, Side)
                               .scaled(Side, Side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPixmap square(Side, Side);
    square.fill(Qt::transparent);
    QPainter painter(&square);
    painter.drawPixmap((Side - pixmap.width()) / 2, (Side - pixmap.height()) / 2, pixmap);
    painter.end();
    return QIcon(square);
}

QString details(const Plan &plan)
{
    if (plan.pageCount <= 0)
        return date(plan.date);
    if (plan.pageCount == 1)
        return QCoreApplication::translate("PlanText", "%1 · 1 page").arg(date(plan.date));
    return QCoreApplication::translate("PlanText", "%1 · %2 pages")
        .arg(date(plan.date))
        .arg(plan.pageCount);
}

} // namespace PlanText
