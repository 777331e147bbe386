#pragma once

#include <QWidget>

class PortalConnection;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class StatusMessage;

// First start: asks for the portal's address and connects to it. Shows progress while connecting
// and a plain sentence when it fails; what was typed stays in the field.
class ConnectPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectPage(PortalConnection *connection, QWidget *parent = nullptr);

    void setAddress(const QString &address);
    // The address field takes the keyboard, so a new user can start typing at once.
    void focusAddress();
    QString address() const;
    // A sentence above the address (not an error), until the next connection attempt.
    void showNotice(const QString &text);

private:
    void submit();
    void updateState();

    PortalConnection *m_connection;
    QLineEdit *m_address;
    QPushButton *m_connect;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    StatusMessage *m_message;
};
