#include "ui/widgets/connectionnotice.h"

#include "core/portalapi.h"
#include "ui/widgets/statusmessage.h"

#include <QVBoxLayout>

ConnectionNotice::ConnectionNotice(QWidget *parent)
    : QWidget(parent)
    , m_message(new StatusMessage(this))
{
    setObjectName(QStringLiteral("connectionNotice"));
    m_message->setObjectName(QStringLiteral("connectionNoticeMessage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->addWidget(m_message);
    hide();
}

void ConnectionNotice::watch(PortalApi *api)
{
    connect(api, &PortalApi::retryScheduled, this, &ConnectionNotice::showRetryIn);
    connect(api, &PortalApi::retryStarted, this, &ConnectionNotice::showRetryingNow);
    connect(api, &PortalApi::retriesEnded, this, &ConnectionNotice::clear);
}

QString ConnectionNotice::text() const
{
    return isHidden() ? QString() : m_message->text();
}

void ConnectionNotice::showRetryIn(int seconds)
{
    // No countdown each second: a screen reader would read it out every time.
    m_message->showMessage(tr("The portal cannot be reached for a moment. Portiek will try again "
                              "in %n second(s). You do not need to do anything.",
                              nullptr, seconds),
                           StatusMessage::Tone::Info);
    show();
}

void ConnectionNotice::showRetryingNow()
{
    m_message->showMessage(tr("The portal cannot be reached for a moment. Portiek is trying "
                              "again now. You do not need to do anything."),
                           StatusMessage::Tone::Info);
    show();
}

void ConnectionNotice::clear()
{
    m_message->clear();
    hide();
}
