#pragma once

#include "core/trusteddevicestore.h"

#include <functional>

// Keeps trusted-device tokens in the OS keychain through QtKeychain (service = the app id, key =
// server host + "/" + username). Anything but success or "not found" makes the store unavailable
// (PLATFORM-NOTES.md: libsecret reports a missing daemon as OtherError, a locked collection as
// AccessDenied).
class KeychainTrustedDeviceStore : public TrustedDeviceStore
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Delete };
    enum class Outcome { Ok, NotFound, Failed };
    // What one keychain job reports: the outcome, a technical message, and the text read.
    using JobDone
        = std::function<void(Outcome outcome, const QString &message, const QString &data)>;
    // Runs one keychain job. The default uses QtKeychain; tests pass a fake that fails on demand.
    using JobRunner = std::function<void(Operation operation, const QString &key,
                                         const QString &data, JobDone done)>;

    explicit KeychainTrustedDeviceStore(QObject *parent = nullptr);
    KeychainTrustedDeviceStore(JobRunner runner, QObject *parent = nullptr);

    void load(const QString &key, QObject *context, LoadCallback done) override;
    void save(const QString &key, const QString &token, QObject *context = nullptr,
              DoneCallback done = {}) override;
    void remove(const QString &key, QObject *context = nullptr, DoneCallback done = {}) override;

    static JobRunner qtKeychainRunner();

private:
    void run(Operation operation, const QString &key, const QString &data, QObject *context,
             std::function<void(bool ok, const QString &data)> done);

    JobRunner m_runner;
};
