// PlanViewer: what the person does with the plan (save, print, approve). Kept apart from the
// window's construction so each file stays short.
#include "core/pdfdocument.h"
#include "core/planapproval.h"
#include "ui/plans/planprinter.h"
#include "ui/plans/plantext.h"
#include "ui/plans/planviewer.h"
#include "ui/widgets/busyindicator.h"
#include "ui/widgets/statusmessage.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>

void PlanViewer::setSaveAndPrintAllowed(bool save, bool print)
{
    m_saveAllowed = save;
    m_printAllowed = print;
    m_save->setVisible(save);
    m_print->setVisible(print);
}

void PlanViewer::saveAs()
{
    if (!m_document->isLoaded() || !m_saveAllowed)
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    auto *dialog = new QFileDialog(this, tr("Save the plan"));
    dialog->setObjectName(QStringLiteral("savePlanDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(tr("PDF documents (*.pdf)"));
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setDirectory(folder);
    dialog->selectFile(m_plan.suggestedFileName());
    connect(dialog, &QFileDialog::fileSelected, this, &PlanViewer::saveTo);
    dialog->open();
}

bool PlanViewer::saveTo(const QString &path)
{
    QSaveFile file(path);
    const bool saved = m_document->isLoaded() && file.open(QIODevice::WriteOnly)
        && file.write(m_document->bytes()) == m_document->bytes().size() && file.commit();
    if (saved)
        m_message->showMessage(
            tr("The plan has been saved as %1.").arg(QDir::toNativeSeparators(path)),
            StatusMessage::Tone::Info);
    else
        showError(tr("The plan could not be saved as %1. Choose another folder, for example "
                     "Documents.")
                      .arg(QDir::toNativeSeparators(path)));
    return saved;
}

void PlanViewer::print()
{
    if (!m_document->isLoaded() || m_printer->isRunning() || !m_printAllowed)
        return;
    if (!m_dialogPrinter)
        m_dialogPrinter = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_dialogPrinter->setDocName(m_plan.suggestedFileName());
    auto *dialog = new QPrintDialog(m_dialogPrinter.get(), this);
    dialog->setObjectName(QStringLiteral("printPlanDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print the plan"));
    dialog->setMinMax(1, m_document->pageCount());
    dialog->setOption(QAbstractPrintDialog::PrintPageRange);
    dialog->setOption(QAbstractPrintDialog::PrintSelection, false);
    dialog->setOption(QAbstractPrintDialog::PrintCurrentPage, false);
    connect(dialog, &QDialog::accepted, this, [this] { printTo(m_dialogPrinter.get()); });
    dialog->open();
}

bool PlanViewer::printTo(QPrinter *printer)
{
    m_message->clear();
    if (!m_document->isLoaded()
        || !m_printer->start(m_document->bytes(), m_document->pageCount(), printer)) {
        showError(tr("The plan could not be printed. Check that the printer is switched on and "
                     "try again."));
        return false;
    }
    updateControls();
    return true;
}

void PlanViewer::approve()
{
    if (!m_plan.canApprove || m_approval->isBusy())
        return;
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("approveConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Approve the plan"));
    box->setText(tr("Do you approve %1 of %2?").arg(m_plan.title, PlanText::date(m_plan.date)));
    box->setInformativeText(tr("Your care organisation will see that you approved this plan. "
                               "You cannot undo this in the portal."));
    QPushButton *yes = box->addButton(tr("Yes, I approve"), QMessageBox::YesRole);
    yes->setObjectName(QStringLiteral("approveYesButton"));
    QPushButton *no = box->addButton(tr("No, not now"), QMessageBox::NoRole);
    no->setObjectName(QStringLiteral("approveNoButton"));
    // Approval cannot be undone: Enter alone must not give it.
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    connect(box, &QMessageBox::finished, this, [this, box] { onConfirmation(box); });
    box->open();
}

void PlanViewer::onConfirmation(QMessageBox *box)
{
    if (box->buttonRole(box->clickedButton()) != QMessageBox::YesRole)
        return;
    m_message->clear();
    m_busy->setText(tr("Passing on your approval…"));
    m_busy->show();
    m_approval->send();
    updateControls();
}
