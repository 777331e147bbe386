#include "ui/home/homepage.h"

#include "ui/home/overviewtab.h"
#include "ui/home/photobadge.h"
#include "ui/theme.h"
#include "ui/widgets/busyindicator.h"
#include "ui/widgets/statusmessage.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

constexpr int TopBarPhotoSide = 56;

// Large tabs that say which one is chosen by more than colour: the chosen tab is white, bold and
// joined to the page, with a thick bar on top; a focused tab bar gets a black frame.
const char TabStyle[] = R"(
QTabWidget::pane { border: 2px solid #5f5f5f; border-radius: 6px; top: -2px; background: #f6f5f2; }
QTabBar::tab {
    min-height: 40px; padding: 6px 22px; margin-right: 6px;
    border: 2px solid #5f5f5f; border-bottom: none;
    border-top-left-radius: 6px; border-top-right-radius: 6px;
    background: #e9e7e2; color: #1a1a1a;
}
QTabBar::tab:hover { background: #dcd9d2; }
QTabBar::tab:selected { background: #f6f5f2; font-weight: bold; border-top: 6px solid #0b4f9c; }
QTabBar:focus { outline: none; }
QTabBar::tab:selected:focus { border: 3px solid #1a1a1a; border-top: 6px solid #1a1a1a; border-bottom: none; }
)";

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

    auto *names = new QVBoxLayout;
    names->setSpacing(2);
    names->addWidget(m_clientName);
    names->addWidget(m_signedInAs);

    auto *bar = new QFrame(this);
    bar->setObjectName(QStringLiteral("homeTopBar"));
    bar->setFrameShape(QFrame::NoFrame);
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(24, 12, 24, 12);
    barLayout->setSpacing(16);
    barLayout->addWidget(m_clientPhoto);
    barLayout->addLayout(names, 1);
    barLayout->addWidget(m_busy);
    barLayout->addWidget(m_switchClient);
    barLayout->addWidget(m_signOut);

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
    m_tabs->setAccessibleDescription(
        tr("Use Ctrl+Tab or Ctrl+Page Down for the next part, Ctrl+Shift+Tab or Ctrl+Page Up for "
           "the previous one."));
    m_tabs->setDocumentMode(false);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setStyleSheet(QString::fromLatin1(TabStyle));
    QFont tabFont = m_tabs->tabBar()->font();
    tabFont.setPointSizeF(tabFont.pointSizeF() * 1.15);
    m_tabs->tabBar()->setFont(tabFont);
    m_tabs->tabBar()->setAccessibleName(tr("Parts of the portal"));
    addTab(m_overview, tr("Start"), QStringLiteral("overviewTab"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(line);
    layout->addLayout(warning);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(16, 12, 16, 16);
    body->addWidget(m_tabs, 1);
    layout->addLayout(body, 1);

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
    m_tabs->setTabToolTip(index, title);
    return index;
}

void HomePage::clearTabs()
{
    m_tabs->setCurrentWidget(m_overview);
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        QWidget *tab = m_tabs->widget(i);
        if (tab == m_overview)
            continue;
        m_tabs->removeTab(i);
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
    const bool tabBarHadFocus = m_tabs->tabBar()->hasFocus();
    m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + count) % count);
    // Keyboard users land in the tab they chose, not on a hidden control of the one they left.
    if (tabBarHadFocus)
        m_tabs->tabBar()->setFocus(Qt::ShortcutFocusReason);
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
