#pragma once

#include <QByteArray>

namespace Portiek::Server::DemoImages {

// Made-up pictures for the demo, drawn with shapes and gradients only: the server has no GUI
// platform and so no fonts, and the demo must show no real person. Each is a PNG that the
// same call draws to the same bytes, so a second seed run changes no ETag.

// A friendly silhouette on a soft background, one of four colours by `seed`.
QByteArray portrait(quint32 seed);

// Board photos, 1024 × 768.
QByteArray sunset(); // the sun setting over the river
QByteArray flowers(); // a bunch of flowers in a vase on a windowsill
QByteArray cake(); // a birthday cake with candles

} // namespace Portiek::Server::DemoImages
