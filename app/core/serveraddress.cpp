#include "core/serveraddress.h"

#include <QHostAddress>

namespace ServerAddress {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isAllowedScheme(const QUrl &url, bool allowPlainHttpToLoopback)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    return scheme == QLatin1String("http") && allowPlainHttpToLoopback
        && isLoopbackHost(url.host());
}

Result fromUserInput(const QString &input, bool allowPlainHttpToLoopback)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return { {}, Problem::Empty };
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));

    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery()
        || url.hasFragment())
        return { {}, Problem::Invalid };
    // A host name needs at least one dot or must be an IP literal or localhost; "portaal" alone
    // is almost always a typo.
    const QString host = url.host();
    if (!host.contains(QLatin1Char('.')) && !host.contains(QLatin1Char(':'))
        && !isLoopbackHost(host))
        return { {}, Problem::Invalid };

    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return { {}, Problem::Invalid };
    if (!isAllowedScheme(url, allowPlainHttpToLoopback))
        return { {}, Problem::Insecure };

    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    url.setScheme(scheme);
    url.setHost(host.toLower());
    return { url, Problem::None };
}

} // namespace ServerAddress
