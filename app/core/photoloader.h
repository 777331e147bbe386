#pragma once

#include "core/apierror.h"

#include <QByteArray>
#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QString>

class ApiReply;
class PortalApi;

// Photos of the client, of the people in the client's portal and of the signed-in person
// (docs/openapi.yaml, getClientPhoto, getPersonPhoto, getMyPhoto), kept in a small in-memory cache
// keyed by their path. A cached photo is shown at once and revalidated with its ETag, so a
// changed photo replaces it and an unchanged one costs no download. Also sets and removes my own
// photo (putMyPhoto, deleteMyPhoto).
class PhotoLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxCachedPhotos = 100;

    explicit PhotoLoader(PortalApi *api, QObject *parent = nullptr);

    static QString clientPhotoPath(const QString &clientId);
    static QString personPhotoPath(const QString &clientId, const QString &personId);
    static QString myPhotoPath();

    // Returns the cached copy (null when there is none) and asks the portal for the photo, or
    // whether the copy is still current. photoReady() follows when what the portal has differs
    // from the copy: a new photo, or a null image when the person has none (404).
    QImage load(const QString &path);
    QImage cached(const QString &path) const;
    void forget(const QString &path);
    void clear();

    // `bytes` is a JPEG or PNG image of `contentType` ("image/jpeg", "image/png").
    void uploadMyPhoto(const QByteArray &bytes, const QByteArray &contentType);
    void removeMyPhoto();
    bool isChangingMyPhoto() const { return !m_change.isNull(); }

signals:
    void photoReady(const QString &path, const QImage &photo);
    void photoFailed(const QString &path, const ApiError &error);
    // My photo was set or removed; myPhotoPath() is forgotten from the cache.
    void myPhotoChanged();
    void myPhotoChangeFailed(const ApiError &error);

private:
    struct Entry
    {
        QImage photo;
        QByteArray etag;
    };

    void onPhoto(const QString &path, ApiReply *reply);
    void watchChange(ApiReply *reply);

    PortalApi *m_api;
    QCache<QString, Entry> m_cache;
    QHash<QString, QPointer<ApiReply>> m_inFlight;
    QPointer<ApiReply> m_change;
};
