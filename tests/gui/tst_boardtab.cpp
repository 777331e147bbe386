// The bulletin board tab against a scripted portal (keyboard, rights, error sentences, drafts),
// and once against the real portiek-server: post a photo, see its thumbnail, react, delete.
#include "../unit/core/fakeportal.h"
#include "core/boardpostlistmodel.h"
#include "core/boardpostsender.h"
#include "core/boardreactions.h"
#include "core/draftstore.h"
#include "core/memorytrusteddevicestore.h"
#include "core/photoloader.h"
#include "core/portalapi.h"
#include "support/signinclient.h"
#include "support/testserver.h"
#include "ui/board/boardpostcard.h"
#include "ui/board/boardtab.h"
#include "ui/board/newpostdialog.h"
#include "ui/board/photoviewdialog.h"
#include "ui/theme.h"
#include "ui/widgets/statusmessage.h"

#include <QApplication>
#include <QBuffer>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace {

constexpr int Timeout = 15000;
const QString ClientId = QStringLiteral("100482");
const QString PostsPath = QStringLiteral("/api/v1/clients/100482/board/posts");
const QString PhotosPath = QStringLiteral("/api/v1/clients/100482/board/photos");

QJsonObject person(const QString &id, const QString &name, const QString &role)
{
    return { { "id", id }, { "name", name }, { "role", role }, { "photoUrl", QJsonValue::Null } };
}

QJsonObject photo(const QString &id)
{
    const QString full = PhotosPath + QLatin1Char('/') + id;
    return { { "id", id },
             { "thumbnailUrl", full + QStringLiteral("/thumbnail") },
             { "fullUrl", full },
             { "width", 640 },
             { "height", 480 } };
}

QJsonObject reaction(const QString &id, const QString &postId, const QString &text,
                     bool mine = false)
{
    return { { "id", id },
             { "postId", postId },
             { "author",
               mine ? person("per_9Rm4", "Mark van Dijk", "representative")
                    : person("per_2Tn6", "Anouk de Boer", "contact") },
             { "createdAt", QStringLiteral("2026-03-08T19:03:47+01:00") },
             { "text", text },
             { "canDelete", mine } };
}

QJsonObject post(const QString &id, const QString &text, bool mine, const QJsonArray &photos = {},
                 const QJsonArray &reactions = {})
{
    return { { "id", id },
             { "author",
               mine ? person("per_9Rm4", "Mark van Dijk", "representative")
                    : person("per_2Tn6", "Anouk de Boer", "contact") },
             { "createdAt", QStringLiteral("2026-03-08T17:22:10+01:00") },
             { "text", text },
             { "photos", photos },
             { "reactionCount", int(reactions.size()) },
             { "latestReactions", reactions },
             { "canDelete", mine } };
}

QJsonObject page(const QJsonArray &items)
{
    return { { "items", items }, { "nextCursor", QJsonValue::Null } };
}

QByteArray jpeg(const QColor &colour, const QSize &size = QSize(320, 240))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
}

ClientSummary client(bool board)
{
    ClientSummary summary;
    summary.id = ClientId;
    summary.name = QStringLiteral("Gerard van Dijk");
    summary.myRole = ClientSummary::Role::Representative;
    summary.rights = Rights::all();
    summary.rights.board = board;
    return summary;
}

QString screenshotFolder(QTemporaryDir &temporary)
{
    const QString folder = qEnvironmentVariable("PORTIEK_SCREENSHOT_DIR");
    return folder.isEmpty() ? temporary.path() : folder;
}

} // namespace

class TestBoardTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void posts_showAsCards_withThumbnailsReactionsAndOwnDelete();
    void withoutTheRight_nothingIsShownOrAsked();
    void failedList_saysWhy_andTryAgainLoads();
    void react_byKeyboard_placesItAndShowsIt();
    void deletePost_asksNamingThePost_andEscapeKeepsIt();
    void newPost_failedUploadKeepsTheDraft_andRetryPlacesIt();
    void photo_opensLarge_andEscapeCloses();
    void realServer_postAPhoto_reactAndDeleteTheReaction();

private:
    void makeTab();
    QString writePng(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<PhotoLoader> m_photos;
    std::unique_ptr<BoardTab> m_tab;
};

void TestBoardTab::initTestCase()
{
    Theme::apply(*qApp);
}

void TestBoardTab::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_portal = std::make_unique<FakePortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example.nl")));
    m_drafts = std::make_unique<DraftStore>(m_dir->filePath("drafts"), QStringLiteral("me"));
    m_photos = std::make_unique<PhotoLoader>(m_api.get());
}

void TestBoardTab::cleanup()
{
    m_tab.reset();
    m_photos.reset();
    m_drafts.reset();
}

void TestBoardTab::makeTab()
{
    m_tab = std::make_unique<BoardTab>(m_api.get(), m_drafts.get(), m_photos.get());
    m_tab->resize(1000, 760);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab.get()));
}

QString TestBoardTab::writePng(const QString &name)
{
    QImage image(800, 600, QImage::Format_RGB32);
    image.fill(QColor(40, 140, 90));
    const QString path = m_dir->filePath(name);
    if (!image.save(path, "PNG"))
        qWarning("could not write %s", qPrintable(path));
    return path;
}

void TestBoardTab::posts_showAsCards_withThumbnailsReactionsAndOwnDelete()
{
    m_portal->answer(
        "GET", PostsPath, 200,
        page({ post("pst_2",
                    QStringLiteral("Wat een mooie middag aan zee met opa! De kinderen hebben zijn "
                                   "verjaardag nog even overgedaan."),
                    false, { photo("pho_1"), photo("pho_2") },
                    { reaction("rea_1", "pst_2", QStringLiteral("Prachtige foto's!"), true) }),
               post("pst_1", QStringLiteral("Zondag kom ik koffie drinken, pap."), true) }));
    m_portal->raw("GET", PhotosPath + "/pho_1/thumbnail", 200, "image/jpeg",
                  jpeg(QColor(30, 110, 190)));
    m_portal->raw("GET", PhotosPath + "/pho_2/thumbnail", 200, "image/jpeg",
                  jpeg(QColor(230, 170, 40)));
    makeTab();
    m_tab->setClient(client(true));
    QVERIFY(QTest::qWaitFor([&] { return m_tab->cards().size() == 2; }, Timeout));
    BoardPostCard *first = m_tab->cards().at(0);
    QVERIFY(first->findChild<QLabel *>("boardPostText")->text().contains("aan zee"));
    const auto buttons = first->findChildren<QToolButton *>("boardPhotoButton");
    QCOMPARE(buttons.size(), 2);
    QVERIFY(QTest::qWaitFor([&] { return !buttons.at(1)->icon().isNull(); }, Timeout));
    QCOMPARE(buttons.at(0)->accessibleName(), QStringLiteral("Photo 1 of 2, open it large"));
    // Someone else's post: no Delete; my own reaction under it: Delete.
    QVERIFY(!first->findChild<QPushButton *>("deletePostButton")->isVisible());
    QVERIFY(first->findChild<QPushButton *>("deleteReactionButton")->isVisible());
    QVERIFY(m_tab->cards().at(1)->findChild<QPushButton *>("deletePostButton")->isVisible());

    // At the smallest window (the tab's part of 1024×720) the large thumbnails still fit.
    m_tab->resize(740, 590);
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QRect photo(buttons.at(1)->mapTo(first, QPoint(0, 0)), buttons.at(1)->size());
            return first->contentsRect().contains(photo);
        },
        Timeout));
    QVERIFY(buttons.at(0)->width() >= BoardPostCard::ThumbnailSide);
    QTemporaryDir temporary;
    const QString file = screenshotFolder(temporary) + QStringLiteral("/board-tab.png");
    QVERIFY(m_tab->grab().save(file));
}

void TestBoardTab::withoutTheRight_nothingIsShownOrAsked()
{
    makeTab();
    m_tab->setClient(client(false));
    QCoreApplication::processEvents();
    QVERIFY(m_portal->calls().isEmpty());
    QVERIFY(!m_tab->findChild<QPushButton *>("newPostButton")->isVisible());
    QVERIFY(m_tab->findChild<QLabel *>("boardIntro")->text().contains("may not"));
    QVERIFY(m_tab->cards().isEmpty());
}

void TestBoardTab::failedList_saysWhy_andTryAgainLoads()
{
    m_portal->problem("GET", PostsPath, 503, "service_unavailable");
    m_portal->answer("GET", PostsPath, 200, page({}));
    makeTab();
    m_tab->setClient(client(true));
    auto *status = m_tab->findChild<StatusMessage *>("boardStatus");
    QVERIFY(QTest::qWaitFor([&] { return status->isVisible(); }, Timeout));
    QVERIFY2(status->text().startsWith("The bulletin board could not be loaded."),
             qPrintable(status->text()));
    auto *retry = m_tab->findChild<QPushButton *>("boardRetryButton");
    retry->setFocus();
    QTest::keyClick(retry, Qt::Key_Space);
    auto *empty = m_tab->findChild<QLabel *>("boardEmptyLabel");
    QVERIFY(QTest::qWaitFor([&] { return empty->isVisible(); }, Timeout));
    QVERIFY(empty->text().contains("no posts yet"));
}

void TestBoardTab::react_byKeyboard_placesItAndShowsIt()
{
    m_portal->answer("GET", PostsPath, 200, page({ post("pst_1", "Koffie?", false) }));
    const QString reactions = PostsPath + "/pst_1/reactions";
    m_portal->networkError("POST", reactions);
    m_portal->answer("POST", reactions, 201, reaction("rea_5", "pst_1", "Graag!", true));
    m_portal->answer(
        "GET", PostsPath + "/pst_1", 200,
        post("pst_1", "Koffie?", false, {}, { reaction("rea_5", "pst_1", "Graag!", true) }));
    makeTab();
    m_tab->setClient(client(true));
    QVERIFY(QTest::qWaitFor([&] { return m_tab->cards().size() == 1; }, Timeout));
    BoardPostCard *card = m_tab->cards().first();
    QLineEdit *edit = card->reactionEdit();
    edit->setFocus();
    QTest::keyClicks(edit, "Graag!");
    QTest::keyClick(edit, Qt::Key_Return);
    auto *message = card->findChild<StatusMessage *>("boardPostMessage");
    QVERIFY(QTest::qWaitFor([&] { return message->isVisible(); }, Timeout));
    QVERIFY2(message->text().contains("nothing is lost"), qPrintable(message->text()));
    QCOMPARE(edit->text(), QStringLiteral("Graag!"));
    QCOMPARE(m_tab->reactions()->draftFor(ClientId, "pst_1").text(), QStringLiteral("Graag!"));

    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return m_tab->cards().first()->post().reactionCount == 1; },
                            Timeout));
    QVERIFY(edit->text().isEmpty());
    const auto calls = m_portal->callsTo("POST", reactions);
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).idempotencyKey, calls.at(1).idempotencyKey);
    QVERIFY(!m_tab->reactions()->draftFor(ClientId, "pst_1").isValid());
    QCOMPARE(card->findChildren<QPushButton *>("deleteReactionButton").size(), 1);
}

void TestBoardTab::deletePost_asksNamingThePost_andEscapeKeepsIt()
{
    m_portal->answer("GET", PostsPath, 200,
                     page({ post("pst_1", "Zondag kom ik koffie drinken, pap.", true) }));
    m_portal->answer("DELETE", PostsPath + "/pst_1", 204);
    makeTab();
    m_tab->setClient(client(true));
    QVERIFY(QTest::qWaitFor([&] { return m_tab->cards().size() == 1; }, Timeout));
    auto *remove = m_tab->cards().first()->findChild<QPushButton *>("deletePostButton");
    remove->click();
    QMessageBox *box = m_tab->confirmation();
    QVERIFY(box);
    QVERIFY2(box->text().contains("Zondag kom ik koffie drinken"), qPrintable(box->text()));
    QTest::keyClick(box, Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([&] { return !m_tab->confirmation(); }, Timeout));
    QVERIFY(m_portal->callsTo("DELETE", PostsPath + "/pst_1").isEmpty());

    remove->click();
    QVERIFY(m_tab->confirmation());
    m_tab->confirmation()->findChild<QPushButton *>("confirmDeleteButton")->click();
    QVERIFY(QTest::qWaitFor([&] { return m_tab->cards().isEmpty(); }, Timeout));
    QCOMPARE(m_portal->callsTo("DELETE", PostsPath + "/pst_1").size(), 1);
    QVERIFY(m_tab->findChild<StatusMessage *>("boardNotice")->text().contains("deleted"));
}

void TestBoardTab::newPost_failedUploadKeepsTheDraft_andRetryPlacesIt()
{
    m_portal->answer("GET", PostsPath, 200, page({}));
    m_portal->problem("POST", PhotosPath, 503, "service_unavailable");
    m_portal->answer("POST", PhotosPath, 201, photo("pho_9"));
    m_portal->answer("POST", PostsPath, 201,
                     post("pst_9", "Opa aan zee", true, { photo("pho_9") }));
    makeTab();
    m_tab->setClient(client(true));
    auto *newPost = m_tab->findChild<QPushButton *>("newPostButton");
    newPost->click();
    NewPostDialog *dialog = m_tab->newPostDialog();
    QVERIFY(dialog);
    auto *text = dialog->findChild<QPlainTextEdit *>("postTextEdit");
    QTest::keyClicks(text, "Opa aan zee");
    const QString corrupt = m_dir->filePath("kapot.jpg");
    {
        QFile file(corrupt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(jpeg(Qt::red).left(100));
    }
    dialog->addPhotos({ writePng("zee.png"), corrupt });
    QCOMPARE(dialog->photoCount(), 1);
    auto *status = dialog->findChild<StatusMessage *>("newPostStatus");
    QVERIFY2(status->text().contains("kapot.jpg"), qPrintable(status->text()));

    dialog->findChild<QPushButton *>("placePostButton")->click();
    QVERIFY(QTest::qWaitFor([&] { return !m_tab->postSender()->isSending(); }, Timeout));
    QVERIFY2(status->text().contains("zee.png"), qPrintable(status->text()));
    QTest::keyClick(dialog, Qt::Key_Escape); // closes, keeps the draft
    QVERIFY(QTest::qWaitFor([&] { return !m_tab->newPostDialog(); }, Timeout));
    QCOMPARE(newPost->text(), QStringLiteral("Continue your post"));

    newPost->click();
    dialog = m_tab->newPostDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QPlainTextEdit *>("postTextEdit")->toPlainText(),
             QStringLiteral("Opa aan zee"));
    QCOMPARE(dialog->photoCount(), 1);
    dialog->findChild<QPushButton *>("placePostButton")->click();
    QVERIFY(QTest::qWaitFor([&] { return !m_tab->newPostDialog(); }, Timeout));
    const auto uploads = m_portal->callsTo("POST", PhotosPath);
    QCOMPARE(uploads.size(), 2);
    QCOMPARE(uploads.at(0).idempotencyKey, uploads.at(1).idempotencyKey);
    QCOMPARE(m_portal->lastCallTo("POST", PostsPath).body.value("photoIds").toArray(),
             QJsonArray { "pho_9" });
    QVERIFY(m_drafts->drafts(BoardPostSender::DraftKind, ClientId).isEmpty());
}

void TestBoardTab::photo_opensLarge_andEscapeCloses()
{
    m_portal->answer("GET", PostsPath, 200, page({ post("pst_1", "", false, { photo("pho_1") }) }));
    m_portal->raw("GET", PhotosPath + "/pho_1/thumbnail", 200, "image/jpeg", jpeg(Qt::blue));
    m_portal->raw("GET", PhotosPath + "/pho_1", 200, "image/jpeg", jpeg(Qt::blue, QSize(640, 480)));
    makeTab();
    m_tab->setClient(client(true));
    QVERIFY(QTest::qWaitFor([&] { return m_tab->cards().size() == 1; }, Timeout));
    auto *button = m_tab->cards().first()->findChild<QToolButton *>("boardPhotoButton");
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    PhotoViewDialog *view = m_tab->findChild<PhotoViewDialog *>();
    QVERIFY(view);
    QVERIFY(QTest::qWaitFor([&] { return view->hasPhoto(); }, Timeout));
    QVERIFY(view->windowTitle().contains("Anouk de Boer"));
    QPointer<PhotoViewDialog> watch(view);
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([&] { return watch.isNull(); }, Timeout));
}

void TestBoardTab::realServer_postAPhoto_reactAndDeleteTheReaction()
{
    QVERIFY(QSslSocket::supportsSsl());
    TestServer server;
    QVERIFY2(server.startWithDemoDossier(), qPrintable(server.errorString()));
    MemoryTrustedDeviceStore devices;
    SignInClient signIn(server, &devices);
    QVERIFY2(signIn.signInAsRepresentative(server, ClientId), qPrintable(signIn.describe()));

    PhotoLoader photos(&signIn.api());
    DraftStore drafts(m_dir->filePath("real"), QStringLiteral("real"));
    BoardTab tab(&signIn.api(), &drafts, &photos);
    tab.resize(1000, 760);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.setClient(client(true));
    QVERIFY(QTest::qWaitFor(
        [&] { return tab.model()->hasLoaded() || tab.model()->error().isError(); }, Timeout));
    QVERIFY2(tab.model()->hasLoaded(), qPrintable(tab.model()->error().detail()));

    // A post with a photo, through the dialog.
    tab.findChild<QPushButton *>("newPostButton")->click();
    NewPostDialog *dialog = tab.newPostDialog();
    QVERIFY(dialog);
    const QString text = QStringLiteral("Opa genoot van het strand. Test %1.")
                             .arg(QDateTime::currentMSecsSinceEpoch());
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>("postTextEdit"), text);
    dialog->addPhotos({ writePng("strand.png") });
    auto *postStatus = dialog->findChild<StatusMessage *>("newPostStatus");
    QString why;
    QObject::connect(tab.postSender(), &BoardPostSender::failed, postStatus,
                     [&why](const QString &, const QString &sentence) { why = sentence; });
    dialog->findChild<QPushButton *>("placePostButton")->click();
    QVERIFY2(QTest::qWaitFor([&] { return !tab.newPostDialog(); }, Timeout), qPrintable(why));
    QVERIFY(QTest::qWaitFor(
        [&] { return !tab.cards().isEmpty() && tab.cards().first()->post().text == text; },
        Timeout));
    BoardPostCard *card = tab.cards().first();
    QCOMPARE(card->post().photos.size(), 1);
    auto *thumbnail = card->findChild<QToolButton *>("boardPhotoButton");
    QVERIFY(QTest::qWaitFor([&] { return !thumbnail->icon().isNull(); }, Timeout));
    QVERIFY(card->findChild<QPushButton *>("deletePostButton")->isVisible());

    // A reaction, by keyboard.
    card->reactionEdit()->setFocus();
    QTest::keyClicks(card->reactionEdit(), QStringLiteral("Wat een zon!"));
    QTest::keyClick(card->reactionEdit(), Qt::Key_Return);
    QVERIFY(
        QTest::qWaitFor([&] { return tab.cards().first()->post().reactionCount == 1; }, Timeout));
    card = tab.cards().first();
    QCOMPARE(card->post().reactions.first().text, QStringLiteral("Wat een zon!"));
    // Rows made by the refresh are shown from the event loop; the thumbnail comes from cache.
    QVERIFY(QTest::qWaitFor(
        [&] { return !card->findChild<QToolButton *>("boardPhotoButton")->icon().isNull(); },
        Timeout));
    QTemporaryDir temporary;
    QVERIFY(tab.grab().save(screenshotFolder(temporary) + QStringLiteral("/board-real.png")));

    // Deleting the reaction, after the question.
    auto *remove = card->findChild<QPushButton *>("deleteReactionButton");
    QVERIFY(remove);
    remove->click();
    QVERIFY(tab.confirmation());
    QVERIFY(tab.confirmation()->text().contains("Wat een zon!"));
    tab.confirmation()->findChild<QPushButton *>("confirmDeleteButton")->click();
    QVERIFY(
        QTest::qWaitFor([&] { return tab.cards().first()->post().reactionCount == 0; }, Timeout));
    QVERIFY(drafts.drafts(BoardReactions::DraftKind, ClientId).isEmpty());
    QVERIFY(drafts.drafts(BoardPostSender::DraftKind, ClientId).isEmpty());
}

QTEST_MAIN(TestBoardTab)
#include "tst_boardtab.moc"
