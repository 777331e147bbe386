#include "server/plans/planjson.h"

#include "server/signin/apijson.h"

namespace Portiek::Server::PlanJson {

namespace {

QString safeFileName(const QString &title, const QDate &date)
{
    static const QString Unsafe = QStringLiteral("/\\:*?\"<>|");
    QString name;
    for (const QChar c : title.simplified()) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || Unsafe.contains(c))
            name.append(QLatin1Char('-'));
        else
            name.append(c);
    }
    // No hidden files, no "..": strip leading dots and blanks; keep names short.
    while (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char(' ')))
        name.remove(0, 1);
    name = name.left(120).trimmed();
    if (name.isEmpty())
        name = QStringLiteral("Plan");
    if (date.isValid())
        name += QStringLiteral(" - ") + date.toString(Qt::ISODate);
    return name + QStringLiteral(".pdf");
}

QByteArray asciiFallback(const QString &name)
{
    // "Cliënt" → "Client": decompose and drop the accents; anything else non-ASCII → '_'.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QByteArray ascii;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        ascii.append(c.unicode() >= 0x20 && c.unicode() < 0x7f ? char(c.unicode()) : '_');
    }
    return ascii;
}

} // namespace

QString path(const PlanRecord &plan)
{
    return QStringLiteral("/api/v1/clients/%1/plans/%2").arg(plan.clientId, plan.id);
}

QJsonObject plan(const PlanRecord &plan, const ClientLink &link, const QString &approverPhotoUrl)
{
    QJsonValue approval = QJsonValue::Null;
    if (plan.isApproved()) {
        approval = QJsonObject {
            { QStringLiteral("approvedAt"), ApiJson::time(plan.approvedAt) },
            { QStringLiteral("approvedBy"),
              QJsonObject {
                  { QStringLiteral("id"), plan.approvedByPersonId },
                  { QStringLiteral("name"), plan.approvedByName },
                  { QStringLiteral("role"), roleName(plan.approvedByRole) },
                  { QStringLiteral("photoUrl"),
                    approverPhotoUrl.isEmpty() ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(approverPhotoUrl) },
              } },
        };
    }
    const bool mayApprove = link.rights.plans && link.rights.manageAccess;
    return {
        { QStringLiteral("id"), plan.id },
        { QStringLiteral("title"), plan.title },
        { QStringLiteral("date"), plan.date.toString(Qt::ISODate) },
        { QStringLiteral("publishedAt"), ApiJson::time(plan.publishedAt) },
        { QStringLiteral("pdfUrl"), path(plan) + QStringLiteral("/pdf") },
        { QStringLiteral("sizeBytes"), plan.sizeBytes },
        { QStringLiteral("pageCount"),
          plan.pageCount ? QJsonValue(*plan.pageCount) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("approvalRequested"), plan.approvalRequested },
        { QStringLiteral("approval"), approval },
        { QStringLiteral("canApprove"), mayApprove && plan.awaitsApproval() },
    };
}

QByteArray contentDisposition(const QString &title, const QDate &date)
{
    const QString name = safeFileName(title, date);
    QByteArray quoted = asciiFallback(name);
    quoted.replace('\\', '_').replace('"', '_');
    // RFC 8187 attr-chars stay, everything else is percent-encoded UTF-8.
    const QByteArray encoded = name.toUtf8().toPercentEncoding("!#$&+^`|");
    return "attachment; filename=\"" + quoted + "\"; filename*=UTF-8''" + encoded;
}

} // namespace Portiek::Server::PlanJson
