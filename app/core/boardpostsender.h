#pragma once

#include "core/apireply.h"
#include "core/boardpost.h"
#include "core/draftstore.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

class DraftSender;
class PortalApi;

// Places a post on the board from a stored draft (kind "boardpost"): first each photo that the
// portal does not have yet (POST …/board/photos, each with an Idempotency-Key of its own kept in
// the draft), then the post with the draft's key (createBoardPost). Every photo id the portal
// gives is written to the draft at once, so after a failure nothing is typed or chosen again and
// nothing is uploaded twice; the draft goes only when the portal has the post.
//
// The draft's fields: {"text": …, "photos": [{"path": local file, "key": upload key,
// "photoId": the portal's id once uploaded}]}.
class BoardPostSender : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *DraftKind = "boardpost";

    struct DraftPhoto
    {
        QString path;
        QByteArray key;
        QString photoId; // empty until uploaded
    };

    BoardPostSender(PortalApi *api, DraftStore *drafts, QObject *parent = nullptr);

    static QList<DraftPhoto> photosOf(const Draft &draft);
    static void setPhotos(Draft *draft, const QList<DraftPhoto> &photos);
    // A photo to add to a draft: its file, and a fresh upload key.
    static DraftPhoto newPhoto(const QString &path);
    // Whether the draft holds something to post, within the portal's limits.
    static bool canSend(const Draft &draft);

    // Sends the stored draft as it is now. False (and nothing sent) while a send runs, or when
    // the draft is unknown, empty or over a limit.
    bool send(const QString &draftId);
    bool isSending() const { return !m_draftId.isEmpty(); }
    QString sendingDraftId() const { return m_draftId; }
    // Why the last send failed at the portal; no error when a photo file could not be used.
    ApiError lastError() const { return m_lastError; }

    // A sentence for the person writing: what went wrong and what to do.
    static QString sentenceFor(const ApiError &error);

signals:
    void sendingChanged(bool sending);
    // `done` of `total` photos are at the portal.
    void uploadProgress(int done, int total);
    // The portal has the post; the draft is gone. `post` is invalid when the answer could not
    // be read (the post is placed all the same).
    void sent(const QString &draftId, const BoardPost &post);
    void failed(const QString &draftId, const QString &sentence);

private:
    void uploadNext();
    void onUploaded(ApiReply *reply, const QByteArray &key);
    void postDraft();
    void onPostFailed(const QString &draftId, const ApiError &error);
    void onPostSent(const QString &draftId, const QJsonObject &answer);
    void fail(const QString &sentence, const ApiError &error = {});

    PortalApi *m_api;
    DraftStore *m_drafts;
    DraftSender *m_sender;
    QString m_draftId;
    QPointer<ApiReply> m_upload;
    ApiError m_lastError;
};
