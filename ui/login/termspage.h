#pragma once

#include "ui/login/wizardpage.h"

class QLabel;
class QPushButton;
class QTextBrowser;
class StatusMessage;

// The terms step: the organisation's text, scrollable and readable by keyboard, and one
// "I accept" button (after Nextcloud's termsofservicewizardpage).
class TermsPage : public WizardPage
{
    Q_OBJECT

public:
    explicit TermsPage(QWidget *parent = nullptr);

    // `text` is plain text with paragraphs separated by an empty line. Empty while loading.
    void setTerms(const QString &title, const QString &text);
    // The terms changed while the user read them (or could not be loaded): a sentence above.
    void showMessage(const QString &text);
    void clearMessage();
    void focusFirstField() override;

signals:
    void termsAccepted();

private:
    QLabel *m_heading;
    QLabel *m_intro;
    StatusMessage *m_message;
    QTextBrowser *m_text;
    QPushButton *m_accept;
    QPushButton *m_back;
    bool m_loaded = false;
};
