#pragma once

#include "core/rights.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

class ApiReply;
class PortalApi;
class QTimer;

// Notices, while Portiek runs, what the care dossier brought since the last look: new reports and
// plans that newly wait for approval, for desktop notifications. Polite to the portal: it asks the
// cheap sync-status with If-None-Match every few minutes and reads the lists only when that
// changed; after a failure it waits twice as long each time, up to half an hour. What is there at
// the first look is the baseline: nothing is announced for it.
class DossierWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 5 * 60 * 1000;
    static constexpr int MaxIntervalMs = 30 * 60 * 1000;

    explicit DossierWatcher(PortalApi *api, QObject *parent = nullptr);

    // Starts watching this client (empty: stops). The rights say which lists may be read.
    void watch(const QString &clientId, const Rights &rights);
    bool isWatching() const { return !m_clientId.isEmpty(); }
    // The interval while all goes well (tests shorten it).
    void setIntervalMs(int ms);
    int nextCheckMs() const { return m_nextMs; }
    // One look now (also what the timer does).
    void check();

signals:
    // `titles`: of each new report "category, author" and of each plan its title, newest first.
    void newReports(const QStringList &titles);
    void plansAwaitingApproval(const QStringList &titles);
    // A look has ended: `listsRead` when the status had changed and the lists were read again,
    // `ok` false when the portal could not be asked.
    void checked(bool listsRead, bool ok);

private:
    void onSyncStatus(ApiReply *reply);
    void readLists();
    void onReports(ApiReply *reply);
    void onPlans(ApiReply *reply);
    void scheduleNext(bool ok);
    void abortPending();

    PortalApi *m_api;
    QTimer *m_timer;
    QString m_clientId;
    Rights m_rights;
    int m_intervalMs = DefaultIntervalMs;
    int m_nextMs = DefaultIntervalMs;
    QByteArray m_syncEtag;
    bool m_baseline = false; // the first lists have been read
    QSet<QString> m_knownReports;
    QSet<QString> m_knownPlans;
    QList<QPointer<ApiReply>> m_pending;
    int m_generation = 0; // answers for an earlier client are dropped
};
