// The tour's third part: daily life and the client's network, on the seeded demo portal.
#include "core/accesslogmodel.h"
#include "core/appointmentlistmodel.h"
#include "core/boardpostlistmodel.h"
#include "core/contactaccesslistmodel.h"
#include "core/contactlistmodel.h"
#include "core/conversationlistmodel.h"
#include "core/measurementlistmodel.h"
#include "core/measurementtypelistmodel.h"
#include "core/messagelistmodel.h"
#include "core/trusteddevicelist.h"
#include "tour.h"
#include "ui/access/accesslogview.h"
#include "ui/access/accesstab.h"
#include "ui/access/invitecontactdialog.h"
#include "ui/access/rightsdialog.h"
#include "ui/agenda/agendatab.h"
#include "ui/agenda/appointmentdialog.h"
#include "ui/appwindow.h"
#include "ui/board/boardtab.h"
#include "ui/board/newpostdialog.h"
#include "ui/board/photoviewdialog.h"
#include "ui/help/helpdialog.h"
#include "ui/home/homepage.h"
#include "ui/measurements/measurementstab.h"
#include "ui/measurements/newmeasurementdialog.h"
#include "ui/messages/contactchooserdialog.h"
#include "ui/messages/messagestab.h"
#include "ui/profile/photodialog.h"
#include "ui/profile/profiletab.h"
#include "ui/profile/trusteddevicessection.h"
#include "ui/settings/settingsdialog.h"
#include "ui/widgets/idlecountdown.h"
#include "workspace.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>

void Tour::addDailySteps()
{
    const auto step = [this](const char *name, std::function<void()> action,
                             std::function<bool()> ready, std::function<QWidget *()> target = {}) {
        m_steps.append(
            { QLatin1String(name), std::move(action), std::move(ready), std::move(target) });
    };
    HomePage *home = m_window->homePage();

    step(
        "21-agenda",
        [this, home] {
            if (auto *dialog = m_workspace->profileTab()->findChild<PhotoDialog *>())
                dialog->close();
            home->showTab(QStringLiteral("agendaTab"));
        },
        [this] {
            AgendaTab *agenda = m_workspace->agendaTab();
            return agenda && agenda->model()->hasLoaded() && !agenda->model()->isLoading();
        });
    step(
        "22-agenda-week", [this] { m_workspace->agendaTab()->setView(AgendaTab::View::Week); },
        [this] {
            AgendaTab *agenda = m_workspace->agendaTab();
            return agenda->model()->hasLoaded() && !agenda->model()->isLoading();
        });
    step(
        "23-afspraak-maken",
        [this] {
            m_workspace->agendaTab()->openNewAppointment();
            if (AppointmentDialog *dialog = m_workspace->agendaTab()->dialog()) {
                if (auto *title
                    = dialog->findChild<QLineEdit *>(QStringLiteral("appointmentTitleField")))
                    title->setText(QStringLiteral("Wandelen met Anna"));
                if (auto *place
                    = dialog->findChild<QLineEdit *>(QStringLiteral("appointmentLocationField")))
                    place->setText(QStringLiteral("Rondje door het park"));
            }
        },
        [this] {
            AppointmentDialog *dialog = m_workspace->agendaTab()->dialog();
            return dialog && dialog->isVisible();
        },
        [this]() -> QWidget * { return m_workspace->agendaTab()->dialog(); });
    step(
        "24-metingen",
        [this, home] {
            if (AppointmentDialog *dialog = m_workspace->agendaTab()->dialog())
                dialog->close(); // the draft stays
            home->showTab(QStringLiteral("measurementsTab"));
        },
        [this] {
            MeasurementsTab *tab = m_workspace->measurementsTab();
            if (!tab || !tab->typeModel()->hasLoaded())
                return false;
            tab->selectType(QStringLiteral("bloodPressure"));
            return tab->model()->hasLoaded() && !tab->model()->isLoading();
        });
    step(
        "25-nieuwe-meting", [this] { m_workspace->measurementsTab()->openNewMeasurement(); },
        [this] {
            NewMeasurementDialog *dialog = m_workspace->measurementsTab()->newMeasurementDialog();
            return dialog && dialog->isVisible();
        },
        [this]() -> QWidget * { return m_workspace->measurementsTab()->newMeasurementDialog(); });
    step(
        "26-berichten",
        [this, home] {
            if (NewMeasurementDialog *dialog
                = m_workspace->measurementsTab()->newMeasurementDialog())
                dialog->close();
            home->showTab(QStringLiteral("messagesTab"));
            m_ok = false;
        },
        [this] {
            MessagesTab *tab = m_workspace->messagesTab();
            if (!tab || !tab->conversations()->hasLoaded() || tab->conversations()->isLoading())
                return false;
            if (!m_ok && tab->conversations()->rowCount() > 0) {
                m_ok = true;
                tab->openConversation(tab->conversations()
                                          ->index(0, 0)
                                          .data(ConversationListModel::IdRole)
                                          .toString());
                return false;
            }
            return tab->messages()->rowCount() > 0 && !tab->messages()->isLoading();
        });
    step(
        "27-nieuw-bericht", [this] { m_workspace->messagesTab()->openNewMessage(); },
        [this] {
            ContactChooserDialog *chooser = m_workspace->messagesTab()->contactChooser();
            return chooser && chooser->isVisible()
                && m_workspace->messagesTab()->contacts()->hasLoaded();
        },
        [this]() -> QWidget * { return m_workspace->messagesTab()->contactChooser(); });
    step(
        "28-prikbord",
        [this, home] {
            if (ContactChooserDialog *chooser = m_workspace->messagesTab()->contactChooser())
                chooser->close();
            home->showTab(QStringLiteral("boardTab"));
        },
        [this] {
            BoardTab *board = m_workspace->boardTab();
            return board && board->model()->hasLoaded() && !board->model()->isLoading();
        });
    step(
        "29-prikbord-foto-bekijken", [] {},
        [this] {
            // A photo button works once its thumbnail is in; press the first that does.
            BoardTab *board = m_workspace->boardTab();
            auto *view = board->findChild<PhotoViewDialog *>();
            if (!view) {
                const auto buttons
                    = board->findChildren<QToolButton *>(QStringLiteral("boardPhotoButton"));
                for (QToolButton *photo : buttons) {
                    if (photo->isEnabled() && photo->isVisible()) {
                        photo->click();
                        break;
                    }
                }
                return false;
            }
            return view->isVisible() && view->hasPhoto();
        },
        [this]() -> QWidget * { return m_workspace->boardTab()->findChild<PhotoViewDialog *>(); });
    step(
        "30-prikbord-nieuw-bericht",
        [this] {
            if (auto *view = m_workspace->boardTab()->findChild<PhotoViewDialog *>())
                view->close();
            m_workspace->boardTab()->openNewPost();
            if (NewPostDialog *dialog = m_workspace->boardTab()->newPostDialog()) {
                if (auto *text
                    = dialog->findChild<QPlainTextEdit *>(QStringLiteral("postTextEdit")))
                    text->setPlainText(QStringLiteral("Vandaag samen naar de markt geweest."));
            }
        },
        [this] {
            NewPostDialog *dialog = m_workspace->boardTab()->newPostDialog();
            return dialog && dialog->isVisible();
        },
        [this]() -> QWidget * { return m_workspace->boardTab()->newPostDialog(); });
    step(
        "31-toegang",
        [this, home] {
            if (NewPostDialog *dialog = m_workspace->boardTab()->newPostDialog())
                dialog->close(); // the draft stays
            home->showTab(QStringLiteral("accessTab"));
        },
        [this] {
            AccessTab *access = m_workspace->accessTab();
            return access && access->model()->hasLoaded() && !access->model()->isLoading();
        });
    step(
        "32-rechten-geven", [this] { m_workspace->accessTab()->openRights(); },
        [this] {
            RightsDialog *dialog = m_workspace->accessTab()->rightsDialog();
            return dialog && dialog->isVisible();
        },
        [this]() -> QWidget * { return m_workspace->accessTab()->rightsDialog(); });
    step(
        "33-contactpersoon-uitnodigen",
        [this] {
            if (RightsDialog *dialog = m_workspace->accessTab()->rightsDialog())
                dialog->close();
            m_workspace->accessTab()->openInvite();
        },
        [this] {
            InviteContactDialog *dialog = m_workspace->accessTab()->inviteDialog();
            return dialog && dialog->isVisible();
        },
        [this]() -> QWidget * { return m_workspace->accessTab()->inviteDialog(); });
    step(
        "34-toegangslog",
        [this] {
            if (InviteContactDialog *dialog = m_workspace->accessTab()->inviteDialog())
                dialog->close();
            m_workspace->accessTab()->showAccessLog();
        },
        [this] {
            AccessLogModel *log = m_workspace->accessTab()->accessLog()->model();
            return log->hasLoaded() && !log->isLoading();
        });
    step(
        "35-vertrouwde-apparaten", [home] { home->showTab(QStringLiteral("profileTab")); },
        [this] {
            TrustedDevicesSection *devices = m_workspace->profileTab()->trustedDevices();
            return devices->list()->hasLoaded() && !devices->list()->isBusy();
        },
        [this]() -> QWidget * { return m_workspace->profileTab()->trustedDevices(); });
    // F1 on the trusted devices: the help opens at their topic, with the helpdesk below it.
    step(
        "36-help", [this] { m_window->showHelp(QStringLiteral("trusteddevices")); },
        [this] {
            HelpDialog *help = m_window->helpDialog();
            return help && help->isVisible()
                && help->currentTopic() == QLatin1String("trusteddevices");
        },
        [this]() -> QWidget * { return m_window->helpDialog(); });
    // Kiosk mode's warning before an idle sign-out, over the whole window (docs/kiosk.md).
    step(
        "37-kiosk-aftellen",
        [this] {
            if (HelpDialog *help = m_window->helpDialog())
                help->close();
            auto *countdown = new IdleCountdown(m_window);
            countdown->showCountdown(30);
        },
        [this] {
            auto *countdown = m_window->findChild<IdleCountdown *>(QStringLiteral("idleCountdown"));
            return countdown && countdown->isVisible();
        });
    // The settings (Ctrl+,): text size, high contrast, language.
    step(
        "38-instellingen",
        [this] {
            if (auto *countdown
                = m_window->findChild<IdleCountdown *>(QStringLiteral("idleCountdown")))
                countdown->deleteLater();
            emit m_window->settingsRequested();
        },
        [this] {
            auto *dialog = m_window->findChild<SettingsDialog *>();
            return dialog && dialog->isVisible();
        },
        [this]() -> QWidget * { return m_window->findChild<SettingsDialog *>(); });
}
