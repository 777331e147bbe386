#include "ui/login/signinpage.h"

#include "core/apierror.h"
#include "core/portalconnection.h"
#include "ui/theme.h"
#include "ui/widgets/organizationheader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SignInPage::SignInPage(PortalConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_header(new OrganizationHeader(this))
    , m_welcome(new QLabel(this))
    , m_helpdesk(new QLabel(this))
    , m_changePortal(new QPushButton(tr("Choose another portal"), this))
{
    setObjectName(QStringLiteral("signInPage"));
    m_welcome->setObjectName(QStringLiteral("signInWelcome"));
    m_welcome->setWordWrap(true);
    m_helpdesk->setObjectName(QStringLiteral("signInHelpdesk"));
    m_helpdesk->setWordWrap(true);
    m_helpdesk->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_changePortal->setObjectName(QStringLiteral("changePortalButton"));
    m_changePortal->setAccessibleName(tr("Choose another portal"));
    m_changePortal->setFlat(true);
    m_changePortal->setCursor(Qt::PointingHandCursor);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_changePortal);
    bottom->addStretch();

    auto *column = new QVBoxLayout;
    column->setSpacing(16);
    column->addWidget(m_header);
    column->addWidget(m_welcome);
    column->addWidget(m_helpdesk);
    column->addLayout(bottom);
    column->addStretch();

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 40, 32, 24);
    outer->addStretch(1);
    outer->addLayout(column, 6);
    outer->addStretch(1);

    connect(m_changePortal, &QPushButton::clicked, this, &SignInPage::changePortalRequested);
}

void SignInPage::refresh()
{
    const OrganizationInfo &organization = m_connection->organization();
    m_header->setOrganization(organization, m_connection->logo());
    m_welcome->setText(tr("Welcome to the client portal of %1.").arg(organization.name));
    const QString help = ApiError::helpdeskSentence(organization.helpdesk);
    m_helpdesk->setText(help);
    m_helpdesk->setVisible(!help.isEmpty());
}
