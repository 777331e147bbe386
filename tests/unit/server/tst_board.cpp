#include "dossierfixture.h"
#include "server/app/servercontext.h"
#include "server/storage/database.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace Portiek::Server;

// The bulletin board (issue 5): posts with photos, reactions, who may delete what, photo
// checks and thumbnails, idempotent creation and paging.
class TestBoard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DossierFixture> f;
    QString m_otherContactToken;
    int m_keys = 0;

    static QString path(const QString &rest)
    {
        return QStringLiteral("/api/v1/clients/100482/board") + rest;
    }
    QByteArray nextKey()
    {
        return "board-key-" + QByteArray::number(++m_keys).rightJustified(8, '0');
    }
    static QByteArray image(int width, int height, const char *format)
    {
        QImage picture(width, height, QImage::Format_RGB32);
        picture.fill(QColor(30, 120, 200));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        picture.save(&buffer, format);
        return bytes;
    }
    Response upload(const QString &token, const QByteArray &bytes,
                    const QByteArray &type = "image/png")
    {
        return f->call("POST", path(QStringLiteral("/photos")), token, bytes,
                       { { "Content-Type", type }, { "Idempotency-Key", nextKey() } });
    }
    QString uploadedId(const QString &token)
    {
        return DossierFixture::json(upload(token, image(400, 300, "PNG"))).value("id").toString();
    }
    Response createPost(const QString &token, const QJsonObject &body, const QByteArray &key = {})
    {
        return f->callJson("POST", path(QStringLiteral("/posts")), token, body,
                           { { "Idempotency-Key", key.isEmpty() ? nextKey() : key } });
    }
    QString postId(const QString &token, const QString &text)
    {
        return DossierFixture::json(createPost(token, { { QStringLiteral("text"), text } }))
            .value("id")
            .toString();
    }
    Response react(const QString &token, const QString &post, const QString &text)
    {
        return f->callJson("POST", path(QStringLiteral("/posts/%1/reactions").arg(post)), token,
                           { { QStringLiteral("text"), text } },
                           { { "Idempotency-Key", nextKey() } });
    }
    QJsonObject get(const QString &rest, const QString &token)
    {
        return DossierFixture::json(f->call("GET", path(rest), token));
    }

private slots:
    void init()
    {
        f = std::make_unique<DossierFixture>();
        QVERIFY(f->isValid());
        Rights board;
        board.board = true;
        f->setContactRights(board);
        m_otherContactToken = f->addContact(QStringLiteral("fvries"), board);
    }

    void post_withPhoto_showsItToEveryoneOnlyOncePosted()
    {
        const Response uploaded = upload(f->contactToken, image(3000, 2000, "JPEG"), "image/jpeg");
        QCOMPARE(uploaded.status(), 201);
        const QJsonObject photo = DossierFixture::json(uploaded);
        const QString id = photo.value("id").toString();
        QCOMPARE(photo.value("width").toInt(), 2048);
        QCOMPARE(photo.value("height").toInt(), 1365);
        QCOMPARE(photo.value("fullUrl").toString(), path(QStringLiteral("/photos/") + id));
        QCOMPARE(photo.value("thumbnailUrl").toString(),
                 path(QStringLiteral("/photos/%1/thumbnail").arg(id)));

        // Not yet visible to anyone else.
        QCOMPARE(f->call("GET", photo.value("fullUrl").toString(), f->contactToken).status(), 200);
        QCOMPARE(f->call("GET", photo.value("fullUrl").toString(), f->representativeToken).status(),
                 404);

        const Response created = createPost(f->contactToken,
                                            { { QStringLiteral("text"), QStringLiteral("Aan zee") },
                                              { QStringLiteral("photoIds"), QJsonArray { id } } });
        QCOMPARE(created.status(), 201);
        const QJsonObject post = DossierFixture::json(created);
        QCOMPARE(post.value("photos").toArray().size(), 1);
        QCOMPARE(post["photos"][0]["id"].toString(), id);
        QCOMPARE(post["author"]["id"].toString(), f->contact.id);
        QVERIFY(post.value("canDelete").toBool());

        const Response full
            = f->call("GET", photo.value("fullUrl").toString(), f->representativeToken);
        QCOMPARE(full.status(), 200);
        QCOMPARE(full.header("Content-Type"), QByteArray("image/jpeg"));
        QCOMPARE(QImage::fromData(full.body(), "JPEG").size(), QSize(2048, 1365));
        const Response thumbnail
            = f->call("GET", photo.value("thumbnailUrl").toString(), f->representativeToken);
        QCOMPARE(thumbnail.status(), 200);
        QCOMPARE(QImage::fromData(thumbnail.body(), "JPEG").size(), QSize(320, 213));
        const Response again
            = f->call("GET", photo.value("thumbnailUrl").toString(), f->representativeToken, {},
                      { { "If-None-Match", thumbnail.header("ETag") } });
        QCOMPARE(again.status(), 304);

        // A photo goes in one post only.
        const Response reused
            = createPost(f->contactToken, { { QStringLiteral("photoIds"), QJsonArray { id } } });
        QCOMPARE(reused.status(), 422);
        QCOMPARE(DossierFixture::json(reused)["errors"][0]["code"].toString(),
                 QStringLiteral("photo_not_usable"));
    }

    void photoUpload_refusesWhatIsNotAUsableImage()
    {
        QCOMPARE(upload(f->contactToken, image(100, 100, "GIF"), "image/gif").status(), 415);
        const Response garbage = upload(f->contactToken, "not an image at all");
        QCOMPARE(garbage.status(), 422);
        QCOMPARE(DossierFixture::problemCode(garbage), QStringLiteral("image_invalid"));
        // A JPEG labelled PNG is read as the PNG it claims to be, and fails.
        QCOMPARE(DossierFixture::problemCode(
                     upload(f->contactToken, image(100, 100, "JPEG"), "image/png")),
                 QStringLiteral("image_invalid"));
        const Response tiny = upload(f->contactToken, image(32, 200, "PNG"));
        QCOMPARE(tiny.status(), 422);
        QCOMPARE(DossierFixture::problemCode(tiny), QStringLiteral("image_dimensions"));
        QCOMPARE(upload(f->contactToken, QByteArray(10 * 1024 * 1024 + 1, 'x')).status(), 413);
    }

    void photo_ofSomeoneElseOrExpired_isNotUsable()
    {
        const QString theirs = uploadedId(f->representativeToken);
        const QString mine = uploadedId(f->contactToken);
        QVERIFY(!theirs.isEmpty() && !mine.isEmpty());
        const Response response = createPost(
            f->contactToken, { { QStringLiteral("photoIds"), QJsonArray { mine, theirs } } });
        QCOMPARE(response.status(), 422);
        const QJsonArray errors = DossierFixture::json(response).value("errors").toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0)["field"].toString(), QStringLiteral("photoIds.1"));

        // Not used within a day: gone. (A new session: the old one has expired meanwhile.)
        f->clock().advance(25 * 60 * 60);
        const Response late = createPost(f->sessionFor(f->contact),
                                         { { QStringLiteral("photoIds"), QJsonArray { mine } } });
        QCOMPARE(late.status(), 422);
        QCOMPARE(DossierFixture::json(late)["errors"][0]["code"].toString(),
                 QStringLiteral("photo_not_usable"));
    }

    void emptyPost_isRefused()
    {
        const Response response
            = createPost(f->contactToken, { { QStringLiteral("text"), QStringLiteral("   ") } });
        QCOMPARE(response.status(), 422);
        QCOMPARE(DossierFixture::json(response)["errors"][0]["code"].toString(),
                 QStringLiteral("empty_post"));
    }

    void createPost_sameKeyTwice_placesOnePost()
    {
        const QJsonObject body { { QStringLiteral("text"), QStringLiteral("Eén keer") } };
        const Response first = createPost(f->contactToken, body, "post-once-key-0001");
        QCOMPARE(first.status(), 201);
        const Response again = createPost(f->contactToken, body, "post-once-key-0001");
        QCOMPARE(again.status(), 201);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(DossierFixture::json(again).value("id"), DossierFixture::json(first).value("id"));
        QCOMPARE(get(QStringLiteral("/posts"), f->clientToken).value("items").toArray().size(), 1);
    }

    void reactions_countAndShowTheLatestThree_andPageOldestFirst()
    {
        const QString post = postId(f->contactToken, QStringLiteral("Mooie dag"));
        const QList<QString> tokens { f->clientToken, f->representativeToken, f->contactToken,
                                      m_otherContactToken };
        for (int i = 0; i < 4; ++i) {
            f->clock().advance(60);
            QCOMPARE(react(tokens.at(i), post, QString::number(i)).status(), 201);
        }
        const QJsonObject one = get(QStringLiteral("/posts/") + post, f->contactToken);
        QCOMPARE(one.value("reactionCount").toInt(), 4);
        const QJsonArray latest = one.value("latestReactions").toArray();
        QCOMPARE(latest.size(), 3);
        QCOMPARE(latest.at(0)["text"].toString(), QStringLiteral("1"));
        QCOMPARE(latest.at(2)["text"].toString(), QStringLiteral("3"));
        // The contact may delete their own reaction only.
        QVERIFY(!latest.at(0)["canDelete"].toBool());
        QVERIFY(latest.at(1)["canDelete"].toBool());

        const QString reactions = QStringLiteral("/posts/%1/reactions").arg(post);
        const QJsonObject first = get(reactions + QStringLiteral("?limit=3"), f->contactToken);
        QCOMPARE(first.value("items").toArray().at(0)["text"].toString(), QStringLiteral("0"));
        const QJsonObject second = get(reactions + QStringLiteral("?limit=3&cursor=")
                                           + first.value("nextCursor").toString(),
                                       f->contactToken);
        QCOMPARE(second.value("items").toArray().size(), 1);
        QCOMPARE(second.value("items").toArray().at(0)["text"].toString(), QStringLiteral("3"));
        QVERIFY(second.value("nextCursor").isNull());
        QCOMPARE(react(f->contactToken, QStringLiteral("pst_none"), QStringLiteral("x")).status(),
                 404);
    }

    void delete_ownOrAsAdministrator_notSomeoneElses()
    {
        const QString post = postId(f->contactToken, QStringLiteral("Van mij"));
        const QString reaction
            = DossierFixture::json(react(f->representativeToken, post, QStringLiteral("Mooi")))
                  .value("id")
                  .toString();
        const QString own
            = DossierFixture::json(react(f->contactToken, post, QStringLiteral("Dank je")))
                  .value("id")
                  .toString();
        const QString reactionPath = QStringLiteral("/posts/%1/reactions/").arg(post);

        const Response notMine
            = f->call("DELETE", path(QStringLiteral("/posts/") + post), m_otherContactToken);
        QCOMPARE(notMine.status(), 403);
        QCOMPARE(DossierFixture::problemCode(notMine), QStringLiteral("not_author"));
        QCOMPARE(f->call("DELETE", path(reactionPath + reaction), f->contactToken).status(), 403);
        QCOMPARE(f->call("DELETE", path(reactionPath + own), f->contactToken).status(), 204);
        QCOMPARE(
            get(QStringLiteral("/posts/") + post, f->clientToken).value("reactionCount").toInt(),
            1);

        // The portal administrator may delete anyone's post, and its reactions go with it.
        QCOMPARE(f->call("DELETE", path(QStringLiteral("/posts/") + post), f->representativeToken)
                     .status(),
                 204);
        QCOMPARE(f->call("GET", path(QStringLiteral("/posts/") + post), f->contactToken).status(),
                 404);
        QSqlQuery left;
        QVERIFY(f->context().database.exec(
            left, QStringLiteral("SELECT COUNT(*) FROM board_reactions WHERE post_id = ?"),
            { post }));
        QVERIFY(left.next());
        QCOMPARE(left.value(0).toInt(), 0);

        const QString mine = postId(m_otherContactToken, QStringLiteral("Ook van mij"));
        QCOMPARE(
            f->call("DELETE", path(QStringLiteral("/posts/") + mine), m_otherContactToken).status(),
            204);
    }

    void posts_pageNewestFirst_andStayOutOfOtherClients()
    {
        for (int i = 0; i < 5; ++i) {
            f->clock().advance(60);
            QVERIFY(
                !postId(i % 2 ? f->clientToken : f->contactToken, QString::number(i)).isEmpty());
        }
        QStringList texts;
        QString cursor;
        for (int pages = 0; pages < 5; ++pages) {
            const QJsonObject page
                = get(QStringLiteral("/posts?limit=2")
                          + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
                      f->representativeToken);
            for (const QJsonValue &item : page.value("items").toArray())
                texts.append(item["text"].toString());
            cursor = page.value("nextCursor").toString();
            if (cursor.isEmpty())
                break;
        }
        QCOMPARE(texts, QStringList({ "4", "3", "2", "1", "0" }));

        const Response stranger = f->call("GET", path(QStringLiteral("/posts")), f->strangerToken);
        QCOMPARE(stranger.status(), 403);
        QVERIFY(!stranger.body().contains("items"));
        const Response theirs = f->call("GET", QStringLiteral("/api/v1/clients/100999/board/posts"),
                                        f->strangerToken);
        QCOMPARE(theirs.status(), 200);
        QVERIFY(DossierFixture::json(theirs).value("items").toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBoard)
#include "tst_board.moc"
