#include "core/messageunreadcount.h"

#include "core/jsonreader.h"
#include "core/logging.h"
#include "core/portalapi.h"

#include <QTimer>
#include <QUrl>

MessageUnreadCount::MessageUnreadCount(PortalApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(PollIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &MessageUnreadCount::refresh);
}

void MessageUnreadCount::setClientId(const QString &clientId)
{
    if (m_pending) {
        ApiReply *reply = m_pending;
        m_pending = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
    m_clientId = clientId;
    m_etag.clear();
    set(0, 0);
    if (clientId.isEmpty())
        m_timer->stop();
    else
        refresh();
}

void MessageUnreadCount::follow(const QString &clientId)
{
    if (clientId == m_clientId)
        return;
    setClientId(QString());
    m_clientId = clientId;
}

void MessageUnreadCount::setPolling(bool polling)
{
    if (polling && !m_clientId.isEmpty())
        m_timer->start();
    else
        m_timer->stop();
}

void MessageUnreadCount::refresh()
{
    if (m_clientId.isEmpty() || m_pending)
        return;
    ApiReply *reply = m_api->get(QStringLiteral("/api/v1/clients/%1/unread-counts")
                                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_clientId))),
                                 ApiReply::Expect::Json, m_etag);
    m_pending = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { onFinished(reply); });
}

void MessageUnreadCount::onFinished(ApiReply *reply)
{
    if (reply != m_pending)
        return;
    m_pending = nullptr;
    if (reply->httpStatus() == 304)
        return;
    if (!reply->isOk()) {
        emit failed(reply->error());
        return;
    }
    int messages = 0;
    int conversations = 0;
    QString error;
    if (!readCounts(reply->json(), &messages, &conversations, &error)) {
        qCWarning(lcApi) << "messages: the unread counts could not be read:" << error;
        emit failed(ApiError(ApiError::Kind::NotAPortal, error));
        return;
    }
    m_etag = reply->etag();
    set(messages, conversations);
}

bool MessageUnreadCount::readCounts(const QJsonObject &json, int *messages, int *conversations,
                                    QString *error)
{
    JsonReader reader(json, QStringLiteral("unreadCounts"));
    *messages = reader.integer(QLatin1String("messages"), 0, 10000000);
    *conversations = reader.integer(QLatin1String("conversations"), 0, 10000000);
    if (!reader.ok())
        *error = reader.error();
    return reader.ok();
}

void MessageUnreadCount::set(int messages, int conversations)
{
    m_conversations = conversations;
    if (messages == m_messages)
        return;
    m_messages = messages;
    emit changed(messages);
}

QString MessageUnreadCount::tabTitle(int unreadMessages)
{
    return unreadMessages > 0 ? tr("Messages (%L1)").arg(unreadMessages) : tr("Messages");
}
