#include "core/contactaccess.h"

#include "core/jsonpage.h"
#include "core/jsonreader.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {

// The contract's names for the rights, in the order they are shown.
QLatin1String keyFor(ContactRights::Right right)
{
    using R = ContactRights::Right;
    switch (right) {
    case R::ReportsRead:
        return QLatin1String("reportsRead");
    case R::ReportsWrite:
        return QLatin1String("reportsWrite");
    case R::Plans:
        return QLatin1String("plans");
    case R::AgendaView:
        return QLatin1String("agendaView");
    case R::AgendaEdit:
        return QLatin1String("agendaEdit");
    case R::Measurements:
        return QLatin1String("measurements");
    case R::Messages:
        return QLatin1String("messages");
    case R::Board:
        return QLatin1String("board");
    case R::Profile:
        return QLatin1String("profile");
    }
    return QLatin1String("");
}

bool *field(ContactRights *rights, ContactRights::Right right)
{
    using R = ContactRights::Right;
    switch (right) {
    case R::ReportsRead:
        return &rights->reportsRead;
    case R::ReportsWrite:
        return &rights->reportsWrite;
    case R::Plans:
        return &rights->plans;
    case R::AgendaView:
        return &rights->agendaView;
    case R::AgendaEdit:
        return &rights->agendaEdit;
    case R::Measurements:
        return &rights->measurements;
    case R::Messages:
        return &rights->messages;
    case R::Board:
        return &rights->board;
    case R::Profile:
        return &rights->profile;
    }
    return nullptr;
}

} // namespace

QList<ContactRights::Right> ContactRights::allRights()
{
    return { Right::ReportsRead, Right::ReportsWrite, Right::Plans,
             Right::AgendaView,  Right::AgendaEdit,   Right::Measurements,
             Right::Messages,    Right::Board,        Right::Profile };
}

QString ContactRights::key(Right right)
{
    return keyFor(right);
}

bool ContactRights::has(Right right) const
{
    return *field(const_cast<ContactRights *>(this), right);
}

void ContactRights::set(Right right, bool on)
{
    *field(this, right) = on;
}

bool ContactRights::none() const
{
    for (Right right : allRights())
        if (has(right))
            return false;
    return true;
}

void ContactRights::setKeepingConsistent(Right right, bool on)
{
    set(right, on);
    if (on && right == Right::ReportsWrite)
        reportsRead = true;
    if (on && right == Right::AgendaEdit)
        agendaView = true;
    if (!on && right == Right::ReportsRead)
        reportsWrite = false;
    if (!on && right == Right::AgendaView)
        agendaEdit = false;
}

bool ContactRights::isConsistent() const
{
    return (!reportsWrite || reportsRead) && (!agendaEdit || agendaView);
}

QString ContactRights::label(Right right)
{
    switch (right) {
    case Right::ReportsRead:
        return tr("Read reports");
    case Right::ReportsWrite:
        return tr("Write reports");
    case Right::Plans:
        return tr("Support plans");
    case Right::AgendaView:
        return tr("See the agenda");
    case Right::AgendaEdit:
        return tr("Change the agenda");
    case Right::Measurements:
        return tr("Measurements");
    case Right::Messages:
        return tr("Messages");
    case Right::Board:
        return tr("Bulletin board");
    case Right::Profile:
        return tr("Basic details");
    }
    return {};
}

QString ContactRights::sentence(Right right)
{
    switch (right) {
    case Right::ReportsRead:
        return tr("May read what the care team writes in the reports.");
    case Right::ReportsWrite:
        return tr("May write reports too. This needs \"Read reports\".");
    case Right::Plans:
        return tr("May read and download the support plans.");
    case Right::AgendaView:
        return tr("May see the appointments in the agenda.");
    case Right::AgendaEdit:
        return tr("May add, change and delete own appointments. This needs \"See the agenda\".");
    case Right::Measurements:
        return tr("May see measurements (such as weight or blood pressure) and enter new ones.");
    case Right::Messages:
        return tr("May see the contact persons and send and read messages.");
    case Right::Board:
        return tr("May read the bulletin board, post on it and react.");
    case Right::Profile:
        return tr("May see the basic details, such as address and date of birth.");
    }
    return {};
}

QString ContactRights::summary() const
{
    QStringList parts;
    for (Right right : allRights()) {
        // "Write reports" says "read" already; "Change the agenda" says "see".
        if ((right == Right::ReportsRead && reportsWrite)
            || (right == Right::AgendaView && agendaEdit))
            continue;
        if (has(right))
            parts.append(label(right));
    }
    if (parts.isEmpty())
        return tr("No rights yet: this person sees nothing of the portal.");
    return tr("May: %1").arg(parts.join(tr(", ")));
}

QJsonObject ContactRights::toJson() const
{
    QJsonObject json;
    for (Right right : allRights())
        json.insert(keyFor(right), has(right));
    return json;
}

bool ContactRights::fromJson(const QJsonObject &json, ContactRights *rights, QString *error)
{
    JsonReader reader(json, QStringLiteral("rights"));
    ContactRights result;
    for (Right right : allRights())
        result.set(right, reader.boolean(keyFor(right)));
    if (reader.ok() && !result.isConsistent())
        reader.fail(QStringLiteral("rights are inconsistent"));
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return false;
    }
    *rights = result;
    return true;
}

bool operator==(const ContactRights &a, const ContactRights &b)
{
    return a.toJson() == b.toJson();
}

bool ContactAccess::fromJson(const QJsonObject &json, ContactAccess *access, QString *error)
{
    JsonReader reader(json, QStringLiteral("contact"));
    ContactAccess result;
    result.personId = reader.id(QLatin1String("personId"));
    result.name = reader.string(QLatin1String("name"), JsonReader::Required, 300).trimmed();
    result.relation = reader.string(QLatin1String("relation"), JsonReader::Required, 60).trimmed();
    result.email = reader.string(QLatin1String("email"), JsonReader::Required, 254).trimmed();
    result.mobile = reader.string(QLatin1String("mobile"), JsonReader::Required, 32).trimmed();
    const QString status = reader.string(QLatin1String("status"), JsonReader::Required, 32);
    if (status == QLatin1String("invited"))
        result.status = Status::Invited;
    else if (status == QLatin1String("active"))
        result.status = Status::Active;
    else if (reader.ok())
        reader.fail(QStringLiteral("contact.status is unknown"));
    const QJsonObject rights = reader.object(QLatin1String("rights"));
    QString rightsError;
    if (reader.ok() && !ContactRights::fromJson(rights, &result.rights, &rightsError))
        reader.fail(QStringLiteral("contact.") + rightsError);
    result.invitedAt = reader.dateTime(QLatin1String("invitedAt"));
    const QJsonObject by = reader.object(QLatin1String("invitedBy"), JsonReader::Optional);
    result.invitedByName = by.value(QLatin1String("name")).toString().trimmed().left(300);
    if (reader.ok() && !json.contains(QLatin1String("lastSignInAt")))
        reader.fail(QStringLiteral("contact.lastSignInAt is missing"));
    result.lastSignInAt = reader.dateTime(QLatin1String("lastSignInAt"), JsonReader::Optional);
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return false;
    }
    *access = result;
    return true;
}

bool ContactAccess::pageFromJson(const QJsonObject &json, QList<ContactAccess> *items,
                                 QString *nextCursor, QString *error)
{
    return JsonPage::read(json, items, nextCursor, error, &ContactAccess::fromJson);
}

QString ContactInvite::normalizedMobile(const QString &typed)
{
    QString digits = typed;
    digits.remove(QRegularExpression(QStringLiteral("[\\s().-]")));
    if (digits.startsWith(QLatin1String("00")))
        digits = QLatin1Char('+') + digits.mid(2);
    else if (digits.startsWith(QLatin1String("06")))
        digits = QStringLiteral("+316") + digits.mid(2);
    return digits;
}

QJsonObject ContactInvite::toJson() const
{
    const QString prefix = familyNamePrefix.simplified();
    QJsonObject name { { QStringLiteral("givenName"), givenName.simplified() },
                       { QStringLiteral("familyName"), familyName.simplified() } };
    name.insert(QStringLiteral("familyNamePrefix"),
                prefix.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(prefix));
    return { { QStringLiteral("name"), name },
             { QStringLiteral("relation"), relation.simplified() },
             { QStringLiteral("email"), email.trimmed() },
             { QStringLiteral("mobile"), normalizedMobile(mobile) },
             { QStringLiteral("rights"), rights.toJson() } };
}

QJsonObject ContactInvite::toDraftFields() const
{
    return { { QStringLiteral("givenName"), givenName },
             { QStringLiteral("familyNamePrefix"), familyNamePrefix },
             { QStringLiteral("familyName"), familyName },
             { QStringLiteral("relation"), relation },
             { QStringLiteral("email"), email },
             { QStringLiteral("mobile"), mobile },
             { QStringLiteral("rights"), rights.toJson() } };
}

ContactInvite ContactInvite::fromDraftFields(const QJsonObject &fields)
{
    ContactInvite invite;
    const auto text = [&](const char *key) { return fields.value(QLatin1String(key)).toString(); };
    invite.givenName = text("givenName");
    invite.familyNamePrefix = text("familyNamePrefix");
    invite.familyName = text("familyName");
    invite.relation = text("relation");
    invite.email = text("email");
    invite.mobile = text("mobile");
    // A stored draft with broken rights starts with none ticked, as every new invitation does.
    if (!ContactRights::fromJson(fields.value(QLatin1String("rights")).toObject(), &invite.rights,
                                 nullptr))
        invite.rights = ContactRights();
    return invite;
}

bool ContactInvite::isEmpty() const
{
    return givenName.trimmed().isEmpty() && familyNamePrefix.trimmed().isEmpty()
        && familyName.trimmed().isEmpty() && relation.trimmed().isEmpty()
        && email.trimmed().isEmpty() && mobile.trimmed().isEmpty() && rights.none();
}
