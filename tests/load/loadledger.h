#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

// What all sessions did, for the figures and the checks at the end: every request's latency,
// every failure with its status and body, every create the server acknowledged.
struct LoadLedger
{
    struct Created
    {
        QString id;
        QString text;
        QByteArray body; // as sent, for a retry with the same Idempotency-Key
        QByteArray token; // the session that sent it: keys belong to the person who sent them
    };

    qint64 requests = 0;
    qint64 failures = 0;
    qint64 replays = 0; // retries with the same Idempotency-Key answered as replays
    std::vector<qint64> latenciesUs;
    QStringList failureLines; // the first ones, for the log
    QHash<QByteArray, Created> reports; // Idempotency-Key → the acknowledged report
    QHash<QString, QHash<QByteArray, Created>> messages; // conversation id → key → message

    // Counts a request; false (and the failure noted) when its status is not one of `expected`.
    bool record(const char *what, int status, qint64 latencyUs, const QByteArray &body,
                const QString &error, std::initializer_list<int> expected)
    {
        ++requests;
        latenciesUs.push_back(latencyUs);
        if (std::find(expected.begin(), expected.end(), status) != expected.end())
            return true;
        ++failures;
        if (failureLines.size() < 20) {
            failureLines.append(QStringLiteral("%1: status %2 %3 %4")
                                    .arg(QLatin1String(what))
                                    .arg(status)
                                    .arg(error, QString::fromUtf8(body.left(300))));
        }
        return false;
    }

    // p in [0, 100] of the latencies so far, in milliseconds.
    double percentileMs(double p)
    {
        if (latenciesUs.empty())
            return 0;
        std::vector<qint64> sorted = latenciesUs;
        const auto at = sorted.begin() + qsizetype(p / 100.0 * double(sorted.size() - 1));
        std::nth_element(sorted.begin(), at, sorted.end());
        return double(*at) / 1000.0;
    }
};
