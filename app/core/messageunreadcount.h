#pragma once

#include "core/apireply.h"

#include <QObject>
#include <QPointer>

class PortalApi;
class QTimer;

// How many messages the signed-in person has not read in a client's portal
// (GET /api/v1/clients/{id}/unread-counts), asked again at most once a minute with the last ETag
// so an unchanged count costs nothing. The lead shows it in the tab's title ("Messages (2)").
class MessageUnreadCount : public QObject
{
    Q_OBJECT

public:
    static constexpr int PollIntervalMs = 60 * 1000;

    explicit MessageUnreadCount(PortalApi *api, QObject *parent = nullptr);

    // Starts counting for this client (and polling while `setPolling(true)`); empty stops.
    void setClientId(const QString &clientId);
    QString clientId() const { return m_clientId; }
    void setPolling(bool polling);
    // Counts for this client without asking now: the first counts come from elsewhere (the
    // home overview brings them; setCounts()), or from refresh().
    void follow(const QString &clientId);
    void setCounts(int messages, int conversations) { set(messages, conversations); }
    // Asks now (after a read marker moved or a message arrived).
    void refresh();

    int messages() const { return m_messages; }
    int conversations() const { return m_conversations; }
    // Reads an `UnreadCounts` answer (also a member of the home overview); false with `*error`.
    static bool readCounts(const QJsonObject &json, int *messages, int *conversations,
                           QString *error);
    // "Messages", or "Messages (2)" while two are unread.
    static QString tabTitle(int unreadMessages);

signals:
    void changed(int messages);
    void failed(const ApiError &error);

private:
    void onFinished(ApiReply *reply);
    void set(int messages, int conversations);

    PortalApi *m_api;
    QTimer *m_timer;
    QString m_clientId;
    QByteArray m_etag;
    QPointer<ApiReply> m_pending;
    int m_messages = 0;
    int m_conversations = 0;
};
