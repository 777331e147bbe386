#pragma once

#include "server/demo/demopeople.h"

#include <QDateTime>
#include <QString>

namespace Portiek::Server {

struct ServerContext;

// Three conversations of the last days between Gerard, Mark, Ellen and Anna, a handful of
// messages each, written at their own times. Everyone has read them, except Mark the newest
// message of two of them, so the demo shows unread counts. A conversation is known by its
// subject among its starter's conversations and is not written again; one whose people are not
// all there is left out. `*created` counts the new conversations and `*messages` their
// messages; false when the database failed.
bool seedDemoMessages(ServerContext &context, const QString &clientId, const DemoPeople &people,
                      const QDateTime &now, int *created, int *messages);

} // namespace Portiek::Server
