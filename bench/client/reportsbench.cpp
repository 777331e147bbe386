// The reports list with a century of history (about 100,000 reports): the first page, scrolling
// to the end page by page as a person holding the End key would, and the memory on the way.
#include "benchsession.h"
#include "core/reportlistmodel.h"
#include "ui/reports/reportstab.h"

#include <QElapsedTimer>
#include <QListView>
#include <QPixmapCache>
#include <QTabWidget>

using namespace BenchKit;

namespace {

struct Reading
{
    int scrolledPast = 0;
    int rowsHeld = 0;
    double heap = 0;
    double resident = 0;
};

double warmRoundTrip(PortalApi &api)
{
    QList<double> times;
    for (int i = 0; i < 9; ++i) {
        bool done = false;
        QElapsedTimer timer;
        timer.start();
        ApiReply *reply = api.get(QStringLiteral("/api/v1/organization"));
        QObject::connect(reply, &ApiReply::finished, reply, [&] { done = true; });
        waitFor([&] { return done; });
        times.append(timer.nsecsElapsed() / 1e6);
    }
    return median(times);
}

} // namespace

int runReportsBench(int days)
{
    heading(QStringLiteral("The reports list with %1 days of reports").arg(days));
    BenchServer bench;
    QElapsedTimer seeding;
    seeding.start();
    if (!bench.start(days))
        return 1;
    figure(QStringLiteral("server set up and seeded"), ms(seeding.elapsed()));

    MemoryTrustedDeviceStore devices;
    BenchClient client(bench.server(), &devices);
    if (!client.signInToHome())
        return 1;
    ReportsTab *tab = client.workspace().reportsTab();
    auto *list = tab->findChild<QListView *>(QStringLiteral("reportList"));
    ReportListModel *model = tab->model();
    client.home().tabs()->setCurrentWidget(tab);
    waitFor([&] { return model->hasLoaded() && !model->isLoading(); });

    const double base = warmRoundTrip(client.api());
    QElapsedTimer timer;
    timer.start();
    model->reload();
    waitFor([&] { return model->hasLoaded() && !model->isLoading(); });
    const double firstPage = timer.nsecsElapsed() / 1e6;
    list->setFocus();

    int scrolledPast = 0;
    QObject::connect(model, &QAbstractItemModel::rowsInserted, model,
                     [&](const QModelIndex &, int first, int last) {
                         scrolledPast += last - first + 1;
                     });
    scrolledPast = model->rowCount();
    QList<Reading> readings;
    // Qt's pixmap cache (styles keep drawn controls there) fills up to its own limit as the
    // list repaints; emptied before each reading, so what remains is what the client holds.
    const auto read = [&] {
        QPixmapCache::clear();
        readings.append({ scrolledPast, model->rowCount(), heapInUseMiB(), residentMiB() });
    };
    bench.server().takeLog();
    read();
    int nextReading = 10000;
    int pages = 0;
    int unasked = 0; // times the view did not ask for more at the bottom (should stay 0)
    timer.restart();
    while (!model->isComplete()) {
        list->scrollToBottom();
        QCoreApplication::processEvents();
        if (!model->isLoading() && !model->isComplete()) {
            ++unasked;
            model->fetchMore({});
        }
        if (!waitFor([&] { return !model->isLoading(); }) || model->error().isError()) {
            std::fprintf(stderr, "bench: page %d failed: %s\n", pages + 1,
                         qPrintable(model->error().userMessage()));
            return 1;
        }
        ++pages;
        // The server's log comes into this process (TestServer), and the counting network
        // keeps every request: neither is part of the client.
        bench.server().takeLog();
        client.network().reset();
        if (scrolledPast >= nextReading) {
            read();
            nextReading += 10000;
        }
    }
    const double scrolling = timer.nsecsElapsed() / 1e6;
    read();

    figure(QStringLiteral("baseline: one small GET on the open connection"), ms(base));
    figure(QStringLiteral("first page of reports"),
           ms(firstPage) + QStringLiteral(" = ") + ratio(firstPage, base) + QStringLiteral(" baseline"));
    figure(QStringLiteral("reports scrolled past, in pages"),
           QStringLiteral("%1 in %2 pages").arg(scrolledPast).arg(pages));
    figure(QStringLiteral("scrolling to the end"),
           ms(scrolling) + QStringLiteral(", ") + ms(scrolling / qMax(1, pages))
               + QStringLiteral(" a page = ") + ratio(scrolling / qMax(1, pages), base)
               + QStringLiteral(" baseline"));
    if (unasked > 0)
        figure(QStringLiteral("pages the view did not ask for itself"), QString::number(unasked));
    figure(QStringLiteral("Qt's pixmap cache, emptied before each reading"),
           QStringLiteral("at most %1 KiB by Qt").arg(QPixmapCache::cacheLimit()));
    std::printf("      %10s %10s %12s %12s\n", "scrolled", "rows held", "heap in use", "resident");
    for (const Reading &reading : std::as_const(readings)) {
        std::printf("      %10d %10d %12s %12s\n", reading.scrolledPast, reading.rowsHeld,
                    qPrintable(mib(reading.heap)), qPrintable(mib(reading.resident)));
    }
    const Reading &first = readings.first();
    const Reading &last = readings.last();
    // After the first 10,000 reports the list holds a fixed number of pages, so the heap should
    // stay level however far the person scrolls: only the pages' cursors (~110 bytes a page)
    // may add up.
    const Reading &settled = readings.size() > 2 ? readings.at(1) : first;
    figure(QStringLiteral("heap at the end against after the first page"),
           ratio(last.heap, first.heap));
    const int pastWindow = last.scrolledPast - settled.scrolledPast;
    const double bytesPerReport
        = pastWindow > 0 ? (last.heap - settled.heap) * 1024 * 1024 / pastWindow : 0;
    figure(QStringLiteral("heap growth after the first 10,000 reports"),
           mib(last.heap - settled.heap)
               + QStringLiteral(" = %1 bytes a report").arg(bytesPerReport, 0, 'f', 1));
    // A report held costs about a kilobyte; what may remain per report scrolled past is the
    // bookkeeping of its page (the cursor to fetch it again), a few bytes.
    if (readings.size() > 2) {
        target(QStringLiteral("memory does not grow with reports scrolled past (< 64 B a report)"),
               bytesPerReport < 64 && last.rowsHeld <= settled.rowsHeld);
    } else {
        figure(QStringLiteral("target: memory does not grow with reports scrolled past"),
               QStringLiteral("too few reports to tell (fewer than 20,000)"));
    }
    return 0;
}
