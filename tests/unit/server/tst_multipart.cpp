#include "server/http/multipart.h"

#include <QTest>

using namespace Portiek::Server;

namespace {

const QByteArray Boundary = QByteArrayLiteral("XyZ-42");

QByteArray twoParts()
{
    return "--XyZ-42\r\n"
           "Content-Disposition: form-data; name=\"metadata\"\r\n"
           "Content-Type: application/json\r\n"
           "\r\n"
           "{\"title\":\"Plan\"}\r\n"
           "--XyZ-42\r\n"
           "Content-Disposition: form-data; name=\"file\"; filename=\"plan; 2026.pdf\"\r\n"
           "Content-Type: Application/PDF\r\n"
           "\r\n"
           "%PDF-1.4\r\nline\r\n--XyZ-4 not the boundary\r\n"
           "--XyZ-42--\r\n";
}

} // namespace

class TestMultipart : public QObject
{
    Q_OBJECT

private slots:
    void boundary_isReadFromTheContentType();
    void boundary_missingOrInvalid_isRefused();
    void parse_readsNamedPartsWithTheirBytes();
    void parse_ignoresPreambleAndEpilogue();
    void parse_refusesHostileBodies_data();
    void parse_refusesHostileBodies();
};

void TestMultipart::boundary_isReadFromTheContentType()
{
    QString error;
    QCOMPARE(Multipart::boundaryOf("multipart/form-data; boundary=XyZ-42", &error),
             std::optional<QByteArray>("XyZ-42"));
    QCOMPARE(Multipart::boundaryOf("Multipart/Form-Data;boundary=\"a b:c\"; charset=utf-8", &error),
             std::optional<QByteArray>("a b:c"));
    QVERIFY(Multipart::isFormData("multipart/form-data"));
    QVERIFY(!Multipart::isFormData("application/json"));
}

void TestMultipart::boundary_missingOrInvalid_isRefused()
{
    QString error;
    QVERIFY(!Multipart::boundaryOf("multipart/form-data", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!Multipart::boundaryOf("multipart/form-data; boundary=", &error));
    QVERIFY(!Multipart::boundaryOf("multipart/form-data; boundary=\"open", &error));
    QVERIFY(!Multipart::boundaryOf("multipart/form-data; boundary=" + QByteArray(71, 'a'), &error));
    QVERIFY(!Multipart::boundaryOf("multipart/form-data; boundary=a\x01b", &error));
    QVERIFY(!Multipart::boundaryOf("multipart/mixed; boundary=abc", &error));
    QVERIFY(!Multipart::parse("--\r\n", QByteArray(), &error));
}

void TestMultipart::parse_readsNamedPartsWithTheirBytes()
{
    QString error;
    const std::optional<QList<Multipart::Part>> parts
        = Multipart::parse(twoParts(), Boundary, &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(parts->size(), 2);
    QCOMPARE(parts->at(0).name, QByteArray("metadata"));
    QCOMPARE(parts->at(0).contentType, QByteArray("application/json"));
    QCOMPARE(parts->at(0).body, QByteArray("{\"title\":\"Plan\"}"));
    QCOMPARE(parts->at(1).name, QByteArray("file"));
    QCOMPARE(parts->at(1).fileName, QStringLiteral("plan; 2026.pdf"));
    QCOMPARE(parts->at(1).contentType, QByteArray("application/pdf"));
    // Line breaks and boundary look-alikes inside the content are content.
    QCOMPARE(parts->at(1).body, QByteArray("%PDF-1.4\r\nline\r\n--XyZ-4 not the boundary"));
}

void TestMultipart::parse_ignoresPreambleAndEpilogue()
{
    QString error;
    const QByteArray body = "This is a preamble.\r\n" + twoParts() + "and an epilogue\r\n";
    const std::optional<QList<Multipart::Part>> parts = Multipart::parse(body, Boundary, &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(parts->size(), 2);
    // An empty form is a well-formed one.
    QCOMPARE(Multipart::parse("--XyZ-42--\r\n", Boundary, &error)->size(), 0);
}

void TestMultipart::parse_refusesHostileBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray whole = twoParts();
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no boundary at all") << QByteArray("just some bytes\r\n");
    QTest::newRow("truncated in the last part") << whole.left(whole.size() - 20);
    QTest::newRow("truncated after a delimiter")
        << whole.left(whole.indexOf("--XyZ-42\r\n", 10) + 8);
    QTest::newRow("no closing delimiter")
        << QByteArray("--XyZ-42\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n");
    QTest::newRow("truncated in headers")
        << QByteArray("--XyZ-42\r\nContent-Disposition: form-data; na");
    QTest::newRow("huge headers")
        << "--XyZ-42\r\nContent-Disposition: form-data; name=\"a\"\r\nX-Long: "
            + QByteArray(64 * 1024, 'x') + "\r\n\r\nx\r\n--XyZ-42--\r\n";
    QTest::newRow("part without a name")
        << QByteArray("--XyZ-42\r\nContent-Type: text/plain\r\n\r\nx\r\n--XyZ-42--\r\n");
    QTest::newRow("not form-data")
        << QByteArray("--XyZ-42\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n"
                      "--XyZ-42--\r\n");
    QTest::newRow("two dispositions")
        << QByteArray("--XyZ-42\r\nContent-Disposition: form-data; name=\"a\"\r\n"
                      "Content-Disposition: form-data; name=\"b\"\r\n\r\nx\r\n--XyZ-42--\r\n");
    QTest::newRow("header line without colon")
        << QByteArray("--XyZ-42\r\nContent-Disposition form-data\r\n\r\nx\r\n--XyZ-42--\r\n");
    QTest::newRow("unclosed quote")
        << QByteArray("--XyZ-42\r\nContent-Disposition: form-data; name=\"a\r\n\r\nx\r\n"
                      "--XyZ-42--\r\n");
    QTest::newRow("same name twice")
        << QByteArray("--XyZ-42\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n"
                      "--XyZ-42\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\ny\r\n"
                      "--XyZ-42--\r\n");
    QByteArray many;
    for (int i = 0; i < 9; ++i)
        many += "--XyZ-42\r\nContent-Disposition: form-data; name=\"p" + QByteArray::number(i)
            + "\"\r\n\r\nx\r\n";
    QTest::newRow("too many parts") << many + "--XyZ-42--\r\n";
    QTest::newRow("garbage after delimiter")
        << QByteArray("--XyZ-42junk\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n"
                      "--XyZ-42--\r\n");
}

void TestMultipart::parse_refusesHostileBodies()
{
    QFETCH(QByteArray, body);
    QString error;
    QVERIFY(!Multipart::parse(body, Boundary, &error));
    QVERIFY(!error.isEmpty());
    // The sentence never quotes the body.
    QVERIFY(!error.contains(QLatin1String("xxxx")));
}

QTEST_GUILESS_MAIN(TestMultipart)
#include "tst_multipart.moc"
