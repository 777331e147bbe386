#pragma once

#include "core/apierror.h"
#include "core/clock.h"
#include "core/me.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class ApiReply;
class PortalApi;

// Changing my own mobile number or e-mail address in two steps (docs/openapi.yaml,
// startMobileChange/confirmMobileChange, startEmailChange/confirmEmailChange): the new value and
// the current password send a code to the new number or address; the code confirms the change.
// Nothing changes at the portal until the code is confirmed.
class ContactChange : public QObject
{
    Q_OBJECT

public:
    enum class Channel { Mobile, Email };
    Q_ENUM(Channel)
    enum class Step { NewValue, Code, Done };
    Q_ENUM(Step)

    ContactChange(PortalApi *api, Channel channel, Clock clock = systemClock(),
                  QObject *parent = nullptr);

    Channel channel() const { return m_channel; }
    Step step() const { return m_step; }
    bool isBusy() const { return !m_reply.isNull(); }

    // Step 1: sends a code to `newValue`. A mobile number is normalised first (06-12345678 →
    // +31612345678); one that cannot be is refused here with a sentence, without asking the
    // portal.
    void start(const QString &newValue, const QString &currentPassword);
    // Asks for a new code for the same value (the portal replaces the pending change).
    void resend();
    // Step 2.
    void confirm(const QString &code);
    // Back to step 1, forgetting the password; what is pending at the portal simply expires.
    void reset();

    // While at the Code step: where the code went, how long it is, when a new one may be asked.
    QString maskedDestination() const { return m_maskedDestination; }
    int codeLength() const { return m_codeLength; }
    QDateTime codeExpiresAt() const { return m_codeExpiresAt; }
    QDateTime resendAvailableAt() const { return m_resendAvailableAt; }
    bool canResend() const;
    // After Done: the person as the portal now knows them.
    Me updatedMe() const { return m_me; }
    QString newValue() const { return m_newValue; }

    // +31612345678 from what a person types (06-12345678, 0031 6 1234 5678, +31 (0)6 …); empty
    // when it is no mobile number.
    static QString normalizeMobile(const QString &typed);
    static bool isPlausibleEmail(const QString &typed);
    // The sentence for a refusal: what happened and what to do.
    QString messageFor(const ApiError &error) const;

signals:
    void busyChanged(bool busy);
    void stepChanged(ContactChange::Step step);
    // A code is on its way (again).
    void codeSent();
    // The change is done; updatedMe() holds the new data.
    void changed();
    void failed(const QString &message);

private:
    void send(ApiReply *reply, void (ContactChange::*handler)(ApiReply *));
    void onStarted(ApiReply *reply);
    void onConfirmed(ApiReply *reply);
    void setStep(Step step);
    void fail(const QString &message);
    QString basePath() const;

    PortalApi *m_api;
    Channel m_channel;
    Clock m_clock;
    Step m_step = Step::NewValue;
    QPointer<ApiReply> m_reply;
    QString m_newValue;
    // Kept only while a code is pending, so "send a new code" needs no second typing.
    QString m_password;
    QString m_maskedDestination;
    int m_codeLength = 0;
    QDateTime m_codeExpiresAt;
    QDateTime m_resendAvailableAt;
    Me m_me;
};
