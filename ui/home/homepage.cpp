#include "ui/home/homepage.h"

#include "ui/home/overviewtab.h"
#include "ui/home/photobadge.h"
#include "ui/theme.h"
#include "ui/widgets/busyindicator.h"
#include "ui/widgets/followselection.h"
#include "ui/widgets/statusmessage.h"
#include "ui/widgets/wraprow.h"

#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int TopBarPhotoSide = 56;

// The navigation's and the pane's colours are in resources/style/portiek.qss, so they follow the
// high-contrast theme: the chosen part says so by more than colour: bold (set in code), joined to
// the page by a thick bar on its left; the list with the keyboard focus gets a frame.

} // namespace

HomePage::HomePage(QWidget *parent)
    : QWidget(parent)
    , m_clientPhoto(new PhotoBadge(TopBarPhotoSide, this))
    , m_clientName(new QLabel(this))
    , m_signedInAs(new QLabel(this))
    , m_switchClient(new QPushButton(tr("Switch client"), this))
    , m_signOut(new QPushButton(tr("Sign out"), this))
    , m_busy(new BusyIndicator(this))
    , m_idleWarning(new StatusMessage(this))
    , m_stillHere(new QPushButton(tr("I'm still here"), this))
    , m_nav(new QListWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewTab(m_tabs))
{
    setObjectName(QStringLiteral("homePage"));
    m_clientPhoto->setObjectName(QStringLiteral("homeClientPhoto"));
    m_clientName->setObjectName(QStringLiteral("homeClientName"));
    Theme::makeHeading(m_clientName, 1);
    m_signedInAs->setObjectName(QStringLiteral("homeSignedInAs"));
    m_signedInAs->hide();
    m_switchClient->setObjectName(QStringLiteral("switchClientButton"));
    m_switchClient->setAccessibleName(tr("Switch client"));
    m_switchClient->setAccessibleDescription(tr("Open the portal of another person you act for."));
    m_switchClient->hide();
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_signOut->setAccessibleName(tr("Sign out"));
    m_settingsButton = new QPushButton(tr("Settings"), this);
    m_settingsButton->setObjectName(QStringLiteral("settingsButton"));
    m_settingsButton->setAccessibleName(tr("Settings"));
    m_settingsButton->setAccessibleDescription(tr("Text size, contrast and language (Ctrl+,)."));
    connect(m_settingsButton, &QPushButton::clicked, this, &HomePage::settingsRequested);
    m_helpButton = new QPushButton(tr("Help"), this);
    m_helpButton->setObjectName(QStringLiteral("helpButton"));
    m_helpButton->setAccessibleName(tr("Help"));
    m_helpButton->setAccessibleDescription(tr("Explains the part you see now (F1)."));
    connect(m_helpButton, &QPushButton::clicked, this, &HomePage::helpRequested);

    auto *names = new QVBoxLayout;
    names->setSpacing(2);
    names->addWidget(m_clientName);
    names->addWidget(m_signedInAs);

    auto *bar = new QFrame(this);
    bar->setObjectName(QStringLiteral("homeTopBar"));
    bar->setFrameShape(QFrame::NoFrame);
    auto *identity = new QWidget(bar);
    auto *identityLayout = new QHBoxLayout(identity);
    identityLayout->setContentsMargins(0, 0, 0, 0);
    identityLayout->setSpacing(16);
    identityLayout->addWidget(m_clientPhoto);
    identityLayout->addLayout(names, 1);
    // The buttons beside the name while they fit; below it when the text is large or the window
    // narrow, so nothing is cut off.
    auto *row = new WrapRow(
        identity, { m_busy, m_switchClient, m_helpButton, m_settingsButton, m_signOut }, bar);
    row->setObjectName(QStringLiteral("homeTopBarRow"));
    row->setSpacing(16);
    row->setSecondRowAlignment(Qt::AlignRight);
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(24, 12, 24, 12);
    barLayout->addWidget(row);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);

    m_idleWarning->setObjectName(QStringLiteral("idleWarning"));
    m_stillHere->setObjectName(QStringLiteral("stillHereButton"));
    m_stillHere->setAccessibleName(tr("I'm still here"));
    m_stillHere->setDefault(true);
    m_stillHere->hide();
    auto *warning = new QHBoxLayout;
    warning->setContentsMargins(24, 12, 24, 0);
    warning->addWidget(m_idleWarning, 1);
    warning->addWidget(m_stillHere);

    m_tabs->setObjectName(QStringLiteral("homeTabs"));
    m_tabs->setAccessibleName(tr("Parts of the portal"));
    m_tabs->setDocumentMode(false);
    // The list on the left chooses the part; the tab widget only keeps the pages.
    m_tabs->tabBar()->hide();
    m_tabs->tabBar()->setFocusPolicy(Qt::NoFocus);

    m_nav->setObjectName(QStringLiteral("homeNavigation"));
    m_nav->setAccessibleName(tr("Parts of the portal"));
    m_nav->setAccessibleDescription(
        tr("Use the arrow keys to choose a part of the portal, and Tab to go into it. Ctrl+Tab "
           "or Ctrl+Page Down chooses the next part from anywhere, Ctrl+Shift+Tab or Ctrl+Page Up "
           "the previous one."));
    m_nav->setSelectionMode(QAbstractItemView::SingleSelection);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_nav->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_nav->setSpacing(0);
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_nav->setFont(navFont);
    addTab(m_overview, tr("Start"), QStringLiteral("overviewTab"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(line);
    layout->addLayout(warning);
    auto *body = new QHBoxLayout;
    body->setContentsMargins(12, 12, 16, 16);
    body->setSpacing(12);
    body->addWidget(m_nav);
    // With large text a part may need more room than the window has: it scrolls then, instead of
    // squeezing its controls until their text is cut off.
    auto *tabsScroll = new QScrollArea(this);
    tabsScroll->setObjectName(QStringLiteral("homeTabsScroll"));
    tabsScroll->setFrameShape(QFrame::NoFrame);
    tabsScroll->setFocusPolicy(Qt::NoFocus);
    tabsScroll->setWidgetResizable(true);
    tabsScroll->setWidget(m_tabs);
    m_fitPart = new QTimer(this);
    m_fitPart->setSingleShot(true);
    m_fitPart->setInterval(0);
    connect(m_fitPart, &QTimer::timeout, this, &HomePage::fitPartHeight);
    m_tabs->installEventFilter(this);
    body->addWidget(tabsScroll, 1);
    layout->addLayout(body, 1);

    // Tab as the eye reads: the top bar left to right, the idle warning, then the parts.
    const QList<QWidget *> order { m_switchClient, m_helpButton, m_settingsButton,
                                   m_signOut,      m_stillHere,  m_nav };
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));

    // The tab widget knows these keys only while the focus is inside it; the top bar counts too.
    const auto shortcut = [this](const QKeySequence &keys, int step) {
        auto *action = new QShortcut(keys, this);
        action->setContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QShortcut::activated, this, [this, step] { stepTab(step); });
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab), 1);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), 1);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), -1);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), -1);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), -1);

    connect(m_nav, &QListWidget::currentRowChanged, m_tabs, &QTabWidget::setCurrentIndex);
    followSelection(m_nav); // a screen reader's choice of part opens it too
    connect(m_tabs, &QTabWidget::currentChanged, this, &HomePage::onCurrentChanged);
    setTabOrder(m_nav, m_tabs);
    connect(m_switchClient, &QPushButton::clicked, this, &HomePage::switchClientRequested);
    connect(m_signOut, &QPushButton::clicked, this, &HomePage::signOutRequested);
    connect(m_stillHere, &QPushButton::clicked, this, &HomePage::stillHereRequested);
}

int HomePage::addTab(QWidget *tab, const QString &title, const QString &objectName)
{
    tab->setObjectName(objectName);
    if (tab->accessibleName().isEmpty())
        tab->setAccessibleName(title);
    const int index = m_tabs->addTab(tab, title);
    tab->installEventFilter(this);
    auto *item = new QListWidgetItem(title);
    item->setData(Qt::AccessibleTextRole, title);
    m_nav->insertItem(index, item);
    onCurrentChanged(m_tabs->currentIndex());
    fitNavigation();
    return index;
}

void HomePage::setTabTitle(const QString &objectName, const QString &title)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->objectName() != objectName)
            continue;
        m_tabs->setTabText(i, title);
        if (QListWidgetItem *item = m_nav->item(i)) {
            item->setText(title);
            item->setData(Qt::AccessibleTextRole, title);
        }
        fitNavigation();
        return;
    }
}

void HomePage::onCurrentChanged(int index)
{
    for (int i = 0; i < m_nav->count(); ++i) {
        QFont font = m_nav->font();
        font.setBold(i == index);
        m_nav->item(i)->setFont(font);
    }
    if (m_nav->currentRow() != index)
        m_nav->setCurrentRow(index);
    // Only the part in view asks for room: the scroll area around the parts then scrolls for its
    // controls, not for the widest of all parts.
    for (int i = 0; i < m_tabs->count(); ++i) {
        const auto policy = i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_tabs->widget(i)->setSizePolicy(policy, policy);
    }
    m_tabs->updateGeometry();
    if (m_fitPart) // null while the constructor adds the first part
        m_fitPart->start();
}

void HomePage::fitPartHeight()
{
    // Text that wraps needs more lines when the text is large: the part asks for the height its
    // controls need at the width it has, so the scroll area scrolls instead of squeezing them.
    // (A layout's plain minimum size does not count the lines of wrapped text.)
    QWidget *page = m_tabs->currentWidget();
    if (!page || !page->layout()) {
        m_tabs->setMinimumHeight(0);
        return;
    }
    int needed = page->layout()->totalMinimumHeightForWidth(page->width());
    if (needed < 0)
        needed = page->minimumSizeHint().height();
    m_tabs->setMinimumHeight(needed + m_tabs->height() - page->height());
}

void HomePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A new text size: the parts' own (bold) fonts and the list's width follow.
    // Queued: the list's own font changes after the page's.
    if (event->type() == QEvent::FontChange) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_nav->count() > 0) {
                    onCurrentChanged(m_tabs->currentIndex());
                    fitNavigation();
                }
            },
            Qt::QueuedConnection);
    }
}

bool HomePage::eventFilter(QObject *watched, QEvent *event)
{
    // The part in view changed its width or its contents: its height may change too.
    if (m_fitPart
        && ((watched == m_tabs && event->type() == QEvent::Resize)
            || (event->type() == QEvent::LayoutRequest && watched == m_tabs->currentWidget())))
        m_fitPart->start();
    return QWidget::eventFilter(watched, event);
}

void HomePage::fitNavigation()
{
    // As wide as the longest part's name in bold, so no name is ever cut off.
    QFont bold = m_nav->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        widest = qMax(widest, metrics.horizontalAdvance(m_nav->item(i)->text()));
    // Item padding and borders (see NavStyle), the list's frame, and room for a scroll bar.
    const int chrome = 16 * 2 + 10 + 2 + 2 * 2 + 3 * 2
        + m_nav->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8;
    m_nav->setFixedWidth(widest + chrome);
}

void HomePage::clearTabs()
{
    m_tabs->setCurrentWidget(m_overview);
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        QWidget *tab = m_tabs->widget(i);
        if (tab == m_overview)
            continue;
        m_tabs->removeTab(i);
        delete m_nav->takeItem(i);
        tab->deleteLater();
    }
}

bool HomePage::showTab(const QString &objectName)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->objectName() == objectName) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void HomePage::stepTab(int step)
{
    const int count = m_tabs->count();
    if (count < 2)
        return;
    const bool navHadFocus = m_nav->hasFocus();
    m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + count) % count);
    // Keyboard users land in the part they chose, not on a hidden control of the one they left.
    if (navHadFocus)
        m_nav->setFocus(Qt::ShortcutFocusReason);
    else
        m_tabs->currentWidget()->setFocus(Qt::ShortcutFocusReason);
}

void HomePage::showIdleWarning(const QDateTime &signOutAt)
{
    m_idleWarning->showMessage(
        tr("You have not used the portal for a while. To keep your data safe, you will be signed "
           "out at %1. Press \"I'm still here\" to go on.")
            .arg(QLocale().toString(signOutAt.toLocalTime().time(), QStringLiteral("HH:mm"))));
    m_stillHere->show();
    m_stillHere->setFocus();
}

void HomePage::hideIdleWarning()
{
    m_idleWarning->clear();
    m_stillHere->hide();
}

void HomePage::setClientName(const QString &name)
{
    m_clientName->setText(name);
    m_clientPhoto->setName(name);
}

void HomePage::setClientPhoto(const QImage &photo)
{
    m_clientPhoto->setPhoto(photo);
}

void HomePage::setSignedInAs(const QString &name)
{
    m_signedInAs->setText(tr("Signed in as %1").arg(name));
    m_signedInAs->setVisible(!name.isEmpty());
}

void HomePage::setCanSwitchClient(bool canSwitch)
{
    m_switchClient->setVisible(canSwitch);
}

void HomePage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_switchClient->setEnabled(!busy);
    m_signOut->setEnabled(!busy);
}
