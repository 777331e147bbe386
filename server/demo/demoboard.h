#pragma once

#include "server/demo/demopeople.h"

#include <QDateTime>
#include <QString>

namespace Portiek::Server {

struct ServerContext;

// The bulletin board of the last two weeks: posts by Mark, Ellen and Anna, three with a photo
// (DemoImages: a sunset, flowers, a cake), and reactions under them. The photos go through
// BoardImage and BoardPhotos as an upload does. A post is known by its author and text and is
// not written again (nor its reactions); one whose author is not there is left out.
// `*posts` and `*reactions` count the new ones; false when the database failed.
bool seedDemoBoard(ServerContext &context, const QString &clientId, const DemoPeople &people,
                   const QDateTime &now, int *posts, int *reactions);

} // namespace Portiek::Server
