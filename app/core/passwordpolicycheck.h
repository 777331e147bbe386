#pragma once

#include "core/organizationinfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Checks a new password against the organisation's policy as the user types, with the same
// rules the server applies (length in Unicode characters, mixed case, a non-letter, differs from
// the current one), so the page can tick each rule live. The server still has the last word:
// it also refuses common passwords and ones containing the person's name.
class PasswordPolicyCheck
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicyCheck)

public:
    enum class Rule {
        MinLength,
        MaxLength,
        MixedCase, // only when the policy asks it
        NonLetter, // only when the policy asks it
        DiffersFromCurrent,
        ConfirmationMatches,
    };

    PasswordPolicyCheck() = default;
    PasswordPolicyCheck(const PasswordPolicy &policy, const QString &currentPassword,
                        const QString &newPassword, const QString &confirmation);

    // The rules that apply under this policy, in the order to show them. Without a current
    // password (the forgotten-password page) DiffersFromCurrent is left out.
    static QList<Rule> rules(const PasswordPolicy &policy, bool withCurrentPassword = true);
    // "At least 12 characters", … (translated), to list next to the password fields.
    static QString ruleText(Rule rule, const PasswordPolicy &policy);

    bool passes(Rule rule) const;
    bool isAcceptable() const; // every rule passes
    // The server's codes for what fails (too_short, too_long, needs_mixed_case,
    // needs_non_letter, same_as_current); a confirmation mismatch has no server code.
    QStringList failureCodes() const;
    bool confirmationMatches() const { return passes(Rule::ConfirmationMatches); }

    // Length as the server counts it: Unicode characters, not UTF-16 units.
    static int characterCount(const QString &text);

private:
    bool m_tooShort = true;
    bool m_tooLong = false;
    bool m_needsMixedCase = false;
    bool m_needsNonLetter = false;
    bool m_sameAsCurrent = false;
    bool m_confirmationMismatch = true;
};
