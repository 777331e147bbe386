#include "core/contactchange.h"

#include "core/jsonreader.h"
#include "core/logging.h"
#include "core/portalapi.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace {

QString waitText(int seconds)
{
    if (seconds < 60)
        return ContactChange::tr("Try again in %n second(s).", nullptr, std::max(seconds, 1));
    return ContactChange::tr("Try again in %n minute(s).", nullptr, (seconds + 59) / 60);
}

} // namespace

ContactChange::ContactChange(PortalApi *api, Channel channel, Clock clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_channel(channel)
    , m_clock(std::move(clock))
{ }

QString ContactChange::basePath() const
{
    return m_channel == Channel::Mobile ? QStringLiteral("/api/v1/me/mobile-change")
                                        : QStringLiteral("/api/v1/me/email-change");
}

QString ContactChange::normalizeMobile(const QString &typed)
{
    QString digits;
    for (const QChar c : typed) {
        if (c.isDigit())
            digits.append(c);
        else if (c == QLatin1Char('+') && digits.isEmpty())
            digits.append(c);
        else if (!c.isSpace() && !QStringLiteral("-().").contains(c))
            return {};
    }
    // "+31 (0)6 …": the national 0 written after the country code.
    if (typed.contains(QLatin1String("(0)")) && digits.startsWith(QLatin1String("+310")))
        digits.remove(3, 1);
    if (digits.startsWith(QLatin1String("00")))
        digits = QLatin1Char('+') + digits.mid(2);
    else if (digits.startsWith(QLatin1Char('0')))
        digits = QStringLiteral("+31") + digits.mid(1);
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{7,14}$"));
    if (!e164.match(digits).hasMatch())
        return {};
    // A Dutch number must be a mobile one: 06 and eight more digits.
    if (digits.startsWith(QLatin1String("+31"))
        && (digits.size() != 12 || digits.at(3) != QLatin1Char('6')))
        return {};
    return digits;
}

bool ContactChange::isPlausibleEmail(const QString &typed)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return typed.size() <= 254 && pattern.match(typed).hasMatch();
}

bool ContactChange::canResend() const
{
    return m_step == Step::Code && !isBusy()
        && (!m_resendAvailableAt.isValid() || m_clock() >= m_resendAvailableAt);
}

void ContactChange::start(const QString &newValue, const QString &currentPassword)
{
    if (isBusy())
        return;
    QString value = newValue.trimmed();
    if (m_channel == Channel::Mobile) {
        value = normalizeMobile(value);
        if (value.isEmpty()) {
            fail(tr("This is not a mobile number. Type it like this: 06 12345678."));
            return;
        }
    } else if (!isPlausibleEmail(value)) {
        fail(tr("This is not an e-mail address. It looks like this: name@example.nl."));
        return;
    }
    if (currentPassword.isEmpty()) {
        fail(tr("Type your current password. It protects your account."));
        return;
    }
    m_newValue = value;
    m_password = currentPassword;
    resend();
}

void ContactChange::resend()
{
    if (isBusy() || m_newValue.isEmpty() || m_password.isEmpty())
        return;
    QJsonObject body;
    body.insert(m_channel == Channel::Mobile ? QStringLiteral("newMobile")
                                             : QStringLiteral("newEmail"),
                m_newValue);
    body.insert(QStringLiteral("currentPassword"), m_password);
    // A key of its own for this request: sent again after a lost answer, the portal answers
    // with the code already on its way instead of "asked too soon".
    send(m_api->post(basePath(), body, PortalApi::newIdempotencyKey()), &ContactChange::onStarted);
}

void ContactChange::confirm(const QString &code)
{
    const QString trimmed = code.simplified().remove(QLatin1Char(' ')).toUpper();
    if (isBusy() || m_step != Step::Code)
        return;
    if (trimmed.size() < 4) {
        fail(tr("Type the code from the message."));
        return;
    }
    QJsonObject body;
    body.insert(QStringLiteral("code"), trimmed);
    // Its own key: sent again after a lost answer, the portal answers as it did the first time
    // instead of "code used".
    send(m_api->post(basePath() + QStringLiteral("/confirm"), body, PortalApi::newIdempotencyKey()),
         &ContactChange::onConfirmed);
}

void ContactChange::reset()
{
    if (m_reply)
        m_reply->abort();
    m_password.clear();
    m_newValue.clear();
    m_maskedDestination.clear();
    m_codeLength = 0;
    m_codeExpiresAt = {};
    m_resendAvailableAt = {};
    setStep(Step::NewValue);
}

void ContactChange::send(ApiReply *reply, void (ContactChange::*handler)(ApiReply *))
{
    m_reply = reply;
    emit busyChanged(true);
    connect(reply, &ApiReply::finished, this, [this, reply, handler] {
        if (m_reply != reply)
            return; // reset() meanwhile
        m_reply.clear();
        emit busyChanged(false);
        (this->*handler)(reply);
    });
}

void ContactChange::onStarted(ApiReply *reply)
{
    if (!reply->isOk()) {
        fail(messageFor(reply->error()));
        return;
    }
    JsonReader reader(reply->json(), QStringLiteral("pendingContactChange"));
    const QString masked
        = reader.string(QLatin1String("maskedDestination"), JsonReader::Required, 300);
    const int length = reader.integer(QLatin1String("codeLength"), 4, 16);
    const QDateTime expires = reader.dateTime(QLatin1String("codeExpiresAt"));
    const QDateTime resendAt = reader.dateTime(QLatin1String("resendAvailableAt"));
    if (!reader.ok()) {
        qCWarning(lcApi) << "contact change: unusable answer:" << reader.error();
        fail(ApiError(ApiError::Kind::NotAPortal).userMessage());
        return;
    }
    m_maskedDestination = masked;
    m_codeLength = length;
    m_codeExpiresAt = expires;
    m_resendAvailableAt = resendAt;
    setStep(Step::Code);
    emit codeSent();
}

void ContactChange::onConfirmed(ApiReply *reply)
{
    if (!reply->isOk()) {
        const ApiError &error = reply->error();
        // Nothing waits at the portal any more: only a new start can help.
        if (error.problemCode() == QLatin1String("no_pending_change")) {
            const QString message = messageFor(error);
            reset();
            fail(message);
            return;
        }
        fail(messageFor(error));
        return;
    }
    QString problem;
    if (!Me::fromJson(reply->json(), &m_me, &problem)) {
        // The change went through; only the answer is odd. Say it is done all the same.
        qCWarning(lcApi) << "contact change: unusable answer:" << problem;
        m_me = {};
    }
    m_password.clear();
    setStep(Step::Done);
    emit changed();
}

void ContactChange::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    emit stepChanged(step);
}

void ContactChange::fail(const QString &message)
{
    emit failed(message);
}

QString ContactChange::messageFor(const ApiError &error) const
{
    const QString code = error.problemCode();
    const int wait = error.retryAfterSeconds();
    if (code == QLatin1String("invalid_credentials"))
        return tr("Your current password is not correct.");
    if (code == QLatin1String("sms_code_resend_too_soon"))
        return tr("A code was sent only just now.") + QLatin1Char(' ')
            + waitText(std::max(wait, 1));
    if (code == QLatin1String("too_many_attempts") || code == QLatin1String("rate_limited")) {
        const QString first = m_step == Step::Code
            ? tr("A new code was asked for too often, or the code was typed wrong too often.")
            : tr("There were too many attempts.");
        return wait >= 0 ? first + QLatin1Char(' ') + waitText(wait) : first;
    }
    if (code == QLatin1String("contact_change_code_invalid") && error.attemptsLeft() == 0)
        return tr("The code is not correct. Ask for a new code.");
    if (code == QLatin1String("contact_change_code_invalid") && error.attemptsLeft() > 0)
        return tr("The code is not correct. You can try %n more time(s).", nullptr,
                  error.attemptsLeft());
    if (code == QLatin1String("validation_failed")) {
        QStringList sentences;
        for (const ApiError::FieldError &field : error.fieldErrors()) {
            QString text;
            if (field.field == QLatin1String("currentPassword"))
                text = tr("Your current password is not correct.");
            else if (field.code == QLatin1String("same_as_current"))
                text = m_channel == Channel::Mobile ? tr("This is already your mobile number.")
                                                    : tr("This is already your e-mail address.");
            else if (field.field == QLatin1String("newMobile"))
                text = tr("This is not a mobile number. Type it like this: 06 12345678.");
            else if (field.field == QLatin1String("newEmail"))
                text = tr("This is not an e-mail address. It looks like this: name@example.nl.");
            else if (field.field == QLatin1String("code"))
                text = tr("Type the code from the message.");
            if (!text.isEmpty() && !sentences.contains(text))
                sentences.append(text);
        }
        if (!sentences.isEmpty())
            return sentences.join(QLatin1Char(' '));
        return tr("Some of what you typed cannot be used. Check it and try again.");
    }
    return error.userMessage();
}
