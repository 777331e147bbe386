#include "tour.h"

#include "core/portalconnection.h"
#include "toursamples.h"
#include "ui/appwindow.h"
#include "ui/theme.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>

#include <cstdio>

namespace {
constexpr int StepTimeoutMs = 30000;
constexpr int PollIntervalMs = 50;
} // namespace

Tour::Tour(AppWindow *window, PortalConnection *connection, LoginFlow *flow, QString directory,
           QString server, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_connection(connection)
    , m_flow(flow)
    , m_directory(std::move(directory))
    , m_server(std::move(server))
{
    m_poll.setInterval(PollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &Tour::poll);
}

void Tour::setDossierTour(Workspace *workspace, const QString &outboxCommand)
{
    m_workspace = workspace;
    m_outboxCommand = outboxCommand;
}

void Tour::start()
{
    if (!QDir().mkpath(m_directory)) {
        finish(1, QStringLiteral("cannot create %1").arg(m_directory));
        return;
    }
    // The smallest window Portiek is made for; with large text, the screen of a small laptop,
    // where people who need large text keep Portiek maximised.
    if (Theme::textScale() > 100)
        m_window->resize(1366, 768);
    else
        m_window->resize(1024, 720);
    buildSteps();
    runStep();
}

void Tour::buildSteps()
{
    auto isCurrent = [this](const char *page) {
        QWidget *current = m_window->currentPage();
        return current && current->objectName() == QLatin1String(page);
    };
    m_steps.append({ QStringLiteral("01-portaaladres"), [this] { m_window->showConnectPage(); },
                     [=] { return isCurrent("connectPage"); } });
    m_steps.append(
        { QStringLiteral("02-portaaladres-onveilig"),
          [this] { typeAddressAndConnect(QStringLiteral("http://portaal.voorbeeld.nl")); },
          [this] { return m_connection->state() == PortalConnection::State::Failed; } });
    if (m_server.isEmpty())
        return;
    m_steps.append({ QStringLiteral("03-inlogscherm"), [this] { typeAddressAndConnect(m_server); },
                     [=] {
                         return m_connection->state() == PortalConnection::State::Connected
                             && isCurrent("signInPage");
                     } });
    addSignInSteps();
}

void Tour::addSignInSteps()
{
    // Each page in a representative state, filled as the sign-in would fill it (TourSamples).
    using Show = bool (*)(AppWindow *);
    const QList<std::pair<QString, Show>> pages {
        { QStringLiteral("04-inloggen-fout"), &TourSamples::showCredentialsWithError },
        { QStringLiteral("05-sms-code"), &TourSamples::showSmsCode },
        { QStringLiteral("06-sms-code-fout"), &TourSamples::showSmsCodeWrong },
        { QStringLiteral("07-nieuw-wachtwoord"), &TourSamples::showChangePassword },
        { QStringLiteral("08-voorwaarden"), &TourSamples::showTerms },
        { QStringLiteral("09-wachtwoord-vergeten"), &TourSamples::showForgotPassword },
        { QStringLiteral("10-wachtwoord-herstellen"), &TourSamples::showResetPassword },
    };
    for (const auto &[name, show] : pages) {
        m_steps.append(
            { name, [this, show = show] { m_ok = show(m_window); }, [this] { return m_ok; } });
    }
    if (m_workspace && !m_outboxCommand.isEmpty()) {
        addDossierSteps(); // the client picker and home for real, then the dossier
        addDailySteps(); // agenda, measurements, messages, board, access
        return;
    }
    m_steps.append({ QStringLiteral("11-client-kiezen"),
                     [this] { m_ok = TourSamples::showClientPicker(m_window, m_flow); },
                     [this] { return m_ok; } });
    m_steps.append({ QStringLiteral("12-startscherm"),
                     [this] { m_ok = TourSamples::showHome(m_window); }, [this] { return m_ok; } });
}

void Tour::typeAddressAndConnect(const QString &address)
{
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("portalAddressEdit"));
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("connectButton"));
    if (!edit || !button) {
        finish(1, QStringLiteral("the address page has no address field or connect button"));
        return;
    }
    edit->setText(address);
    button->click();
}

void Tour::runStep()
{
    if (m_index >= m_steps.size()) {
        finish(0,
               QStringLiteral("tour finished: %1 screenshots in %2")
                   .arg(m_steps.size())
                   .arg(QDir(m_directory).absolutePath()));
        return;
    }
    m_steps[m_index].action();
    m_elapsed.start();
    m_poll.start();
}

void Tour::poll()
{
    const Step &step = m_steps[m_index];
    if (!step.ready()) {
        if (m_elapsed.elapsed() > StepTimeoutMs) {
            m_poll.stop();
            finish(1, QStringLiteral("tour step %1 did not finish in time").arg(step.screenshot));
        }
        return;
    }
    m_poll.stop();
    // Let layouts and style changes settle before taking the picture.
    QTimer::singleShot(PollIntervalMs, this, [this] {
        const QString path
            = QDir(m_directory).filePath(m_steps[m_index].screenshot + QStringLiteral(".png"));
        const Step &shot = m_steps[m_index];
        QWidget *target = shot.target ? shot.target() : m_window;
        if (target && m_inspector)
            m_inspector(shot.screenshot, target);
        if (!target || !target->grab().save(path)) {
            finish(1, QStringLiteral("cannot save %1").arg(path));
            return;
        }
        std::printf("screenshot: %s\n", qPrintable(path));
        std::fflush(stdout);
        ++m_index;
        runStep();
    });
}

void Tour::finish(int status, const QString &message)
{
    std::fprintf(status == 0 ? stdout : stderr, "%s\n", qPrintable(message));
    std::fflush(stdout);
    emit finished(status);
    if (m_exitWhenDone)
        QCoreApplication::exit(status);
}
