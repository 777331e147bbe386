#include "core/keychaintrusteddevicestore.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <portiek/version.h>

KeychainTrustedDeviceStore::KeychainTrustedDeviceStore(QObject *parent)
    : KeychainTrustedDeviceStore(qtKeychainRunner(), parent)
{ }

KeychainTrustedDeviceStore::KeychainTrustedDeviceStore(JobRunner runner, QObject *parent)
    : TrustedDeviceStore(parent)
    , m_runner(std::move(runner))
{ }

KeychainTrustedDeviceStore::JobRunner KeychainTrustedDeviceStore::qtKeychainRunner()
{
    return [](Operation operation, const QString &key, const QString &data, JobDone done) {
        const QString service = QString::fromLatin1(Portiek::ApplicationId);
        QKeychain::Job *job = nullptr;
        switch (operation) {
        case Operation::Read:
            job = new QKeychain::ReadPasswordJob(service);
            break;
        case Operation::Write: {
            auto *write = new QKeychain::WritePasswordJob(service);
            write->setTextData(data);
            job = write;
            break;
        }
        case Operation::Delete:
            job = new QKeychain::DeletePasswordJob(service);
            break;
        }
        // Never a plain-text file instead of the keychain: better not to remember at all.
        job->setInsecureFallback(false);
        job->setAutoDelete(true);
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *finished) {
            QString text;
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                text = read->textData();
            switch (finished->error()) {
            case QKeychain::NoError:
                done(Outcome::Ok, {}, text);
                break;
            case QKeychain::EntryNotFound:
                done(Outcome::NotFound, {}, {});
                break;
            default:
                done(Outcome::Failed, finished->errorString(), {});
                break;
            }
        });
        job->start();
    };
}

void KeychainTrustedDeviceStore::run(Operation operation, const QString &key, const QString &data,
                                     QObject *context,
                                     std::function<void(bool ok, const QString &data)> done)
{
    const bool guarded = context != nullptr;
    QPointer<QObject> alive(context);
    auto finish = [guarded, alive, done](bool ok, const QString &text) {
        if (done && (!guarded || alive))
            done(ok, text);
    };
    if (!isAvailable()) {
        // Answer from the event loop as a job would, without asking the keychain again.
        QTimer::singleShot(0, this, [finish] { finish(false, {}); });
        return;
    }
    QPointer<KeychainTrustedDeviceStore> self(this);
    m_runner(operation, key, data,
             [self, finish](Outcome outcome, const QString &message, const QString &text) {
                 if (!self)
                     return;
                 if (outcome == Outcome::Failed)
                     self->markUnavailable(message);
                 finish(outcome != Outcome::Failed, text);
             });
}

void KeychainTrustedDeviceStore::load(const QString &key, QObject *context, LoadCallback done)
{
    run(Operation::Read, key, {}, context, [done](bool ok, const QString &text) {
        if (done)
            done(ok ? text : QString());
    });
}

void KeychainTrustedDeviceStore::save(const QString &key, const QString &token, QObject *context,
                                      DoneCallback done)
{
    run(Operation::Write, key, token, context, [done](bool ok, const QString &) {
        if (done)
            done(ok);
    });
}

void KeychainTrustedDeviceStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    run(Operation::Delete, key, {}, context, [done](bool ok, const QString &) {
        if (done)
            done(ok);
    });
}
