// A stack of pages that is measured by the page on screen only (ui/widgets/pagestack.h).
#include "ui/widgets/pagestack.h"

#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

class TestPageStack : public QObject
{
    Q_OBJECT

private slots:
    void hiddenPages_areNotMeasured();
    void size_followsThePageOnScreen();
    void wrappedText_givesHeightForWidthOfTheShownPage();
};

namespace {

// A page that counts how often it is asked for its size.
class CountingPage : public QWidget
{
public:
    explicit CountingPage(QSize size, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_size(size)
    { }
    QSize sizeHint() const override
    {
        ++asked;
        return m_size;
    }
    QSize minimumSizeHint() const override
    {
        ++asked;
        return m_size;
    }
    mutable int asked = 0;

private:
    QSize m_size;
};

// A window with a stack of a small page (shown first) and a large one.
struct TwoPages
{
    QWidget window;
    PageStack *stack = new PageStack(&window);
    CountingPage *small = new CountingPage(QSize(300, 200), stack);
    CountingPage *large = new CountingPage(QSize(900, 700), stack);

    TwoPages()
    {
        stack->addWidget(small);
        stack->addWidget(large);
        (new QVBoxLayout(&window))->addWidget(stack);
        window.show();
    }
};

} // namespace

void TestPageStack::hiddenPages_areNotMeasured()
{
    TwoPages pages;
    QVERIFY(QTest::qWaitForWindowExposed(&pages.window));

    QVERIFY(pages.small->asked > 0);
    QCOMPARE(pages.large->asked, 0);
    QCOMPARE(pages.stack->sizeHint(), QSize(300, 200));
    QCOMPARE(pages.large->asked, 0);
}

void TestPageStack::size_followsThePageOnScreen()
{
    TwoPages pages;
    QVERIFY(QTest::qWaitForWindowExposed(&pages.window));
    QVERIFY(pages.window.minimumSizeHint().width() < 900);

    pages.stack->setCurrentWidget(pages.large);
    QCOMPARE(pages.stack->sizeHint(), QSize(900, 700));
    QCOMPARE(pages.stack->minimumSizeHint(), QSize(900, 700));
    // The window grows to fit the page now on screen.
    QTRY_VERIFY(pages.window.width() >= 900 && pages.window.height() >= 700);

    PageStack empty;
    QVERIFY(!empty.sizeHint().isValid());
    QVERIFY(!empty.hasHeightForWidth());
    QCOMPARE(empty.heightForWidth(400), -1);
}

void TestPageStack::wrappedText_givesHeightForWidthOfTheShownPage()
{
    PageStack stack;
    auto *page = new QWidget(&stack);
    auto *text = new QLabel(QStringLiteral("Een lange zin die over meerdere regels loopt wanneer "
                                           "er weinig ruimte is, zoals op een smal scherm."),
                            page);
    text->setWordWrap(true);
    (new QVBoxLayout(page))->addWidget(text);
    auto *plain = new CountingPage(QSize(100, 50), &stack);
    stack.addWidget(plain);
    stack.addWidget(page);

    QVERIFY(!stack.hasHeightForWidth()); // the counting page has none
    stack.setCurrentWidget(page);
    QVERIFY(stack.hasHeightForWidth());
    QCOMPARE(stack.heightForWidth(150), page->heightForWidth(150));
    QVERIFY(stack.heightForWidth(150) > stack.heightForWidth(600)); // narrower: more lines
}

QTEST_MAIN(TestPageStack)
#include "tst_pagestack.moc"
