// Sign-in to a fully shown home screen, over TLS on loopback, as a client does every day: this
// computer is remembered, so username and password are all it takes.
#include "benchsession.h"

#include <QElapsedTimer>

using namespace BenchKit;

namespace {

// One GET of the organisation's details on a new connection (TLS handshake included): the
// smallest thing the client can ask, and the unit the sign-in is measured in.
double organizationRoundTrip(TestServer &server)
{
    CountingNetwork network;
    PortalApi api(&network);
    api.setBaseUrl(server.url());
    api.setExtraCaCertificates(server.caCertificates());
    bool done = false;
    QElapsedTimer timer;
    timer.start();
    ApiReply *reply = api.get(QStringLiteral("/api/v1/organization"));
    QObject::connect(reply, &ApiReply::finished, reply, [&] { done = reply->isOk(); });
    waitFor([&] { return done; });
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int runSignInBench(int runs)
{
    heading(QStringLiteral("Sign-in to the home screen (loopback, TLS, remembered computer)"));
    BenchServer bench;
    if (!bench.start(365))
        return 1;
    MemoryTrustedDeviceStore devices;
    {
        BenchClient first(bench.server(), &devices); // with the SMS code, then remembered
        if (!first.signInToHome())
            return 1;
        first.signOut();
    }
    QString error;

    QList<double> baseline;
    for (int i = 0; i < runs; ++i)
        baseline.append(organizationRoundTrip(bench.server()));

    QList<double> times;
    QList<double> signedIn; // the sign-in itself: password checked, person and clients read
    QList<double> requests;
    QStringList firstRequests;
    int background = 0;
    for (int i = 0; i < runs; ++i) {
        BenchClient client(bench.server(), &devices); // a fresh start: no connection yet
        QElapsedTimer timer;
        timer.start();
        client.network().reset();
        if (!client.signIn(&error)) {
            std::fprintf(stderr, "bench: sign-in: %s\n", qPrintable(error));
            return 1;
        }
        signedIn.append(timer.nsecsElapsed() / 1e6);
        if (!waitFor([&] { return client.homeShown(); })) {
            std::fprintf(stderr, "bench: the home screen was not shown\n");
            return 1;
        }
        client.home().repaint();
        times.append(timer.nsecsElapsed() / 1e6);
        requests.append(client.network().count());
        if (i == 0) {
            firstRequests = client.network().timeline();
            // What the other parts ask in the background once the home screen is there.
            waitFor([] { return false; }, 2000);
            background = client.network().count() - int(requests.first());
        }
        client.signOut();
    }

    const double base = median(baseline);
    const double signIn = median(times);
    figure(QStringLiteral("baseline: GET /organization, new TLS connection"), ms(base));
    figure(QStringLiteral("password sent to home shown (median of %1)").arg(runs),
           ms(signIn) + QStringLiteral(" = ") + ratio(signIn, base) + QStringLiteral(" baseline"));
    figure(QStringLiteral("of which the sign-in (password check, person, clients)"),
           ms(median(signedIn)));
    figure(QStringLiteral("HTTP requests until the home screen is shown"),
           QString::number(median(requests)) + QStringLiteral(" (first run: started → done)"));
    for (const QString &request : std::as_const(firstRequests))
        std::printf("      %s\n", qPrintable(request));
    figure(QStringLiteral("requests by the other parts in the next 2 s"), QString::number(background));
    target(QStringLiteral("under 300 ms"), signIn < 300);
    target(QStringLiteral("at most 6 requests"), median(requests) <= 6);
    return 0;
}
