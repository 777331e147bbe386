#include "server/accounts/passwordrules.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace Portiek::Server::PasswordRules {

namespace {

constexpr int MinimumPersonalPartLength = 3;

QString fold(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

const QSet<QString> &commonPasswords()
{
    static const QSet<QString> passwords = [] {
        QSet<QString> set;
        QFile file(QStringLiteral(":/portiek-server/common-passwords.txt"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            qFatal("the built-in list of common passwords is missing");
        while (!file.atEnd()) {
            const QString line = fold(QString::fromUtf8(file.readLine()));
            if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                set.insert(line);
        }
        return set;
    }();
    return passwords;
}

// "Welkom01!" → "welkom": people add digits and a sign to a common word to pass a rule.
QString withoutTrailingNonLetters(const QString &folded)
{
    qsizetype end = folded.size();
    while (end > 0 && !folded.at(end - 1).isLetter())
        --end;
    return folded.left(end);
}

QStringList personalParts(const PersonalData &person)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList parts;
    const QString username = fold(person.username);
    if (username.size() >= MinimumPersonalPartLength)
        parts.append(username);
    for (const QString &text : { person.username, person.givenName, person.familyName }) {
        const QStringList pieces = fold(text).split(separators, Qt::SkipEmptyParts);
        for (const QString &piece : pieces) {
            if (piece.size() >= MinimumPersonalPartLength && !parts.contains(piece))
                parts.append(piece);
        }
    }
    return parts;
}

bool containsPersonalData(const QString &candidate, const PersonalData &person)
{
    const QString folded = candidate.toCaseFolded();
    const QStringList parts = personalParts(person);
    for (const QString &part : parts) {
        if (folded.contains(part))
            return true;
    }
    return false;
}

} // namespace

bool isCommon(const QString &candidate)
{
    const QString folded = fold(candidate);
    const QSet<QString> &list = commonPasswords();
    if (list.contains(folded))
        return true;
    const QString base = withoutTrailingNonLetters(folded);
    return !base.isEmpty() && list.contains(base);
}

QStringList check(const QString &candidate, const PasswordPolicy &policy,
                  const PersonalData &person, const QString &currentPassword)
{
    QStringList codes;
    // Characters as people count them, not UTF-16 units: "ë" and an emoji are one each.
    const qsizetype length = candidate.toUcs4().size();
    if (length < policy.minLength)
        codes.append(QStringLiteral("too_short"));
    if (length > policy.maxLength)
        codes.append(QStringLiteral("too_long"));
    if (isCommon(candidate))
        codes.append(QStringLiteral("too_common"));
    if (containsPersonalData(candidate, person))
        codes.append(QStringLiteral("contains_personal_data"));
    if (!currentPassword.isEmpty() && candidate == currentPassword)
        codes.append(QStringLiteral("same_as_current"));
    // By code point, like the client's checklist; a space counts as a non-letter there too.
    bool lower = false;
    bool upper = false;
    bool nonLetter = false;
    for (const char32_t c : candidate.toUcs4()) {
        lower = lower || QChar::isLower(c);
        upper = upper || QChar::isUpper(c);
        nonLetter = nonLetter || !QChar::isLetter(c);
    }
    if (policy.requireMixedCase && !(lower && upper))
        codes.append(QStringLiteral("needs_mixed_case"));
    if (policy.requireNonLetter && !nonLetter)
        codes.append(QStringLiteral("needs_non_letter"));
    return codes;
}

} // namespace Portiek::Server::PasswordRules
