#pragma once

#include <QDateTime>

#include <functional>

// The current time, passed in so tests can move it instead of sleeping (code expiry, retry
// waits, idle limits). The default is the system clock.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}
