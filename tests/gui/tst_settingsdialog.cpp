#include "core/appsettings.h"
#include "ui/settings/settingscontroller.h"
#include "ui/settings/settingsdialog.h"
#include "ui/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void scale200_doublesApplicationFontAndHeading();
    void dialog_ok_appliesLiveAndIsRemembered();
    void dialog_cancel_restoresWhatWasThere();
    void dialog_keyboardOnly_choosesSizeAndContrast();
    void highContrast_palettePairs_reach7to1();
    void normalTheme_palettePairs_reach4point5to1();
    void highContrast_appliesToApplicationLive();
    void shortcuts_changeAndRememberTextSize();
    void styleSheet_hasNoUnknownColourNames();
    void windowIcon_hasTheTitleAndTaskBarSizes();

private:
    std::unique_ptr<QSettings> newQSettings() const
    {
        return std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                           QSettings::IniFormat);
    }

    QTemporaryDir m_dir;
    qreal m_basePointSize = 0;
};

namespace {
const QList<QPair<QPalette::ColorRole, QPalette::ColorRole>> TextPairs = {
    { QPalette::WindowText, QPalette::Window },
    { QPalette::Text, QPalette::Base },
    { QPalette::ButtonText, QPalette::Button },
    { QPalette::HighlightedText, QPalette::Highlight },
};

QRadioButton *sizeButton(SettingsDialog &dialog, int percent)
{
    return dialog.findChild<QRadioButton *>(QStringLiteral("textSize%1").arg(percent));
}
} // namespace

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Theme::apply(*qApp);
    m_basePointSize = QApplication::font().pointSizeF();
    QVERIFY(m_basePointSize >= 13.0);
}

void TestSettingsDialog::init()
{
    Theme::setTextScale(100);
    Theme::setHighContrast(false);
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestSettingsDialog::scale200_doublesApplicationFontAndHeading()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *heading = new QLabel(QStringLiteral("Kop"), &window);
    Theme::makeHeading(heading, 1);
    auto *bold = new QLabel(QStringLiteral("Vet"), &window);
    QFont boldFont = bold->font();
    boldFont.setBold(true);
    bold->setFont(boldFont);
    auto *plain = new QLabel(QStringLiteral("Gewoon"), &window);
    layout->addWidget(heading);
    layout->addWidget(bold);
    layout->addWidget(plain);
    window.show();
    const qreal headingSize = heading->font().pointSizeF();
    QVERIFY(headingSize > m_basePointSize * 1.5);

    Theme::setTextScale(200);
    QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize * 2);
    QCOMPARE(plain->font().pointSizeF(), m_basePointSize * 2);
    QCOMPARE(bold->font().pointSizeF(), m_basePointSize * 2);
    QVERIFY(bold->font().bold());
    QCOMPARE(heading->font().pointSizeF(), headingSize * 2);
    QVERIFY(heading->font().bold());

    Theme::setTextScale(100);
    QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize);
    QCOMPARE(heading->font().pointSizeF(), headingSize);
}

void TestSettingsDialog::dialog_ok_appliesLiveAndIsRemembered()
{
    auto qsettings = newQSettings();
    AppSettings settings(qsettings.get());
    QWidget open; // an already open window follows at once
    auto *heading = new QLabel(QStringLiteral("Kop"), &open);
    Theme::makeHeading(heading, 1);
    const qreal headingSize = heading->font().pointSizeF();
    {
        SettingsDialog dialog(&settings);
        dialog.show();
        QTest::mouseClick(sizeButton(dialog, 200), Qt::LeftButton);
        QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize * 2);
        QCOMPARE(heading->font().pointSizeF(), headingSize * 2);
        auto *preview = dialog.findChild<QLabel *>(QStringLiteral("textSizePreview"));
        QVERIFY(preview->text().contains(QStringLiteral("200")));
        QCOMPARE(preview->font().pointSizeF(), m_basePointSize * 2);
        dialog.findChild<QRadioButton *>(QStringLiteral("language_en"))->click();
        dialog.findChild<QPushButton *>(QStringLiteral("settingsOkButton"))->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(Theme::textScale(), 200);
    qsettings->sync();
    qsettings.reset();
    auto again = newQSettings();
    AppSettings reread(again.get());
    QCOMPARE(reread.textScalePercent(), 200);
    QCOMPARE(reread.language(), QStringLiteral("en"));
    QCOMPARE(reread.highContrast(), false);
}

void TestSettingsDialog::dialog_cancel_restoresWhatWasThere()
{
    auto qsettings = newQSettings();
    AppSettings settings(qsettings.get());
    Theme::setTextScale(125);
    SettingsDialog dialog(&settings);
    dialog.show();
    QVERIFY(sizeButton(dialog, 125)->isChecked());
    QTest::mouseClick(sizeButton(dialog, 175), Qt::LeftButton);
    dialog.findChild<QCheckBox *>(QStringLiteral("highContrastCheck"))->click();
    QCOMPARE(Theme::textScale(), 175);
    QVERIFY(Theme::highContrast());
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));

    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(Theme::textScale(), 125);
    QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize * 1.25);
    QVERIFY(!Theme::highContrast());
    QVERIFY(QApplication::palette().color(QPalette::Window) != QColor(Qt::black));
    QVERIFY(!qsettings->contains(QStringLiteral("display/textScalePercent")));
}

void TestSettingsDialog::dialog_keyboardOnly_choosesSizeAndContrast()
{
    auto qsettings = newQSettings();
    AppSettings settings(qsettings.get());
    SettingsDialog dialog(&settings);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    sizeButton(dialog, 100)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(Theme::textScale(), 150);
    QVERIFY(sizeButton(dialog, 150)->hasFocus());
    auto *heading = dialog.findChild<QLabel *>(QStringLiteral("settingsHeading"));
    QCOMPARE(heading->font().pointSizeF(), m_basePointSize * 1.5 * 1.6);
    auto *contrast = dialog.findChild<QCheckBox *>(QStringLiteral("highContrastCheck"));
    // Tab reaches the contrast check box; Space ticks it.
    for (int i = 0; i < 10 && !contrast->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(contrast->hasFocus());
    QTest::keyClick(contrast, Qt::Key_Space);
    QVERIFY(Theme::highContrast());
    QCOMPARE(heading->font().pointSizeF(), m_basePointSize * 1.5 * 1.6);
    // For looking at it: PORTIEK_SCREENSHOT_DIR=/tmp/x saves the dialog at 150% in high contrast.
    if (const QString dir = qEnvironmentVariable("PORTIEK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(50);
        dialog.grab().save(dir + QStringLiteral("/settingsdialog.png"));
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(settings.textScalePercent(), 150);
    QVERIFY(settings.highContrast());
    // Every control can be named by a screen reader.
    for (QWidget *widget : dialog.findChildren<QAbstractButton *>())
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
}

void TestSettingsDialog::highContrast_palettePairs_reach7to1()
{
    const QPalette palette = Theme::palette(true);
    for (const auto &[text, background] : TextPairs) {
        const double ratio = Theme::contrastRatio(palette.color(text), palette.color(background));
        QVERIFY2(ratio >= 7.0,
                 qPrintable(QStringLiteral("%1/%2: %3").arg(text).arg(background).arg(ratio)));
    }
    QVERIFY(Theme::contrastRatio(palette.color(QPalette::Disabled, QPalette::ButtonText),
                                 palette.color(QPalette::Button))
            >= 7.0);
}

void TestSettingsDialog::normalTheme_palettePairs_reach4point5to1()
{
    // The formula itself: black on white is 21:1, a colour on itself 1:1.
    QCOMPARE(qRound(Theme::contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(Theme::contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
    const QPalette palette = Theme::palette(false);
    for (const auto &[text, background] : TextPairs) {
        const double ratio = Theme::contrastRatio(palette.color(text), palette.color(background));
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("%1/%2: %3").arg(text).arg(background).arg(ratio)));
    }
}

void TestSettingsDialog::highContrast_appliesToApplicationLive()
{
    QWidget open;
    open.show();
    Theme::setHighContrast(true);
    QCOMPARE(open.palette().color(QPalette::WindowText), QColor(Qt::white));
    QCOMPARE(open.palette().color(QPalette::Window), QColor(Qt::black));
    QVERIFY(qApp->styleSheet().contains(QStringLiteral("#ffff00")));
    Theme::setHighContrast(false);
    QCOMPARE(open.palette().color(QPalette::Window), Theme::palette(false).color(QPalette::Window));
}

void TestSettingsDialog::shortcuts_changeAndRememberTextSize()
{
    auto qsettings = newQSettings();
    AppSettings settings(qsettings.get());
    QWidget window;
    auto *field = new QLabel(QStringLiteral("x"), &window);
    field->setFocusPolicy(Qt::StrongFocus);
    SettingsController controller(&settings, &window);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(Theme::textScale(), 125);
    QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(Theme::textScale(), 150);
    QCOMPARE(settings.textScalePercent(), 150);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(Theme::textScale(), 200); // no further than 200%
    QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize * 2);
    QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(Theme::textScale(), 175);
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(Theme::textScale(), 100);
    QCOMPARE(settings.textScalePercent(), 100);
    QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(Theme::textScale(), 100); // no smaller than 100%

    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    auto *dialog = window.findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
}

void TestSettingsDialog::styleSheet_hasNoUnknownColourNames()
{
    // Every @name in the style sheet is a colour of both themes.
    for (bool contrast : { false, true }) {
        const QString sheet = Theme::styleSheet(contrast);
        QVERIFY(!sheet.isEmpty());
        QVERIFY2(!sheet.contains(QLatin1Char('@')), qPrintable(sheet));
    }
}

void TestSettingsDialog::windowIcon_hasTheTitleAndTaskBarSizes()
{
    // Set once the event loop runs, after the first window is painted.
    QTRY_COMPARE(QApplication::windowIcon().availableSizes(),
                 (QList<QSize> { { 32, 32 }, { 64, 64 }, { 128, 128 } }));
    const QIcon icon = QApplication::windowIcon();
    // Drawn, not empty: the middle of the door is not transparent.
    const QImage image = icon.pixmap(QSize(64, 64)).toImage();
    QCOMPARE(image.size(), QSize(64, 64));
    QVERIFY(qAlpha(image.pixel(32, 32)) > 0);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
