#include "core/photoloader.h"
#include "core/portalapi.h"
#include "support/fakenetwork.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

QByteArray jpeg(const QColor &colour)
{
    QImage image(80, 80, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 95);
    return bytes;
}

bool near(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) < 12 && qAbs(a.green() - b.green()) < 12
        && qAbs(a.blue() - b.blue()) < 12;
}

} // namespace

// The portal as far as photos go: one photo per path with its ETag, 304 for a matching
// If-None-Match, 404 for none; records the requests.
class TestPhotoLoader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void load_firstTime_downloadsAndCaches();
    void load_again_revalidatesWithTheETag_andKeepsTheCopy();
    void load_changedPhoto_replacesTheCopy();
    void load_noPhoto_givesANullImage();
    void upload_putsTheBytesWithTheirType_andForgetsTheCopy();
    void upload_refused_saysWhy();

private:
    QNetworkReply *answer(const QNetworkRequest &request, QObject *parent);

    std::unique_ptr<FakeNetworkAccessManager> m_network;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<PhotoLoader> m_photos;
    QHash<QString, QPair<QByteArray, QByteArray>> m_served; // path → (bytes, etag)
    int m_putStatus = 204;
    QByteArray m_putType;
};

QNetworkReply *TestPhotoLoader::answer(const QNetworkRequest &request, QObject *parent)
{
    const QString path = request.url().path();
    if (request.attribute(QNetworkRequest::CustomVerbAttribute).isValid()
        || !request.header(QNetworkRequest::ContentTypeHeader).isNull()) {
        m_putType = request.header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (m_putStatus == 204)
            return new FakeReply(request, 204, {}, {}, parent);
        return new FakeReply(request, m_putStatus, "application/problem+json",
                             R"({"type":"urn:portiek:problem:image_dimensions","title":"x",)"
                             R"("status":422,"code":"image_dimensions"})",
                             parent);
    }
    if (!m_served.contains(path))
        return new FakeReply(request, 404, "application/problem+json",
                             R"({"type":"urn:portiek:problem:not_found","title":"x",)"
                             R"("status":404,"code":"not_found"})",
                             parent);
    const auto &[bytes, etag] = m_served.value(path);
    FakeReply *reply = request.rawHeader("If-None-Match") == etag
        ? new FakeReply(request, 304, {}, {}, parent)
        : new FakeReply(request, 200, "image/jpeg", bytes, parent);
    reply->setRawHeaderForTest("ETag", etag);
    return reply;
}

void TestPhotoLoader::init()
{
    m_served.clear();
    m_putStatus = 204;
    m_network = std::make_unique<FakeNetworkAccessManager>();
    m_network->setHandler([this](const QNetworkRequest &request, QObject *parent) {
        return answer(request, parent);
    });
    m_api = std::make_unique<PortalApi>(m_network.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example")));
    m_photos = std::make_unique<PhotoLoader>(m_api.get());
}

void TestPhotoLoader::load_firstTime_downloadsAndCaches()
{
    const QString path = PhotoLoader::clientPhotoPath(QStringLiteral("100482"));
    QCOMPARE(path, QStringLiteral("/api/v1/clients/100482/photo"));
    m_served.insert(path, { jpeg(Qt::red), "\"p1\"" });
    QSignalSpy ready(m_photos.get(), &PhotoLoader::photoReady);
    QVERIFY(m_photos->load(path).isNull());
    QVERIFY(ready.wait(2000));
    QCOMPARE(ready.first().at(0).toString(), path);
    const QImage photo = ready.first().at(1).value<QImage>();
    QCOMPARE(photo.size(), QSize(80, 80));
    QVERIFY(near(photo.pixelColor(40, 40), Qt::red));
    QVERIFY(!m_photos->cached(path).isNull());
}

void TestPhotoLoader::load_again_revalidatesWithTheETag_andKeepsTheCopy()
{
    const QString path
        = PhotoLoader::personPhotoPath(QStringLiteral("100482"), QStringLiteral("per_2Tn6"));
    m_served.insert(path, { jpeg(Qt::blue), "\"p1\"" });
    QSignalSpy ready(m_photos.get(), &PhotoLoader::photoReady);
    m_photos->load(path);
    QVERIFY(ready.wait(2000));
    const QImage copy = m_photos->load(path); // shown at once from the cache
    QVERIFY(near(copy.pixelColor(10, 10), Qt::blue));
    QVERIFY(QTest::qWaitFor([this] { return m_network->requests().size() == 2; }, 2000));
    QCOMPARE(m_network->requests().last().rawHeader("If-None-Match"), QByteArray("\"p1\""));
    QTest::qWait(20); // the 304 arrives; nothing new to announce
    QCOMPARE(ready.size(), 1);
    QVERIFY(!m_photos->cached(path).isNull());
}

void TestPhotoLoader::load_changedPhoto_replacesTheCopy()
{
    const QString path = PhotoLoader::myPhotoPath();
    m_served.insert(path, { jpeg(Qt::blue), "\"p1\"" });
    QSignalSpy ready(m_photos.get(), &PhotoLoader::photoReady);
    m_photos->load(path);
    QVERIFY(ready.wait(2000));
    m_served.insert(path, { jpeg(Qt::green), "\"p2\"" });
    m_photos->load(path);
    QVERIFY(ready.wait(2000));
    QVERIFY(near(ready.last().at(1).value<QImage>().pixelColor(10, 10), Qt::green));
    QVERIFY(near(m_photos->cached(path).pixelColor(10, 10), Qt::green));
}

void TestPhotoLoader::load_noPhoto_givesANullImage()
{
    const QString path = PhotoLoader::clientPhotoPath(QStringLiteral("100517"));
    QSignalSpy ready(m_photos.get(), &PhotoLoader::photoReady);
    QSignalSpy failed(m_photos.get(), &PhotoLoader::photoFailed);
    m_photos->load(path);
    QVERIFY(ready.wait(2000));
    QVERIFY(ready.first().at(1).value<QImage>().isNull());
    QCOMPARE(failed.size(), 0);
}

void TestPhotoLoader::upload_putsTheBytesWithTheirType_andForgetsTheCopy()
{
    const QString path = PhotoLoader::myPhotoPath();
    m_served.insert(path, { jpeg(Qt::blue), "\"p1\"" });
    QSignalSpy ready(m_photos.get(), &PhotoLoader::photoReady);
    m_photos->load(path);
    QVERIFY(ready.wait(2000));
    QSignalSpy changed(m_photos.get(), &PhotoLoader::myPhotoChanged);
    m_photos->uploadMyPhoto(jpeg(Qt::yellow), "image/jpeg");
    QVERIFY(m_photos->isChangingMyPhoto());
    QVERIFY(changed.wait(2000));
    QCOMPARE(m_putType, QByteArray("image/jpeg"));
    QVERIFY(m_photos->cached(path).isNull());
}

void TestPhotoLoader::upload_refused_saysWhy()
{
    m_putStatus = 422;
    QSignalSpy failed(m_photos.get(), &PhotoLoader::myPhotoChangeFailed);
    m_photos->uploadMyPhoto(jpeg(Qt::yellow), "image/jpeg");
    QVERIFY(failed.wait(2000));
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.problemCode(), QStringLiteral("image_dimensions"));
    QVERIFY(error.userMessage().contains("too small or too large"));
}

QTEST_GUILESS_MAIN(TestPhotoLoader)
#include "tst_photoloader.moc"
