#include "server/core/secrets.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace Portiek::Server::Secrets {

bool initialize()
{
    return sodium_init() >= 0;
}

QString randomToken(const char *prefix, int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    randombytes_buf(random.data(), size_t(random.size()));
    return QLatin1String(prefix)
        + QString::fromLatin1(
               random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString randomDigits(int digits)
{
    QString code;
    code.reserve(digits);
    for (int i = 0; i < digits; ++i)
        code.append(QChar(u'0' + char16_t(randombytes_uniform(10))));
    return code;
}

QString randomReadableCode(int length)
{
    static constexpr char Alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static constexpr uint32_t AlphabetSize = sizeof(Alphabet) - 1;
    QString code;
    code.reserve(length);
    for (int i = 0; i < length; ++i)
        code.append(QLatin1Char(Alphabet[randombytes_uniform(AlphabetSize)]));
    return code;
}

QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace Portiek::Server::Secrets
