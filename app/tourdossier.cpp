// The tour's second half: a real sign-in on the demo portal and the dossier's screens.
#include "core/clientprofile.h"
#include "core/contactchange.h"
#include "core/homesummary.h"
#include "core/loginflow.h"
#include "core/planlistmodel.h"
#include "core/reportlistmodel.h"
#include "tour.h"
#include "ui/appwindow.h"
#include "ui/home/homepage.h"
#include "ui/plans/pdfpagewidget.h"
#include "ui/plans/planstab.h"
#include "ui/plans/planviewer.h"
#include "ui/profile/contactchangedialog.h"
#include "ui/profile/photodialog.h"
#include "ui/profile/profiletab.h"
#include "ui/reports/newreportdialog.h"
#include "ui/reports/reportstab.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>

#include <algorithm>

namespace {

// The demo's representative (README, "Demo accounts"): acts for two clients.
const QString DemoUsername = QStringLiteral("mvandijk");
const QString DemoPassword = QStringLiteral("lente in het park bij de vijver");
const QString DemoClientId = QStringLiteral("100482");

// A picture to crop in the photo dialog: a sun over a field.
QImage samplePhoto()
{
    QImage image(1200, 900, QImage::Format_RGB32);
    image.fill(QColor(0x9c, 0xd3, 0xf0));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x5a, 0xa0, 0x3c));
    painter.drawRect(0, 600, 1200, 300);
    painter.setBrush(QColor(0xf5, 0xc5, 0x18));
    painter.drawEllipse(QPoint(780, 300), 150, 150);
    return image;
}

} // namespace

void Tour::typeSmsCodeFromOutbox()
{
    // Words as a shell splits them, with "double quotes" around paths that hold spaces.
    QStringList words = QProcess::splitCommand(m_outboxCommand);
    if (words.isEmpty()) {
        finish(1, QStringLiteral("--tour-outbox-command is empty"));
        return;
    }
    auto *process = new QProcess(this);
    connect(process, &QProcess::finished, this, [this, process] {
        process->deleteLater();
        // The newest SMS is the code just sent for this sign-in.
        static const QRegularExpression sixDigits(QStringLiteral("\\b(\\d{6})\\b"));
        const QJsonArray messages
            = QJsonDocument::fromJson(process->readAllStandardOutput()).array();
        QString code;
        for (const QJsonValue &message : messages) {
            if (message[QLatin1String("channel")].toString() == QLatin1String("sms"))
                code = sixDigits.match(message[QLatin1String("body")].toString()).captured(1);
        }
        auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("smsCodeEdit"));
        auto *submit = m_window->findChild<QPushButton *>(QStringLiteral("smsCodeSubmitButton"));
        if (code.isEmpty() || !edit || !submit) {
            finish(1, QStringLiteral("no SMS code in the outbox, or no code field"));
            return;
        }
        edit->setText(code);
        submit->click();
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError) {
        finish(1, QStringLiteral("cannot run the outbox command: %1").arg(process->errorString()));
    });
    const QString program = words.takeFirst();
    process->start(program, words);
}

void Tour::addDossierSteps()
{
    const auto step = [this](const char *name, std::function<void()> action,
                             std::function<bool()> ready, std::function<QWidget *()> target = {}) {
        m_steps.append(
            { QLatin1String(name), std::move(action), std::move(ready), std::move(target) });
    };
    const auto rests
        = [this](LoginFlow::Step wanted) { return !m_flow->isBusy() && m_flow->step() == wanted; };
    HomePage *home = m_window->homePage();

    step(
        "11-client-kiezen",
        [this] {
            m_window->showSignInPage();
            auto *username = m_window->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
            auto *password = m_window->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
            auto *signIn = m_window->findChild<QPushButton *>(QStringLiteral("signInButton"));
            if (!username || !password || !signIn) {
                finish(1, QStringLiteral("the sign-in page has no username, password or button"));
                return;
            }
            username->setText(DemoUsername);
            password->setText(DemoPassword);
            signIn->click();
            m_ok = false;
        },
        [this, rests] {
            if (!m_ok && rests(LoginFlow::Step::SmsCode)) {
                m_ok = true;
                typeSmsCodeFromOutbox();
            }
            return rests(LoginFlow::Step::ChooseClient);
        });
    step(
        "12-startscherm", [this] { m_flow->chooseClient(DemoClientId); },
        [this, rests, home] {
            return rests(LoginFlow::Step::SignedIn) && m_workspace->summary()
                && !m_workspace->summary()->isLoading() && home->isVisible();
        });
    step(
        "13-rapportages", [home] { home->showTab(QStringLiteral("reportsTab")); },
        [this] {
            ReportsTab *reports = m_workspace->reportsTab();
            return reports && reports->model()->hasLoaded() && !reports->model()->isLoading();
        });
    step(
        "14-nieuwe-rapportage",
        [this] {
            m_workspace->reportsTab()->openNewReport();
            if (NewReportDialog *dialog = m_workspace->reportsTab()->newReportDialog()) {
                if (auto *edit
                    = dialog->findChild<QPlainTextEdit *>(QStringLiteral("reportTextEdit")))
                    edit->setPlainText(QStringLiteral(
                        "Vader was vanmiddag wat stil bij ons bezoek. Hij had slecht geslapen."));
            }
        },
        [this] {
            NewReportDialog *dialog = m_workspace->reportsTab()->newReportDialog();
            return dialog && dialog->isVisible();
        },
        [this]() -> QWidget * { return m_workspace->reportsTab()->newReportDialog(); });
    step(
        "15-plannen",
        [this, home] {
            if (NewReportDialog *dialog = m_workspace->reportsTab()->newReportDialog())
                dialog->close(); // the draft stays
            home->showTab(QStringLiteral("plansTab"));
        },
        [this] {
            PlansTab *plans = m_workspace->plansTab();
            return plans && !plans->model()->isLoading() && plans->model()->rowCount() > 0;
        });
    step(
        "16-plan-bekijken",
        [this] {
            PlanListModel *model = m_workspace->plansTab()->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, 0).data(PlanListModel::CanApproveRole).toBool()) {
                    m_workspace->plansTab()->openPlan(row);
                    return;
                }
            }
            m_workspace->plansTab()->openPlan(0);
        },
        [this] {
            // The first page drawn, not only the document loaded: pages render off-thread.
            PlanViewer *viewer = m_workspace->plansTab()->viewer();
            if (!viewer || !viewer->hasDocument())
                return false;
            const QList<PdfPageWidget *> pages = viewer->findChildren<PdfPageWidget *>();
            return std::any_of(pages.begin(), pages.end(), [](const PdfPageWidget *page) {
                return page->page() == 0 && page->hasImage();
            });
        },
        [this]() -> QWidget * { return m_workspace->plansTab()->viewer(); });
    step(
        "17-plan-akkoord-vragen",
        [this] {
            PlanViewer *viewer = m_workspace->plansTab()->viewer();
            if (auto *approve
                = viewer->findChild<QPushButton *>(QStringLiteral("approvePlanButton"));
                approve && approve->isVisible())
                approve->click();
        },
        [this] {
            auto *box = m_workspace->plansTab()->viewer()->findChild<QMessageBox *>(
                QStringLiteral("approveConfirmation"));
            return box && box->isVisible();
        },
        [this]() -> QWidget * {
            return m_workspace->plansTab()->viewer()->findChild<QMessageBox *>(
                QStringLiteral("approveConfirmation"));
        });
    step(
        "18-profiel",
        [this, home] {
            PlanViewer *viewer = m_workspace->plansTab()->viewer();
            // "No, not now": the tour approves nothing.
            if (auto *box = viewer->findChild<QMessageBox *>(QStringLiteral("approveConfirmation")))
                box->reject();
            viewer->close();
            home->showTab(QStringLiteral("profileTab"));
        },
        [this] {
            ProfileTab *profile = m_workspace->profileTab();
            return profile && !profile->loader()->isLoading();
        });
    step(
        "19-email-wijzigen",
        [this] { m_workspace->profileTab()->openContactChange(ContactChange::Channel::Email); },
        [this] {
            auto *dialog = m_workspace->profileTab()->findChild<ContactChangeDialog *>();
            return dialog && dialog->isVisible();
        },
        [this]() -> QWidget * {
            return m_workspace->profileTab()->findChild<ContactChangeDialog *>();
        });
    step(
        "20-foto-kiezen",
        [this] {
            if (auto *dialog = m_workspace->profileTab()->findChild<ContactChangeDialog *>())
                dialog->close();
            if (PhotoDialog *dialog = m_workspace->profileTab()->openPhotoDialog())
                dialog->setImage(samplePhoto());
        },
        [this] {
            auto *dialog = m_workspace->profileTab()->findChild<PhotoDialog *>();
            return dialog && dialog->isVisible();
        },
        [this]() -> QWidget * { return m_workspace->profileTab()->findChild<PhotoDialog *>(); });
}
