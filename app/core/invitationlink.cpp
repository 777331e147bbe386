#include "core/invitationlink.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {
const QString Scheme = QStringLiteral("portiek");
} // namespace

bool InvitationLink::isLink(const QString &text)
{
    return text.trimmed().startsWith(Scheme + QLatin1Char(':'), Qt::CaseInsensitive);
}

bool InvitationLink::parse(const QString &text, InvitationLink *link, QString *error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(Scheme, Qt::CaseInsensitive) != 0
        || url.host().compare(QLatin1String("open"), Qt::CaseInsensitive) != 0) {
        *error = QStringLiteral("not a portiek://open link");
        return false;
    }
    const QUrlQuery query(url);
    const QUrl server(query.queryItemValue(QStringLiteral("server"), QUrl::FullyDecoded),
                      QUrl::StrictMode);
    if (!server.isValid() || server.scheme() != QLatin1String("https") || server.host().isEmpty()
        || !server.userInfo().isEmpty()) {
        *error = QStringLiteral("the link's server is not an https address");
        return false;
    }
    // As the portal server accepts usernames (server/accounts/accountinput.cpp).
    static const QRegularExpression username(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$"));
    const QString user = query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);
    if (!user.isEmpty() && !username.match(user).hasMatch()) {
        *error = QStringLiteral("the link's username is not a valid username");
        return false;
    }
    link->server = server.toString();
    link->username = user;
    return true;
}
