#include "ui/profile/contactchangedialog.h"

#include "ui/theme.h"
#include "ui/widgets/statusmessage.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QLabel *fieldLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ContactChangeDialog::ContactChangeDialog(PortalApi *api, ContactChange::Channel channel,
                                         const QString &currentValue, QWidget *parent, Clock clock)
    : QDialog(parent)
    , m_change(new ContactChange(api, channel, clock, this))
    , m_clock(clock)
    , m_pages(new QStackedWidget(this))
    , m_message(new StatusMessage(this))
    , m_tick(new QTimer(this))
{
    const bool mobile = channel == ContactChange::Channel::Mobile;
    setObjectName(QStringLiteral("contactChangeDialog"));
    setWindowTitle(mobile ? tr("Change mobile number") : tr("Change e-mail address"));
    setAccessibleName(windowTitle());
    setModal(true);

    auto *title = new QLabel(windowTitle(), this);
    Theme::makeHeading(title, 1);
    m_message->setObjectName(QStringLiteral("contactChangeMessage"));
    m_pages->addWidget(makeValuePage(currentValue));
    m_pages->addWidget(makeCodePage());
    m_pages->addWidget(makeDonePage());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(m_message);
    layout->addWidget(m_pages, 1);
    setMinimumWidth(560);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ContactChangeDialog::updateResend);
    connect(m_change, &ContactChange::stepChanged, this, &ContactChangeDialog::followStep);
    connect(m_change, &ContactChange::busyChanged, this, &ContactChangeDialog::setBusy);
    connect(m_change, &ContactChange::failed, this, &ContactChangeDialog::showError);
    connect(m_change, &ContactChange::codeSent, this, [this] {
        m_message->showMessage(tr("A code is on its way."), StatusMessage::Tone::Info);
        m_code->clear();
        m_code->setFocus();
        followStep();
    });
    connect(m_change, &ContactChange::changed, this,
            [this] { emit changed(m_change->updatedMe(), m_change->newValue()); });
    followStep();
}

QWidget *ContactChangeDialog::makeValuePage(const QString &currentValue)
{
    const bool mobile = m_change->channel() == ContactChange::Channel::Mobile;
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("contactValuePage"));
    auto *intro = new QLabel(page);
    intro->setWordWrap(true);
    const QString now = currentValue.isEmpty()
        ? QString()
        : (mobile ? tr("Your mobile number now is %1.") : tr("Your e-mail address now is %1."))
                .arg(currentValue)
            + QLatin1Char(' ');
    intro->setText(now
                   + (mobile ? tr("We send a code by text message to the new number. The number "
                                  "changes only after you have typed that code here.")
                             : tr("We send a code by e-mail to the new address. The address "
                                  "changes only after you have typed that code here.")));
    m_newValue = new QLineEdit(page);
    m_newValue->setObjectName(QStringLiteral("newValueField"));
    m_newValue->setAccessibleName(mobile ? tr("New mobile number") : tr("New e-mail address"));
    m_newValue->setPlaceholderText(mobile ? tr("06 12345678") : tr("name@example.nl"));
    m_newValue->setInputMethodHints(mobile ? Qt::ImhDialableCharactersOnly
                                           : Qt::ImhEmailCharactersOnly);
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("currentPasswordField"));
    m_password->setAccessibleName(tr("Your current password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *show = new QCheckBox(tr("Show password"), page);
    show->setObjectName(QStringLiteral("showPasswordCheck"));
    show->setAccessibleName(tr("Show password"));
    connect(show, &QCheckBox::toggled, this, [this](bool on) {
        m_password->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_sendCode = new QPushButton(tr("Send code"), page);
    m_sendCode->setObjectName(QStringLiteral("sendCodeButton"));
    m_sendCode->setAccessibleName(tr("Send code"));
    m_sendCode->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), page);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_sendCode);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(
        fieldLabel(mobile ? tr("New mobile number") : tr("New e-mail address"), m_newValue, page));
    layout->addWidget(m_newValue);
    layout->addWidget(fieldLabel(tr("Your current password"), m_password, page));
    layout->addWidget(m_password);
    layout->addWidget(show);
    layout->addStretch();
    layout->addLayout(buttons);

    const auto submit = [this] {
        m_message->clear();
        m_change->start(m_newValue->text(), m_password->text());
    };
    connect(m_sendCode, &QPushButton::clicked, this, submit);
    connect(m_newValue, &QLineEdit::returnPressed, this, [this] { m_password->setFocus(); });
    connect(m_password, &QLineEdit::returnPressed, this, submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    return page;
}

QWidget *ContactChangeDialog::makeCodePage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("contactCodePage"));
    m_codeIntro = new QLabel(page);
    m_codeIntro->setObjectName(QStringLiteral("codeIntro"));
    m_codeIntro->setWordWrap(true);
    m_code = new QLineEdit(page);
    m_code->setObjectName(QStringLiteral("codeField"));
    m_code->setAccessibleName(tr("Code"));
    m_code->setMaxLength(16);
    m_confirm = new QPushButton(tr("Confirm"), page);
    m_confirm->setObjectName(QStringLiteral("confirmCodeButton"));
    m_confirm->setAccessibleName(tr("Confirm the code"));
    m_confirm->setDefault(true);
    m_resend = new QPushButton(tr("Send a new code"), page);
    m_resend->setObjectName(QStringLiteral("resendCodeButton"));
    m_resend->setAccessibleName(tr("Send a new code"));
    m_resendWait = new QLabel(page);
    m_resendWait->setObjectName(QStringLiteral("resendWait"));
    m_resendWait->setWordWrap(true);
    m_back = new QPushButton(tr("Back"), page);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setAccessibleName(tr("Back to the new value"));

    auto *resend = new QHBoxLayout;
    resend->addWidget(m_resend);
    resend->addWidget(m_resendWait, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_confirm);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_codeIntro);
    layout->addSpacing(8);
    layout->addWidget(fieldLabel(tr("Code"), m_code, page));
    layout->addWidget(m_code);
    layout->addLayout(resend);
    layout->addStretch();
    layout->addLayout(buttons);

    const auto submit = [this] {
        m_message->clear();
        m_change->confirm(m_code->text());
    };
    connect(m_confirm, &QPushButton::clicked, this, submit);
    connect(m_code, &QLineEdit::returnPressed, this, submit);
    connect(m_resend, &QPushButton::clicked, this, [this] {
        m_message->clear();
        m_change->resend();
    });
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_message->clear();
        m_change->reset();
    });
    return page;
}

QWidget *ContactChangeDialog::makeDonePage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("contactDonePage"));
    m_doneText = new QLabel(page);
    m_doneText->setObjectName(QStringLiteral("doneText"));
    m_doneText->setWordWrap(true);
    auto *close = new QPushButton(tr("Close"), page);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close"));
    close->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_doneText);
    layout->addStretch();
    layout->addLayout(buttons);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    return page;
}

void ContactChangeDialog::followStep()
{
    const bool mobile = m_change->channel() == ContactChange::Channel::Mobile;
    // One default button at a time: the one of the page shown.
    m_sendCode->setDefault(m_change->step() == ContactChange::Step::NewValue);
    m_confirm->setDefault(m_change->step() == ContactChange::Step::Code);
    switch (m_change->step()) {
    case ContactChange::Step::NewValue:
        m_tick->stop();
        m_pages->setCurrentIndex(0);
        m_password->clear();
        m_newValue->setFocus();
        break;
    case ContactChange::Step::Code: {
        const QString until = QLocale().toString(m_change->codeExpiresAt().toLocalTime().time(),
                                                 QStringLiteral("HH:mm"));
        m_codeIntro->setText((mobile ? tr("We sent a code by text message to %1.")
                                     : tr("We sent a code by e-mail "
                                          "to %1."))
                                 .arg(m_change->maskedDestination())
                             + QLatin1Char(' ')
                             + tr("Type the code of %n character(s) here. It can be used until %1.",
                                  nullptr, m_change->codeLength())
                                   .arg(until));
        m_codeIntro->setAccessibleName(m_codeIntro->text());
        m_pages->setCurrentIndex(1);
        m_code->setFocus();
        m_tick->start();
        updateResend();
        break;
    }
    case ContactChange::Step::Done:
        m_tick->stop();
        m_message->clear();
        m_doneText->setText((mobile ? tr("Done. Your mobile number is now %1.")
                                    : tr("Done. Your e-mail address is now %1."))
                                .arg(m_change->newValue()));
        m_doneText->setAccessibleName(m_doneText->text());
        m_pages->setCurrentIndex(2);
        if (auto *close = m_pages->widget(2)->findChild<QPushButton *>())
            close->setFocus();
        break;
    }
}

void ContactChangeDialog::showError(const QString &text)
{
    m_message->showMessage(text);
}

void ContactChangeDialog::updateResend()
{
    const QDateTime at = m_change->resendAvailableAt();
    const qint64 seconds = at.isValid() ? m_clock().secsTo(at) : 0;
    m_resend->setEnabled(m_change->canResend());
    if (seconds > 0 && m_change->step() == ContactChange::Step::Code)
        m_resendWait->setText(
            tr("You can ask for a new code in %n second(s).", nullptr, int(seconds)));
    else
        m_resendWait->clear();
}

void ContactChangeDialog::setBusy(bool busy)
{
    m_sendCode->setEnabled(!busy);
    m_confirm->setEnabled(!busy);
    m_back->setEnabled(!busy);
    updateResend();
}
