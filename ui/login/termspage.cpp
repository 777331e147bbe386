#include "ui/login/termspage.h"

#include "ui/widgets/statusmessage.h"

#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

TermsPage::TermsPage(QWidget *parent)
    : WizardPage(parent)
    , m_heading(addHeading(tr("Terms of use")))
    , m_intro(new QLabel(this))
    , m_message(new StatusMessage(this))
    , m_text(new QTextBrowser(this))
    , m_accept(new QPushButton(tr("I accept"), this))
{
    setObjectName(QStringLiteral("termsPage"));
    setBackOnEscape(true);

    m_intro->setText(tr("Read the terms of this portal. To use the portal, you accept them."));
    m_intro->setWordWrap(true);
    column()->addWidget(m_intro);
    m_message->setObjectName(QStringLiteral("termsMessage"));
    column()->addWidget(m_message);

    m_text->setObjectName(QStringLiteral("termsText"));
    m_text->setAccessibleName(tr("Terms of use"));
    m_text->setOpenLinks(false);
    // Reading by keyboard: the text takes the focus, arrows and Page Down scroll it, and Tab
    // moves on to the button instead of into the text.
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(200);
    column()->addWidget(m_text, 1);

    m_accept->setObjectName(QStringLiteral("acceptTermsButton"));
    m_accept->setAccessibleName(tr("I accept the terms"));
    addSubmitRow(m_accept);
    m_back = addLink(tr("Cancel signing in"), QStringLiteral("cancelSignInButton"));

    setTabOrderChain({ m_message, m_text, m_accept, m_back });

    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (!isBusy() && m_loaded)
            emit termsAccepted();
    });
    connect(m_back, &QPushButton::clicked, this, &TermsPage::backRequested);
    setTerms({}, {});
}

void TermsPage::setTerms(const QString &title, const QString &text)
{
    m_loaded = !text.isEmpty();
    m_heading->setText(title.isEmpty() ? tr("Terms of use") : title);
    m_text->setAccessibleName(m_heading->text());
    // Paragraphs as the organisation wrote them, without reading anything in them as markup.
    QString html;
    static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
    for (const QString &paragraph : text.split(blankLine, Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>")
                    .arg(paragraph.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                     QStringLiteral("<br>")));
    m_text->setHtml(html);
    m_accept->setVisible(m_loaded);
}

void TermsPage::showMessage(const QString &text)
{
    m_message->showMessage(text);
}

void TermsPage::clearMessage()
{
    m_message->clear();
}

void TermsPage::focusFirstField()
{
    m_text->setFocus();
}
