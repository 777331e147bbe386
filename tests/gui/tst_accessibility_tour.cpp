// Walks every screen of the tour — the real application, signed in for real against
// portiek-server with the demo data — and checks each visible window as a person with a screen
// reader, a keyboard only, poor sight or another language meets it (accessibilitychecks.h).
#include "accessibilitychecks.h"
#include "application.h"
#include "core/language.h"
#include "markingtranslator.h"
#include "support/testserver.h"
#include "tour.h"
#include "ui/theme.h"

#include <QApplication>
#include <QEventLoop>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

namespace {
constexpr int TourLimitMs = 150000;
} // namespace

class TestAccessibilityTour : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void styleSheetColours_reachThePalette();
    void marker_marksTranslatedTextOnly();
    void tour_everyScreenPassesTheChecks_data();
    void tour_everyScreenPassesTheChecks();

private:
    TestServer m_server;
    DataTexts m_data;
};

void TestAccessibilityTour::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY2(m_server.addDemoAccounts(), qPrintable(m_server.errorString()));
    QVERIFY2(m_server.runCommand({ QStringLiteral("seed"), QStringLiteral("--demo") }),
             qPrintable(m_server.errorString()));

    // Dutch, as the application installs it; then the marker in front, asked first.
    Language::install(*qApp, QStringLiteral("nl"));
    const QList<QTranslator *> real = qApp->findChildren<QTranslator *>();
    QVERIFY(!real.isEmpty());
    QVERIFY(QCoreApplication::installTranslator(new MarkingTranslator(real, qApp)));
    Theme::apply(*qApp);

    // The demo data, and the test server's own organisation, are what the screens may show
    // untranslated.
    QString error;
    const QString sourceDir = TestServer::sourceDir();
    QStringList files { QStringLiteral("app/toursamples.cpp"),
                        QStringLiteral("tests/support/testserver.cpp"),
                        QStringLiteral("server/cli/demodatacommand.cpp"),
                        // The measurement types an organisation configures on its server.
                        QStringLiteral("server/config/measurementtypeconfig.cpp") };
    for (const char *name :
         { "demoagenda", "demoboard", "demoimages", "demomeasurements", "demomessages", "demopdf",
           "demopeople", "demoplans", "demoreports", "demoseed" })
        files << QStringLiteral("server/demo/%1.cpp").arg(QLatin1String(name));
    QVERIFY2(m_data.load(sourceDir, files, &error), qPrintable(error));
    QVERIFY(m_data.literalCount() > 100);
}

void TestAccessibilityTour::styleSheetColours_reachThePalette()
{
    // The contrast check reads palettes: after polish they hold what the style sheet says.
    QWidget window;
    window.setStyleSheet(QStringLiteral("QLabel { color: #123456; background: #fedcba; }"
                                        "QPushButton { color: #224466; background: #eeddcc; }"));
    auto *label = new QLabel(QStringLiteral("x"), &window);
    auto *button = new QPushButton(QStringLiteral("y"), &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(label->palette().color(label->foregroundRole()), QColor(0x12, 0x34, 0x56));
    QCOMPARE(label->palette().color(label->backgroundRole()), QColor(0xfe, 0xdc, 0xba));
    QCOMPARE(button->palette().color(button->foregroundRole()), QColor(0x22, 0x44, 0x66));
    QCOMPARE(button->palette().color(button->backgroundRole()), QColor(0xee, 0xdd, 0xcc));
    // And the application's own style sheet reaches a plain button the same way.
    QPushButton plain(QStringLiteral("z"));
    plain.ensurePolished();
    QVERIFY(Theme::contrastRatio(plain.palette().color(plain.foregroundRole()),
                                 plain.palette().color(plain.backgroundRole()))
            >= 4.5);
}

void TestAccessibilityTour::marker_marksTranslatedTextOnly()
{
    const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
    QVERIFY(cancel.startsWith(MarkingTranslator::Marker));
    QCOMPARE(cancel.mid(1), QStringLiteral("Annuleren"));
    QVERIFY(m_data.isData(QStringLiteral("12:30")));
    QVERIFY(m_data.isData(QStringLiteral("maandag 7 december 2026")));
    QVERIFY(m_data.isData(QStringLiteral("82,5 kg")));
    QVERIFY(m_data.isData(QStringLiteral("Gerard van Dijk")));
    QVERIFY(!m_data.isData(QStringLiteral("Send the report")));
    QVERIFY(!m_data.isData(QStringLiteral("Cancel")));
    QVERIFY(m_data.isData(QStringLiteral("Ondersteuningsplan 2026")));
    QVERIFY(m_data.isData(QStringLiteral("Meneer is vannacht twee keer wakker geweest en …")));
    QVERIFY(!m_data.isData(QStringLiteral("Read the whole report …")));
    QVERIFY(m_data.isData(QStringLiteral("'s Middags bezoek gehad van de familie. Meneer …")));
    // Sentences the demo joins into one report, and one sentence it never wrote.
    QVERIFY(m_data.isData(QStringLiteral("'s Middags bezoek gehad van de familie. Meneer genoot "
                                         "zichtbaar. Goed gegeten en voldoende gedronken.")));
    QVERIFY(!m_data.isData(QStringLiteral("'s Middags bezoek gehad van de familie. Meneer genoot "
                                          "zichtbaar. Send the report.")));
}

void TestAccessibilityTour::tour_everyScreenPassesTheChecks_data()
{
    QTest::addColumn<int>("percent");
    QTest::addColumn<bool>("highContrast");
    QTest::newRow("normal") << 100 << false;
    QTest::newRow("text 200 %") << 200 << false;
    QTest::newRow("high contrast") << 100 << true;
}

void TestAccessibilityTour::tour_everyScreenPassesTheChecks()
{
    QFETCH(int, percent);
    QFETCH(bool, highContrast);
    QTemporaryDir shots;
    QVERIFY(shots.isValid());
    // Kept to look at, with the controls whose focus did not show (accessibilitychecks.cpp).
    shots.setAutoRemove(!qEnvironmentVariableIsSet("PORTIEK_A11Y_DUMP"));
    CommandLine options;
    options.server = m_server.url().toString();
    options.caFile = m_server.caFile();
    options.tourDirectory = shots.path();
    options.tourOutboxCommand
        = QStringLiteral("\"%1\" outbox --json --config \"%2\"")
              .arg(qEnvironmentVariable("PORTIEK_SERVER_BINARY"), m_server.configFile());
    options.language = QStringLiteral("nl");
    // As main() applies them, before the application's windows exist.
    Theme::setTextScale(percent);
    Theme::setHighContrast(highContrast);
    const auto restore = qScopeGuard([] {
        Theme::setTextScale(100);
        Theme::setHighContrast(false);
    });

    AccessibilityChecks checks(&m_data);
    QStringList steps;
    Application application(options);
    application.start();
    auto *tour = application.findChild<Tour *>();
    QVERIFY(tour);
    tour->setInspector([&](const QString &step, QWidget *) {
        steps.append(step);
        checks.inspectAll(step);
    });

    // The tour says when it is done, with its status.
    tour->setExitWhenDone(false);
    QEventLoop loop;
    connect(tour, &Tour::finished, &loop, &QEventLoop::exit);
    QTimer::singleShot(TourLimitMs, &loop, [&] { loop.exit(99); });
    const int status = loop.exec();
    QCOMPARE(status, 0);
    QVERIFY2(steps.size() >= 35, qPrintable(steps.join(QLatin1Char(' '))));
    qInfo("%d screens, %d windows, %d widgets inspected", int(steps.size()),
          checks.windowsInspected(), checks.widgetsInspected());
    // Qt Test cuts long failure messages: the whole list goes to the output first.
    if (checks.count() > 0) {
        std::fputs(qPrintable(checks.report()), stdout);
        std::fflush(stdout);
    }
    QVERIFY2(
        checks.count() == 0,
        qPrintable(QStringLiteral("%1 accessibility problems, listed above").arg(checks.count())));
}

QTEST_MAIN(TestAccessibilityTour)
#include "tst_accessibility_tour.moc"
