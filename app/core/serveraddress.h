#pragma once

#include <QString>
#include <QUrl>

namespace ServerAddress {

enum class Problem { None, Empty, Invalid, Insecure };

struct Result
{
    QUrl url; // the portal's base URL, e.g. https://portaal.example.nl or https://x.nl/portiek
    Problem problem = Problem::None;
};

// Turns what a person typed ("portaal.zorg.nl", "https://portaal.zorg.nl/") into the portal's
// base URL. Only https is accepted; plain http only to a loopback host, and only when allowed
// (development builds), because a care dossier never travels unencrypted.
Result fromUserInput(const QString &input, bool allowPlainHttpToLoopback = false);

bool isLoopbackHost(const QString &host);

// Whether a request to `url` may be sent at all under the same rules.
bool isAllowedScheme(const QUrl &url, bool allowPlainHttpToLoopback);

} // namespace ServerAddress
