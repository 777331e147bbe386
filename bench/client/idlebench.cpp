// Client memory after an idle period with the home screen open: the polls for messages and for
// dossier changes keep running, nothing else happens.
#include "benchsession.h"

#include <QWidget>

using namespace BenchKit;

int runIdleBench(int seconds)
{
    heading(QStringLiteral("Client memory after %1 s idle with the home screen open").arg(seconds));
    // Baseline: this process with an empty Qt Widgets window shown and painted.
    double emptyResident = 0;
    {
        QWidget empty;
        empty.resize(1024, 720);
        empty.show();
        empty.repaint();
        waitFor([] { return false; }, 200);
        emptyResident = residentMiB();
    }
    BenchServer bench;
    if (!bench.start(365))
        return 1;
    MemoryTrustedDeviceStore devices;
    BenchClient client(bench.server(), &devices);
    if (!client.signInToHome())
        return 1;
    const double shown = residentMiB();
    const double heapShown = heapInUseMiB();
    const int requestsBefore = client.network().count();
    waitFor([] { return false; }, seconds * 1000);
    bench.server().takeLog(); // the server's log comes into this process; not the client's
    const double idle = residentMiB();
    const double heapIdle = heapInUseMiB();

    figure(QStringLiteral("baseline: empty Qt window, resident"), mib(emptyResident));
    figure(QStringLiteral("home screen shown, resident / heap"),
           mib(shown) + QStringLiteral(" / ") + mib(heapShown));
    figure(QStringLiteral("after %1 s idle, resident / heap").arg(seconds),
           mib(idle) + QStringLiteral(" / ") + mib(heapIdle));
    figure(QStringLiteral("idle resident against the empty window"), ratio(idle, emptyResident));
    figure(QStringLiteral("requests while idle"),
           QString::number(client.network().count() - requestsBefore));
    target(QStringLiteral("under 100 MB (resident, after idle)"), idle * 1.048576 < 100);
    return 0;
}
