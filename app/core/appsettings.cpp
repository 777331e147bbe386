#include "core/appsettings.h"

#include <QSettings>

namespace {
const QString PortalUrlKey = QStringLiteral("portal/url");
const QString OrganizationNameKey = QStringLiteral("portal/organizationName");
const QString HelpdeskPhoneKey = QStringLiteral("portal/helpdeskPhone");
const QString HelpdeskEmailKey = QStringLiteral("portal/helpdeskEmail");
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
