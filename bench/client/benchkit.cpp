#include "benchkit.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace BenchKit {

double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

double heapInUseMiB()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
#else
    return -1;
#endif
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    // Woken by every event, as the application's own event loop is. QTest::qWaitFor sleeps
    // 10 ms between looks, which added up to 10 ms to each step timed (a request on an open
    // connection took 10 ms here and 0.4 ms in the portal).
    const QDeadlineTimer deadline(timeoutMs, Qt::PreciseTimer);
    QTimer wake; // ends the last wait at the deadline
    wake.setSingleShot(true);
    wake.setTimerType(Qt::PreciseTimer);
    QEventLoop loop;
    while (!done()) {
        const qint64 remaining = deadline.remainingTime();
        if (remaining == 0)
            return false;
        if (!wake.isActive())
            wake.start(int(remaining));
        loop.processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

void heading(const QString &title)
{
    std::printf("\n== %s\n", qPrintable(title));
    std::fflush(stdout);
}

void figure(const QString &label, const QString &value)
{
    QString padded = label + QLatin1Char(' ');
    while (padded.size() < 58)
        padded += QLatin1Char('.');
    std::printf("  %s %s\n", qPrintable(padded), qPrintable(value));
    std::fflush(stdout);
}

void target(const QString &what, bool met)
{
    figure(QStringLiteral("target: ") + what,
           met ? QStringLiteral("met") : QStringLiteral("NOT MET"));
}

QString ms(double milliseconds)
{
    return QString::number(milliseconds, 'f', milliseconds < 10 ? 2 : 1) + QStringLiteral(" ms");
}

QString mib(double mebibytes)
{
    return mebibytes < 0 ? QStringLiteral("unknown")
                         : QString::number(mebibytes, 'f', 1) + QStringLiteral(" MiB");
}

QString ratio(double value, double baseline)
{
    return baseline > 0 ? QString::number(value / baseline, 'f', 2) + QStringLiteral("×")
                        : QStringLiteral("n/a");
}

QNetworkReply *CountingNetwork::createRequest(Operation operation, const QNetworkRequest &request,
                                              QIODevice *outgoingData)
{
    static const char *const verbs[] = { "?", "HEAD", "GET", "PUT", "POST", "DELETE", "CUSTOM" };
    const int verb = int(operation);
    m_requests.append(
        QString::fromLatin1(verbs[verb >= 0 && verb < 7 ? verb : 0]) + QLatin1Char(' ')
        + request.url().path()
        + (request.url().hasQuery() ? QLatin1Char('?') + request.url().query() : QString()));
    if (!m_clock.isValid())
        m_clock.start();
    const qsizetype index = m_timings.size();
    m_timings.append({ m_clock.nsecsElapsed() / 1e6, -1 });
    QNetworkReply *reply = QNetworkAccessManager::createRequest(operation, request, outgoingData);
    connect(reply, &QNetworkReply::finished, this, [this, index] {
        if (index < m_timings.size())
            m_timings[index].finished = m_clock.nsecsElapsed() / 1e6;
    });
    return reply;
}

void CountingNetwork::reset()
{
    m_requests.clear();
    m_timings.clear();
    m_clock.start();
}

QStringList CountingNetwork::timeline() const
{
    QStringList lines;
    for (qsizetype i = 0; i < m_requests.size(); ++i) {
        const Timing &timing = m_timings.at(i);
        lines.append(QStringLiteral("%1 → %2 ms  %3")
                         .arg(timing.started, 6, 'f', 1)
                         .arg(timing.finished, 6, 'f', 1)
                         .arg(m_requests.at(i)));
    }
    return lines;
}

} // namespace BenchKit
