#include "core/appsettings.h"

#include <QSettings>

namespace {
const QString PortalUrlKey = QStringLiteral("portal/url");
const QString OrganizationNameKey = QStringLiteral("portal/organizationName");
const QString HelpdeskPhoneKey = QStringLiteral("portal/helpdeskPhone");
const QString HelpdeskEmailKey = QStringLiteral("portal/helpdeskEmail");
const QString TextScaleKey = QStringLiteral("display/textScalePercent");
const QString HighContrastKey = QStringLiteral("display/highContrast");
const QString NotificationsKey = QStringLiteral("notifications/enabled");
const QString LanguageKey = QStringLiteral("display/language");
} // namespace

AppSettings::AppSettings(QSettings *settings)
    : m_settings(settings)
{ }

QUrl AppSettings::portalUrl() const
{
    return QUrl(m_settings->value(PortalUrlKey).toString(), QUrl::StrictMode);
}

void AppSettings::setPortalUrl(const QUrl &url)
{
    m_settings->setValue(PortalUrlKey, url.toString());
}

QString AppSettings::organizationName() const
{
    return m_settings->value(OrganizationNameKey).toString();
}

Helpdesk AppSettings::helpdesk() const
{
    return { m_settings->value(HelpdeskPhoneKey).toString(),
             m_settings->value(HelpdeskEmailKey).toString() };
}

void AppSettings::rememberOrganization(const OrganizationInfo &organization)
{
    m_settings->setValue(OrganizationNameKey, organization.name);
    m_settings->setValue(HelpdeskPhoneKey, organization.helpdesk.phone);
    m_settings->setValue(HelpdeskEmailKey, organization.helpdesk.email);
}

const QList<int> AppSettings::TextScaleSteps = { 100, 125, 150, 175, 200 };

int AppSettings::textScalePercent() const
{
    bool ok = false;
    const int percent = m_settings->value(TextScaleKey).toInt(&ok);
    return ok && TextScaleSteps.contains(percent) ? percent : 100;
}

void AppSettings::setTextScalePercent(int percent)
{
    if (TextScaleSteps.contains(percent))
        m_settings->setValue(TextScaleKey, percent);
}

bool AppSettings::highContrast() const
{
    const QVariant value = m_settings->value(HighContrastKey);
    const QString text = value.toString().toLower();
    return text == QLatin1String("true") || text == QLatin1String("1");
}

void AppSettings::setHighContrast(bool on)
{
    m_settings->setValue(HighContrastKey, on);
}

bool AppSettings::notifications() const
{
    const QString text = m_settings->value(NotificationsKey).toString().toLower();
    return text != QLatin1String("false") && text != QLatin1String("0");
}

void AppSettings::setNotifications(bool on)
{
    m_settings->setValue(NotificationsKey, on);
}

QString AppSettings::language() const
{
    const QString language = m_settings->value(LanguageKey).toString();
    return language == QLatin1String("nl") || language == QLatin1String("en") ? language
                                                                              : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    if (language == QLatin1String("nl") || language == QLatin1String("en"))
        m_settings->setValue(LanguageKey, language);
    else
        m_settings->remove(LanguageKey);
}
