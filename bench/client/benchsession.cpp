#include "benchsession.h"

#include "core/homesummary.h"

#include <cstdio>

namespace {
const QString Username = QStringLiteral("gvandijk");
const QString FirstPassword = QStringLiteral("Welkom-Linde-2026");
// The demo asks Gerard to choose his own password at the first sign-in.
const QString OwnPassword = QStringLiteral("koffie op het terras bij de Linde");
const QString Mobile = QStringLiteral("+31612340482");
constexpr int SeedTimeoutMs = 10 * 60 * 1000;
} // namespace

bool BenchServer::start(int reportDays)
{
    if (!m_server.start() || !m_server.addDemoAccounts()
        || !m_server.runCommand({ QStringLiteral("seed"), QStringLiteral("--demo"),
                                  QStringLiteral("--report-days"), QString::number(reportDays) },
                                nullptr, SeedTimeoutMs)) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(m_server.errorString()));
        return false;
    }
    return true;
}

BenchClient::BenchClient(TestServer &server, TrustedDeviceStore *devices)
    : m_server(server)
    , m_api(&m_network)
    , m_flow(&m_api, devices)
    , m_home(std::make_unique<HomePage>())
{
    m_api.setBaseUrl(server.url());
    m_api.setExtraCaCertificates(server.caCertificates());
    m_flow.setDeviceName(QStringLiteral("Benchmark"));
    m_workspace = std::make_unique<Workspace>(
        &m_api, &m_flow, [home = m_home.get()] { return home; }, m_drafts.path());
    m_home->resize(1024, 720);
    m_home->show();
}

BenchClient::~BenchClient()
{
    m_workspace.reset();
    m_home.reset();
}

bool BenchClient::signIn(QString *error)
{
    const auto rest = [this] { return BenchKit::waitFor([this] { return !m_flow.isBusy(); }); };
    static QString password = FirstPassword;
    m_flow.signIn(Username, password);
    // The first time only: the code, Gerard's own password, the terms.
    for (int step = 0; step < 5 && rest() && m_flow.errorMessage().isEmpty(); ++step) {
        switch (m_flow.step()) {
        case LoginFlow::Step::SmsCode:
            m_flow.setRememberDevice(true);
            m_flow.submitSmsCode(m_server.latestSmsCode(Mobile));
            continue;
        case LoginFlow::Step::ChangePassword:
            m_flow.changePassword(password, OwnPassword);
            password = OwnPassword;
            continue;
        case LoginFlow::Step::Terms:
            if (rest() && m_flow.termsLoaded())
                m_flow.acceptTerms();
            continue;
        default:
            break;
        }
        break;
    }
    if (m_flow.step() != LoginFlow::Step::SignedIn) {
        *error = QStringLiteral("not signed in: step %1, %2")
                     .arg(int(m_flow.step()))
                     .arg(m_flow.errorMessage());
        return false;
    }
    return true;
}

bool BenchClient::homeShown() const
{
    const HomeSummary *summary = m_workspace->summary();
    if (!summary || summary->isLoading())
        return false;
    for (const HomeSummary::Part part :
         { HomeSummary::Part::SyncStatus, HomeSummary::Part::Reports,
           HomeSummary::Part::Appointments, HomeSummary::Part::Plans }) {
        if (summary->state(part) != HomeSummary::State::Ready)
            return false;
    }
    return true;
}

bool BenchClient::signInToHome()
{
    QString error;
    if (!signIn(&error)) {
        std::fprintf(stderr, "bench: sign-in: %s\n", qPrintable(error));
        return false;
    }
    if (!BenchKit::waitFor([this] { return homeShown(); })) {
        std::fprintf(stderr, "bench: the home screen was not shown\n");
        return false;
    }
    m_home->repaint();
    return true;
}

void BenchClient::signOut()
{
    m_flow.signOut();
    BenchKit::waitFor([this] { return !m_flow.isBusy(); });
}
