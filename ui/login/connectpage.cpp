#include "ui/login/connectpage.h"

#include "core/portalconnection.h"
#include "ui/theme.h"
#include "ui/widgets/statusmessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

ConnectPage::ConnectPage(PortalConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_address(new QLineEdit(this))
    , m_connect(new QPushButton(tr("Connect"), this))
    , m_cancel(new QPushButton(tr("Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(tr("Connecting to the portal…"), this))
    , m_message(new StatusMessage(this))
{
    setObjectName(QStringLiteral("connectPage"));

    auto *title = new QLabel(tr("Welcome to Portiek"), this);
    title->setObjectName(QStringLiteral("connectTitle"));
    Theme::makeHeading(title, 1);

    auto *intro = new QLabel(tr("Type the address of your care organisation's client portal. You "
                                "can find it in the e-mail or letter with your sign-in details."),
                             this);
    intro->setWordWrap(true);

    auto *label = new QLabel(tr("Portal &address"), this);
    label->setBuddy(m_address);
    m_address->setObjectName(QStringLiteral("portalAddressEdit"));
    m_address->setPlaceholderText(tr("for example portaal.zorggroep.nl"));
    m_address->setAccessibleName(tr("Portal address"));
    m_address->setAccessibleDescription(
        tr("The web address of the client portal, from the e-mail or letter of your care "
           "organisation."));
    m_address->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_address->setMaxLength(500);

    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setAccessibleName(tr("Connect"));
    m_connect->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelConnectButton"));
    m_cancel->setAccessibleName(tr("Stop connecting"));

    m_progress->setObjectName(QStringLiteral("connectProgress"));
    m_progress->setRange(0, 0); // how long it takes is unknown: a moving bar says "busy"
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Connecting to the portal"));
    m_progressLabel->setObjectName(QStringLiteral("connectProgressLabel"));
    m_message->setObjectName(QStringLiteral("connectMessage"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connect);
    buttons->addWidget(m_cancel);
    buttons->addStretch();

    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progressLabel);
    progress->addWidget(m_progress, 1);

    auto *column = new QVBoxLayout;
    column->setSpacing(16);
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(8);
    column->addWidget(label);
    column->addWidget(m_address);
    column->addLayout(buttons);
    column->addLayout(progress);
    column->addWidget(m_message);
    column->addStretch();

    // Keep lines short enough to read, centred in a wide window.
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 40, 32, 32);
    outer->addStretch(1);
    outer->addLayout(column, 6);
    outer->addStretch(1);

    connect(m_connect, &QPushButton::clicked, this, &ConnectPage::submit);
    connect(m_address, &QLineEdit::returnPressed, this, &ConnectPage::submit);
    connect(m_cancel, &QPushButton::clicked, m_connection, &PortalConnection::cancel);
    connect(m_connection, &PortalConnection::stateChanged, this, &ConnectPage::updateState);
    updateState();
}

void ConnectPage::setAddress(const QString &address)
{
    m_address->setText(address);
}

void ConnectPage::showNotice(const QString &text)
{
    m_message->showMessage(text, StatusMessage::Tone::Info);
}

QString ConnectPage::address() const
{
    return m_address->text();
}

void ConnectPage::submit()
{
    if (m_connection->state() == PortalConnection::State::Connecting)
        return;
    m_connection->connectToAddress(m_address->text());
}

void ConnectPage::focusAddress()
{
    m_address->setFocus();
}

void ConnectPage::updateState()
{
    const PortalConnection::State state = m_connection->state();
    const bool busy = state == PortalConnection::State::Connecting;
    m_address->setReadOnly(busy);
    m_connect->setEnabled(!busy);
    m_cancel->setVisible(busy);
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);

    if (state == PortalConnection::State::Failed) {
        m_message->showMessage(m_connection->lastError().userMessage(m_connection->helpdesk()));
        m_address->setFocus();
        m_address->selectAll();
    } else {
        m_message->clear();
    }
    if (!busy && !m_connect->hasFocus() && !m_address->hasFocus())
        m_address->setFocus();
}
