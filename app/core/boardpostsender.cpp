#include "core/boardpostsender.h"

#include "core/boardimagefile.h"
#include "core/draftsender.h"
#include "core/logging.h"
#include "core/portalapi.h"

#include <QFileInfo>
#include <QJsonArray>

namespace {

const QLatin1String PhotosField("photos");

bool mentionsPhotos(const ApiError &error)
{
    for (const ApiError::FieldError &field : error.fieldErrors()) {
        if (field.field.startsWith(QLatin1String("photoIds")))
            return true;
    }
    return false;
}

} // namespace

BoardPostSender::BoardPostSender(PortalApi *api, DraftStore *drafts, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_drafts(drafts)
    , m_sender(new DraftSender(api, drafts, this))
{
    connect(m_sender, &DraftSender::sent, this, &BoardPostSender::onPostSent);
    connect(m_sender, &DraftSender::failed, this, &BoardPostSender::onPostFailed);
}

QList<BoardPostSender::DraftPhoto> BoardPostSender::photosOf(const Draft &draft)
{
    QList<DraftPhoto> photos;
    const QJsonArray array = draft.fields.value(PhotosField).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject json = value.toObject();
        DraftPhoto photo;
        photo.path = json.value(QLatin1String("path")).toString();
        photo.key = json.value(QLatin1String("key")).toString().toLatin1();
        photo.photoId = json.value(QLatin1String("photoId")).toString();
        if (photo.key.isEmpty())
            photo.key = PortalApi::newIdempotencyKey();
        if (!photo.path.isEmpty())
            photos.append(photo);
    }
    return photos;
}

void BoardPostSender::setPhotos(Draft *draft, const QList<DraftPhoto> &photos)
{
    QJsonArray array;
    for (const DraftPhoto &photo : photos) {
        QJsonObject json { { QStringLiteral("path"), photo.path },
                           { QStringLiteral("key"), QString::fromLatin1(photo.key) } };
        if (!photo.photoId.isEmpty())
            json.insert(QStringLiteral("photoId"), photo.photoId);
        array.append(json);
    }
    draft->fields.insert(QString(PhotosField), array);
}

BoardPostSender::DraftPhoto BoardPostSender::newPhoto(const QString &path)
{
    return DraftPhoto { path, PortalApi::newIdempotencyKey(), QString() };
}

bool BoardPostSender::canSend(const Draft &draft)
{
    const QString text = draft.text().trimmed();
    const qsizetype photos = photosOf(draft).size();
    return draft.isValid() && draft.kind == QLatin1String(DraftKind)
        && (!text.isEmpty() || photos > 0) && text.size() <= BoardPost::MaxTextLength
        && photos <= BoardPost::MaxPhotos;
}

bool BoardPostSender::send(const QString &draftId)
{
    if (isSending() || !canSend(m_drafts->find(draftId)))
        return false;
    m_draftId = draftId;
    m_lastError = ApiError();
    emit sendingChanged(true);
    uploadNext();
    return true;
}

void BoardPostSender::uploadNext()
{
    const Draft draft = m_drafts->find(m_draftId);
    const QList<DraftPhoto> photos = photosOf(draft);
    int done = 0;
    for (const DraftPhoto &photo : photos)
        done += photo.photoId.isEmpty() ? 0 : 1;
    emit uploadProgress(done, int(photos.size()));
    for (const DraftPhoto &photo : photos) {
        if (!photo.photoId.isEmpty())
            continue;
        QByteArray jpeg;
        QString problem;
        if (!BoardImageFile::prepare(photo.path, &jpeg, &problem)) {
            fail(problem);
            return;
        }
        ApiReply *reply = m_api->postBytes(BoardPost::photosPath(draft.clientId), jpeg,
                                           QByteArrayLiteral("image/jpeg"), photo.key);
        m_upload = reply;
        const QByteArray key = photo.key;
        connect(reply, &ApiReply::finished, this, [this, reply, key] { onUploaded(reply, key); });
        return;
    }
    postDraft();
}

void BoardPostSender::onUploaded(ApiReply *reply, const QByteArray &key)
{
    m_upload = nullptr;
    Draft draft = m_drafts->find(m_draftId);
    QList<DraftPhoto> photos = photosOf(draft);
    auto photo = std::find_if(photos.begin(), photos.end(),
                              [&key](const DraftPhoto &one) { return one.key == key; });
    if (!draft.isValid() || photo == photos.end()) {
        fail(tr("The post was changed while it was being sent. Press \"Place\" again."));
        return;
    }
    if (!reply->isOk()) {
        const ApiError error = reply->error();
        // The file changed since the key's first try: this content needs a key of its own.
        if (error.problemCode() == DraftSender::keyReusedCode()) {
            photo->key = PortalApi::newIdempotencyKey();
            setPhotos(&draft, photos);
            m_drafts->save(draft);
        }
        const QString name = QFileInfo(photo->path).fileName();
        if (error.problemCode() == QLatin1String("image_invalid")
            || error.problemCode() == QLatin1String("image_dimensions")
            || error.problemCode() == QLatin1String("unsupported_media_type")
            || error.httpStatus() == 413)
            fail(tr("The portal did not accept the photo \"%1\". Remove it from the post or "
                    "choose another one.")
                     .arg(name),
                 error);
        else
            fail(tr("The photo \"%1\" could not be sent.").arg(name) + QLatin1Char(' ')
                     + sentenceFor(error),
                 error);
        return;
    }
    BoardPhoto uploaded;
    QString problem;
    if (!BoardPhoto::fromJson(reply->json(), &uploaded, &problem)) {
        qCWarning(lcApi) << "board: the uploaded photo's answer could not be read:" << problem;
        fail(sentenceFor(ApiError(ApiError::Kind::NotAPortal, problem)));
        return;
    }
    // Kept at once: a retry after any later failure uses this photo and sends it no more.
    photo->photoId = uploaded.id;
    setPhotos(&draft, photos);
    m_drafts->save(draft);
    uploadNext();
}

void BoardPostSender::postDraft()
{
    const Draft draft = m_drafts->find(m_draftId);
    QJsonObject body;
    const QString text = draft.text().trimmed();
    if (!text.isEmpty())
        body.insert(QStringLiteral("text"), text);
    QJsonArray ids;
    for (const DraftPhoto &photo : photosOf(draft))
        ids.append(photo.photoId);
    if (!ids.isEmpty())
        body.insert(QStringLiteral("photoIds"), ids);
    if (!m_sender->send(m_draftId, BoardPost::postsPath(draft.clientId), body))
        fail(tr("The post could not be sent. Press \"Place\" again."));
}

void BoardPostSender::onPostFailed(const QString &draftId, const ApiError &error)
{
    if (draftId != m_draftId)
        return;
    // The portal no longer knows the uploaded photos (they wait 24 hours for their post): send
    // them again, with new keys, and the post with a new key too, for it was refused.
    if (mentionsPhotos(error)) {
        Draft draft = m_drafts->find(draftId);
        QList<DraftPhoto> photos = photosOf(draft);
        for (DraftPhoto &photo : photos)
            photo = newPhoto(photo.path);
        setPhotos(&draft, photos);
        m_drafts->save(draft);
        m_drafts->renewKey(draftId);
    }
    fail(sentenceFor(error), error);
}

void BoardPostSender::onPostSent(const QString &draftId, const QJsonObject &answer)
{
    if (draftId != m_draftId)
        return;
    BoardPost post;
    QString problem;
    if (!BoardPost::fromJson(answer, &post, &problem)) {
        qCWarning(lcApi) << "board: the placed post could not be read:" << problem;
        post = BoardPost();
    }
    m_draftId.clear();
    emit sendingChanged(false);
    emit sent(draftId, post);
}

void BoardPostSender::fail(const QString &sentence, const ApiError &error)
{
    const QString draftId = m_draftId;
    m_draftId.clear();
    m_lastError = error;
    emit sendingChanged(false);
    emit failed(draftId, sentence);
}

QString BoardPostSender::sentenceFor(const ApiError &error)
{
    const QString code = error.problemCode();
    if (code == DraftSender::keyReusedCode())
        return tr("An earlier version of this post may already be on the board. Look at the "
                  "board first. Press \"Place\" again to place this version as a new post.");
    if (code == QLatin1String("idempotency_key_in_use"))
        return tr("The portal is still busy with this post. Wait a moment and press \"Place\" "
                  "again; it will not be placed twice.");
    if (code == QLatin1String("validation_failed") && mentionsPhotos(error))
        return tr("The portal no longer had the photos of this post. Press \"Place\" again to "
                  "send them once more.");
    if (code == QLatin1String("validation_failed"))
        return tr("The portal did not accept this post. A post can have at most %L1 characters "
                  "and %2 photos, and may not be empty.")
            .arg(BoardPost::MaxTextLength)
            .arg(BoardPost::MaxPhotos);
    if (error.httpStatus() == 403)
        return tr("You may not place posts on this board. Your post is kept as a draft.");
    const QString kept = tr("Your post is kept; nothing is lost. Press \"Place\" to try again.");
    if (error.kind() == ApiError::Kind::Problem)
        return tr("The portal could not place the post.") + QLatin1Char(' ') + kept;
    return error.userMessage() + QLatin1Char(' ') + kept;
}
