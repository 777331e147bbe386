#pragma once

#include <QWidget>

class PortalApi;
class StatusMessage;

// A calm sentence at the top of the window while Portiek tries a request again by itself (the
// connection dropped, the portal restarts): that it happens, and when the next try comes. It goes
// away as soon as the portal answers again; when Portiek gives up, the part that asked shows its
// own error and "Try again" instead. Words and an icon carry it, not colour.
class ConnectionNotice : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionNotice(QWidget *parent = nullptr);

    void watch(PortalApi *api);
    // The sentence on screen; empty while hidden.
    QString text() const;

    void showRetryIn(int seconds);
    void showRetryingNow();
    void clear();

private:
    StatusMessage *m_message;
};
