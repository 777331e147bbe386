#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QStringList>

#include <functional>

// What the client benchmarks share: memory readings, a network manager that counts requests,
// medians, and one way of printing figures. Every figure is printed next to its baseline from
// the same run and the target; nothing here fails on a slow machine.
namespace BenchKit {

// Resident set size of this process in MiB (Linux: /proc/self/status), -1 elsewhere.
double residentMiB();
// Heap bytes in use (glibc mallinfo2) in MiB: what the program holds, without the pages the
// allocator keeps for later. -1 where unknown.
double heapInUseMiB();

double median(QList<double> values);

// Runs the event loop until `done` or `timeoutMs`; false on timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 30000);

void heading(const QString &title);
// "  label ...... value" lines.
void figure(const QString &label, const QString &value);
// A figure against a target: "met" / "not met", never a failure.
void target(const QString &what, bool met);
QString ms(double milliseconds);
QString mib(double mebibytes);
QString ratio(double value, double baseline);

// Counts the requests made through it, with their paths, from the last reset().
class CountingNetwork : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    int count() const { return int(m_requests.size()); }
    QStringList requests() const { return m_requests; }
    // Each request with when it started and finished, in ms from the last reset().
    QStringList timeline() const;
    void reset();

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    struct Timing
    {
        double started = 0;
        double finished = -1;
    };
    QStringList m_requests;
    QList<Timing> m_timings;
    QElapsedTimer m_clock;
};

} // namespace BenchKit
