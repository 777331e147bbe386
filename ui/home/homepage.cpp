#include "ui/home/homepage.h"

#include "ui/theme.h"
#include "ui/widgets/busyindicator.h"
#include "ui/widgets/statusmessage.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

HomePage::HomePage(QWidget *parent)
    : QWidget(parent)
    , m_clientName(new QLabel(this))
    , m_signedInAs(new QLabel(this))
    , m_switchClient(new QPushButton(tr("Switch client"), this))
    , m_signOut(new QPushButton(tr("Sign out"), this))
    , m_busy(new BusyIndicator(this))
    , m_idleWarning(new StatusMessage(this))
    , m_stillHere(new QPushButton(tr("I'm still here"), this))
    , m_body(new QLabel(this))
{
    setObjectName(QStringLiteral("homePage"));
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
    barLayout->setContentsMargins(24, 16, 24, 16);
    barLayout->setSpacing(16);
    barLayout->addLayout(names, 1);
    barLayout->addWidget(m_busy);
    barLayout->addWidget(m_switchClient);
    barLayout->addWidget(m_signOut);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);

    m_body->setObjectName(QStringLiteral("homeBody"));
    m_body->setWordWrap(true);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_body->setText(tr("You are signed in. Reports, plans, appointments and messages will appear "
                       "here."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(line);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(24, 24, 24, 24);
    body->setSpacing(12);
    m_idleWarning->setObjectName(QStringLiteral("idleWarning"));
    m_stillHere->setObjectName(QStringLiteral("stillHereButton"));
    m_stillHere->setAccessibleName(tr("I'm still here"));
    m_stillHere->setDefault(true);
    m_stillHere->hide();
    auto *warning = new QHBoxLayout;
    warning->addWidget(m_idleWarning, 1);
    warning->addWidget(m_stillHere);
    body->addLayout(warning);
    body->addWidget(m_body);
    body->addStretch();
    layout->addLayout(body, 1);

    connect(m_switchClient, &QPushButton::clicked, this, &HomePage::switchClientRequested);
    connect(m_signOut, &QPushButton::clicked, this, &HomePage::signOutRequested);
    connect(m_stillHere, &QPushButton::clicked, this, &HomePage::stillHereRequested);
}

void HomePage::showIdleWarning(const QDateTime &signOutAt)
{
    m_idleWarning->showMessage(
        tr("You have not used the portal for a while. To keep your data safe, you will be signed "
           "out at %1. Press \"I'm still here\" to go on.")
            .arg(QLocale().toString(signOutAt.toLocalTime().time(), QLocale::ShortFormat)));
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
