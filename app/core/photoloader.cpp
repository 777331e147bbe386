#include "core/photoloader.h"

#include "core/logging.h"
#include "core/portalapi.h"

#include <QUrl>

namespace {

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

PhotoLoader::PhotoLoader(PortalApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(MaxCachedPhotos)
{ }

QString PhotoLoader::clientPhotoPath(const QString &clientId)
{
    return QStringLiteral("/api/v1/clients/%1/photo").arg(segment(clientId));
}

QString PhotoLoader::personPhotoPath(const QString &clientId, const QString &personId)
{
    return QStringLiteral("/api/v1/clients/%1/people/%2/photo")
        .arg(segment(clientId), segment(personId));
}

QString PhotoLoader::myPhotoPath()
{
    return QStringLiteral("/api/v1/me/photo");
}

QImage PhotoLoader::cached(const QString &path) const
{
    const Entry *entry = m_cache.object(path);
    return entry ? entry->photo : QImage();
}

void PhotoLoader::forget(const QString &path)
{
    m_cache.remove(path);
}

void PhotoLoader::clear()
{
    m_cache.clear();
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<ApiReply> &reply : inFlight) {
        if (reply)
            reply->abort();
    }
}

QImage PhotoLoader::load(const QString &path)
{
    const Entry *entry = m_cache.object(path);
    const QImage copy = entry ? entry->photo : QImage();
    if (path.isEmpty() || m_inFlight.value(path))
        return copy;
    ApiReply *reply = m_api->get(path, ApiReply::Expect::Bytes, entry ? entry->etag : QByteArray());
    m_inFlight.insert(path, reply);
    connect(reply, &ApiReply::finished, this, [this, path, reply] { onPhoto(path, reply); });
    return copy;
}

void PhotoLoader::onPhoto(const QString &path, ApiReply *reply)
{
    if (m_inFlight.value(path) != reply)
        return; // cleared meanwhile
    m_inFlight.remove(path);
    if (reply->httpStatus() == 304 && m_cache.contains(path))
        return;
    if (reply->httpStatus() == 404) {
        // "No photo" is news too: the caller shows initials instead of waiting.
        m_cache.remove(path);
        emit photoReady(path, QImage());
        return;
    }
    if (!reply->isOk()) {
        emit photoFailed(path, reply->error());
        return;
    }
    QImage photo;
    if (!photo.loadFromData(reply->body())) {
        qCWarning(lcApi) << "photo: not an image:" << path << reply->contentType();
        emit photoFailed(path,
                         ApiError(ApiError::Kind::NotAPortal, QStringLiteral("not an image")));
        return;
    }
    // Without an ETag a copy cannot be revalidated; it is still worth showing while asking again.
    m_cache.insert(path, new Entry { photo, reply->etag() });
    emit photoReady(path, photo);
}

void PhotoLoader::uploadMyPhoto(const QByteArray &bytes, const QByteArray &contentType)
{
    if (isChangingMyPhoto())
        return;
    watchChange(m_api->putBytes(myPhotoPath(), bytes, contentType));
}

void PhotoLoader::removeMyPhoto()
{
    if (isChangingMyPhoto())
        return;
    watchChange(m_api->del(myPhotoPath()));
}

void PhotoLoader::watchChange(ApiReply *reply)
{
    m_change = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_change.clear();
        if (!reply->isOk()) {
            emit myPhotoChangeFailed(reply->error());
            return;
        }
        forget(myPhotoPath());
        emit myPhotoChanged();
    });
}
