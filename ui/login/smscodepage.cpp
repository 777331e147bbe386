#include "ui/login/smscodepage.h"

#include "ui/widgets/codefield.h"
#include "ui/widgets/statusmessage.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SmsCodePage::SmsCodePage(QWidget *parent)
    : WizardPage(parent)
    , m_intro(new QLabel(this))
    , m_code(new CodeField(this))
    , m_message(new StatusMessage(this))
    , m_submit(new QPushButton(tr("Continue"), this))
    , m_resend(new QPushButton(tr("Send a new code"), this))
    , m_countdown(new QLabel(this))
    , m_remember(new QCheckBox(tr("&Remember this computer"), this))
    , m_rememberExplanation(new QLabel(this))
    , m_keychainNotice(new StatusMessage(this))
    , m_back(new QPushButton(tr("Cancel signing in"), this))
{
    setObjectName(QStringLiteral("smsCodePage"));
    setBackOnEscape(true);

    addHeading(tr("Type the code from the text message"));
    m_intro->setObjectName(QStringLiteral("smsCodeIntro"));
    m_intro->setWordWrap(true);
    column()->addWidget(m_intro);

    auto *label = new QLabel(tr("&Code"), this);
    label->setBuddy(m_code);
    m_code->setObjectName(QStringLiteral("smsCodeEdit"));
    m_code->setAccessibleName(tr("Code from the text message"));
    m_code->setAccessibleDescription(
        tr("You may paste the whole text message; only the digits of the code are kept."));
    m_code->setMaximumWidth(320);
    m_message->setObjectName(QStringLiteral("smsCodeMessage"));
    column()->addWidget(label);
    column()->addWidget(m_code);
    column()->addWidget(m_message);

    m_remember->setObjectName(QStringLiteral("rememberDeviceCheck"));
    m_remember->setAccessibleName(tr("Remember this computer"));
    const QString explanation = tr("Then you do not need a code on this computer for 90 days. Do "
                                   "not tick this on a shared computer.");
    m_remember->setAccessibleDescription(explanation);
    m_rememberExplanation->setObjectName(QStringLiteral("rememberDeviceExplanation"));
    m_rememberExplanation->setText(explanation);
    m_rememberExplanation->setWordWrap(true);
    m_rememberExplanation->setIndent(32); // under the check box's text, not its box
    column()->addWidget(m_remember);
    column()->addWidget(m_rememberExplanation);
    m_keychainNotice->setObjectName(QStringLiteral("keychainNotice"));
    column()->addWidget(m_keychainNotice);

    m_submit->setObjectName(QStringLiteral("smsCodeSubmitButton"));
    m_submit->setAccessibleName(tr("Continue with this code"));
    addSubmitRow(m_submit);

    column()->addSpacing(8);
    auto *resendHelp = new QLabel(tr("No text message? It can take a minute to arrive."), this);
    resendHelp->setWordWrap(true);
    column()->addWidget(resendHelp);
    m_resend->setObjectName(QStringLiteral("resendCodeButton"));
    m_resend->setAccessibleName(tr("Send a new code"));
    m_countdown->setObjectName(QStringLiteral("resendCountdown"));
    m_countdown->setWordWrap(true);
    auto *resend = new QHBoxLayout;
    resend->addWidget(m_resend);
    resend->addWidget(m_countdown, 1);
    column()->addLayout(resend);

    m_back->setObjectName(QStringLiteral("cancelSignInButton"));
    m_back->setAccessibleName(tr("Cancel signing in"));
    m_back->setFlat(true);
    m_back->setCursor(Qt::PointingHandCursor);
    auto *links = new QHBoxLayout;
    links->addWidget(m_back);
    links->addStretch();
    column()->addLayout(links);
    column()->addStretch();

    setTabOrderChain(
        { m_code, m_message, m_remember, m_keychainNotice, m_submit, m_resend, m_back });

    connect(m_submit, &QPushButton::clicked, this, &SmsCodePage::submit);
    connect(m_resend, &QPushButton::clicked, this, [this] {
        m_message->clear();
        emit resendRequested();
    });
    connect(m_back, &QPushButton::clicked, this, &SmsCodePage::backRequested);
    setCodeLength(6);
    updateCountdown();
}

void SmsCodePage::setMaskedMobile(const QString &maskedMobile)
{
    m_intro->setText(tr("We sent a text message with a code of %1 digits to %2.")
                         .arg(m_code->codeLength())
                         .arg(maskedMobile));
    m_intro->setProperty("maskedMobile", maskedMobile);
}

void SmsCodePage::setCodeLength(int length)
{
    m_code->setCodeLength(length);
    const QString mobile = m_intro->property("maskedMobile").toString();
    if (!mobile.isEmpty())
        setMaskedMobile(mobile);
}

void SmsCodePage::setResendAvailableAt(const QDateTime &when)
{
    m_resendAvailableAt = when;
    updateCountdown();
}

void SmsCodePage::setRememberOffered(bool offered)
{
    m_rememberOffered = offered;
    if (!offered)
        m_remember->setChecked(false);
    updateRememberVisibility();
}

void SmsCodePage::setRememberUnavailable(bool unavailable)
{
    m_rememberUnavailable = unavailable;
    if (unavailable) {
        m_remember->setChecked(false);
        m_keychainNotice->showMessage(tr("This computer cannot remember you: its safe storage for "
                                         "passwords does not work. You will be asked for a code "
                                         "each time you sign in."),
                                      StatusMessage::Tone::Info);
    } else {
        m_keychainNotice->clear();
    }
    updateRememberVisibility();
}

void SmsCodePage::updateRememberVisibility()
{
    const bool offer = m_rememberOffered && !m_rememberUnavailable;
    m_remember->setVisible(offer);
    m_rememberExplanation->setVisible(offer);
}

QString SmsCodePage::code() const
{
    return m_code->code();
}

bool SmsCodePage::rememberDevice() const
{
    return m_rememberOffered && !m_rememberUnavailable && m_remember->isChecked();
}

void SmsCodePage::clearCode()
{
    m_code->clear();
}

void SmsCodePage::showError(const QString &text)
{
    m_message->showMessage(text);
    m_code->setFocus();
    m_code->selectAll();
}

void SmsCodePage::showInfo(const QString &text)
{
    m_message->showMessage(text, StatusMessage::Tone::Info);
}

void SmsCodePage::clearMessage()
{
    m_message->clear();
}

void SmsCodePage::updateCountdown()
{
    WizardPage::updateCountdown();
    const int seconds = secondsUntil(m_resendAvailableAt);
    const bool waiting = seconds > 0;
    m_resend->setEnabled(!waiting && !isBusy());
    m_countdown->setVisible(waiting);
    if (waiting) {
        m_countdown->setText(tr("You can ask for a new code in %n second(s).", nullptr, seconds));
        keepTicking(true);
    }
}

void SmsCodePage::focusFirstField()
{
    m_code->setFocus();
}

void SmsCodePage::submit()
{
    if (isBusy())
        return;
    if (!m_code->isComplete()) {
        m_message->showMessage(tr("Type all %1 digits of the code.").arg(m_code->codeLength()));
        m_code->setFocus();
        return;
    }
    m_message->clear();
    emit codeSubmitted(m_code->code(), rememberDevice());
}

void SmsCodePage::busyChanged(bool busy)
{
    m_code->setReadOnly(busy);
    m_remember->setEnabled(!busy);
    updateCountdown();
}
