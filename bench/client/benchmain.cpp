// bench_client: the client's benchmarks against the real portiek-server on loopback (scripts/bench
// runs them). Each prints its figures next to a baseline measured in the same run.
//   bench_client signin [runs]          sign-in to the home screen, and its HTTP requests
//   bench_client reports [days]         the reports list over ~2.8 reports a day of history
//   bench_client plan                   a 50-page plan against a 1-page one
//   bench_client idle [seconds]         memory with the home screen open after an idle time
#include "benchsession.h"
#include "ui/theme.h"

#include <QApplication>
#include <QSslSocket>

#include <cstdio>

int runSignInBench(int runs);
int runReportsBench(int days);
int runPlanBench();
int runIdleBench(int seconds);

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PortiekBench"));
    QApplication::setApplicationName(QStringLiteral("bench_client"));
    if (!QSslSocket::supportsSsl()) {
        std::fprintf(stderr, "bench_client: no TLS support\n");
        return 1;
    }
    Theme::apply(app);
    const QStringList arguments = QApplication::arguments().mid(1);
    const QString what = arguments.value(0);
    const int number = arguments.value(1).toInt();
    if (what == QLatin1String("signin"))
        return runSignInBench(number > 0 ? number : 7);
    if (what == QLatin1String("reports"))
        return runReportsBench(number > 0 ? number : 36000);
    if (what == QLatin1String("plan"))
        return runPlanBench();
    if (what == QLatin1String("idle"))
        return runIdleBench(number > 0 ? number : 120);
    std::fprintf(stderr, "usage: bench_client signin|reports|plan|idle [number]\n");
    return 2;
}
