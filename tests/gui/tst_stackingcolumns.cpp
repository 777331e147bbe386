// Two columns side by side, or the first above the second when they do not fit
// (ui/widgets/stackingcolumns.h).
#include "ui/theme.h"
#include "ui/widgets/stackingcolumns.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QVBoxLayout>

class TestStackingColumns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Theme::apply(*qApp); }
    void cleanup() { Theme::setTextScale(100); }
    void sideBySideWhenTheyFit_stackedWhenNot();
    void largeText_stacksThem();
    void stacked_theHeightGoesWhereAsked();
    void aColumnsOwnMinimumWidthCounts();
    void minimumsInText_followTheTextSizeAndTheArrangement();
};

namespace {

struct Page
{
    QWidget window;
    QPushButton *invite = new QPushButton(QStringLiteral("Contactpersoon uitnodigen…"));
    QPushButton *resend = new QPushButton(QStringLiteral("Uitnodiging opnieuw versturen"));
    QLabel *details = new QLabel(QStringLiteral("Uitgenodigd op dinsdag 20 januari 2026; nog "
                                                "niet ingelogd."));
    StackingColumns *columns;

    Page()
    {
        details->setWordWrap(true);
        auto *first = new QWidget;
        (new QVBoxLayout(first))->addWidget(invite);
        auto *second = new QWidget;
        auto *secondLayout = new QVBoxLayout(second);
        secondLayout->addWidget(details);
        secondLayout->addWidget(resend, 0, Qt::AlignLeft);
        columns = new StackingColumns(first, 2, second, 3, &window);
        columns->setSpacing(24);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(columns);
        layout->addStretch(1);
    }
    bool secondBelowFirst() const
    {
        return resend->mapTo(columns, QPoint(0, 0)).y()
            >= invite->mapTo(columns, QPoint(0, invite->height())).y();
    }
    bool buttonsWholeAndInside() const
    {
        for (QPushButton *button : { invite, resend }) {
            const QRect inColumns(button->mapTo(columns, QPoint(0, 0)), button->size());
            if (!columns->rect().contains(inColumns)
                || button->width() < button->sizeHint().width())
                return false;
        }
        return true;
    }
};

} // namespace

void TestStackingColumns::sideBySideWhenTheyFit_stackedWhenNot()
{
    Page page;
    page.window.resize(1000, 400);
    page.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page.window));
    QTRY_VERIFY(page.columns->isSideBySide());
    QVERIFY(!page.secondBelowFirst());
    QVERIFY(page.buttonsWholeAndInside());
    // Its minimum is the wider column's: a layout may make it that narrow.
    const int sum = page.invite->sizeHint().width() + page.resend->sizeHint().width();
    QVERIFY(page.columns->minimumSizeHint().width() < sum);

    page.window.resize(page.columns->minimumSizeHint().width() + 40, 400);
    QTRY_VERIFY(!page.columns->isSideBySide());
    QTRY_VERIFY(page.secondBelowFirst());
    // The window lays out again with the stacked height: nothing cut off.
    QTRY_VERIFY(page.buttonsWholeAndInside());

    page.window.resize(1000, 400);
    QTRY_VERIFY(page.columns->isSideBySide());
    QTRY_VERIFY(!page.secondBelowFirst());
}

void TestStackingColumns::largeText_stacksThem()
{
    Page page;
    page.window.resize(720, 400);
    page.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page.window));
    QTRY_VERIFY(page.columns->isSideBySide());
    Theme::setTextScale(200);
    QTRY_VERIFY(!page.columns->isSideBySide());
    QTRY_VERIFY(page.secondBelowFirst());
    // The window lays out again with the stacked height: nothing cut off.
    QTRY_VERIFY(page.buttonsWholeAndInside());
}

void TestStackingColumns::stacked_theHeightGoesWhereAsked()
{
    // Two columns that take any height they are given, stacked in a tall narrow window.
    QWidget window;
    auto *first = new QLabel(QStringLiteral("Gesprekken met de mensen die toegang hebben"));
    auto *second = new QLabel(QStringLiteral("Het gesprek met de gekozen persoon"));
    for (QLabel *column : { first, second })
        column->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    auto *columns = new StackingColumns(first, 1, second, 2, &window);
    (new QVBoxLayout(&window))->addWidget(columns);
    window.resize(first->sizeHint().width(), 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!columns->isSideBySide());
    // By default the first column takes what is left.
    QTRY_VERIFY(first->height() > 3 * second->height());

    columns->setStackedStretch(0, 1);
    QTRY_VERIFY(second->height() > 3 * first->height());
    // Side by side the widths are shared as before; the change is told.
    QSignalSpy changed(columns, &StackingColumns::arrangementChanged);
    window.resize(4 * (first->sizeHint().width() + second->sizeHint().width()), 600);
    QTRY_VERIFY(columns->isSideBySide());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toBool(), true);
    QTRY_VERIFY(second->width() > first->width());
}

void TestStackingColumns::aColumnsOwnMinimumWidthCounts()
{
    // A text browser's minimum size hint is tiny; the minimum width set on it is what counts
    // (the reports part stayed side by side at 200 %, squeezing the report below its minimum).
    QWidget window;
    auto *first = new QLabel(QStringLiteral("Rapportages"));
    auto *second = new QTextBrowser;
    second->setMinimumWidth(600);
    QVERIFY(second->minimumSizeHint().width() < 300);
    auto *columns = new StackingColumns(first, 1, second, 1, &window);
    (new QVBoxLayout(&window))->addWidget(columns);
    QCOMPARE(columns->minimumSizeHint().width(), 600);
    window.resize(first->sizeHint().width() + 500, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!columns->isSideBySide());
    QTRY_VERIFY(second->width() >= 600); // the window grows to the minimum if need be
    window.resize(first->sizeHint().width() + 800, 400);
    QTRY_VERIFY(columns->isSideBySide());
    QVERIFY(second->width() >= 600);
}

void TestStackingColumns::minimumsInText_followTheTextSizeAndTheArrangement()
{
    Page page;
    page.columns->setMinimumInText(page.details, 30, 4, 10);
    page.window.resize(1200, 400);
    page.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page.window));
    QTRY_VERIFY(page.columns->isSideBySide());
    const auto expectedWidth
        = [&] { return 10 + 30 * page.columns->fontMetrics().averageCharWidth(); };
    QCOMPARE(page.details->minimumWidth(), expectedWidth());
    QCOMPARE(page.details->minimumHeight(), 0); // side by side the layout decides

    page.window.resize(300, 400);
    QTRY_VERIFY(!page.columns->isSideBySide());
    QCOMPARE(page.details->minimumHeight(), 4 * page.columns->fontMetrics().lineSpacing());

    const int before = page.details->minimumWidth();
    Theme::setTextScale(200);
    QTRY_VERIFY(page.details->minimumWidth() > before);
    QCOMPARE(page.details->minimumWidth(), expectedWidth());
}

QTEST_MAIN(TestStackingColumns)
#include "tst_stackingcolumns.moc"
