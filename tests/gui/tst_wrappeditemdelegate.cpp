// Lists whose entries wrap their words instead of cutting them off (the conversations): at the
// smallest window or a large text size, "Ellen van Dijk en G…" said nothing about who was in it.
#include "ui/widgets/textlines.h"
#include "ui/widgets/wrappeditemdelegate.h"

#include <QFontMetrics>
#include <QListView>
#include <QPixmap>
#include <QStandardItemModel>
#include <QTest>

namespace {

const QString Title = QStringLiteral("Ellen van Dijk en Gerard van Dijk");
const QString State = QStringLiteral("Geen ongelezen berichten");
const QString Preview
    = QStringLiteral("Ellen van Dijk: Mark, wil jij nieuwe batterijen voor papa's "
                     "gehoorapparaat meenemen? Ik heb ze niet meer in huis.");

int widest(const QStringList &lines, const QFont &font)
{
    int width = 0;
    for (const QString &line : lines)
        width = qMax(width, QFontMetrics(font).horizontalAdvance(line));
    return width;
}

} // namespace

class TestWrappedItemDelegate : public QObject
{
    Q_OBJECT

private slots:
    void wrappedLines_breakBetweenWordsAndLimitWithAnEllipsis();
    void entries_wrapToTheViewAndGrowTallerInsteadOfCuttingOff();
};

void TestWrappedItemDelegate::wrappedLines_breakBetweenWordsAndLimitWithAnEllipsis()
{
    const QFont font;
    const int width = QFontMetrics(font).horizontalAdvance(QStringLiteral("Ellen van Dijk en"));
    const QStringList lines = wrappedLines(Title, font, width);
    QVERIFY(lines.size() >= 2);
    QCOMPARE(lines.join(u' '), Title); // every word, whole, in order
    QVERIFY(widest(lines, font) <= width);

    // A word wider than a line is broken inside, not left sticking out.
    const QString address = QStringLiteral("ellen.vandijk.langeachternaam@voorbeeld.example.nl");
    const QStringList broken = wrappedLines(address, font, width);
    QVERIFY(broken.size() >= 2);
    QCOMPARE(broken.join(QString()), address);
    QVERIFY(widest(broken, font) <= width);

    // Limited: the last line says that more follows; line breaks kept, blank lines dropped.
    const QStringList preview = wrappedLines(Preview, font, width, 2);
    QCOMPARE(preview.size(), 2);
    QVERIFY(preview.last().endsWith(QStringLiteral("…")));
    QVERIFY(widest(preview, font) <= width);
    QCOMPARE(wrappedLines(QStringLiteral("een\n\ntwee"), font, 1000),
             QStringList({ QStringLiteral("een"), QStringLiteral("twee") }));
    QVERIFY(wrappedLines(QString(), font, 100).isEmpty());
}

void TestWrappedItemDelegate::entries_wrapToTheViewAndGrowTallerInsteadOfCuttingOff()
{
    QStandardItemModel model;
    QPixmap photo(56, 56);
    photo.fill(Qt::gray);
    auto *item = new QStandardItem(QIcon(photo), Title + u'\n' + State + u'\n' + Preview);
    model.appendRow(item);
    model.appendRow(new QStandardItem(QStringLiteral("Anna Boer")));
    QListView view;
    view.setModel(&model);
    view.setIconSize(QSize(56, 56));
    view.setSpacing(4);
    view.setResizeMode(QListView::Adjust);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *delegate = new WrappedItemDelegate(&view);
    delegate->setLastLineLimit(2);
    view.setItemDelegate(delegate);
    view.resize(260, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QModelIndex index = model.index(0, 0);
    const QRect rect = view.visualRect(index);
    // The entry is as wide as the view, less its spacing, and nothing runs past its side.
    QCOMPARE(rect.width(), view.viewport()->width() - 2 * view.spacing());
    int textWidth = 0;
    const QStringList lines = delegate->shownLines(view, index, &textWidth);
    QCOMPARE(textWidth,
             rect.width() - 2 * WrappedItemDelegate::Margin - 56 - WrappedItemDelegate::Gap);
    QVERIFY2(lines.join(u' ').startsWith(Title + u' ' + State), qPrintable(lines.join(u'|')));
    for (qsizetype i = 0; i < lines.size() - 1; ++i)
        QVERIFY2(!lines.at(i).contains(QStringLiteral("…")), qPrintable(lines.at(i)));
    QVERIFY(lines.last().endsWith(QStringLiteral("…"))); // the preview, at most two lines
    QVERIFY(widest(lines, view.font()) <= textWidth);
    const int lineSpacing = QFontMetrics(view.font()).lineSpacing();
    QVERIFY(rect.height() >= lines.size() * lineSpacing);
    // A short entry is no taller than its picture needs.
    QVERIFY(view.visualRect(model.index(1, 0)).height() < rect.height());

    // Wider, the same entry needs fewer lines: the view lays it out again.
    view.resize(900, 400);
    QTRY_VERIFY(view.visualRect(index).height() < rect.height());
    QCOMPARE(view.visualRect(index).width(), view.viewport()->width() - 2 * view.spacing());
    QVERIFY(!view.grab().isNull());
}

QTEST_MAIN(TestWrappedItemDelegate)
#include "tst_wrappeditemdelegate.moc"
