#include "server/access/contactinput.h"

#include "server/accounts/accountinput.h"
#include "server/http/problem.h"
#include "server/signin/signinproblems.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace Portiek::Server::ContactInput {

namespace {

using FieldError = SignInProblems::FieldError;

// The rights of `ContactRights`, in the contract's order.
const QList<Rights::Right> ContactRightList = {
    &Rights::reportsRead, &Rights::reportsWrite, &Rights::plans,
    &Rights::agendaView,  &Rights::agendaEdit,   &Rights::measurements,
    &Rights::messages,    &Rights::board,        &Rights::profile,
};

std::optional<QJsonObject> bodyObject(const Request &request, Response *problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = Problem::badRequest(QStringLiteral("The body must be one JSON object."));
        return std::nullopt;
    }
    return document.object();
}

// Reads the fields of one object, collecting an error per bad field.
class Fields
{
public:
    Fields(const QJsonObject &object, const QString &prefix, QList<FieldError> &errors)
        : m_object(object)
        , m_prefix(prefix)
        , m_errors(errors)
    { }

    // A string of 1 to `maxLength` characters after trimming, with no control characters;
    // optional ones may be absent, null or empty.
    QString text(const QString &name, int maxLength, bool required = true)
    {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined() || value.isNull()
            || (value.isString() && value.toString().trimmed().isEmpty())) {
            if (required)
                fail(name, "required");
            return {};
        }
        if (!value.isString())
            return fail(name, "invalid_format");
        if (value.toString().trimmed().size() > maxLength)
            return fail(name, "too_long");
        QString why;
        const std::optional<QString> checked
            = AccountInput::namePart(value.toString(), maxLength, &why);
        return checked ? *checked : fail(name, "invalid_format");
    }

    bool flag(const QString &name)
    {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined() || value.isNull())
            fail(name, "required");
        else if (!value.isBool())
            fail(name, "invalid_format");
        return value.toBool();
    }

    QString fail(const QString &name, const char *code)
    {
        m_errors.append({ m_prefix + name, QLatin1String(code) });
        return {};
    }

private:
    QJsonObject m_object;
    QString m_prefix;
    QList<FieldError> &m_errors;
};

// An object member, or an error for it; an empty object then, so its fields read as missing
// without more errors.
QJsonObject member(const QJsonObject &object, const QString &name, const QString &prefix,
                   QList<FieldError> &errors, bool *present)
{
    const QJsonValue value = object.value(name);
    *present = value.isObject();
    if (value.isUndefined() || value.isNull())
        errors.append({ prefix + name, QStringLiteral("required") });
    else if (!value.isObject())
        errors.append({ prefix + name, QStringLiteral("invalid_format") });
    return value.toObject();
}

Rights readRightsObject(const QJsonObject &object, const QString &prefix, QList<FieldError> &errors)
{
    Fields fields(object, prefix, errors);
    Rights rights;
    for (const Rights::Right right : ContactRightList)
        rights.*right = fields.flag(Rights::name(right));
    // Writing without reading, or editing the agenda without seeing it, is a contradiction the
    // administrator should see, not one the server quietly resolves.
    if (rights.reportsWrite && !rights.reportsRead)
        fields.fail(QStringLiteral("reportsWrite"), "requires_other_right");
    if (rights.agendaEdit && !rights.agendaView)
        fields.fail(QStringLiteral("agendaEdit"), "requires_other_right");
    return rights;
}

} // namespace

std::optional<ContactInvite> readInvite(const Request &request, Response *problem)
{
    const std::optional<QJsonObject> body = bodyObject(request, problem);
    if (!body)
        return std::nullopt;
    QList<FieldError> errors;
    ContactInvite invite;
    bool present = false;
    const QJsonObject name = member(*body, QStringLiteral("name"), QString(), errors, &present);
    if (present) {
        Fields nameFields(name, QStringLiteral("name."), errors);
        invite.givenName
            = nameFields.text(QStringLiteral("givenName"), AccountInput::MaxNameLength);
        invite.familyNamePrefix = nameFields.text(QStringLiteral("familyNamePrefix"),
                                                  AccountInput::MaxPrefixLength, false);
        invite.familyName
            = nameFields.text(QStringLiteral("familyName"), AccountInput::MaxNameLength);
    }
    Fields fields(*body, QString(), errors);
    invite.relation = fields.text(QStringLiteral("relation"), RelationMaxLength);
    QString why;
    const QString email = fields.text(QStringLiteral("email"), 254);
    if (!email.isEmpty()) {
        const std::optional<QString> checked = AccountInput::email(email, &why);
        invite.email = checked ? *checked : fields.fail(QStringLiteral("email"), "invalid_format");
    }
    const QString mobile = fields.text(QStringLiteral("mobile"), 32);
    if (!mobile.isEmpty()) {
        const std::optional<QString> checked = AccountInput::mobile(mobile, &why);
        invite.mobile
            = checked ? *checked : fields.fail(QStringLiteral("mobile"), "invalid_format");
    }
    const QJsonObject rights = member(*body, QStringLiteral("rights"), QString(), errors, &present);
    if (present)
        invite.rights = readRightsObject(rights, QStringLiteral("rights."), errors);
    if (!errors.isEmpty()) {
        *problem = SignInProblems::validationFailed(errors);
        return std::nullopt;
    }
    return invite;
}

std::optional<Rights> readRights(const Request &request, Response *problem)
{
    const std::optional<QJsonObject> body = bodyObject(request, problem);
    if (!body)
        return std::nullopt;
    QList<FieldError> errors;
    const Rights rights = readRightsObject(*body, QString(), errors);
    if (!errors.isEmpty()) {
        *problem = SignInProblems::validationFailed(errors);
        return std::nullopt;
    }
    return rights;
}

} // namespace Portiek::Server::ContactInput
