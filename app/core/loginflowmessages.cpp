// The sentences LoginFlow shows for what went wrong: one per problem code the sign-in can meet
// (docs/openapi.yaml, Problem), each saying what happened and what to do.
#include "core/loginflow.h"

#include <QStringList>

#include <algorithm>

namespace {

QString waitText(int seconds)
{
    if (seconds < 60)
        return LoginFlow::tr("Try again in %n second(s).", nullptr, std::max(seconds, 1));
    return LoginFlow::tr("Try again in %n minute(s).", nullptr, (seconds + 59) / 60);
}

QString fieldErrorText(const ApiError::FieldError &error)
{
    const QString &code = error.code;
    if (code == QLatin1String("incorrect"))
        return LoginFlow::tr("Your current password is not correct.");
    if (code == QLatin1String("too_short"))
        return LoginFlow::tr("The new password is too short.");
    if (code == QLatin1String("too_long"))
        return LoginFlow::tr("The new password is too long.");
    if (code == QLatin1String("too_common"))
        return LoginFlow::tr("Many people use this password, so it is easy to guess. Choose "
                             "another one.");
    if (code == QLatin1String("contains_personal_data"))
        return LoginFlow::tr("The new password may not contain your name or username.");
    if (code == QLatin1String("same_as_current"))
        return LoginFlow::tr("The new password must be different from your current password.");
    if (code == QLatin1String("needs_mixed_case"))
        return LoginFlow::tr("The new password needs both capital and small letters.");
    if (code == QLatin1String("needs_non_letter"))
        return LoginFlow::tr("The new password needs a digit, space or punctuation mark.");
    return {};
}

} // namespace

QString LoginFlow::messageFor(const ApiError &error) const
{
    const QString code = error.problemCode();
    const int wait = error.retryAfterSeconds();
    if (code == QLatin1String("invalid_credentials"))
        return tr("The username or password is not correct. Check both and try again.");
    if (code == QLatin1String("too_many_attempts") || code == QLatin1String("rate_limited")) {
        const QString first = tr("There were too many attempts.");
        return wait >= 0 ? first + QLatin1Char(' ') + waitText(wait) : first;
    }
    if (code == QLatin1String("account_disabled")) {
        const QString help = ApiError::helpdeskSentence(m_helpdesk);
        const QString first = tr("This account cannot be used. Your care organisation can tell "
                                 "you why.");
        return help.isEmpty() ? first : first + QLatin1Char(' ') + help;
    }
    if (code == QLatin1String("sign_in_expired"))
        return tr("Signing in took too long. Please start again.");
    if (code == QLatin1String("sign_in_step_not_expected"))
        return tr("Signing in got out of step. Please start again.");
    if (code == QLatin1String("sms_code_invalid")) {
        const int left = error.attemptsLeft();
        if (left == 0)
            return tr("The code is not correct. Ask for a new code.");
        if (left > 0)
            return tr("The code is not correct. You can try %n more time(s).", nullptr, left);
        return tr("The code is not correct. Check it and try again.");
    }
    if (code == QLatin1String("sms_code_expired"))
        return tr("This code has expired, or a newer code was sent. Ask for a new code.");
    if (code == QLatin1String("sms_code_attempts_exhausted"))
        return tr("The code was typed wrong too often. Ask for a new code.");
    if (code == QLatin1String("sms_code_resend_too_soon"))
        return tr("A new code was sent only just now.") + QLatin1Char(' ')
            + waitText(std::max(wait, 1));
    if (code == QLatin1String("terms_version_outdated"))
        return tr("The terms have just been changed. Read the new text and accept it.");
    if (code == QLatin1String("reset_code_invalid"))
        return tr("This code is not correct or no longer valid. Check the e-mail, or ask for a "
                  "new code.");
    if (code == QLatin1String("session_expired") || code == QLatin1String("unauthenticated"))
        return tr("You were signed out. Please sign in again.");
    if (code == QLatin1String("validation_failed")) {
        QStringList sentences;
        for (const ApiError::FieldError &fieldError : error.fieldErrors()) {
            const QString text = fieldErrorText(fieldError);
            if (!text.isEmpty() && !sentences.contains(text))
                sentences.append(text);
        }
        if (!sentences.isEmpty())
            return sentences.join(QLatin1Char(' '));
        return tr("Some of what you typed cannot be used. Check it and try again.");
    }
    return m_helpdesk.isEmpty() ? error.userMessage() : error.userMessage(m_helpdesk);
}
