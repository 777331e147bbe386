#include "ui/widgets/idlecountdown.h"

#include "ui/theme.h"
#include "ui/widgets/statusmessage.h"

#include <QAccessible>
#include <QEvent>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr qreal NumberFactor = 7; // the seconds left, this many times the text
} // namespace

IdleCountdown::IdleCountdown(QWidget *window)
    : QWidget(window)
    , m_title(new QLabel(this))
    , m_number(new QLabel(this))
    , m_unit(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_problem(new StatusMessage(this))
    , m_stillHere(new QPushButton(tr("I'm still here"), this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("idleCountdown"));
    setAccessibleName(tr("You will be signed out soon"));
    m_title->setObjectName(QStringLiteral("idleCountdownTitle"));
    m_title->setText(tr("Are you still there?"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    Theme::makeHeading(m_title);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);

    m_number->setObjectName(QStringLiteral("idleCountdownNumber"));
    m_number->setAlignment(Qt::AlignCenter);
    QFont numberFont = font();
    numberFont.setBold(true);
    numberFont.setPointSizeF(numberFont.pointSizeF() * NumberFactor);
    m_number->setFont(numberFont);
    m_unit->setAlignment(Qt::AlignCenter);
    QFont unitFont = font();
    unitFont.setPointSizeF(unitFont.pointSizeF() * 1.6);
    m_unit->setFont(unitFont);

    m_explanation->setObjectName(QStringLiteral("idleCountdownExplanation"));
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);
    m_explanation->setText(tr("Nobody has used this computer for a while. To protect your "
                              "details, you will be signed out."));
    m_explanation->setFont(unitFont);
    m_problem->setObjectName(QStringLiteral("idleCountdownProblem"));

    m_stillHere->setObjectName(QStringLiteral("countdownStillHereButton"));
    m_stillHere->setAccessibleName(tr("I'm still here"));
    m_stillHere->setAccessibleDescription(tr("Stay signed in and carry on."));
    m_stillHere->setDefault(true);
    m_stillHere->setAutoDefault(true); // Enter answers it here too, outside a dialog
    QFont buttonFont = font();
    buttonFont.setBold(true);
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 2);
    m_stillHere->setFont(buttonFont);
    // Its large size is in the style sheet (#countdownStillHereButton): a style sheet's
    // min-height would replace one set here.
    connect(m_stillHere, &QPushButton::clicked, this, &IdleCountdown::stillHereClicked);

    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(48, 48, 48, 48);
    column->setSpacing(24);
    column->addStretch(2);
    column->addWidget(m_title);
    column->addWidget(m_number);
    column->addWidget(m_unit);
    column->addWidget(m_explanation);
    column->addWidget(m_problem);
    column->addSpacing(16);
    column->addWidget(m_stillHere, 0, Qt::AlignHCenter);
    column->addStretch(3);

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &IdleCountdown::tick);
    window->installEventFilter(this);
    hide();
}

void IdleCountdown::showCountdown(int seconds)
{
    m_problem->clear();
    setSecondsLeft(seconds);
    setGeometry(parentWidget()->rect());
    raise();
    show();
    // In front of everything, and the keyboard on the button.
    window()->activateWindow();
    m_stillHere->setFocus(Qt::OtherFocusReason);
    m_timer->start();
    // Said at once by a screen reader, like a dialog that opens.
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void IdleCountdown::setSecondsLeft(int seconds)
{
    m_seconds = std::max(seconds, 0);
    updateTexts();
}

void IdleCountdown::showProblem(const QString &text)
{
    m_problem->showMessage(text);
}

void IdleCountdown::tick()
{
    if (!isVisible()) {
        m_timer->stop();
        return;
    }
    setSecondsLeft(m_seconds - 1);
}

void IdleCountdown::updateTexts()
{
    m_number->setText(QString::number(m_seconds));
    m_unit->setText(m_seconds == 1 ? tr("second until you are signed out")
                                   : tr("seconds until you are signed out"));
    const QString said = tr("You will be signed out in %n second(s)", nullptr, m_seconds);
    m_number->setAccessibleName(said);
    m_stillHere->setAccessibleDescription(said);
}

bool IdleCountdown::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void IdleCountdown::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitNumber();
}

void IdleCountdown::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitNumber();
}

void IdleCountdown::fitNumber()
{
    // The number seven times the text, but at most a sixth of the height and never more than the
    // other parts leave: with large text on a low screen the explanation and the button come first.
    const qreal text = font().pointSizeF();
    int needed = layout()->totalMinimumHeightForWidth(width());
    if (needed < 0)
        needed = layout()->totalMinimumSize().height();
    const int others = needed - m_number->minimumSizeHint().height();
    const int room = qMin(height() / 6, height() - others);
    QFont number = m_number->font();
    number.setPointSizeF(text * NumberFactor);
    while (QFontMetrics(number).height() > room && number.pointSizeF() > text * 2)
        number.setPointSizeF(number.pointSizeF() * 0.9);
    if (number != m_number->font())
        m_number->setFont(number);
}

void IdleCountdown::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    // Opaque: nothing of the person's screen shows through.
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
}

void IdleCountdown::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
        || event->key() == Qt::Key_Space) {
        m_stillHere->click();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool IdleCountdown::focusNextPrevChild(bool next)
{
    // Tab must not reach the person's screen underneath.
    Q_UNUSED(next)
    m_stillHere->setFocus(Qt::TabFocusReason);
    return true;
}

void IdleCountdown::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setGeometry(parentWidget()->rect());
}
