#pragma once

#include "core/apireply.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>

class PortalApi;
class TrustedDeviceStore;

// One computer the signed-in person told the portal to remember (docs/openapi.yaml,
// TrustedDevice).
struct TrustedDevice
{
    QString id;
    QString name;
    QDateTime createdAt;
    QDateTime lastUsedAt; // invalid when never used since
    QDateTime expiresAt;
    bool current = false; // this session signed in with it: this computer

    static bool fromJson(const QJsonObject &json, TrustedDevice *device, QString *error);
    static bool pageFromJson(const QJsonObject &json, QList<TrustedDevice> *devices,
                             QString *nextCursor, QString *error);
};

// My trusted devices (GET /api/v1/me/trusted-devices, newest first; all pages at once: a person
// has a few) and their revocation. When this computer's device is revoked (one, or all), the
// token this computer keeps is forgotten too, so the next sign-in here asks an SMS code again.
class TrustedDeviceList : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles { IdRole = Qt::UserRole + 1, CurrentRole };

    explicit TrustedDeviceList(PortalApi *api, QObject *parent = nullptr);

    // Where this computer keeps its token, under which key (LoginFlow::deviceKey(): portal
    // host[:port] +
    // "/" + username, TrustedDeviceStore::keyForPortal). Without it only the portal forgets.
    void setLocalStore(TrustedDeviceStore *store, const QString &key);

    void reload();
    bool isBusy() const { return m_pending; }
    bool hasLoaded() const { return m_loaded; }
    TrustedDevice deviceAt(int row) const;
    bool hasCurrent() const;

    // False while another request runs.
    bool revoke(const QString &deviceId);
    bool revokeAll();

    static QString sentenceFor(const ApiError &error);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void busyChanged(bool busy);
    void loaded();
    // One device (or all, `deviceId` empty) is revoked; `wasThisComputer` when this computer's
    // own token was forgotten with it. The list reloads by itself.
    void revoked(const QString &deviceId, bool wasThisComputer);
    void failed(const ApiError &error, const QString &sentence);

private:
    void requestPage(const QString &cursor);
    void onPage(ApiReply *reply, const QString &cursor);
    void onRevoked(ApiReply *reply, const QString &deviceId, bool wasThisComputer);
    void fail(const ApiError &error);
    void start(ApiReply *reply);

    PortalApi *m_api;
    TrustedDeviceStore *m_store = nullptr;
    QString m_key;
    QList<TrustedDevice> m_devices;
    QList<TrustedDevice> m_incoming;
    QPointer<ApiReply> m_pending;
    bool m_loaded = false;
};
