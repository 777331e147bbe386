#pragma once

#include "core/boardpost.h"

#include <QFrame>

class QPushButton;

// One reaction under a post: who, when, what, and "Delete" when the person may delete it.
class BoardReactionRow : public QFrame
{
    Q_OBJECT

public:
    explicit BoardReactionRow(const BoardReaction &reaction, QWidget *parent = nullptr);

    BoardReaction reaction() const { return m_reaction; }
    // The widgets that take focus, in reading order.
    QList<QWidget *> focusChain() const;

signals:
    void deleteRequested(const BoardReaction &reaction);

private:
    BoardReaction m_reaction;
    QWidget *m_text;
    QPushButton *m_delete = nullptr;
};
