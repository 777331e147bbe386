#include "core/kioskpolicy.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

// The number under `key`, clamped to [min, max]; a value that is no whole number is rejected.
void readSeconds(const QJsonObject &json, const QString &key, int min, int max, int *value,
                 QStringList *warnings)
{
    const QJsonValue raw = json.value(key);
    if (raw.isUndefined())
        return;
    const double number = raw.toDouble(-1);
    if (!raw.isDouble() || std::floor(number) != number) {
        warnings->append(QStringLiteral("%1: not a whole number, using %2").arg(key).arg(*value));
        return;
    }
    // Clamped as a double: converting one beyond qint64 (1e300) is undefined behaviour.
    const int clamped = int(std::clamp(number, double(min), double(max)));
    if (clamped != number)
        warnings->append(QStringLiteral("%1: %2 is outside %3..%4, using %5")
                             .arg(key)
                             .arg(number, 0, 'g', QLocale::FloatingPointShortest)
                             .arg(min)
                             .arg(max)
                             .arg(clamped));
    *value = int(clamped);
}

void readFlag(const QJsonObject &json, const QString &key, bool *value, QStringList *warnings)
{
    const QJsonValue raw = json.value(key);
    if (raw.isUndefined())
        return;
    if (!raw.isBool()) {
        warnings->append(QStringLiteral("%1: not true or false, using %2")
                             .arg(key, *value ? QStringLiteral("true") : QStringLiteral("false")));
        return;
    }
    *value = raw.toBool();
}

} // namespace

KioskPolicy KioskPolicy::strict()
{
    KioskPolicy policy;
    policy.allowPrint = false;
    return policy;
}

bool KioskPolicy::fromJson(const QByteArray &json, KioskPolicy *policy, QStringList *warnings)
{
    *policy = strict();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        warnings->append(error.error != QJsonParseError::NoError
                             ? QStringLiteral("not JSON (%1): using the strict defaults")
                                   .arg(error.errorString())
                             : QStringLiteral("not a JSON object: using the strict defaults"));
        return false;
    }
    *policy = KioskPolicy();
    const QJsonObject object = document.object();
    static const QStringList known
        = { QStringLiteral("idleSeconds"),         QStringLiteral("countdownSeconds"),
            QStringLiteral("sessionLimitMinutes"), QStringLiteral("allowSave"),
            QStringLiteral("allowPrint"),          QStringLiteral("portal") };
    for (const QString &key : object.keys()) {
        if (!known.contains(key))
            warnings->append(QStringLiteral("%1: unknown key, ignored").arg(key));
    }
    readSeconds(object, QStringLiteral("idleSeconds"), MinIdleSeconds, MaxIdleSeconds,
                &policy->idleSeconds, warnings);
    readSeconds(object, QStringLiteral("countdownSeconds"), MinCountdownSeconds,
                MaxCountdownSeconds, &policy->countdownSeconds, warnings);
    readSeconds(object, QStringLiteral("sessionLimitMinutes"), MinSessionLimitMinutes,
                MaxSessionLimitMinutes, &policy->sessionLimitMinutes, warnings);
    // The countdown comes at the end of the idle time: it cannot take all of it.
    if (policy->countdownSeconds > policy->idleSeconds / 2) {
        warnings->append(
            QStringLiteral("countdownSeconds: %1 is more than half of idleSeconds, using %2")
                .arg(policy->countdownSeconds)
                .arg(policy->idleSeconds / 2));
        policy->countdownSeconds = policy->idleSeconds / 2;
    }
    readFlag(object, QStringLiteral("allowSave"), &policy->allowSave, warnings);
    readFlag(object, QStringLiteral("allowPrint"), &policy->allowPrint, warnings);
    const QJsonValue portal = object.value(QStringLiteral("portal"));
    if (!portal.isUndefined()) {
        const QUrl url(portal.toString(), QUrl::StrictMode);
        if (portal.isString() && url.isValid() && url.scheme() == QLatin1String("https")
            && !url.host().isEmpty() && url.userInfo().isEmpty())
            policy->portal = url;
        else
            warnings->append(QStringLiteral("portal: not an https:// address, ignored"));
    }
    return true;
}

bool KioskPolicy::fromFile(const QString &path, KioskPolicy *policy, QStringList *warnings)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *policy = strict();
        warnings->append(QStringLiteral("%1 cannot be read (%2): using the strict defaults")
                             .arg(path, file.errorString()));
        return false;
    }
    // A policy is a few lines; anything big is not one.
    return fromJson(file.read(64 * 1024), policy, warnings);
}

QString KioskPolicy::systemPath()
{
#if defined(Q_OS_WIN)
    return qEnvironmentVariable("ProgramData", QStringLiteral("C:/ProgramData"))
        + QStringLiteral("/Portiek/kiosk.json");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("/Library/Application Support/Portiek/kiosk.json");
#else
    return QStringLiteral("/etc/portiek/kiosk.json");
#endif
}

bool KioskPolicy::load(bool forced, const QString &file, const QString &systemFile,
                       KioskPolicy *policy, QStringList *warnings)
{
    if (!file.isEmpty()) {
        fromFile(file, policy, warnings);
        return true;
    }
    if (!systemFile.isEmpty() && QFile::exists(systemFile)) {
        fromFile(systemFile, policy, warnings);
        return true;
    }
    *policy = KioskPolicy();
    return forced;
}
