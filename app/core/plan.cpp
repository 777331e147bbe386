#include "core/plan.h"

#include "core/jsonpage.h"
#include "core/jsonreader.h"

#include <QRegularExpression>

#include <limits>

namespace {

bool readRole(const QString &text, ClientSummary::Role *role)
{
    if (text == QLatin1String("client"))
        *role = ClientSummary::Role::Client;
    else if (text == QLatin1String("representative"))
        *role = ClientSummary::Role::Representative;
    else if (text == QLatin1String("contact"))
        *role = ClientSummary::Role::Contact;
    else
        return false;
    return true;
}

void readApproval(JsonReader &reader, Plan *plan)
{
    const QJsonObject approval = reader.object(QLatin1String("approval"), JsonReader::Optional);
    plan->approved = reader.ok() && !approval.isEmpty();
    if (!plan->approved)
        return;
    JsonReader inner(approval, QStringLiteral("plan.approval"));
    plan->approval.approvedAt = inner.dateTime(QLatin1String("approvedAt"));
    JsonReader person(inner.object(QLatin1String("approvedBy")),
                      QStringLiteral("plan.approval.approvedBy"));
    if (inner.ok()) {
        plan->approval.approverId = person.id(QLatin1String("id"));
        plan->approval.approverName
            = person.string(QLatin1String("name"), JsonReader::Required, 200).trimmed();
        const QString role = person.string(QLatin1String("role"), JsonReader::Required, 32);
        if (person.ok() && !readRole(role, &plan->approval.approverRole))
            person.fail(QStringLiteral("plan.approval.approvedBy.role is unknown"));
    }
    if (!inner.ok())
        reader.fail(inner.error());
    else if (!person.ok())
        reader.fail(person.error());
}

} // namespace

QString Plan::suggestedFileName() const
{
    // Characters that Windows, macOS or a shell would trip over become spaces.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    QString name = title;
    name.replace(unsafe, QStringLiteral(" "));
    name = name.simplified();
    if (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("Plan");
    name = name.left(120);
    if (date.isValid())
        name += QStringLiteral(" - ") + date.toString(Qt::ISODate);
    return name + QStringLiteral(".pdf");
}

bool Plan::fromJson(const QJsonObject &json, Plan *plan, QString *error)
{
    JsonReader reader(json, QStringLiteral("plan"));
    Plan result;
    result.id = reader.id(QLatin1String("id"));
    result.title = reader.string(QLatin1String("title"), JsonReader::Required, 300).trimmed();
    const QString date = reader.string(QLatin1String("date"), JsonReader::Required, 10);
    result.date = QDate::fromString(date, Qt::ISODate);
    if (reader.ok() && !result.date.isValid())
        reader.fail(QStringLiteral("plan.date is not a date"));
    result.publishedAt = reader.dateTime(QLatin1String("publishedAt"));
    result.pdfUrl = reader.serverPath(QLatin1String("pdfUrl"), JsonReader::Required);
    result.sizeBytes
        = reader.integer(QLatin1String("sizeBytes"), 0, std::numeric_limits<int>::max());
    if (reader.has(QLatin1String("pageCount")))
        result.pageCount = reader.integer(QLatin1String("pageCount"), 1, 100000);
    result.approvalRequested = reader.boolean(QLatin1String("approvalRequested"));
    if (reader.ok() && !json.contains(QLatin1String("approval")))
        reader.fail(QStringLiteral("plan.approval is missing"));
    readApproval(reader, &result);
    result.canApprove = reader.boolean(QLatin1String("canApprove"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return false;
    }
    *plan = result;
    return true;
}

bool Plan::pageFromJson(const QJsonObject &json, QList<Plan> *plans, QString *nextCursor,
                        QString *error)
{
    return JsonPage::read(json, plans, nextCursor, error, &Plan::fromJson);
}
