#include "core/memorytrusteddevicestore.h"

#include <QPointer>
#include <QTimer>

namespace {

// Runs `work` from the event loop, like a real keychain's answer, unless `context` is gone.
template<typename Work> void later(QObject *owner, QObject *context, Work work)
{
    const bool guarded = context != nullptr;
    QPointer<QObject> alive(context);
    QTimer::singleShot(0, owner, [guarded, alive, work = std::move(work)] {
        if (!guarded || alive)
            work();
    });
}

} // namespace

MemoryTrustedDeviceStore::MemoryTrustedDeviceStore(QObject *parent)
    : TrustedDeviceStore(parent)
{ }

void MemoryTrustedDeviceStore::load(const QString &key, QObject *context, LoadCallback done)
{
    if (m_failing)
        markUnavailable(QStringLiteral("failing on purpose"));
    const QString token = isAvailable() ? m_tokens.value(key) : QString();
    later(this, context, [done = std::move(done), token] {
        if (done)
            done(token);
    });
}

void MemoryTrustedDeviceStore::save(const QString &key, const QString &token, QObject *context,
                                    DoneCallback done)
{
    if (m_failing)
        markUnavailable(QStringLiteral("failing on purpose"));
    const bool ok = isAvailable();
    if (ok)
        m_tokens.insert(key, token);
    later(this, context, [done = std::move(done), ok] {
        if (done)
            done(ok);
    });
}

void MemoryTrustedDeviceStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    if (m_failing)
        markUnavailable(QStringLiteral("failing on purpose"));
    const bool ok = isAvailable();
    if (ok)
        m_tokens.remove(key);
    later(this, context, [done = std::move(done), ok] {
        if (done)
            done(ok);
    });
}
