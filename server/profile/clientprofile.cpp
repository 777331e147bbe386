#include "server/profile/clientprofile.h"

#include "server/accounts/accountinput.h"
#include "server/signin/apijson.h"

#include <QJsonValue>

namespace Portiek::Server {

namespace {

using FieldError = SignInProblems::FieldError;

// Lengths the contract states, and for the rest a bound no real value comes near.
constexpr int NameMax = AccountInput::MaxNameLength;
constexpr int PrefixMax = AccountInput::MaxPrefixLength;
constexpr int ClientNumberMax = 64;
constexpr int PhoneMax = 40;
constexpr int EmailMax = 254;
constexpr int TextMax = 200;

// Reads the members of one JSON object, collecting a field error per problem.
class Fields
{
public:
    Fields(const QJsonObject &object, const QString &prefix, QList<FieldError> *errors)
        : m_object(object)
        , m_prefix(prefix)
        , m_errors(errors)
    { }

    // A string of 1…maxLength characters after trimming; absent/null is `required` when
    // `needed`, else empty. No control characters (they would end up in people's screens).
    QString text(const QString &name, int maxLength, bool needed)
    {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined() || value.isNull()) {
            if (needed)
                fail(name, QStringLiteral("required"));
            return {};
        }
        if (!value.isString()) {
            fail(name, QStringLiteral("invalid_format"));
            return {};
        }
        const QString text = value.toString().trimmed();
        if (text.isEmpty() && needed)
            fail(name, QStringLiteral("required"));
        else if (text.size() > maxLength)
            fail(name, QStringLiteral("too_long"));
        else if (std::any_of(text.begin(), text.end(), [](QChar c) {
                     return c.isNull() || c.category() == QChar::Other_Control;
                 }))
            fail(name, QStringLiteral("invalid_format"));
        else
            return text;
        return {};
    }

    // A nested object; nullopt (and no error) for absent/null unless `needed`.
    std::optional<QJsonObject> object(const QString &name, bool needed)
    {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined() || value.isNull()) {
            if (needed)
                fail(name, QStringLiteral("required"));
            return std::nullopt;
        }
        if (!value.isObject()) {
            fail(name, QStringLiteral("invalid_format"));
            return std::nullopt;
        }
        return value.toObject();
    }

    void fail(const QString &name, const QString &code) { m_errors->append({ path(name), code }); }
    QString path(const QString &name) const { return m_prefix + name; }

private:
    QJsonObject m_object;
    QString m_prefix;
    QList<FieldError> *m_errors;
};

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

std::optional<ClientProfile> ClientProfile::fromImport(const QString &clientId,
                                                       const QJsonObject &object,
                                                       const QDate &today,
                                                       QList<FieldError> *errors)
{
    const qsizetype errorsBefore = errors->size();
    Fields top(object, QString(), errors);
    ClientProfile profile;
    profile.clientId = clientId;
    profile.name.id = clientId;
    profile.clientNumber = top.text(QStringLiteral("clientNumber"), ClientNumberMax, false);

    if (const auto name = top.object(QStringLiteral("name"), true)) {
        Fields fields(*name, QStringLiteral("name."), errors);
        profile.name.givenName = fields.text(QStringLiteral("givenName"), NameMax, true);
        profile.name.familyNamePrefix
            = fields.text(QStringLiteral("familyNamePrefix"), PrefixMax, false);
        profile.name.familyName = fields.text(QStringLiteral("familyName"), NameMax, true);
    }

    const QString birth = top.text(QStringLiteral("dateOfBirth"), 10, false);
    if (!birth.isEmpty()) {
        profile.dateOfBirth = QDate::fromString(birth, Qt::ISODate);
        if (!profile.dateOfBirth.isValid() || birth.size() != 10)
            top.fail(QStringLiteral("dateOfBirth"), QStringLiteral("invalid_format"));
        else if (profile.dateOfBirth > today)
            top.fail(QStringLiteral("dateOfBirth"), QStringLiteral("in_future"));
    }

    if (const auto address = top.object(QStringLiteral("address"), false)) {
        Fields fields(*address, QStringLiteral("address."), errors);
        profile.address = Address {
            fields.text(QStringLiteral("street"), TextMax, true),
            fields.text(QStringLiteral("houseNumber"), TextMax, true),
            fields.text(QStringLiteral("houseNumberAddition"), TextMax, false),
            fields.text(QStringLiteral("postalCode"), TextMax, true),
            fields.text(QStringLiteral("city"), TextMax, true),
        };
    }

    profile.phone = top.text(QStringLiteral("phone"), PhoneMax, false);
    profile.email = top.text(QStringLiteral("email"), EmailMax, false);
    QString ignored;
    if (!profile.email.isEmpty() && !AccountInput::email(profile.email, &ignored))
        top.fail(QStringLiteral("email"), QStringLiteral("invalid_format"));

    if (const auto location = top.object(QStringLiteral("location"), false)) {
        Fields fields(*location, QStringLiteral("location."), errors);
        profile.location = Location { fields.text(QStringLiteral("name"), TextMax, true),
                                      fields.text(QStringLiteral("department"), TextMax, false) };
    }

    if (const auto caregiver = top.object(QStringLiteral("coordinatingCaregiver"), false)) {
        Fields fields(*caregiver, QStringLiteral("coordinatingCaregiver."), errors);
        profile.coordinatingCaregiver
            = Caregiver { fields.text(QStringLiteral("name"), TextMax, true),
                          fields.text(QStringLiteral("phone"), PhoneMax, false) };
    }

    if (errors->size() > errorsBefore)
        return std::nullopt;
    return profile;
}

QJsonObject ClientProfile::toJson() const
{
    QJsonValue addressJson = QJsonValue::Null;
    if (address) {
        addressJson = QJsonObject {
            { QStringLiteral("street"), address->street },
            { QStringLiteral("houseNumber"), address->houseNumber },
            { QStringLiteral("houseNumberAddition"), nullIfEmpty(address->houseNumberAddition) },
            { QStringLiteral("postalCode"), address->postalCode },
            { QStringLiteral("city"), address->city },
        };
    }
    QJsonValue locationJson = QJsonValue::Null;
    if (location) {
        locationJson
            = QJsonObject { { QStringLiteral("name"), location->name },
                            { QStringLiteral("department"), nullIfEmpty(location->department) } };
    }
    QJsonValue caregiver = QJsonValue::Null;
    if (coordinatingCaregiver) {
        caregiver = QJsonObject { { QStringLiteral("name"), coordinatingCaregiver->name },
                                  { QStringLiteral("phone"),
                                    nullIfEmpty(coordinatingCaregiver->phone) } };
    }
    return {
        { QStringLiteral("clientId"), clientId },
        { QStringLiteral("clientNumber"), nullIfEmpty(clientNumber) },
        { QStringLiteral("name"),
          QJsonObject { { QStringLiteral("givenName"), name.givenName },
                        { QStringLiteral("familyNamePrefix"), nullIfEmpty(name.familyNamePrefix) },
                        { QStringLiteral("familyName"), name.familyName } } },
        { QStringLiteral("displayName"), name.name() },
        { QStringLiteral("dateOfBirth"),
          dateOfBirth.isValid() ? QJsonValue(dateOfBirth.toString(Qt::ISODate))
                                : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("address"), addressJson },
        { QStringLiteral("phone"), nullIfEmpty(phone) },
        { QStringLiteral("email"), nullIfEmpty(email) },
        { QStringLiteral("location"), locationJson },
        { QStringLiteral("coordinatingCaregiver"), caregiver },
        { QStringLiteral("updatedAt"), ApiJson::time(updatedAt) },
    };
}

bool ClientProfile::sameData(const ClientProfile &other) const
{
    ClientProfile a = *this;
    ClientProfile b = other;
    a.updatedAt = b.updatedAt = QDateTime();
    return a.toJson() == b.toJson();
}

} // namespace Portiek::Server
