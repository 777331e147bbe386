#include "ui/login/wizardpage.h"

#include "ui/theme.h"
#include "ui/widgets/busyindicator.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

WizardPage::WizardPage(QWidget *parent)
    : QWidget(parent)
    , m_column(new QVBoxLayout)
    , m_busyIndicator(new BusyIndicator(this))
    , m_retryLabel(new QLabel(this))
    , m_clock(systemClock())
{
    m_column->setSpacing(12);
    m_retryLabel->setObjectName(QStringLiteral("retryCountdown"));
    m_retryLabel->setWordWrap(true);
    m_retryLabel->hide();
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &WizardPage::updateCountdown);

    // Keep lines short enough to read, centred in a wide window; a page taller than the window
    // (large system fonts) scrolls instead of squeezing its lines together.
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("wizardPageContent"));
    auto *centre = new QHBoxLayout(content);
    centre->setContentsMargins(32, 32, 32, 24);
    centre->addStretch(1);
    centre->addLayout(m_column, 6);
    centre->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("wizardPageScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QLabel *WizardPage::addHeading(const QString &text)
{
    auto *heading = new QLabel(text, this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    heading->setWordWrap(true);
    Theme::makeHeading(heading, 1);
    m_column->addWidget(heading);
    return heading;
}

QLineEdit *WizardPage::addLineEdit(const QString &label, const QString &accessibleName,
                                   const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(edit);
    m_column->addWidget(caption);
    m_column->addWidget(edit);
    return edit;
}

QCheckBox *WizardPage::addShowPasswordToggle(const QList<QLineEdit *> &fields)
{
    auto *toggle
        = new QCheckBox(fields.size() > 1 ? tr("S&how passwords") : tr("S&how password"), this);
    toggle->setObjectName(QStringLiteral("showPasswordCheck"));
    toggle->setAccessibleName(fields.size() > 1 ? tr("Show passwords") : tr("Show password"));
    for (QLineEdit *field : fields) {
        field->setEchoMode(QLineEdit::Password);
        field->setMaxLength(1024);
        connect(toggle, &QCheckBox::toggled, field, [field](bool show) {
            field->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        });
    }
    m_column->addWidget(toggle);
    return toggle;
}

void WizardPage::addSubmitRow(QPushButton *submit)
{
    m_submit = submit;
    m_submit->setDefault(true); // styled as the main action
    auto *row = new QHBoxLayout;
    row->addWidget(m_submit);
    row->addWidget(m_busyIndicator, 1);
    row->addWidget(m_retryLabel, 1);
    row->addStretch();
    m_column->addLayout(row);
}

QPushButton *WizardPage::addLink(const QString &text, const QString &objectName)
{
    auto *link = new QPushButton(text, this);
    link->setObjectName(objectName);
    link->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    link->setFlat(true);
    link->setCursor(Qt::PointingHandCursor);
    auto *row = new QHBoxLayout;
    row->addWidget(link);
    row->addStretch();
    m_column->addLayout(row);
    return link;
}

void WizardPage::setTabOrderChain(const QList<QWidget *> &widgets)
{
    for (qsizetype i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
}

void WizardPage::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    updateSubmit();
    busyChanged(busy);
}

void WizardPage::setRetryAllowedAt(const QDateTime &when)
{
    m_retryAllowedAt = when;
    updateCountdown();
}

void WizardPage::setClock(Clock clock)
{
    m_clock = std::move(clock);
    updateCountdown();
}

int WizardPage::secondsUntil(const QDateTime &when) const
{
    if (!when.isValid())
        return 0;
    const qint64 msecs = m_clock().msecsTo(when);
    return msecs > 0 ? int((msecs + 999) / 1000) : 0;
}

void WizardPage::keepTicking(bool needed)
{
    if (needed && !m_ticker.isActive())
        m_ticker.start();
    else if (!needed)
        m_ticker.stop();
}

void WizardPage::updateCountdown()
{
    const int seconds = secondsUntil(m_retryAllowedAt);
    m_retryLabel->setVisible(seconds > 0 && !m_busy);
    if (seconds > 0)
        m_retryLabel->setText(tr("You can try again in %n second(s).", nullptr, seconds));
    updateSubmit();
    keepTicking(seconds > 0);
}

void WizardPage::updateSubmit()
{
    if (m_submit)
        m_submit->setEnabled(!m_busy && secondsUntil(m_retryAllowedAt) == 0);
}

void WizardPage::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_backOnEscape && !m_busy) {
        emit backRequested();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // Outside a dialog a focused push button ignores Enter; people expect it to press the
        // button they are on, and the page's main button otherwise.
        auto *focused = qobject_cast<QPushButton *>(focusWidget());
        if (focused && focused->isEnabled() && focused->isVisible()) {
            focused->click();
            return;
        }
        if (m_submit && m_submit->isEnabled() && m_submit->isVisible()) {
            m_submit->click();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}
