// Application: kiosk mode (docs/kiosk.md). Kept apart so application.cpp stays the plain wiring.
#include "application.h"
#include "core/kioskpolicy.h"
#include "core/kioskwipe.h"
#include "core/logging.h"
#include "core/loginflow.h"
#include "core/sessionguard.h"
#include "ui/appwindow.h"
#include "ui/login/credentialspage.h"
#include "ui/login/loginwizard.h"
#include "ui/plans/planstab.h"
#include "ui/widgets/idlecountdown.h"
#include "workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <utility>

void Application::startKiosk()
{
    KioskPolicy policy;
    QStringList warnings;
    const bool kiosk = KioskPolicy::load(m_options.kiosk, m_options.kioskPolicyFile,
                                         KioskPolicy::systemPath(), &policy, &warnings);
    for (const QString &warning : std::as_const(warnings))
        qCWarning(lcSettings) << "kiosk policy:" << warning;
    if (!kiosk)
        return;
    m_kioskPolicy = std::make_unique<KioskPolicy>(policy);
    qCInfo(lcSettings) << "kiosk mode: idle" << policy.idleSeconds << "s, countdown"
                       << policy.countdownSeconds << "s, session" << policy.sessionLimitMinutes
                       << "min, save" << policy.allowSave << "print" << policy.allowPrint;

    // A crash or a power cut may have left a previous person's things behind.
    const QStringList stuck = KioskWipe::wipeLeftovers();
    for (const QString &path : stuck)
        qCWarning(lcSettings) << "kiosk mode: could not remove" << path;

    // Settings, also Qt's own (the file dialog's history in QtProject.conf), go to a folder that
    // is removed at exit and wiped at every sign-out.
    m_kioskData = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                                  + QStringLiteral("/portiek-kiosk-XXXXXX"));
    if (m_kioskData->isValid()) {
        for (const auto format : { QSettings::NativeFormat, QSettings::IniFormat })
            QSettings::setPath(format, QSettings::UserScope, m_kioskData->path());
    }
    // The platform's own file dialogs keep "recent files" lists that Qt cannot reach.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
}

void Application::wireKiosk()
{
    m_sessionGuard->setLocalLimits(m_kioskPolicy->idleSeconds,
                                   m_kioskPolicy->sessionLimitMinutes * 60);
    m_sessionGuard->setWarningSeconds(m_kioskPolicy->countdownSeconds);

    m_countdown = new IdleCountdown(m_window.get());
    connect(m_sessionGuard, &SessionGuard::warning, m_countdown, [this] {
        // Dialogs would hide the countdown; what they hold is kept as a draft.
        closeDialogs();
        m_countdown->showCountdown(m_sessionGuard->secondsLeft());
    });
    connect(m_sessionGuard, &SessionGuard::warningCleared, m_countdown, &QWidget::hide);
    connect(m_sessionGuard, &SessionGuard::keepAliveFailed, m_countdown, [this] {
        m_countdown->setSecondsLeft(m_sessionGuard->secondsLeft());
        m_countdown->showProblem(
            tr("The portal cannot be reached right now. Press the button again."));
    });
    connect(m_countdown, &IdleCountdown::stillHereClicked, m_sessionGuard,
            &SessionGuard::stillHere);
    connect(m_loginFlow, &LoginFlow::signedOut, this, &Application::wipeAfterSignOut);
    // After the Workspace (connected earlier) has built the tabs for this client.
    connect(m_loginFlow, &LoginFlow::signedIn, this, [this] {
        if (PlansTab *plans = m_workspace->plansTab())
            plans->setSaveAndPrintAllowed(m_kioskPolicy->allowSave, m_kioskPolicy->allowPrint);
    });
}

void Application::closeDialogs()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (auto *dialog = qobject_cast<QDialog *>(window); dialog && dialog->isVisible())
            dialog->reject();
    }
}

void Application::wipeAfterSignOut()
{
    // The Workspace (connected earlier) has cleared the tabs, models, drafts and photos.
    m_countdown->hide();
    closeDialogs();
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->clear(QClipboard::Selection);
    m_window->loginWizard()->credentialsPage()->setUsername(QString());
    if (m_kioskData && m_kioskData->isValid())
        QFile::remove(m_kioskData->filePath(QStringLiteral("QtProject.conf")));
}
