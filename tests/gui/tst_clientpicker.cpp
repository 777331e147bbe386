#include "pagetesthelpers.h"
#include "ui/home/homepage.h"
#include "ui/login/clientpickerpage.h"
#include "ui/theme.h"
#include "ui/widgets/clientitemdelegate.h"

#include <QDateTime>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <memory>

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

// Choosing whose portal to open, by keyboard and by one click, and the signed-in top bar.
class TestClientPicker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Theme::apply(*qApp); }
    void init();
    void cleanup() { m_page.reset(); }

    void arrowsAndEnter_chooseTheSecondClient();
    void oneClick_choosesThatClient();
    void screenReaderSelection_isWhatOpenOpens();
    void switching_marksTheOpenClient_andEscapeGoesBack();
    void tabOrder_reachesEveryControl_withAccessibleNames();
    void initials_comeFromFirstAndLastWord();
    void home_showsSwitchOnlyWithSeveralClients();
    void home_idleWarning_offersImStillHere();

private:
    QStandardItemModel m_model;
    std::unique_ptr<ClientPickerPage> m_page;
};

void TestClientPicker::init()
{
    m_model.clear();
    for (const auto &[id, name] :
         { std::pair { "100482", "Gerard van Dijk" }, std::pair { "100517", "Truus van Dijk-Smit" },
           std::pair { "100601", "Anna de Boer" } }) {
        auto *item = new QStandardItem(QString::fromUtf8(name));
        item->setData(QString::fromLatin1(id), IdRole);
        m_model.appendRow(item);
    }
    m_page = std::make_unique<ClientPickerPage>();
    m_page->setModel(&m_model, IdRole);
    m_page->resize(900, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestClientPicker::arrowsAndEnter_chooseTheSecondClient()
{
    QSignalSpy spy(m_page.get(), &ClientPickerPage::clientChosen);
    m_page->focusFirstField();
    QListView *list = m_page->list();
    QTRY_VERIFY(list->hasFocus());
    QCOMPARE(list->currentIndex().row(), 0); // the first is ready to open
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), 1);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(spy.count(), 1); // once, not again through the list's own "activated"
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("100517"));
}

void TestClientPicker::screenReaderSelection_isWhatOpenOpens()
{
    // What a screen reader does through AT-SPI: select an item, then press the Open button.
    QSignalSpy spy(m_page.get(), &ClientPickerPage::clientChosen);
    QListView *list = m_page->list();
    QCOMPARE(list->currentIndex().row(), 0);
    list->selectionModel()->select(m_model.index(2, 0), QItemSelectionModel::ClearAndSelect);
    QCOMPARE(list->currentIndex().row(), 2);
    auto *open = m_page->findChild<QPushButton *>(QStringLiteral("openClientButton"));
    QVERIFY(open);
    open->click();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("100601"));
}

void TestClientPicker::oneClick_choosesThatClient()
{
    QSignalSpy spy(m_page.get(), &ClientPickerPage::clientChosen);
    QListView *list = m_page->list();
    const QRect third = list->visualRect(m_model.index(2, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, third.center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("100601"));
}

void TestClientPicker::switching_marksTheOpenClient_andEscapeGoesBack()
{
    auto *back = m_page->findChild<QPushButton *>(QStringLiteral("pickerBackButton"));
    QVERIFY(!back->isVisible()); // at sign-in there is nothing to go back to
    m_page->setCanGoBack(true);
    m_page->setCurrentClient(QStringLiteral("100601"));
    QVERIFY(back->isVisible());
    QCOMPARE(m_page->list()->currentIndex().row(), 2);
    QSignalSpy spy(m_page.get(), &ClientPickerPage::backRequested);
    QTest::keyClick(m_page->list(), Qt::Key_Escape);
    QCOMPARE(spy.count(), 1);
}

void TestClientPicker::tabOrder_reachesEveryControl_withAccessibleNames()
{
    m_page->setCanGoBack(true);
    const QList<QWidget *> chain = PageTest::tabChain(m_page->list());
    for (QWidget *control : PageTest::controlsOf(m_page.get())) {
        QVERIFY2(chain.contains(control), qPrintable(control->objectName()));
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
    }
    QVERIFY(chain.contains(m_page->findChild<QWidget *>(QStringLiteral("openClientButton"))));
}

void TestClientPicker::initials_comeFromFirstAndLastWord()
{
    QCOMPARE(ClientItemDelegate::initials(QStringLiteral("Gerard van Dijk")), QStringLiteral("GD"));
    QCOMPARE(ClientItemDelegate::initials(QStringLiteral("anna")), QStringLiteral("A"));
    QCOMPARE(ClientItemDelegate::initials(QString()), QString());
}

void TestClientPicker::home_showsSwitchOnlyWithSeveralClients()
{
    HomePage home;
    home.resize(900, 600);
    home.show();
    QVERIFY(QTest::qWaitForWindowExposed(&home));
    auto *switchClient = home.findChild<QPushButton *>(QStringLiteral("switchClientButton"));
    auto *signOut = home.findChild<QPushButton *>(QStringLiteral("signOutButton"));
    QVERIFY(!switchClient->isVisible());
    QVERIFY(signOut->isVisible());
    home.setCanSwitchClient(true);
    QVERIFY(switchClient->isVisible());
    // Sign out sits at the top right.
    const QPoint corner = signOut->mapTo(&home, QPoint(signOut->width(), 0));
    QVERIFY(corner.x() > home.width() - 60);
    QVERIFY(corner.y() < 60);
    QSignalSpy spy(&home, &HomePage::signOutRequested);
    signOut->setFocus();
    QTest::keyClick(signOut, Qt::Key_Space);
    QCOMPARE(spy.count(), 1);
    home.setBusy(true);
    QVERIFY(!signOut->isEnabled());
}

void TestClientPicker::home_idleWarning_offersImStillHere()
{
    HomePage home;
    home.show();
    QVERIFY(QTest::qWaitForWindowExposed(&home));
    auto *stillHere = home.findChild<QPushButton *>(QStringLiteral("stillHereButton"));
    QVERIFY(!stillHere->isVisible());
    home.showIdleWarning(QDateTime::currentDateTime().addSecs(120));
    QVERIFY(stillHere->isVisible());
    QVERIFY(home.findChild<QWidget *>(QStringLiteral("idleWarning"))->isVisible());
    QTRY_VERIFY(stillHere->hasFocus()); // Enter or Space answers it at once
    QSignalSpy spy(&home, &HomePage::stillHereRequested);
    QTest::keyClick(stillHere, Qt::Key_Space);
    QCOMPARE(spy.count(), 1);
    home.hideIdleWarning();
    QVERIFY(!stillHere->isVisible());
}

QTEST_MAIN(TestClientPicker)
#include "tst_clientpicker.moc"
