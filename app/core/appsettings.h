#pragma once

#include "core/organizationinfo.h"

#include <QUrl>

class QSettings;

// The user's own settings. The QSettings object is passed in, so tests use a temporary file.
class AppSettings
{
public:
    explicit AppSettings(QSettings *settings);

    QUrl portalUrl() const;
    void setPortalUrl(const QUrl &url);

    // Remembered from the last successful connection, so an error can name the helpdesk even
    // when the portal cannot be reached.
    QString organizationName() const;
    Helpdesk helpdesk() const;
    void rememberOrganization(const OrganizationInfo &organization);

private:
    QSettings *m_settings;
};
