#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

// One Portiek per person for invitation links: a click on a link while Portiek runs starts a
// second Portiek, which hands the link to the running one (over a local socket only this user
// may open) and ends. macOS sends links to the running program itself (QFileOpenEvent).
class LinkForwarder : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxLinkBytes = 2048;

    // `name`: the socket's name, one per user (socketName()).
    explicit LinkForwarder(QString name, QObject *parent = nullptr);
    ~LinkForwarder() override;

    static QString socketName();
    // The running Portiek listens; false when it cannot (the link then just starts Portiek).
    bool listen();
    // A second Portiek: hands `link` over; true when the running one took it.
    static bool forward(const QString &name, const QString &link, int timeoutMs = 1000);

signals:
    void linkReceived(const QString &link);

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};
