#include "core/organizationinfo.h"

#include <QJsonValue>

#include <cmath>

namespace {

constexpr int SupportedApiVersion = 1;
constexpr int MaxNameLength = 200;
constexpr int MaxFieldLength = 320;

bool readString(const QJsonObject &json, QLatin1String key, bool required, int maxLength,
                QString *out, QString *error)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            *error = QStringLiteral("%1 is missing").arg(key);
        return !required;
    }
    if (!value.isString()) {
        *error = QStringLiteral("%1 is not a string").arg(key);
        return false;
    }
    const QString text = value.toString().trimmed();
    if (required && text.isEmpty()) {
        *error = QStringLiteral("%1 is empty").arg(key);
        return false;
    }
    if (text.size() > maxLength) {
        *error = QStringLiteral("%1 is too long").arg(key);
        return false;
    }
    *out = text;
    return true;
}

bool readInt(const QJsonObject &json, QLatin1String key, int min, int max, int *out, QString *error)
{
    const QJsonValue value = json.value(key);
    const double number = value.toDouble(-1);
    // The range first: converting a double outside int's range is undefined behaviour.
    if (!value.isDouble() || number < min || number > max || std::floor(number) != number) {
        *error
            = QStringLiteral("%1 is not a whole number from %2 to %3").arg(key).arg(min).arg(max);
        return false;
    }
    *out = static_cast<int>(number);
    return true;
}

bool readBool(const QJsonObject &json, QLatin1String key, bool *out, QString *error)
{
    const QJsonValue value = json.value(key);
    if (!value.isBool()) {
        *error = QStringLiteral("%1 is not true or false").arg(key);
        return false;
    }
    *out = value.toBool();
    return true;
}

bool readObject(const QJsonObject &json, QLatin1String key, QJsonObject *out, QString *error)
{
    const QJsonValue value = json.value(key);
    if (!value.isObject()) {
        *error = value.isUndefined() ? QStringLiteral("%1 is missing").arg(key)
                                     : QStringLiteral("%1 is not an object").arg(key);
        return false;
    }
    *out = value.toObject();
    return true;
}

bool readPolicy(const QJsonObject &json, PasswordPolicy *policy, QString *error)
{
    if (!readInt(json, QLatin1String("minLength"), 1, 1024, &policy->minLength, error)
        || !readInt(json, QLatin1String("maxLength"), 1, 4096, &policy->maxLength, error)
        || !readBool(json, QLatin1String("requireMixedCase"), &policy->requireMixedCase, error)
        || !readBool(json, QLatin1String("requireNonLetter"), &policy->requireNonLetter, error))
        return false;
    if (policy->minLength > policy->maxLength) {
        *error = QStringLiteral("minLength is larger than maxLength");
        return false;
    }
    return true;
}

// A logo must come from the portal itself: a path on the same server, never another host.
bool isServerRelativePath(const QString &path)
{
    return path.startsWith(QLatin1Char('/')) && !path.startsWith(QLatin1String("//"))
        && !path.contains(QLatin1Char('\\'));
}

} // namespace

bool OrganizationInfo::fromJson(const QJsonObject &json, OrganizationInfo *info, QString *error)
{
    OrganizationInfo result;
    QJsonObject helpdesk;
    QJsonObject policy;
    QString failure;
    const bool ok
        = readInt(json, QLatin1String("apiVersion"), 1, 1000, &result.apiVersion, &failure)
        && readString(json, QLatin1String("name"), true, MaxNameLength, &result.name, &failure)
        && readString(json, QLatin1String("logoUrl"), false, MaxFieldLength, &result.logoPath,
                      &failure)
        && readObject(json, QLatin1String("helpdesk"), &helpdesk, &failure)
        && readString(helpdesk, QLatin1String("phone"), false, MaxFieldLength,
                      &result.helpdesk.phone, &failure)
        && readString(helpdesk, QLatin1String("email"), false, MaxFieldLength,
                      &result.helpdesk.email, &failure)
        && readString(json, QLatin1String("termsVersion"), true, MaxFieldLength,
                      &result.termsVersion, &failure)
        && readObject(json, QLatin1String("passwordPolicy"), &policy, &failure)
        && readPolicy(policy, &result.passwordPolicy, &failure);
    if (ok && result.apiVersion != SupportedApiVersion) {
        failure = QStringLiteral("unsupported apiVersion %1").arg(result.apiVersion);
    } else if (ok && !result.logoPath.isEmpty() && !isServerRelativePath(result.logoPath)) {
        failure = QStringLiteral("logoUrl is not a path on this server");
    } else if (ok) {
        *info = result;
        return true;
    }
    if (error)
        *error = failure;
    return false;
}
