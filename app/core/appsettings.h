#pragma once

#include "core/organizationinfo.h"

#include <QList>
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

    // Text size on top of the system's, one of TextScaleSteps; anything else stored reads as 100.
    static const QList<int> TextScaleSteps;
    int textScalePercent() const;
    void setTextScalePercent(int percent);

    bool highContrast() const;
    void setHighContrast(bool on);

    // Desktop notifications of new messages, reports and plans to approve; on unless switched off.
    bool notifications() const;
    void setNotifications(bool on);

    // "nl", "en", or empty for the system's language; anything else stored reads as empty.
    QString language() const;
    void setLanguage(const QString &language);

private:
    QSettings *m_settings;
};
