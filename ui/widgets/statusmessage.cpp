#include "ui/widgets/statusmessage.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

StatusMessage::StatusMessage(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("statusMessage"));
    m_text->setObjectName(QStringLiteral("statusMessageText"));
    m_text->setWordWrap(true);
    // People copy the helpdesk number or read it aloud; keep the text selectable and reachable.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFocusPolicy(Qt::StrongFocus);
    m_icon->setAlignment(Qt::AlignTop);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    hide();
}

void StatusMessage::showMessage(const QString &text, Tone tone)
{
    const bool error = tone == Tone::Error;
    setProperty("tone", error ? QStringLiteral("error") : QStringLiteral("info"));
    style()->unpolish(this);
    style()->polish(this);
    const int side = fontMetrics().height() * 2;
    m_icon->setPixmap(
        style()
            ->standardIcon(error ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation)
            .pixmap(side, side));
    m_icon->setAccessibleName(error ? tr("Warning") : tr("Information"));
    m_text->setText(text);
    m_text->setAccessibleName(text);
    setAccessibleName(text);
    show();
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void StatusMessage::clear()
{
    m_text->clear();
    hide();
}

QString StatusMessage::text() const
{
    return isHidden() ? QString() : m_text->text();
}
