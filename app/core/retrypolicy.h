#pragma once

#include <functional>

// When PortalApi sends a request again by itself after a passing fault (the portal restarting,
// a dropped connection, 503), and how long it waits first. Only requests that are safe to repeat
// are retried at all; PortalApi decides that (GET, a change with If-Match, a POST with its
// Idempotency-Key).
struct RetryPolicy
{
    // Retries after the first try; 0 switches automatic retries off.
    int maxRetries = 3;
    // Exponential back-off: 1 s, 2 s, 4 s, … never more than maxDelayMs, each ± jitter.
    int firstDelayMs = 1000;
    int maxDelayMs = 8000;
    double jitter = 0.2;
    // A Retry-After (503, 429) up to this is waited for; a longer one is not retried
    // automatically but reported, so the person is not left waiting without knowing why.
    int maxRetryAfterSeconds = 30;
    // Maps the planned wait to the one the timer really waits. Tests record the plan and return
    // 0, so nothing sleeps; empty means the planned wait.
    std::function<int(int plannedMs)> wait;
    // A number in [0, 1) for the jitter; empty means QRandomGenerator.
    std::function<double()> random;

    static RetryPolicy never()
    {
        RetryPolicy policy;
        policy.maxRetries = 0;
        return policy;
    }

    // The back-off before retry number `retry` (1 for the first), without Retry-After.
    int backoffMs(int retry) const;
    // The wait the timer really waits for a planned one.
    int realWaitMs(int plannedMs) const;
};
