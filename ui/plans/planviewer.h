#pragma once

#include "core/plan.h"

#include <QDialog>

#include <memory>

class BusyIndicator;
class PdfDocument;
class PdfPageView;
class PlanApproval;
class PlanDownload;
class PlanPrinter;
class PortalApi;
class QLabel;
class QMessageBox;
class QPrinter;
class QProgressBar;
class QPushButton;
class StatusMessage;

// A plan to read, save, print and approve: fetches the PDF, shows its pages (rendered off the GUI
// thread as they come into view) with page and zoom controls, and keeps to the person's
// keyboard: Page Up/Down, Ctrl + and Ctrl -. A PDF that cannot be shown gets a sentence instead.
class PlanViewer : public QDialog
{
    Q_OBJECT

public:
    PlanViewer(PortalApi *api, const QString &clientId, const Plan &plan,
               QWidget *parent = nullptr);
    ~PlanViewer() override;

    const Plan &plan() const { return m_plan; }
    // Fetches the PDF from the portal and shows it.
    void load();
    // Shows these bytes (already fetched); a PDF that cannot be shown gives the sentence.
    void showPdf(const QByteArray &pdf);
    PdfPageView *pageView() const { return m_pageView; }
    bool hasDocument() const;
    // The sentence shown above the pages, or empty.
    QString message() const;

    // Writes the PDF to `path`; says in the window whether that worked.
    bool saveTo(const QString &path);
    // Prints on `printer` without a dialog (the dialog's choice ends up here too). False when
    // printing could not start. The printer must stay alive until printFinished().
    bool printTo(QPrinter *printer);
    // Kiosk mode's policy: a refused action has no button and no shortcut.
    void setSaveAndPrintAllowed(bool save, bool print);

public slots:
    void saveAs();
    void print();
    // Asks "Do you approve <plan> of <date>?" and sends the approval on yes.
    void approve();

signals:
    void planApproved(const Plan &plan);
    // The portal knows more than this window (approved by someone else meanwhile).
    void planOutdated();
    void printFinished(bool completed);

private:
    QPushButton *makeButton(const QString &text, const QString &objectName);
    void showPlanHeader();
    void updateControls();
    void showError(const QString &text);
    void onConfirmation(QMessageBox *box);

    Plan m_plan;
    bool m_saveAllowed = true;
    bool m_printAllowed = true;
    PdfDocument *m_document;
    PlanDownload *m_download;
    PlanApproval *m_approval;
    PlanPrinter *m_printer;
    std::unique_ptr<QPrinter> m_dialogPrinter;

    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_stateIcon;
    QLabel *m_state;
    StatusMessage *m_message;
    BusyIndicator *m_busy;
    QProgressBar *m_progress;
    PdfPageView *m_pageView;
    QWidget *m_filler; // takes the page view's room while there are no pages to show
    QWidget *m_navigation;
    QPushButton *m_previousPage;
    QLabel *m_pageLabel;
    QPushButton *m_nextPage;
    QPushButton *m_zoomOut;
    QLabel *m_zoomLabel;
    QPushButton *m_zoomIn;
    QPushButton *m_fitWidth;
    QPushButton *m_save;
    QPushButton *m_print;
    QPushButton *m_approve;
    QPushButton *m_close;
};
