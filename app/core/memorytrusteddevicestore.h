#pragma once

#include "core/trusteddevicestore.h"

#include <QHash>

// Keeps tokens in memory only: for tests, and for kiosk mode where nothing may be remembered
// (a kiosk's flow never saves, but the store must still answer).
class MemoryTrustedDeviceStore : public TrustedDeviceStore
{
    Q_OBJECT

public:
    explicit MemoryTrustedDeviceStore(QObject *parent = nullptr);

    void load(const QString &key, QObject *context, LoadCallback done) override;
    void save(const QString &key, const QString &token, QObject *context = nullptr,
              DoneCallback done = {}) override;
    void remove(const QString &key, QObject *context = nullptr, DoneCallback done = {}) override;

    // For tests: what is kept, and a store that fails like a broken keychain.
    QString tokenFor(const QString &key) const { return m_tokens.value(key); }
    int count() const { return int(m_tokens.size()); }
    void setFailing(bool failing) { m_failing = failing; }

private:
    QHash<QString, QString> m_tokens;
    bool m_failing = false;
};
