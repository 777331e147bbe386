#pragma once

#include "server/demo/demopeople.h"

#include <QDateTime>
#include <QString>

namespace Portiek::Server {

struct ServerContext;

// The client's own appointments of this week and next beside the care team's (the hairdresser,
// coffee with a friend, the optician, a birthday), made by Gerard or Mark in the portal. Their
// days are counted from this week's Monday, so a run later in the week finds the same ones
// (same title and start) and adds nothing; a run in a new week adds that week's next one.
// `*created` counts the new ones; false when the database failed.
bool seedDemoAgenda(ServerContext &context, const QString &clientId, const DemoPeople &people,
                    const QDateTime &now, int *created);

} // namespace Portiek::Server
