#include "dossierfixture.h"
#include "server/app/servercontext.h"
#include "server/http/requestpipeline.h"
#include "server/photos/photoimage.h"
#include "server/photos/photostore.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QTest>

using namespace Portiek::Server;

namespace {

const QString MyPhoto = QStringLiteral("/api/v1/me/photo");
const QString ClientPhoto = QStringLiteral("/api/v1/clients/100482/photo");

QByteArray encoded(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

// A picture with a left half red and a right half blue, so crops and rotations show.
QImage picture(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::red);
    for (int y = 0; y < height; ++y) {
        for (int x = width / 2; x < width; ++x)
            image.setPixel(x, y, qRgb(0, 0, 255));
    }
    return image;
}

QImage decodedJpeg(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "jpeg");
    reader.setDecideFormatFromContent(false);
    return reader.read();
}

DossierFixture::Headers type(const QByteArray &mediaType)
{
    return { { "Content-Type", mediaType } };
}

} // namespace

// Profile photos: the checks of the contract's *Images* section, the re-encoding, and who may
// see and set which photo.
class TestPhotos : public QObject
{
    Q_OBJECT

private slots:
    void upload_isServedReencodedAsASmallSquareJpeg();
    void upload_dropsTheMetadataThatWasSent();
    void upload_refusesOtherTypes();
    void upload_refusesOversizedFiles();
    void upload_ofSeveralMegabytesPassesTheRequestPipeline();
    void upload_refusesCorruptImages();
    void upload_refusesTooSmallOrTooLargeDimensions_data();
    void upload_refusesTooSmallOrTooLargeDimensions();
    void photo_answers304AndIsPrivate();
    void clientsOwnPhoto_isTheClientPhoto();
    void clientPhoto_isSetOnlyWithManageAccess();
    void personPhoto_onlyForPeopleOfThatPortal();
    void delete_removesThePhotoAndTheUrl();
    void seed_setsPhotosFromImageBytes();
};

void TestPhotos::upload_isServedReencodedAsASmallSquareJpeg()
{
    DossierFixture fixture;
    QVERIFY(fixture.isValid());
    const QByteArray sent = encoded(picture(1200, 800), "PNG");
    const Response put
        = fixture.call("PUT", MyPhoto, fixture.representativeToken, sent, type("image/png"));
    QCOMPARE(put.status(), 204);
    QVERIFY(!put.header("ETag").isEmpty());

    const Response got = fixture.call("GET", MyPhoto, fixture.representativeToken);
    QCOMPARE(got.status(), 200);
    QCOMPARE(got.header("Content-Type"), QByteArray("image/jpeg"));
    QCOMPARE(got.header("ETag"), put.header("ETag"));
    QVERIFY(got.body() != sent);
    QVERIFY(got.body().startsWith("\xFF\xD8\xFF")); // a JPEG
    const QImage served = decodedJpeg(got.body());
    QCOMPARE(served.size(), QSize(512, 512));
    // Centre-cropped: both halves survive, red on the left and blue on the right.
    QVERIFY(qRed(served.pixel(20, 256)) > 200 && qBlue(served.pixel(20, 256)) < 60);
    QVERIFY(qBlue(served.pixel(490, 256)) > 200 && qRed(served.pixel(490, 256)) < 60);

    // A small JPEG is not scaled up, only squared.
    const QByteArray small = encoded(picture(100, 80), "JPEG", 95);
    QCOMPARE(fixture
                 .call("PUT", MyPhoto, fixture.representativeToken, small,
                       type("image/jpeg; charset=binary"))
                 .status(),
             204);
    const QByteArray served2 = fixture.call("GET", MyPhoto, fixture.representativeToken).body();
    QVERIFY(served2 != small);
    QCOMPARE(decodedJpeg(served2).size(), QSize(80, 80));

    // /me says where it is.
    QCOMPARE(SignInFixture::json(
                 fixture.call("GET", QStringLiteral("/api/v1/me"), fixture.representativeToken))
                 .value("photoUrl")
                 .toString(),
             MyPhoto);
}

void TestPhotos::upload_dropsTheMetadataThatWasSent()
{
    DossierFixture fixture;
    QImage image = picture(300, 300);
    image.setText(QStringLiteral("Location"), QStringLiteral("52.3105,4.8705 Lindelaan 14"));
    const QByteArray sent = encoded(image, "PNG");
    QVERIFY(sent.contains("Lindelaan"));
    QCOMPARE(fixture.call("PUT", MyPhoto, fixture.contactToken, sent, type("image/png")).status(),
             204);
    const QByteArray served = fixture.call("GET", MyPhoto, fixture.contactToken).body();
    QVERIFY(!served.contains("Lindelaan"));
    QVERIFY(!served.contains("52.3105"));
    QVERIFY(decodedJpeg(served).textKeys().isEmpty());
}

void TestPhotos::upload_refusesOtherTypes()
{
    DossierFixture fixture;
    const QImage image = picture(200, 200);
    for (const QByteArray &mediaType : { QByteArray("image/gif"), QByteArray("image/svg+xml"),
                                         QByteArray("application/octet-stream"), QByteArray() }) {
        const Response response = fixture.call("PUT", MyPhoto, fixture.clientToken,
                                               encoded(image, "PNG"), type(mediaType));
        QCOMPARE(response.status(), 415);
        QCOMPARE(SignInFixture::problemCode(response), QStringLiteral("unsupported_media_type"));
    }
    // A BMP labelled as PNG is not a PNG.
    const Response disguised = fixture.call("PUT", MyPhoto, fixture.clientToken,
                                            encoded(image, "BMP"), type("image/png"));
    QCOMPARE(SignInFixture::problemCode(disguised), QStringLiteral("image_invalid"));
    QCOMPARE(fixture.call("GET", MyPhoto, fixture.clientToken).status(), 404);
}

void TestPhotos::upload_refusesOversizedFiles()
{
    // The route's own limit (the HTTP layer in front may have a lower one).
    QByteArray huge = encoded(picture(200, 200), "PNG");
    huge.append(QByteArray(PhotoImage::MaxBytes, '\0'));
    const PhotoImage::Result result = PhotoImage::process(huge, "image/png");
    QVERIFY(!result.ok());
    QCOMPARE(result.problem.status(), 413);
    QCOMPARE(SignInFixture::problemCode(result.problem), QStringLiteral("payload_too_large"));

    DossierFixture fixture;
    const Response response
        = fixture.call("PUT", MyPhoto, fixture.clientToken, huge, type("image/png"));
    QCOMPARE(response.status(), 413);
    QCOMPARE(fixture.call("GET", MyPhoto, fixture.clientToken).status(), 404);
}

void TestPhotos::upload_refusesCorruptImages()
{
    DossierFixture fixture;
    const QByteArray png = encoded(picture(300, 300), "PNG");
    const QByteArray jpeg = encoded(picture(300, 300), "JPEG");
    const QList<QPair<QByteArray, QByteArray>> corrupt = {
        { "image/png", QByteArray() },
        { "image/png", QByteArray("not an image at all") },
        { "image/png", png.left(png.size() / 2) }, // cut off
        { "image/jpeg", jpeg.left(40) }, // header only
        { "image/jpeg", png }, // a PNG sent as a JPEG
    };
    for (const auto &[mediaType, body] : corrupt) {
        const Response response
            = fixture.call("PUT", MyPhoto, fixture.clientToken, body, type(mediaType));
        QCOMPARE(response.status(), 422);
        QCOMPARE(SignInFixture::problemCode(response), QStringLiteral("image_invalid"));
    }
    QCOMPARE(fixture.call("GET", MyPhoto, fixture.clientToken).status(), 404);
}

void TestPhotos::upload_refusesTooSmallOrTooLargeDimensions_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("63 wide") << QSize(63, 200) << false;
    QTest::newRow("63 high") << QSize(200, 63) << false;
    QTest::newRow("64 square") << QSize(64, 64) << true;
    QTest::newRow("8000 wide") << QSize(8000, 64) << true;
    QTest::newRow("8001 wide") << QSize(8001, 64) << false;
    QTest::newRow("8001 high") << QSize(64, 8001) << false;
}

void TestPhotos::upload_refusesTooSmallOrTooLargeDimensions()
{
    QFETCH(QSize, size);
    QFETCH(bool, accepted);
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::gray);
    const PhotoImage::Result result = PhotoImage::process(encoded(image, "PNG"), "image/png");
    QCOMPARE(result.ok(), accepted);
    if (!accepted) {
        QCOMPARE(result.problem.status(), 422);
        QCOMPARE(SignInFixture::problemCode(result.problem), QStringLiteral("image_dimensions"));
    } else {
        QVERIFY(decodedJpeg(result.jpeg).width() <= PhotoImage::OutputMaxSide);
    }
}

void TestPhotos::photo_answers304AndIsPrivate()
{
    DossierFixture fixture;
    QCOMPARE(fixture
                 .call("PUT", MyPhoto, fixture.contactToken, encoded(picture(90, 90), "PNG"),
                       type("image/png"))
                 .status(),
             204);
    const Response got = fixture.call("GET", MyPhoto, fixture.contactToken);
    QCOMPARE(got.header("Cache-Control"), QByteArray("private, no-cache"));
    const Response again = fixture.call("GET", MyPhoto, fixture.contactToken, {},
                                        { { "If-None-Match", got.header("ETag") } });
    QCOMPARE(again.status(), 304);
    QVERIFY(again.body().isEmpty());
}

void TestPhotos::clientsOwnPhoto_isTheClientPhoto()
{
    DossierFixture fixture;
    QCOMPARE(fixture
                 .call("PUT", MyPhoto, fixture.clientToken, encoded(picture(200, 200), "PNG"),
                       type("image/png"))
                 .status(),
             204);
    const QByteArray mine = fixture.call("GET", MyPhoto, fixture.clientToken).body();
    // Everyone of the portal sees it as the client's photo, also a contact without rights.
    const Response asClient = fixture.call("GET", ClientPhoto, fixture.contactToken);
    QCOMPARE(asClient.status(), 200);
    QCOMPARE(asClient.body(), mine);
    QCOMPARE(
        fixture
            .call("GET",
                  QStringLiteral("/api/v1/clients/100482/people/%1/photo").arg(fixture.client.id),
                  fixture.contactToken)
            .body(),
        mine);
    const QJsonArray clients
        = SignInFixture::json(fixture.call("GET", QStringLiteral("/api/v1/me/clients"),
                                           fixture.representativeToken))
              .value("items")
              .toArray();
    QCOMPARE(clients.at(0).toObject().value("photoUrl").toString(), ClientPhoto);
}

void TestPhotos::clientPhoto_isSetOnlyWithManageAccess()
{
    DossierFixture fixture;
    const QByteArray png = encoded(picture(200, 200), "PNG");
    Rights allButManage = Rights::all();
    allButManage.manageAccess = false;
    fixture.setContactRights(allButManage);
    Response refused
        = fixture.call("PUT", ClientPhoto, fixture.contactToken, png, type("image/png"));
    QCOMPARE(refused.status(), 403);
    QCOMPARE(SignInFixture::problemCode(refused), QStringLiteral("right_missing"));
    QCOMPARE(fixture.call("DELETE", ClientPhoto, fixture.contactToken).status(), 403);
    refused = fixture.call("PUT", ClientPhoto, fixture.strangerToken, png, type("image/png"));
    QCOMPARE(SignInFixture::problemCode(refused), QStringLiteral("client_not_accessible"));
    QCOMPARE(SignInFixture::problemCode(fixture.call("GET", ClientPhoto, fixture.strangerToken)),
             QStringLiteral("client_not_accessible"));
    QCOMPARE(fixture.call("GET", ClientPhoto, fixture.clientToken).status(), 404);

    QCOMPARE(fixture.call("PUT", ClientPhoto, fixture.representativeToken, png, type("image/png"))
                 .status(),
             204);
    // The client sees it as their own photo.
    QCOMPARE(fixture.call("GET", MyPhoto, fixture.clientToken).status(), 200);
    Rights manage;
    manage.manageAccess = true;
    fixture.setContactRights(manage);
    QCOMPARE(fixture.call("DELETE", ClientPhoto, fixture.contactToken).status(), 204);
    QCOMPARE(fixture.call("GET", MyPhoto, fixture.clientToken).status(), 404);
}

void TestPhotos::personPhoto_onlyForPeopleOfThatPortal()
{
    DossierFixture fixture;
    const QByteArray png = encoded(picture(200, 200), "PNG");
    for (const QString &token : { fixture.contactToken, fixture.strangerToken })
        QCOMPARE(fixture.call("PUT", MyPhoto, token, png, type("image/png")).status(), 204);
    const QString contactPhoto
        = QStringLiteral("/api/v1/clients/100482/people/%1/photo").arg(fixture.contact.id);
    QCOMPARE(fixture.call("GET", contactPhoto, fixture.representativeToken).status(), 200);
    // The stranger belongs to another client's portal: not found here, as if there were none.
    const Response hidden = fixture.call(
        "GET", QStringLiteral("/api/v1/clients/100482/people/%1/photo").arg(fixture.stranger.id),
        fixture.representativeToken);
    QCOMPARE(hidden.status(), 404);
    QVERIFY(!hidden.body().contains("\xFF\xD8"));
    // Nor can the stranger reach the contact's photo through their own client.
    QCOMPARE(
        fixture
            .call("GET",
                  QStringLiteral("/api/v1/clients/100999/people/%1/photo").arg(fixture.contact.id),
                  fixture.strangerToken)
            .status(),
        404);
    QCOMPARE(fixture.call("GET", contactPhoto, fixture.strangerToken).status(), 403);
    QCOMPARE(fixture
                 .call("GET",
                       QStringLiteral("/api/v1/clients/100482/people/%1/photo")
                           .arg(fixture.representative.id),
                       fixture.contactToken)
                 .status(),
             404); // linked, but without a photo
}

void TestPhotos::delete_removesThePhotoAndTheUrl()
{
    DossierFixture fixture;
    QCOMPARE(fixture.call("DELETE", MyPhoto, fixture.contactToken).status(), 204); // none: fine
    QCOMPARE(fixture
                 .call("PUT", MyPhoto, fixture.contactToken, encoded(picture(99, 99), "PNG"),
                       type("image/png"))
                 .status(),
             204);
    QCOMPARE(fixture.call("DELETE", MyPhoto, fixture.contactToken).status(), 204);
    QCOMPARE(fixture.call("GET", MyPhoto, fixture.contactToken).status(), 404);
    QVERIFY(
        SignInFixture::json(fixture.call("GET", QStringLiteral("/api/v1/me"), fixture.contactToken))
            .value("photoUrl")
            .isNull());
    QCOMPARE(fixture.call("DELETE", MyPhoto, QString()).status(), 401);
    QCOMPARE(fixture.call("GET", MyPhoto, QString()).status(), 401);
}

void TestPhotos::seed_setsPhotosFromImageBytes()
{
    DossierFixture fixture;
    PhotoStore photos(fixture.context());
    QVERIFY(photos
                .setPersonPhoto(fixture.representative.id, encoded(picture(640, 480), "JPEG"),
                                "image/jpeg")
                .ok());
    QVERIFY(
        photos
            .setClientPhoto(DossierFixture::ClientId, encoded(picture(64, 64), "PNG"), "image/png")
            .ok());
    QVERIFY(!photos.setClientPhoto(DossierFixture::ClientId, "junk", "image/png").ok());
    QCOMPARE(
        photos.personUrl(DossierFixture::ClientId, fixture.representative.id),
        QStringLiteral("/api/v1/clients/100482/people/%1/photo").arg(fixture.representative.id));
    QCOMPARE(photos.clientUrl(DossierFixture::ClientId), ClientPhoto);
    QVERIFY(photos.clientUrl(DossierFixture::OtherClientId).isEmpty());
    QCOMPARE(fixture.call("GET", MyPhoto, fixture.representativeToken).status(), 200);
}

void TestPhotos::upload_ofSeveralMegabytesPassesTheRequestPipeline()
{
    DossierFixture fixture;
    const RequestPipeline pipeline(fixture.router());
    const auto request = [](const QString &path, qint64 declared) {
        Request result("PUT", QUrl(path));
        result.addHeader("Content-Length", QByteArray::number(declared));
        return result;
    };
    // A phone photo of 4 MiB is over the 1 MiB of other routes but reaches the photo handler
    // (here: 401, no session); 11 MiB does not.
    for (const QString &path :
         { QStringLiteral("/api/v1/me/photo"), QStringLiteral("/api/v1/clients/100482/photo") }) {
        QCOMPARE(pipeline.process(request(path, 4 * 1024 * 1024)).status(), 401);
        QCOMPARE(pipeline.process(request(path, 11 * 1024 * 1024)).status(), 413);
    }
}

QTEST_GUILESS_MAIN(TestPhotos)
#include "tst_photoroutes.moc"
