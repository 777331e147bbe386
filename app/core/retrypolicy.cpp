#include "core/retrypolicy.h"

#include <QRandomGenerator>
#include <QtGlobal>

#include <cmath>

int RetryPolicy::backoffMs(int retry) const
{
    // Capped before the jitter, so many clients that lost the portal at once spread out instead
    // of coming back in step.
    double base = firstDelayMs;
    for (int i = 1; i < retry && base < maxDelayMs; ++i)
        base *= 2;
    base = qMin(base, double(maxDelayMs));
    const double r = random ? random() : QRandomGenerator::global()->generateDouble();
    const double spread = qBound(0.0, jitter, 1.0) * (2 * qBound(0.0, r, 1.0) - 1);
    return qMax(0, int(std::lround(base * (1 + spread))));
}

int RetryPolicy::realWaitMs(int plannedMs) const
{
    return wait ? qMax(0, wait(plannedMs)) : plannedMs;
}
