#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QMetaType>
#include <QString>

// When the portal last copied the client's dossier, and when it expects to next
// (GET /api/v1/clients/{clientId}/sync-status). The portal is not real-time, so the home screen
// says so in one sentence.
struct SyncStatus
{
    Q_DECLARE_TR_FUNCTIONS(SyncStatus)

public:
    QDateTime lastUpdatedAt; // null before the first import
    QDateTime nextExpectedUpdateAt;
    int intervalMinutes = 0;
    QString windowStart; // "07:00"
    QString windowEnd; // "23:00"
    QString timeZone; // "Europe/Amsterdam"

    static bool fromJson(const QJsonObject &json, SyncStatus *status, QString *error);

    // "Updated at 07:02, next update around 11:00." in this computer's time zone, with "yesterday",
    // "tomorrow" or a date where the time alone would mislead. `now` decides what "today" is.
    QString sentence(const QDateTime &now, const QLocale &locale = QLocale()) const;
};

Q_DECLARE_METATYPE(SyncStatus)
