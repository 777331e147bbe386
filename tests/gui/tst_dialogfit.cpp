// Dialogs grow to what their contents need when the text is large (ui/dialogfit.h).
#include "ui/dialogfit.h"
#include "ui/theme.h"
#include "ui/widgets/verticalscrollarea.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollBar>
#include <QTest>
#include <QVBoxLayout>

class TestDialogFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Theme::apply(*qApp); }
    void cleanup() { Theme::setTextScale(100); }
    void largeText_dialogGrows_wrappedLinesCounted();
    void neverBeyondTheScreen();
    void scrolledContents_widenTheDialog();
    void scrolledContents_scrollOnlyWhenTheScreenIsFull();
};

namespace {

struct Form
{
    QDialog dialog;
    QLabel *intro;
    QPlainTextEdit *text;
    QPushButton *send;

    Form()
        : intro(new QLabel(QStringLiteral("Schrijf op wat het zorgteam moet weten. ").repeated(4),
                           &dialog))
        , text(new QPlainTextEdit(&dialog))
        , send(new QPushButton(QStringLiteral("Versturen"), &dialog))
    {
        intro->setWordWrap(true);
        text->setMinimumHeight(240);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(intro);
        layout->addWidget(text, 1);
        layout->addWidget(send);
        dialog.resize(720, 420);
    }
};

} // namespace

void TestDialogFit::largeText_dialogGrows_wrappedLinesCounted()
{
    Theme::setTextScale(200);
    Form form;
    form.dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form.dialog));
    // Every wrapped line of the introduction, the text field's minimum and the button fit.
    QTRY_VERIFY(form.text->height() >= 240);
    QVERIFY(form.intro->height() >= form.intro->heightForWidth(form.intro->width()));
    QVERIFY(form.send->height() >= form.send->sizeHint().height());
    QCOMPARE(form.dialog.width(), 720);
    const int grown = form.dialog.height();
    QVERIFY(grown > 420);

    // Back to normal text: the dialog keeps its size (it never shrinks under the person's hands).
    Theme::setTextScale(100);
    QTest::qWait(50);
    QCOMPARE(form.dialog.height(), grown);
}

void TestDialogFit::neverBeyondTheScreen()
{
    Form form;
    form.intro->setText(QStringLiteral("Schrijf op wat het zorgteam moet weten. ").repeated(400));
    form.dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form.dialog));
    DialogFit::fit(&form.dialog);
    const int room = form.dialog.screen()->availableGeometry().height();
    QVERIFY(form.intro->heightForWidth(form.intro->width()) > room); // it would need more
    QCOMPARE(form.dialog.frameGeometry().height(), room); // its frame included
}

void TestDialogFit::scrolledContents_widenTheDialog()
{
    // Contents that scroll up and down (VerticalScrollArea): at 200 % a heading that cannot
    // wrap was cut off at the right; now the dialog grows sideways to show it whole.
    Theme::setTextScale(200);
    QDialog dialog;
    auto *contents = new QWidget;
    auto *heading = new QLabel(QStringLiteral("Rechten van Anna"));
    Theme::makeHeading(heading, 1);
    auto *intro
        = new QLabel(QStringLiteral("Het portaal stuurt deze persoon een e-mail. ").repeated(6));
    intro->setWordWrap(true);
    auto *column = new QVBoxLayout(contents);
    column->addWidget(heading);
    column->addWidget(intro);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new VerticalScrollArea(contents, &dialog), 1);
    layout->addWidget(new QPushButton(QStringLiteral("Sluiten"), &dialog));
    dialog.resize(400, 500);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(heading->sizeHint().width() > 400); // it would not fit the dialog as it was
    QTRY_VERIFY(heading->width() >= heading->sizeHint().width());
    QVERIFY(contents->width() <= contents->parentWidget()->width()); // nothing to scroll sideways
    QVERIFY(dialog.width() <= dialog.screen()->availableGeometry().width());

    // A heading wider than the screen: the dialog stops at the screen's edge, buttons in view.
    heading->setText(QStringLiteral("Rechten van Anna Maria Wilhelmina Boer-van den Heuvel"));
    QTRY_VERIFY(dialog.width() > 400);
    QTest::qWait(50);
    QVERIFY(dialog.width() <= dialog.screen()->availableGeometry().width());
}

void TestDialogFit::scrolledContents_scrollOnlyWhenTheScreenIsFull()
{
    // The settings dialog at 200 %: Qt shows a dialog at most two thirds of the screen high, and
    // its contents scrolled although the screen had room for all of them.
    QDialog dialog;
    auto *contents = new QWidget;
    auto *column = new QVBoxLayout(contents);
    auto *intro
        = new QLabel(QStringLiteral("Overal in Portiek maakt u de tekst groter. ").repeated(3));
    intro->setWordWrap(true);
    column->addWidget(intro);
    QList<QRadioButton *> choices;
    const int room = dialog.screen()->availableGeometry().height();
    while (column->sizeHint().height() < room * 4 / 5) {
        choices.append(new QRadioButton(QStringLiteral("%1%").arg(100 + 25 * choices.size())));
        column->addWidget(choices.last());
    }
    auto *area = new VerticalScrollArea(contents, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(area, 1);
    layout->addWidget(new QPushButton(QStringLiteral("OK"), &dialog));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(contents->sizeHint().height() > room * 2 / 3); // more than Qt gives a dialog
    QTRY_COMPARE(area->verticalScrollBar()->maximum(), 0);
    QVERIFY(choices.last()->isVisible());
    QVERIFY(dialog.frameGeometry().height() <= room);

    // Contents higher than the screen: the dialog stops at its edge, and they scroll.
    QDialog tall;
    auto *many = new QWidget;
    auto *manyColumn = new QVBoxLayout(many);
    while (manyColumn->sizeHint().height() < room * 2)
        manyColumn->addWidget(new QRadioButton(QStringLiteral("Keuze")));
    auto *tallArea = new VerticalScrollArea(many, &tall);
    (new QVBoxLayout(&tall))->addWidget(tallArea);
    tall.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tall));
    QTRY_COMPARE(tall.frameGeometry().height(), room);
    QVERIFY(tallArea->verticalScrollBar()->maximum() > 0);
}

QTEST_MAIN(TestDialogFit)
#include "tst_dialogfit.moc"
