#include "ui/board/boardreactionrow.h"

#include "ui/board/boardpostcard.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

BoardReactionRow::BoardReactionRow(const BoardReaction &reaction, QWidget *parent)
    : QFrame(parent)
    , m_reaction(reaction)
{
    setObjectName(QStringLiteral("boardReactionRow"));
    auto *who = new QLabel(QStringLiteral("<b>%1</b> · %2")
                               .arg(reaction.author.name.toHtmlEscaped(),
                                    BoardPostCard::timeText(reaction.createdAt).toHtmlEscaped()),
                           this);
    who->setTextFormat(Qt::RichText);
    who->setWordWrap(true); // a long name and date at large text
    auto *text = new QLabel(reaction.text, this);
    text->setObjectName(QStringLiteral("boardReactionText"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    // Reachable by Tab, so a screen reader reads each reaction with its author and time.
    text->setFocusPolicy(Qt::StrongFocus);
    text->setAccessibleName(
        tr("Reaction by %1, %2")
            .arg(reaction.author.name, BoardPostCard::timeText(reaction.createdAt)));
    text->setAccessibleDescription(reaction.text);
    m_text = text;

    auto *row = new QHBoxLayout;
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(who);
    column->addWidget(text);
    row->addLayout(column, 1);
    if (reaction.canDelete) {
        m_delete = new QPushButton(tr("Delete"), this);
        m_delete->setObjectName(QStringLiteral("deleteReactionButton"));
        m_delete->setAccessibleName(tr("Delete the reaction by %1").arg(reaction.author.name));
        m_delete->setAutoDefault(false);
        row->addWidget(m_delete, 0, Qt::AlignTop);
        connect(m_delete, &QPushButton::clicked, this,
                [this] { emit deleteRequested(m_reaction); });
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 6, 0, 6);
    layout->addLayout(row);
}

QList<QWidget *> BoardReactionRow::focusChain() const
{
    QList<QWidget *> chain { m_text };
    if (m_delete)
        chain.append(m_delete);
    return chain;
}
