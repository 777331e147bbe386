#include "core/photoloader.h"
#include "core/portalapi.h"
#include "ui/profile/cropview.h"
#include "ui/profile/photodialog.h"
#include "ui/theme.h"
#include "unit/core/fakeportal.h"

#include <QAbstractButton>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// 800 × 600: red left half, blue right half, a green square at (500, 100) of 200 × 200.
QImage testImage()
{
    QImage image(800, 600, QImage::Format_RGB32);
    image.fill(Qt::blue);
    for (int y = 0; y < 600; ++y) {
        for (int x = 0; x < 400; ++x)
            image.setPixelColor(x, y, Qt::red);
    }
    for (int y = 100; y < 300; ++y) {
        for (int x = 500; x < 700; ++x)
            image.setPixelColor(x, y, Qt::green);
    }
    return image;
}

bool near(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) < 24 && qAbs(a.green() - b.green()) < 24
        && qAbs(a.blue() - b.blue()) < 24;
}

} // namespace

class TestPhotoDialog : public QObject
{
    Q_OBJECT

private slots:
    // The look people get: large type, the style sheet, focus frames.
    void initTestCase() { Theme::apply(*qApp); }
    void init();
    void cleanup();
    void loadFile_selectsTheLargestSquareInTheMiddle();
    void crop_givesASquareJpegOfTheSelection();
    void crop_largePhoto_isScaledTo1024();
    void selection_movesAndResizesByKeyboard();
    void selection_movesByDraggingWithTheMouse();
    void selection_staysSquareAndInsideThePhoto();
    void loadFile_unusableFiles_areRefusedWithASentence();
    void save_uploadsTheJpeg_andCloses();
    void save_refused_showsWhy();
    void remove_deletesMyPhoto();

private:
    QString saveImage(const QImage &image, const char *name, const char *format = "PNG");

    QTemporaryDir m_dir;
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<PhotoLoader> m_photos;
    std::unique_ptr<PhotoDialog> m_dialog;
};

void TestPhotoDialog::init()
{
    m_portal = std::make_unique<FakePortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example")));
    m_photos = std::make_unique<PhotoLoader>(m_api.get());
    m_dialog = std::make_unique<PhotoDialog>(m_photos.get(), true);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestPhotoDialog::cleanup()
{
    m_dialog.reset();
    m_photos.reset();
    m_api.reset();
    m_portal.reset();
}

QString TestPhotoDialog::saveImage(const QImage &image, const char *name, const char *format)
{
    const QString path = m_dir.filePath(QString::fromLatin1(name));
    if (!image.save(path, format))
        return {};
    return path;
}

void TestPhotoDialog::loadFile_selectsTheLargestSquareInTheMiddle()
{
    QVERIFY(m_dialog->loadFile(saveImage(testImage(), "photo.png")));
    QCOMPARE(m_dialog->cropView()->selection(), QRect(100, 0, 600, 600));
    QVERIFY(m_dialog->findChild<QAbstractButton *>(QStringLiteral("savePhotoButton"))->isEnabled());
    const QString folder = qEnvironmentVariable("PORTIEK_SHOTS_DIR");
    if (!folder.isEmpty()) {
        m_dialog->cropView()->setSelection(QRect(450, 60, 300, 300));
        QTest::qWait(100); // let the layouts settle before the picture
        QVERIFY(m_dialog->grab().save(folder + QStringLiteral("/c3-photo-dialog.png")));
    }
}

void TestPhotoDialog::crop_givesASquareJpegOfTheSelection()
{
    QVERIFY(m_dialog->loadFile(saveImage(testImage(), "photo.jpg", "JPEG")));
    m_dialog->cropView()->setSelection(QRect(500, 100, 200, 200));
    const QByteArray jpeg = m_dialog->croppedJpeg();
    QVERIFY(jpeg.startsWith("\xFF\xD8\xFF")); // a JPEG
    QImage result;
    QVERIFY(result.loadFromData(jpeg, "JPEG"));
    QCOMPARE(result.size(), QSize(200, 200));
    for (const QPoint &point : { QPoint(5, 5), QPoint(100, 100), QPoint(194, 194) })
        QVERIFY2(near(result.pixelColor(point), Qt::green),
                 qPrintable(result.pixelColor(point).name()));

    // Half red, half blue: the border of the two halves runs through the middle.
    m_dialog->cropView()->setSelection(QRect(300, 400, 200, 200));
    QVERIFY(result.loadFromData(m_dialog->croppedJpeg(), "JPEG"));
    QVERIFY(near(result.pixelColor(20, 100), Qt::red));
    QVERIFY(near(result.pixelColor(180, 100), Qt::blue));
}

void TestPhotoDialog::crop_largePhoto_isScaledTo1024()
{
    QImage large(3000, 2000, QImage::Format_RGB32);
    large.fill(Qt::darkYellow);
    QVERIFY(m_dialog->loadFile(saveImage(large, "large.png")));
    QCOMPARE(m_dialog->cropView()->selection(), QRect(500, 0, 2000, 2000));
    QImage result;
    QVERIFY(result.loadFromData(m_dialog->croppedJpeg(), "JPEG"));
    QCOMPARE(result.size(), QSize(PhotoDialog::MaxSide, PhotoDialog::MaxSide));
}

void TestPhotoDialog::selection_movesAndResizesByKeyboard()
{
    m_dialog->setImage(testImage());
    CropView *crop = m_dialog->cropView();
    crop->setSelection(QRect(100, 100, 300, 300));
    crop->setFocus();
    QTRY_VERIFY(crop->hasFocus());
    const int step = 600 / 50;
    QTest::keyClick(crop, Qt::Key_Right);
    QCOMPARE(crop->selection(), QRect(100 + step, 100, 300, 300));
    QTest::keyClick(crop, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(crop->selection(), QRect(100 + step, 100 + 5 * step, 300, 300));
    QTest::keyClick(crop, Qt::Key_Minus);
    QCOMPARE(crop->selection().width(), 300 - 2 * step);
    QCOMPARE(crop->selection().height(), crop->selection().width());
    QTest::keyClick(crop, Qt::Key_Plus);
    QTest::keyClick(crop, Qt::Key_Plus);
    QCOMPARE(crop->selection().width(), 300 + 2 * step);
    QVERIFY(!crop->accessibleName().isEmpty());
    QVERIFY(!crop->accessibleDescription().isEmpty());
}

void TestPhotoDialog::selection_movesByDraggingWithTheMouse()
{
    m_dialog->setImage(testImage());
    CropView *crop = m_dialog->cropView();
    crop->setSelection(QRect(100, 100, 200, 200));
    const QRect before = crop->selection();
    // The middle of the selection on screen, then 40 screen pixels to the right.
    const qreal scale = qMin((crop->width() - 8) / 800.0, (crop->height() - 8) / 600.0);
    const QPointF origin((crop->width() - 800 * scale) / 2, (crop->height() - 600 * scale) / 2);
    const QPoint middle = (origin + QPointF(200, 200) * scale).toPoint();
    QTest::mousePress(crop, Qt::LeftButton, Qt::NoModifier, middle);
    QTest::mouseMove(crop, middle + QPoint(40, 0));
    QTest::mouseRelease(crop, Qt::LeftButton, Qt::NoModifier, middle + QPoint(40, 0));
    const QRect after = crop->selection();
    QCOMPARE(after.size(), before.size());
    QVERIFY2(qAbs(after.x() - before.x() - qRound(40 / scale)) <= 2,
             qPrintable(QStringLiteral("%1 → %2").arg(before.x()).arg(after.x())));
    QCOMPARE(after.y(), before.y());
}

void TestPhotoDialog::selection_staysSquareAndInsideThePhoto()
{
    m_dialog->setImage(testImage());
    CropView *crop = m_dialog->cropView();
    crop->setSelection(QRect(700, 500, 400, 250));
    QCOMPARE(crop->selection(), QRect(550, 350, 250, 250));
    crop->setSelection(QRect(0, 0, 10, 10)); // the portal wants at least 64 × 64
    QCOMPARE(crop->selection(), QRect(0, 0, 64, 64));
    crop->setSelection(QRect(-50, -50, 5000, 5000));
    QCOMPARE(crop->selection(), QRect(0, 0, 600, 600));
}

void TestPhotoDialog::loadFile_unusableFiles_areRefusedWithASentence()
{
    auto *message = m_dialog->findChild<QWidget *>(QStringLiteral("photoMessage"));
    QImage tiny(50, 50, QImage::Format_RGB32);
    tiny.fill(Qt::white);
    QVERIFY(!m_dialog->loadFile(saveImage(tiny, "tiny.png")));
    QVERIFY(message->isVisible());
    QVERIFY(message->accessibleName().contains(QStringLiteral("too small")));

    QFile text(m_dir.filePath(QStringLiteral("notes.png")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not a picture at all");
    text.close();
    QVERIFY(!m_dialog->loadFile(text.fileName()));
    QVERIFY(message->accessibleName().contains(QStringLiteral("JPEG or PNG")));
    QVERIFY(
        !m_dialog->findChild<QAbstractButton *>(QStringLiteral("savePhotoButton"))->isEnabled());
}

void TestPhotoDialog::save_uploadsTheJpeg_andCloses()
{
    m_portal->answer("PUT", PhotoLoader::myPhotoPath(), 204);
    m_dialog->setImage(testImage());
    QSignalSpy changed(m_dialog.get(), &PhotoDialog::photoChanged);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(m_dialog->findChild<QAbstractButton *>(QStringLiteral("savePhotoButton")),
                      Qt::LeftButton);
    QVERIFY(changed.wait(2000));
    QCOMPARE(accepted.size(), 1);
    const FakePortal::Call put = m_portal->lastCallTo("PUT", PhotoLoader::myPhotoPath());
    QCOMPARE(put.contentType, QByteArray("image/jpeg"));
}

void TestPhotoDialog::save_refused_showsWhy()
{
    m_portal->problem("PUT", PhotoLoader::myPhotoPath(), 415, "unsupported_media_type");
    m_dialog->setImage(testImage());
    auto *save = m_dialog->findChild<QAbstractButton *>(QStringLiteral("savePhotoButton"));
    QTest::mouseClick(save, Qt::LeftButton);
    auto *message = m_dialog->findChild<QWidget *>(QStringLiteral("photoMessage"));
    QTRY_VERIFY(message->accessibleName().contains(QStringLiteral("JPEG or PNG")));
    QVERIFY(m_dialog->isVisible());
    QVERIFY(save->isEnabled());
}

void TestPhotoDialog::remove_deletesMyPhoto()
{
    m_portal->answer("DELETE", PhotoLoader::myPhotoPath(), 204);
    QSignalSpy changed(m_dialog.get(), &PhotoDialog::photoChanged);
    auto *remove = m_dialog->findChild<QAbstractButton *>(QStringLiteral("removePhotoButton"));
    QVERIFY(remove->isVisible());
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(changed.wait(2000));
    QCOMPARE(m_portal->callsTo("DELETE", PhotoLoader::myPhotoPath()).size(), 1);
}

QTEST_MAIN(TestPhotoDialog)
#include "tst_photodialog.moc"
