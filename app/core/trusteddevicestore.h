#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

// Where this computer keeps its trusted-device tokens ("remember this computer"), one per
// portal and username. The real store is the OS keychain; a memory store serves tests and kiosk
// mode. Every operation is asynchronous: keychains may ask the user or a daemon first.
//
// A store that fails (no keychain, a locked or refused one) becomes unavailable: it emits
// unavailable() once, so the app can tell the user once, and from then on loads nothing and
// saves nothing. Signing in works on without it; it only asks the SMS code every time.
class TrustedDeviceStore : public QObject
{
    Q_OBJECT

public:
    // `token` is empty when none is kept (or the store is unavailable).
    using LoadCallback = std::function<void(const QString &token)>;
    using DoneCallback = std::function<void(bool ok)>;

    explicit TrustedDeviceStore(QObject *parent = nullptr);

    // The key under which a token is kept: server host + "/" + username (both lower case, so
    // "MVanDijk" and "mvandijk" find the same token).
    static QString keyFor(const QString &host, const QString &username);
    // The key for a portal address: its host, and its port when that is not 443 (two portals
    // on one host keep different tokens).
    static QString keyForPortal(const QUrl &baseUrl, const QString &username);

    // Callbacks run later from the event loop, never inside the call, and only while `context`
    // still exists.
    virtual void load(const QString &key, QObject *context, LoadCallback done) = 0;
    virtual void save(const QString &key, const QString &token, QObject *context = nullptr,
                      DoneCallback done = {})
        = 0;
    virtual void remove(const QString &key, QObject *context = nullptr, DoneCallback done = {}) = 0;

    bool isAvailable() const { return m_available; }

signals:
    // Emitted once, the first time the store fails.
    void unavailable();

protected:
    void markUnavailable(const QString &reason);

private:
    bool m_available = true;
};
