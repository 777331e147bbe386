#include "core/boardimagefile.h"
#include "core/boardpost.h"
#include "core/boardpostlistmodel.h"
#include "core/boardpostsender.h"
#include "core/boardreactions.h"
#include "core/draftstore.h"
#include "core/portalapi.h"
#include "fakeportal.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString ClientId = QStringLiteral("100482");
const QString PostsPath = QStringLiteral("/api/v1/clients/100482/board/posts");
const QString PhotosPath = QStringLiteral("/api/v1/clients/100482/board/photos");

QJsonObject person(const QString &id, const QString &role = QStringLiteral("contact"))
{
    return { { "id", id },
             { "name", QStringLiteral("Anouk de Boer") },
             { "role", role },
             { "photoUrl", QJsonValue::Null } };
}

QJsonObject photo(const QString &id)
{
    const QString full = PhotosPath + QLatin1Char('/') + id;
    return { { "id", id },
             { "thumbnailUrl", full + QStringLiteral("/thumbnail") },
             { "fullUrl", full },
             { "width", 2048 },
             { "height", 1536 } };
}

QJsonObject reaction(const QString &id, const QString &postId, bool canDelete = false)
{
    return { { "id", id },
             { "postId", postId },
             { "author", person(QStringLiteral("per_9Rm4"), QStringLiteral("representative")) },
             { "createdAt", QStringLiteral("2026-03-08T19:03:47+01:00") },
             { "text", QStringLiteral("Prachtige foto.") },
             { "canDelete", canDelete } };
}

QJsonObject post(const QString &id, const QString &text = QStringLiteral("Een middag aan zee."))
{
    return { { "id", id },
             { "author", person(QStringLiteral("per_2Tn6")) },
             { "createdAt", QStringLiteral("2026-03-08T17:22:10+01:00") },
             { "text", text },
             { "photos", QJsonArray { photo(QStringLiteral("pho_1")) } },
             { "reactionCount", 1 },
             { "latestReactions", QJsonArray { reaction(QStringLiteral("rea_1"), id) } },
             { "canDelete", true } };
}

QJsonObject page(const QJsonArray &items, const QJsonValue &next = QJsonValue::Null)
{
    return { { "items", items }, { "nextCursor", next } };
}

} // namespace

class TestBoard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void post_fromJson_readsTheContractFields();
    void post_fromJson_rejectsBadServerData_data();
    void post_fromJson_rejectsBadServerData();
    void model_pagesNewestFirst_andSkipsPostsAlreadyListed();
    void model_deletePost_removesTheRowOnlyWhenThePortalSaysSo();
    void model_refreshPost_replacesTheRow();
    void imageFile_corruptImage_isRejectedWithASentence();
    void imageFile_tooLargeFile_isRejectedBeforeSending();
    void imageFile_tooManyPixels_isRejected();
    void imageFile_largePhoto_isScaledDownToJpeg();
    void postSender_failedUpload_keepsTheDraft_andRetryReusesKeysAndIds();
    void postSender_failedPost_keepsTheDraft_andRetrySendsTheSameKey();
    void postSender_forgottenPhotos_areUploadedAgainWithNewKeys();
    void postSender_missingFile_saysWhichPhoto();
    void reactions_draftSurvivesAFailedSend_andRetryUsesTheSameKey();
    void reactions_loadAll_followsTheCursors();
    void reactions_delete_reportsBack();
    void sentences_sayWhatToDo();

private:
    QString writePng(const QString &name, int width, int height);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<DraftStore> m_drafts;
};

void TestBoard::init()
{
    m_drafts.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_portal = std::make_unique<FakePortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example.nl")));
    m_drafts = std::make_unique<DraftStore>(m_dir->filePath(QStringLiteral("drafts")),
                                            QStringLiteral("me"));
}

QString TestBoard::writePng(const QString &name, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(30, 120, 200));
    const QString path = m_dir->filePath(name);
    if (!image.save(path, "PNG"))
        qWarning("could not write %s", qPrintable(path));
    return path;
}

void TestBoard::post_fromJson_readsTheContractFields()
{
    BoardPost read;
    QString error;
    QVERIFY2(BoardPost::fromJson(post(QStringLiteral("pst_1")), &read, &error), qPrintable(error));
    QCOMPARE(read.id, QStringLiteral("pst_1"));
    QCOMPARE(read.author.name, QStringLiteral("Anouk de Boer"));
    QCOMPARE(read.author.role, BoardPerson::Role::Contact);
    QVERIFY(read.author.photoUrl.isEmpty());
    QCOMPARE(read.createdAt, QDateTime::fromString("2026-03-08T16:22:10Z", Qt::ISODate));
    QCOMPARE(read.photos.size(), 1);
    QCOMPARE(read.photos.first().thumbnailUrl, PhotosPath + QStringLiteral("/pho_1/thumbnail"));
    QCOMPARE(read.photos.first().width, 2048);
    QCOMPARE(read.reactionCount, 1);
    QCOMPARE(read.reactions.size(), 1);
    QCOMPARE(read.reactions.first().author.role, BoardPerson::Role::Representative);
    QVERIFY(read.hasAllReactions());
    QVERIFY(read.canDelete);
}

void TestBoard::post_fromJson_rejectsBadServerData_data()
{
    QTest::addColumn<QJsonObject>("json");
    QJsonObject json = post(QStringLiteral("pst_1"));
    json.remove("author");
    QTest::newRow("no author") << json;
    json = post(QStringLiteral("pst_1"));
    json["author"] = person(QStringLiteral("per_1"), QStringLiteral("nurse"));
    QTest::newRow("unknown role") << json;
    json = post(QStringLiteral("pst_1"), QString());
    json["photos"] = QJsonArray();
    QTest::newRow("neither text nor photos") << json;
    json = post(QStringLiteral("pst_1"));
    QJsonObject away = photo(QStringLiteral("pho_2"));
    away["thumbnailUrl"] = QStringLiteral("https://elders.example/thumb.jpg");
    json["photos"] = QJsonArray { away };
    QTest::newRow("photo on another host") << json;
    json = post(QStringLiteral("pst_1"));
    json["reactionCount"] = 0;
    QTest::newRow("count below the reactions") << json;
    json = post(QStringLiteral("pst_1"));
    QJsonArray four;
    for (int i = 0; i < 4; ++i)
        four.append(reaction(QStringLiteral("rea_%1").arg(i), QStringLiteral("pst_1")));
    json["latestReactions"] = four;
    json["reactionCount"] = 4;
    QTest::newRow("four latest reactions") << json;
    json = post(QStringLiteral("pst_1"));
    json["createdAt"] = QStringLiteral("2026-03-08T17:22:10");
    QTest::newRow("time without offset") << json;
    json = post(QStringLiteral("pst_1"));
    json.remove("canDelete");
    QTest::newRow("no canDelete") << json;
}

void TestBoard::post_fromJson_rejectsBadServerData()
{
    QFETCH(QJsonObject, json);
    BoardPost read;
    QString error;
    QVERIFY(!BoardPost::fromJson(json, &read, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!read.isValid());
}

void TestBoard::model_pagesNewestFirst_andSkipsPostsAlreadyListed()
{
    m_portal->answer("GET", PostsPath, 200,
                     page({ post(QStringLiteral("pst_3")), post(QStringLiteral("pst_2")) },
                          QStringLiteral("c2")));
    // A post placed meanwhile pushed pst_2 onto the next page as well.
    m_portal->answer("GET", PostsPath, 200,
                     page({ post(QStringLiteral("pst_2")), post(QStringLiteral("pst_1")) }));
    BoardPostListModel model(m_api.get());
    model.setPageSize(2);
    QSignalSpy pages(&model, &BoardPostListModel::pageLoaded);
    model.setClientId(ClientId);
    QVERIFY(pages.wait());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(m_portal->calls().first().path, PostsPath + QStringLiteral("?limit=2"));
    model.fetchMore({});
    QVERIFY(!model.canFetchMore({})); // one request at a time
    QVERIFY(pages.wait());
    QCOMPARE(m_portal->calls().last().path, PostsPath + QStringLiteral("?limit=2&cursor=c2"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2).data(BoardPostListModel::IdRole).toString(), QStringLiteral("pst_1"));
    QVERIFY(!model.canFetchMore({}));
}

void TestBoard::model_deletePost_removesTheRowOnlyWhenThePortalSaysSo()
{
    m_portal->answer("GET", PostsPath, 200,
                     page({ post(QStringLiteral("pst_2")), post(QStringLiteral("pst_1")) }));
    BoardPostListModel model(m_api.get());
    QAbstractItemModelTester tester(&model);
    QSignalSpy pages(&model, &BoardPostListModel::pageLoaded);
    model.setClientId(ClientId);
    QVERIFY(pages.wait());

    const QString postPath = PostsPath + QStringLiteral("/pst_2");
    m_portal->problem("DELETE", postPath, 403, QStringLiteral("not_author"));
    m_portal->answer("DELETE", postPath, 204);
    QSignalSpy failed(&model, &BoardPostListModel::deleteFailed);
    QSignalSpy deleted(&model, &BoardPostListModel::postDeleted);
    model.deletePost(QStringLiteral("pst_2"));
    QVERIFY(failed.wait());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(failed.first().at(1).value<ApiError>().problemCode(), QStringLiteral("not_author"));
    model.deletePost(QStringLiteral("pst_2"));
    QVERIFY(deleted.wait());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.postAt(0).id, QStringLiteral("pst_1"));
}

void TestBoard::model_refreshPost_replacesTheRow()
{
    m_portal->answer("GET", PostsPath, 200, page({ post(QStringLiteral("pst_1")) }));
    BoardPostListModel model(m_api.get());
    QAbstractItemModelTester tester(&model);
    QSignalSpy pages(&model, &BoardPostListModel::pageLoaded);
    model.setClientId(ClientId);
    QVERIFY(pages.wait());
    QJsonObject changed = post(QStringLiteral("pst_1"));
    changed["reactionCount"] = 5;
    m_portal->answer("GET", PostsPath + QStringLiteral("/pst_1"), 200, changed);
    QSignalSpy rows(&model, &QAbstractItemModel::dataChanged);
    model.refreshPost(QStringLiteral("pst_1"));
    QVERIFY(rows.wait());
    QCOMPARE(model.postAt(0).reactionCount, 5);
    QVERIFY(!model.postAt(0).hasAllReactions());
}

void TestBoard::imageFile_corruptImage_isRejectedWithASentence()
{
    QByteArray png;
    {
        QFile file(writePng(QStringLiteral("whole.png"), 200, 200));
        QVERIFY(file.open(QIODevice::ReadOnly));
        png = file.readAll();
    }
    const QString path = m_dir->filePath(QStringLiteral("kapot.png"));
    QFile broken(path);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(png.left(60)); // the header, then nothing
    broken.close();
    QByteArray jpeg;
    QString problem;
    QVERIFY(!BoardImageFile::prepare(path, &jpeg, &problem));
    QVERIFY2(problem.contains(QLatin1String("kapot.png")), qPrintable(problem));
    QVERIFY(problem.contains(QLatin1String("damaged")));

    const QString text = m_dir->filePath(QStringLiteral("brief.jpg"));
    QFile notAPhoto(text);
    QVERIFY(notAPhoto.open(QIODevice::WriteOnly));
    notAPhoto.write("Dit is geen foto.");
    notAPhoto.close();
    QVERIFY(!BoardImageFile::prepare(text, &jpeg, &problem));
    QVERIFY2(problem.contains(QLatin1String("JPEG or PNG")), qPrintable(problem));
}

void TestBoard::imageFile_tooLargeFile_isRejectedBeforeSending()
{
    const QString path = m_dir->filePath(QStringLiteral("groot.jpg"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(BoardImageFile::MaxFileBytes + 1));
    file.close();
    QByteArray jpeg;
    QString problem;
    QVERIFY(!BoardImageFile::prepare(path, &jpeg, &problem));
    QVERIFY2(problem.contains(QLatin1String("10 MB")), qPrintable(problem));
}

void TestBoard::imageFile_tooManyPixels_isRejected()
{
    QByteArray jpeg;
    QString problem;
    QVERIFY(
        !BoardImageFile::prepare(writePng(QStringLiteral("breed.png"), 8001, 64), &jpeg, &problem));
    QVERIFY2(problem.contains(QLatin1String("too many pixels")), qPrintable(problem));
    QVERIFY(
        !BoardImageFile::prepare(writePng(QStringLiteral("klein.png"), 63, 100), &jpeg, &problem));
    QVERIFY2(problem.contains(QLatin1String("too small")), qPrintable(problem));
}

void TestBoard::imageFile_largePhoto_isScaledDownToJpeg()
{
    QByteArray jpeg;
    QString problem;
    QVERIFY2(
        BoardImageFile::prepare(writePng(QStringLiteral("zee.png"), 3000, 1500), &jpeg, &problem),
        qPrintable(problem));
    QImage sent;
    QVERIFY(sent.loadFromData(jpeg, "JPEG"));
    QCOMPARE(sent.size(), QSize(2048, 1024));
}

void TestBoard::postSender_failedUpload_keepsTheDraft_andRetryReusesKeysAndIds()
{
    BoardPostSender sender(m_api.get(), m_drafts.get());
    Draft draft = m_drafts->create(BoardPostSender::DraftKind, ClientId);
    draft.setText(QStringLiteral("Opa aan zee."));
    BoardPostSender::setPhotos(&draft,
                               { BoardPostSender::newPhoto(writePng("a.png", 300, 200)),
                                 BoardPostSender::newPhoto(writePng("b.png", 200, 300)) });
    QVERIFY(m_drafts->save(draft));
    const QList<BoardPostSender::DraftPhoto> chosen = BoardPostSender::photosOf(draft);

    m_portal->answer("POST", PhotosPath, 201, photo(QStringLiteral("pho_a")));
    m_portal->networkError("POST", PhotosPath);
    QSignalSpy failed(&sender, &BoardPostSender::failed);
    QSignalSpy sent(&sender, &BoardPostSender::sent);
    QVERIFY(sender.send(draft.id));
    QVERIFY(failed.wait());
    QVERIFY(!sender.isSending());
    QVERIFY(failed.first().at(1).toString().contains(QLatin1String("b.png")));
    QVERIFY(failed.first().at(1).toString().contains(QLatin1String("kept")));
    // Kept on disk, with the first photo's id, for the next start of the application as well.
    const Draft kept = DraftStore(m_dir->filePath(QStringLiteral("drafts")), QStringLiteral("me"))
                           .find(draft.id);
    QCOMPARE(kept.text(), QStringLiteral("Opa aan zee."));
    QCOMPARE(kept.idempotencyKey, draft.idempotencyKey);
    QCOMPARE(BoardPostSender::photosOf(kept).at(0).photoId, QStringLiteral("pho_a"));
    QVERIFY(BoardPostSender::photosOf(kept).at(1).photoId.isEmpty());

    m_portal->answer("POST", PhotosPath, 201, photo(QStringLiteral("pho_b")));
    m_portal->answer("POST", PostsPath, 201, post(QStringLiteral("pst_9")));
    QVERIFY(sender.send(draft.id));
    QVERIFY(sent.wait());
    const QList<FakePortal::Call> uploads = m_portal->callsTo("POST", PhotosPath);
    QCOMPARE(uploads.size(), 3); // a, b (failed), b again: a is never sent twice
    QCOMPARE(uploads.at(0).idempotencyKey, chosen.at(0).key);
    QCOMPARE(uploads.at(1).idempotencyKey, chosen.at(1).key);
    QCOMPARE(uploads.at(2).idempotencyKey, chosen.at(1).key);
    QCOMPARE(uploads.at(2).contentType, QByteArray("image/jpeg"));
    const FakePortal::Call placed = m_portal->lastCallTo("POST", PostsPath);
    QCOMPARE(placed.idempotencyKey, draft.idempotencyKey);
    QCOMPARE(placed.body.value("text").toString(), QStringLiteral("Opa aan zee."));
    QCOMPARE(placed.body.value("photoIds").toArray(),
             QJsonArray({ QStringLiteral("pho_a"), QStringLiteral("pho_b") }));
    QCOMPARE(sent.first().at(1).value<BoardPost>().id, QStringLiteral("pst_9"));
    QVERIFY(!m_drafts->find(draft.id).isValid());
}

void TestBoard::postSender_failedPost_keepsTheDraft_andRetrySendsTheSameKey()
{
    BoardPostSender sender(m_api.get(), m_drafts.get());
    Draft draft = m_drafts->create(BoardPostSender::DraftKind, ClientId);
    BoardPostSender::setPhotos(&draft, { BoardPostSender::newPhoto(writePng("a.png", 300, 200)) });
    QVERIFY(m_drafts->save(draft));
    m_portal->answer("POST", PhotosPath, 201, photo(QStringLiteral("pho_a")));
    m_portal->problem("POST", PostsPath, 503, QStringLiteral("service_unavailable"));
    m_portal->answer("POST", PostsPath, 201, post(QStringLiteral("pst_9")));
    QSignalSpy failed(&sender, &BoardPostSender::failed);
    QSignalSpy sent(&sender, &BoardPostSender::sent);
    QVERIFY(sender.send(draft.id));
    QVERIFY(failed.wait());
    QCOMPARE(sender.lastError().kind(), ApiError::Kind::ServerUnavailable);
    QVERIFY(m_drafts->find(draft.id).isValid());
    QVERIFY(sender.send(draft.id));
    QVERIFY(sent.wait());
    QCOMPARE(m_portal->callsTo("POST", PhotosPath).size(), 1);
    const QList<FakePortal::Call> posts = m_portal->callsTo("POST", PostsPath);
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts.at(0).idempotencyKey, draft.idempotencyKey);
    QCOMPARE(posts.at(1).idempotencyKey, draft.idempotencyKey);
    QVERIFY(!posts.at(1).body.contains("text")); // a post of a photo only
}

void TestBoard::postSender_forgottenPhotos_areUploadedAgainWithNewKeys()
{
    BoardPostSender sender(m_api.get(), m_drafts.get());
    Draft draft = m_drafts->create(BoardPostSender::DraftKind, ClientId);
    draft.setText(QStringLiteral("Gisteren"));
    BoardPostSender::DraftPhoto old = BoardPostSender::newPhoto(writePng("a.png", 300, 200));
    old.photoId = QStringLiteral("pho_old");
    BoardPostSender::setPhotos(&draft, { old });
    QVERIFY(m_drafts->save(draft));
    m_portal->problem(
        "POST", PostsPath, 422, QStringLiteral("validation_failed"),
        { { "errors",
            QJsonArray { QJsonObject { { "field", "photoIds[0]" }, { "code", "unknown" } } } } });
    QSignalSpy failed(&sender, &BoardPostSender::failed);
    QVERIFY(sender.send(draft.id));
    QVERIFY(failed.wait());
    QVERIFY2(failed.first().at(1).toString().contains(QLatin1String("photos")),
             qPrintable(failed.first().at(1).toString()));
    const Draft kept = m_drafts->find(draft.id);
    const BoardPostSender::DraftPhoto again = BoardPostSender::photosOf(kept).first();
    QVERIFY(again.photoId.isEmpty());
    QVERIFY(again.key != old.key);
    QVERIFY(kept.idempotencyKey != draft.idempotencyKey);
    QCOMPARE(kept.text(), QStringLiteral("Gisteren"));
}

void TestBoard::postSender_missingFile_saysWhichPhoto()
{
    BoardPostSender sender(m_api.get(), m_drafts.get());
    Draft draft = m_drafts->create(BoardPostSender::DraftKind, ClientId);
    BoardPostSender::setPhotos(&draft, { BoardPostSender::newPhoto(m_dir->filePath("weg.jpg")) });
    QVERIFY(m_drafts->save(draft));
    QSignalSpy failed(&sender, &BoardPostSender::failed);
    QVERIFY(sender.send(draft.id));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().at(1).toString().contains(QLatin1String("weg.jpg")));
    QVERIFY(m_portal->calls().isEmpty());
    QVERIFY(m_drafts->find(draft.id).isValid());
}

void TestBoard::reactions_draftSurvivesAFailedSend_andRetryUsesTheSameKey()
{
    BoardReactions reactions(m_api.get(), m_drafts.get());
    const QString path = PostsPath + QStringLiteral("/pst_1/reactions");
    const QString draftId
        = reactions.keepDraft(ClientId, QStringLiteral("pst_1"), QStringLiteral("Mooi!"));
    QVERIFY(!draftId.isEmpty());
    // Typing on keeps the same draft and key.
    QCOMPARE(reactions.keepDraft(ClientId, QStringLiteral("pst_1"), QStringLiteral("Mooi zeg!")),
             draftId);
    const QByteArray key = m_drafts->find(draftId).idempotencyKey;
    m_portal->networkError("POST", path);
    m_portal->answer("POST", path, 201, reaction(QStringLiteral("rea_7"), "pst_1", true));
    QSignalSpy failed(&reactions, &BoardReactions::failed);
    QSignalSpy sent(&reactions, &BoardReactions::sent);
    QVERIFY(reactions.send(draftId));
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("pst_1"));
    QCOMPARE(reactions.draftFor(ClientId, QStringLiteral("pst_1")).text(),
             QStringLiteral("Mooi zeg!"));
    QVERIFY(reactions.send(draftId));
    QVERIFY(sent.wait());
    const QList<FakePortal::Call> calls = m_portal->callsTo("POST", path);
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).idempotencyKey, key);
    QCOMPARE(calls.at(1).idempotencyKey, key);
    QCOMPARE(calls.at(1).body, QJsonObject({ { "text", "Mooi zeg!" } }));
    QCOMPARE(sent.first().at(1).toString(), QStringLiteral("pst_1"));
    QVERIFY(!reactions.draftFor(ClientId, QStringLiteral("pst_1")).isValid());
    // An emptied box keeps nothing.
    reactions.keepDraft(ClientId, QStringLiteral("pst_2"), QStringLiteral("x"));
    QVERIFY(reactions.keepDraft(ClientId, QStringLiteral("pst_2"), QStringLiteral(" ")).isEmpty());
    QVERIFY(!reactions.draftFor(ClientId, QStringLiteral("pst_2")).isValid());
}

void TestBoard::reactions_loadAll_followsTheCursors()
{
    BoardReactions reactions(m_api.get(), m_drafts.get());
    const QString path = PostsPath + QStringLiteral("/pst_1/reactions");
    m_portal->answer(
        "GET", path, 200,
        page({ reaction("rea_1", "pst_1"), reaction("rea_2", "pst_1") }, QStringLiteral("next")));
    m_portal->answer("GET", path, 200, page({ reaction("rea_3", "pst_1") }));
    QSignalSpy loaded(&reactions, &BoardReactions::allLoaded);
    reactions.loadAll(ClientId, QStringLiteral("pst_1"));
    QVERIFY(loaded.wait());
    const auto all = loaded.first().at(1).value<QList<BoardReaction>>();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.last().id, QStringLiteral("rea_3"));
    QVERIFY(m_portal->calls().last().path.endsWith(QLatin1String("&cursor=next")));
}

void TestBoard::reactions_delete_reportsBack()
{
    BoardReactions reactions(m_api.get(), m_drafts.get());
    const QString path = PostsPath + QStringLiteral("/pst_1/reactions/rea_1");
    m_portal->problem("DELETE", path, 403, QStringLiteral("not_author"));
    m_portal->answer("DELETE", path, 204);
    QSignalSpy failed(&reactions, &BoardReactions::deleteFailed);
    QSignalSpy deleted(&reactions, &BoardReactions::deleted);
    reactions.deleteReaction(ClientId, QStringLiteral("pst_1"), QStringLiteral("rea_1"));
    QVERIFY(failed.wait());
    reactions.deleteReaction(ClientId, QStringLiteral("pst_1"), QStringLiteral("rea_1"));
    QVERIFY(deleted.wait());
    QCOMPARE(deleted.first().at(1).toString(), QStringLiteral("rea_1"));
}

void TestBoard::sentences_sayWhatToDo()
{
    ApiError forbidden(ApiError::Kind::Problem);
    forbidden.setHttpStatus(403);
    forbidden.setProblemCode(QStringLiteral("right_missing"));
    QVERIFY(BoardPostSender::sentenceFor(forbidden).contains(QLatin1String("may not")));
    QVERIFY(BoardReactions::sentenceFor(forbidden).contains(QLatin1String("may not")));
    ApiError reused(ApiError::Kind::Problem);
    reused.setHttpStatus(422);
    reused.setProblemCode(QStringLiteral("idempotency_key_reused"));
    QVERIFY(BoardPostSender::sentenceFor(reused).contains(QLatin1String("Look at the board")));
    const ApiError offline(ApiError::Kind::Unreachable);
    QVERIFY(BoardPostSender::sentenceFor(offline).contains(QLatin1String("nothing is lost")));
    QVERIFY(BoardReactions::sentenceFor(offline).contains(QLatin1String("nothing is lost")));
}

QTEST_MAIN(TestBoard)
#include "tst_board.moc"
