#pragma once

#include "load/httpconnection.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>

#include <functional>

struct LoadLedger;

// A portal account the sessions sign in with; the first sign-in's trusted-device token lets the
// later ones skip the SMS code, as on a remembered computer.
struct LoadAccount
{
    QString username;
    QString password;
    QString newPassword; // chosen at the first sign-in when `password` is temporary
    QString mobile;
    QByteArray deviceToken;
};

// One signed-in person on one keep-alive TLS connection, doing what the desktop client does:
// read report pages, conversations, unread counts and the sync status, write reports and
// messages with an Idempotency-Key, keep the session alive.
class LoadSession : public QObject
{
    Q_OBJECT

public:
    enum class SignInResult { SignedIn, NeedsSmsCode, Failed };
    using SignInDone = std::function<void(SignInResult)>;

    LoadSession(int number, const QUrl &server, const QList<QSslCertificate> &ca,
                LoadAccount &account, const QString &clientId, LoadLedger &ledger);

    // Starts signing in with the account's password and device token (if any).
    void signIn(SignInDone done);
    // After NeedsSmsCode: the code from the outbox; remembers this device.
    void submitSmsCode(const QString &code, SignInDone done);
    // Finds someone to write to and starts this session's conversation.
    void prepare(std::function<void(bool)> done);
    // Requests, with a little thinking between them, until `deadline`; then `done`.
    void run(QDeadlineTimer deadline, int thinkMs, std::function<void()> done);

    QString conversationId() const { return m_conversationId; }
    QByteArray token() const { return m_token; }
    int connectsMade() const { return m_connection.connectsMade(); }

private:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    void post(const QByteArray &path, const QJsonObject &body, const Headers &headers,
              HttpConnection::Callback done);
    void get(const QByteArray &path, const Headers &headers, HttpConnection::Callback done);
    void advanceSignIn(const HttpConnection::Answer &answer, const char *step);
    void next();
    void afterThinking();
    void readReports(const QByteArray &cursor);
    void writeReport();
    void writeMessage();
    void readWithEtag(const char *what, const QByteArray &path, QByteArray *etag);
    QByteArray clientPath(const QByteArray &rest) const;

    int m_number;
    HttpConnection m_connection;
    LoadAccount &m_account;
    QByteArray m_clientId;
    LoadLedger &m_ledger;
    QRandomGenerator m_random;
    QByteArray m_token;
    QByteArray m_signInToken;
    SignInDone m_signInDone;
    QString m_conversationId;
    QByteArray m_unreadEtag;
    QByteArray m_syncEtag;
    int m_written = 0;
    QDeadlineTimer m_deadline;
    int m_thinkMs = 0;
    std::function<void()> m_runDone;
};
