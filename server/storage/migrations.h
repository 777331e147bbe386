#pragma once

#include <QStringList>

namespace Portiek::Server {

// One step of the schema. Versions count up from 1 without gaps; a released step is never
// changed, only followed by a new one.
struct Migration
{
    int version;
    const char *description;
    QStringList statements;
};

const QList<Migration> &migrations();

} // namespace Portiek::Server
