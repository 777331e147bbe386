#include "core/passwordpolicycheck.h"

namespace {

struct Composition
{
    bool upper = false;
    bool lower = false;
    bool nonLetter = false;
};

Composition compositionOf(const QString &text)
{
    Composition found;
    for (const char32_t c : text.toUcs4()) {
        if (!QChar::isLetter(c))
            found.nonLetter = true;
        else if (QChar::isUpper(c))
            found.upper = true;
        else if (QChar::isLower(c))
            found.lower = true;
    }
    return found;
}

} // namespace

PasswordPolicyCheck::PasswordPolicyCheck(const PasswordPolicy &policy,
                                         const QString &currentPassword, const QString &newPassword,
                                         const QString &confirmation)
{
    const int length = characterCount(newPassword);
    const Composition composition = compositionOf(newPassword);
    m_tooShort = length < policy.minLength;
    m_tooLong = length > policy.maxLength;
    m_needsMixedCase = policy.requireMixedCase && !(composition.upper && composition.lower);
    m_needsNonLetter = policy.requireNonLetter && !composition.nonLetter;
    m_sameAsCurrent = !currentPassword.isEmpty() && newPassword == currentPassword;
    m_confirmationMismatch = newPassword.isEmpty() || confirmation != newPassword;
}

int PasswordPolicyCheck::characterCount(const QString &text)
{
    return int(text.toUcs4().size());
}

QList<PasswordPolicyCheck::Rule> PasswordPolicyCheck::rules(const PasswordPolicy &policy,
                                                            bool withCurrentPassword)
{
    QList<Rule> list { Rule::MinLength, Rule::MaxLength };
    if (policy.requireMixedCase)
        list.append(Rule::MixedCase);
    if (policy.requireNonLetter)
        list.append(Rule::NonLetter);
    if (withCurrentPassword)
        list.append(Rule::DiffersFromCurrent);
    list.append(Rule::ConfirmationMatches);
    return list;
}

QString PasswordPolicyCheck::ruleText(Rule rule, const PasswordPolicy &policy)
{
    switch (rule) {
    case Rule::MinLength:
        return tr("At least %n characters", nullptr, policy.minLength);
    case Rule::MaxLength:
        return tr("At most %n characters", nullptr, policy.maxLength);
    case Rule::MixedCase:
        return tr("Both capital and small letters");
    case Rule::NonLetter:
        return tr("At least one digit, space or punctuation mark");
    case Rule::DiffersFromCurrent:
        return tr("Different from your current password");
    case Rule::ConfirmationMatches:
        return tr("Both new passwords are the same");
    }
    return {};
}

bool PasswordPolicyCheck::passes(Rule rule) const
{
    switch (rule) {
    case Rule::MinLength:
        return !m_tooShort;
    case Rule::MaxLength:
        return !m_tooLong;
    case Rule::MixedCase:
        return !m_needsMixedCase;
    case Rule::NonLetter:
        return !m_needsNonLetter;
    case Rule::DiffersFromCurrent:
        return !m_sameAsCurrent;
    case Rule::ConfirmationMatches:
        return !m_confirmationMismatch;
    }
    return false;
}

bool PasswordPolicyCheck::isAcceptable() const
{
    return !m_tooShort && !m_tooLong && !m_needsMixedCase && !m_needsNonLetter && !m_sameAsCurrent
        && !m_confirmationMismatch;
}

QStringList PasswordPolicyCheck::failureCodes() const
{
    QStringList codes;
    if (m_tooShort)
        codes.append(QStringLiteral("too_short"));
    if (m_tooLong)
        codes.append(QStringLiteral("too_long"));
    if (m_needsMixedCase)
        codes.append(QStringLiteral("needs_mixed_case"));
    if (m_needsNonLetter)
        codes.append(QStringLiteral("needs_non_letter"));
    if (m_sameAsCurrent)
        codes.append(QStringLiteral("same_as_current"));
    return codes;
}
