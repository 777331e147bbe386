// A table's columns shared so that no word is cut off (ui/widgets/wordfitcolumns.h).
#include "ui/theme.h"
#include "ui/widgets/wordfitcolumns.h"

#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

class TestWordFitColumns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Theme::apply(*qApp); }
    void roomEnough_eachTextOnOneLine_theLastTakesTheRest();
    void littleRoom_noWordCut_theSmallerLackServedFirst();
    void followsTheTableAndItsTexts();
};

namespace {

// A date column the table sizes itself, then a short value and a long "entered by".
struct Table
{
    QStandardItemModel model { 1, 3 };
    QTableView view;

    Table()
    {
        model.setHorizontalHeaderLabels({ QStringLiteral("Datum"), QStringLiteral("Waarde"),
                                          QStringLiteral("Ingevoerd door") });
        set(QStringLiteral("138/84 mmHg"), QStringLiteral("Mark van Dijk (vertegenwoordiger)"));
        view.setModel(&model);
        view.setWordWrap(true);
        view.verticalHeader()->hide();
        view.horizontalHeader()->resizeSection(0, 100);
        new WordFitColumns(&view, { 1, 2 });
    }
    void set(const QString &value, const QString &enteredBy)
    {
        model.setItem(0, 0, new QStandardItem(QStringLiteral("5 dec.")));
        model.setItem(0, 1, new QStandardItem(value));
        model.setItem(0, 2, new QStandardItem(enteredBy));
    }
    void showWithRoom(int room)
    {
        // The viewport `room` wider than the date column.
        view.resize(100 + room + 2 * view.frameWidth(), 200);
        view.show();
    }
    int width(int column) const { return view.horizontalHeader()->sectionSize(column); }
    int text(const QString &text) const { return view.fontMetrics().horizontalAdvance(text); }
    bool settled() const
    {
        return width(0) + width(1) + width(2) == view.viewport()->width()
            && !view.horizontalScrollBar()->isVisible();
    }
};

} // namespace

void TestWordFitColumns::roomEnough_eachTextOnOneLine_theLastTakesTheRest()
{
    Table table;
    const int room = table.text(QStringLiteral("138/84 mmHg"))
        + table.text(QStringLiteral("Mark van Dijk (vertegenwoordiger)")) + 200;
    table.showWithRoom(room);
    QVERIFY(QTest::qWaitForWindowExposed(&table.view));
    QTRY_VERIFY(table.settled());
    QCOMPARE(table.width(0), 100); // not its to share
    QVERIFY(table.width(1) > table.text(QStringLiteral("138/84 mmHg")));
    QVERIFY(table.width(1)
            < table.text(QStringLiteral("138/84 mmHg")) + 60); // no more than it needs
    QVERIFY(table.width(2) > table.text(QStringLiteral("Mark van Dijk (vertegenwoordiger)")) + 150);
}

void TestWordFitColumns::littleRoom_noWordCut_theSmallerLackServedFirst()
{
    Table table;
    // Less than both on one line, more than both longest words with their margins.
    const int longestWords
        = table.text(QStringLiteral("138/84")) + table.text(QStringLiteral("(vertegenwoordiger)"));
    const int room = table.text(QStringLiteral("138/84 mmHg"))
        + table.text(QStringLiteral("(vertegenwoordiger)")) + 30;
    QVERIFY(room > longestWords + 40);
    table.showWithRoom(room);
    QVERIFY(QTest::qWaitForWindowExposed(&table.view));
    QTRY_VERIFY(table.settled());
    // The value lacks least for one line: it gets it; "entered by" wraps between its words.
    QVERIFY(table.width(1) > table.text(QStringLiteral("138/84 mmHg")));
    QVERIFY(table.width(2) > table.text(QStringLiteral("(vertegenwoordiger)")));
    QVERIFY(table.width(2) < table.text(QStringLiteral("Mark van Dijk (vertegenwoordiger)")));
}

void TestWordFitColumns::followsTheTableAndItsTexts()
{
    Table table;
    table.showWithRoom(600);
    QVERIFY(QTest::qWaitForWindowExposed(&table.view));
    QTRY_VERIFY(table.settled());
    // Narrower: still no sideways scrolling while the words fit.
    table.view.resize(table.view.width() - 150, 200);
    QTRY_VERIFY(table.settled());
    // A longer word in the value column: the column grows to it.
    const QString longer = QStringLiteral("Zuurstofsaturatiewaarde");
    table.set(longer, QStringLiteral("Anna"));
    QTRY_VERIFY(table.width(1) > table.text(longer));
    QTRY_VERIFY(table.settled());
}

QTEST_MAIN(TestWordFitColumns)
#include "tst_wordfitcolumns.moc"
