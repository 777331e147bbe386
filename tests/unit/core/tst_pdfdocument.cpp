#include "core/pdfdocument.h"
#include "testpdf.h"

#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

namespace {

// The share of pixels that are not (nearly) white.
double inkShare(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    qint64 ink = 0;
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            ink += line[x] < 200 ? 1 : 0;
    }
    return double(ink) / (double(gray.width()) * gray.height());
}

} // namespace

class TestPdfDocument : public QObject
{
    Q_OBJECT

private slots:
    void load_realPdf_knowsItsPagesAndSizes();
    void requestRender_pageTwo_deliversAPageWithInk();
    void discardPendingRenders_dropsStaleImages();
    void render_future_givesTheSameImageAsTheSignal();
    void render_veryHighDpi_isCappedInSize();
    void load_corruptBytes_isRefusedAsCorrupt();
    void load_truncatedOrEmpty_isRefused();
    void load_passwordLockedPdf_isRefusedAsLocked();
    void requestRender_withoutDocument_isRefused();
    void userMessage_saysWhatIsWrong();
};

void TestPdfDocument::load_realPdf_knowsItsPagesAndSizes()
{
    PdfDocument document;
    QCOMPARE(document.load(TestPdf::make(4)), PdfDocument::Error::None);
    QVERIFY(document.isLoaded());
    QCOMPARE(document.pageCount(), 4);
    // A4 in points: 595 x 842.
    QVERIFY(qAbs(document.pageSize(2).width() - 595.3) < 1.0);
    QVERIFY(qAbs(document.pageSize(2).height() - 841.9) < 1.0);
    QVERIFY(document.pageSize(4).isEmpty());
    QVERIFY(!document.bytes().isEmpty());
}

void TestPdfDocument::requestRender_pageTwo_deliversAPageWithInk()
{
    PdfDocument document;
    QCOMPARE(document.load(TestPdf::make(3)), PdfDocument::Error::None);
    QSignalSpy rendered(&document, &PdfDocument::pageRendered);
    const int second = document.requestRender(1, 72);
    const int first = document.requestRender(0, 72);
    QVERIFY(second > 0 && first > 0 && first != second);
    QVERIFY(QTest::qWaitFor([&] { return rendered.size() == 2; }, 10000));
    QImage pageTwo;
    QImage pageOne;
    for (const QList<QVariant> &signal : rendered) {
        const int id = signal.at(0).toInt();
        QCOMPARE(signal.at(1).toInt(), id == second ? 1 : 0);
        (id == second ? pageTwo : pageOne) = signal.at(2).value<QImage>();
    }
    // 72 dpi: one pixel per point.
    QVERIFY(qAbs(pageTwo.width() - 595) <= 1);
    QVERIFY(qAbs(pageTwo.height() - 842) <= 1);
    const double ink = inkShare(pageTwo);
    QVERIFY2(ink > 0.005 && ink < 0.5, qPrintable(QString::number(ink)));
    // Page two's black block is twice as tall as page one's: a different page came back.
    QVERIFY(inkShare(pageTwo) > inkShare(pageOne));
}

void TestPdfDocument::discardPendingRenders_dropsStaleImages()
{
    PdfDocument document;
    QCOMPARE(document.load(TestPdf::make(3)), PdfDocument::Error::None);
    QSignalSpy rendered(&document, &PdfDocument::pageRendered);
    document.requestRender(0, 72);
    document.requestRender(1, 72);
    document.discardPendingRenders(); // the zoom changed
    const int current = document.requestRender(1, 144);
    QVERIFY(QTest::qWaitFor([&] { return rendered.size() >= 1; }, 10000));
    QThreadPool::globalInstance()->waitForDone(10000);
    QCoreApplication::processEvents();
    QCOMPARE(rendered.size(), 1);
    QCOMPARE(rendered.first().at(0).toInt(), current);
    QVERIFY(qAbs(rendered.first().at(2).value<QImage>().width() - 1191) <= 1);
}

void TestPdfDocument::render_future_givesTheSameImageAsTheSignal()
{
    PdfDocument document;
    QCOMPARE(document.load(TestPdf::make(3)), PdfDocument::Error::None);
    QFuture<QImage> future = document.render(2, 50);
    future.waitForFinished();
    const QImage image = future.result();
    QVERIFY(!image.isNull());
    QCOMPARE(image, PdfDocument::renderPage(document.bytes(), 2, 50));
    QVERIFY(PdfDocument::renderPage(document.bytes(), 3, 50).isNull());
}

void TestPdfDocument::render_veryHighDpi_isCappedInSize()
{
    PdfDocument document;
    QCOMPARE(document.load(TestPdf::make(1)), PdfDocument::Error::None);
    const QImage image = PdfDocument::renderPage(document.bytes(), 0, 3000);
    QVERIFY(!image.isNull());
    QVERIFY(qint64(image.width()) * image.height() <= PdfDocument::MaxImagePixels);
    QVERIFY(image.width() > 2000);
}

void TestPdfDocument::load_corruptBytes_isRefusedAsCorrupt()
{
    PdfDocument document;
    QByteArray noise(4096, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919) % 251);
    QCOMPARE(document.load(noise), PdfDocument::Error::Corrupt);
    QVERIFY(!document.isLoaded());
    QCOMPARE(document.pageCount(), 0);
    const PdfDocument::Error garbage = document.load(TestPdf::corrupt());
    QVERIFY(garbage == PdfDocument::Error::Corrupt || garbage == PdfDocument::Error::NoPages);
    QVERIFY(!document.isLoaded());
}

void TestPdfDocument::load_truncatedOrEmpty_isRefused()
{
    PdfDocument document;
    QCOMPARE(document.load(QByteArray()), PdfDocument::Error::Empty);
    const QByteArray whole = TestPdf::make(3);
    const PdfDocument::Error truncated = document.load(whole.left(200));
    QVERIFY2(truncated == PdfDocument::Error::Corrupt || truncated == PdfDocument::Error::NoPages,
             QMetaEnum::fromType<PdfDocument::Error>().valueToKey(int(truncated)));
    QVERIFY(!document.isLoaded());
    // A good load after a refused one works; a refused one after a good one forgets the pages.
    QCOMPARE(document.load(whole), PdfDocument::Error::None);
    QCOMPARE(document.load(whole.left(200)) == PdfDocument::Error::None, false);
    QCOMPARE(document.pageCount(), 0);
}

void TestPdfDocument::load_passwordLockedPdf_isRefusedAsLocked()
{
    PdfDocument document;
    QCOMPARE(document.load(TestPdf::makeLocked()), PdfDocument::Error::Locked);
    QVERIFY(!document.isLoaded());
    QVERIFY(PdfDocument::renderPage(TestPdf::makeLocked(), 0, 72).isNull());
}

void TestPdfDocument::requestRender_withoutDocument_isRefused()
{
    PdfDocument document;
    QCOMPARE(document.requestRender(0, 72), -1);
    QCOMPARE(document.load(TestPdf::make(2)), PdfDocument::Error::None);
    QCOMPARE(document.requestRender(2, 72), -1);
    QCOMPARE(document.requestRender(-1, 72), -1);
}

void TestPdfDocument::userMessage_saysWhatIsWrong()
{
    QVERIFY(PdfDocument::userMessage(PdfDocument::Error::None).isEmpty());
    QVERIFY(PdfDocument::userMessage(PdfDocument::Error::Corrupt).contains("damaged"));
    QVERIFY(PdfDocument::userMessage(PdfDocument::Error::Locked).contains("password"));
    QCOMPARE(PdfDocument::userMessage(PdfDocument::Error::NoPages),
             PdfDocument::userMessage(PdfDocument::Error::Corrupt));
}

QTEST_MAIN(TestPdfDocument)
#include "tst_pdfdocument.moc"
