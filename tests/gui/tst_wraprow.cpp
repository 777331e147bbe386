// A heading with buttons beside it, or below it when they do not fit (ui/widgets/wraprow.h).
#include "ui/theme.h"
#include "ui/widgets/wraprow.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

class TestWrapRow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Theme::apply(*qApp); }
    void cleanup() { Theme::setTextScale(100); }
    void buttonsBesideWhenTheyFit_belowWhenNot();
    void largeText_movesTheButtonsBelow();
};

namespace {

struct Page
{
    QWidget window;
    QLabel *heading = new QLabel(QStringLiteral("Bloeddruk (mmHg)"));
    QPushButton *remove = new QPushButton(QStringLiteral("Meting verwijderen"));
    QPushButton *print = new QPushButton(QStringLiteral("Afdrukken"));
    WrapRow *row;

    Page()
    {
        heading->setWordWrap(true);
        row = new WrapRow(heading, { remove, print }, &window);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(row);
        layout->addStretch(1);
    }
    // Each button whole and inside the row; beside the heading (same top) or below it.
    bool buttonsBelow() const
    {
        return remove->mapTo(row, QPoint(0, 0)).y()
            >= heading->mapTo(row, QPoint(0, heading->height())).y();
    }
    bool buttonsWhole() const
    {
        for (QPushButton *button : { remove, print }) {
            const QRect inRow(button->mapTo(row, QPoint(0, 0)), button->size());
            if (!row->rect().contains(inRow) || button->width() < button->sizeHint().width())
                return false;
        }
        return true;
    }
};

} // namespace

void TestWrapRow::buttonsBesideWhenTheyFit_belowWhenNot()
{
    Page page;
    page.window.resize(900, 300);
    page.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page.window));
    QTRY_VERIFY(page.row->isOneRow());
    QVERIFY(!page.buttonsBelow());
    QVERIFY(page.buttonsWhole());
    // Its minimum is the two rows': a layout may make it as narrow as its widest part.
    const int sum = page.heading->minimumSizeHint().width() + page.remove->sizeHint().width()
        + page.print->sizeHint().width();
    QVERIFY(page.row->minimumSizeHint().width() < sum);

    page.window.resize(page.row->minimumSizeHint().width() + 40, 300);
    QTRY_VERIFY(!page.row->isOneRow());
    QTRY_VERIFY(page.buttonsBelow());
    QVERIFY(page.buttonsWhole());

    page.window.resize(900, 300);
    QTRY_VERIFY(page.row->isOneRow());
    QTRY_VERIFY(!page.buttonsBelow());
}

void TestWrapRow::largeText_movesTheButtonsBelow()
{
    Page page;
    page.window.resize(640, 300);
    page.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page.window));
    QTRY_VERIFY(page.row->isOneRow());
    Theme::setTextScale(200);
    QTRY_VERIFY(!page.row->isOneRow());
    QTRY_VERIFY(page.buttonsBelow());
    QVERIFY(page.buttonsWhole());
}

QTEST_MAIN(TestWrapRow)
#include "tst_wraprow.moc"
