#include "server/accounts/accountinput.h"

#include <QRegularExpression>

namespace Portiek::Server::AccountInput {

std::optional<QString> username(const QString &text, QString *problem)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$"));
    const QString value = text.trimmed();
    if (!pattern.match(value).hasMatch()) {
        *problem = QStringLiteral("must be 3 to 64 letters, digits, dots, hyphens or underscores, "
                                  "starting with a letter or digit");
        return std::nullopt;
    }
    return value;
}

std::optional<QString> namePart(const QString &text, int maxLength, QString *problem)
{
    const QString value = text.simplified();
    const qsizetype length = value.toUcs4().size();
    if (length < 1 || length > maxLength) {
        *problem = QStringLiteral("must be 1 to %1 characters").arg(maxLength);
        return std::nullopt;
    }
    for (const char32_t c : value.toUcs4()) {
        if (QChar::category(c) == QChar::Other_Control
            || QChar::category(c) == QChar::Other_Format) {
            *problem = QStringLiteral("must not contain control characters");
            return std::nullopt;
        }
    }
    return value;
}

std::optional<QString> email(const QString &text, QString *problem)
{
    const QString value = text.trimmed();
    const qsizetype at = value.indexOf(QLatin1Char('@'));
    static const QRegularExpression whitespace(QStringLiteral("\\s"));
    if (at <= 0 || at != value.lastIndexOf(QLatin1Char('@')) || at == value.size() - 1
        || value.contains(whitespace) || !value.mid(at + 1).contains(QLatin1Char('.'))
        || value.size() > 254) {
        *problem = QStringLiteral("must be an e-mail address");
        return std::nullopt;
    }
    return value;
}

std::optional<QString> mobile(const QString &text, QString *problem)
{
    QString value = text.trimmed();
    value.remove(QLatin1Char(' '));
    value.remove(QLatin1Char('-'));
    if (value.startsWith(QLatin1String("06")))
        value = QStringLiteral("+31") + value.mid(1);
    else if (value.startsWith(QLatin1String("00")))
        value = QLatin1Char('+') + value.mid(2);
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{7,14}$"));
    if (!e164.match(value).hasMatch()) {
        *problem = QStringLiteral("must be a mobile number such as +31612345678");
        return std::nullopt;
    }
    return value;
}

std::optional<QString> clientId(const QString &text, QString *problem)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    const QString value = text.trimmed();
    if (!pattern.match(value).hasMatch()) {
        *problem = QStringLiteral("must be 1 to 64 letters, digits, hyphens or underscores");
        return std::nullopt;
    }
    return value;
}

} // namespace Portiek::Server::AccountInput
