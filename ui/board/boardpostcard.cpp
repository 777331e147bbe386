#include "ui/board/boardpostcard.h"

#include "core/photoloader.h"
#include "ui/board/boardreactionrow.h"
#include "ui/widgets/statusmessage.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QResizeEvent>
#include <QToolButton>
#include <QVBoxLayout>

BoardPostCard::BoardPostCard(const BoardPost &post, PhotoLoader *photos, QWidget *parent)
    : QFrame(parent)
    , m_post(post)
    , m_photos(photos)
    , m_header(new QLabel(this))
    , m_text(new QLabel(this))
    , m_photoRow(new QWidget(this))
    , m_reactionsHeading(new QLabel(this))
    , m_reactionsBox(new QWidget(this))
    , m_reactionsLayout(new QVBoxLayout(m_reactionsBox))
    , m_showAll(new QPushButton(this))
    , m_reactEdit(new QLineEdit(this))
    , m_react(new QPushButton(tr("React"), this))
    , m_message(new StatusMessage(this))
    , m_delete(new QPushButton(tr("Delete post"), this))
{
    setObjectName(QStringLiteral("boardPostCard"));
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Plain);
    setLineWidth(1);

    m_header->setObjectName(QStringLiteral("boardPostHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("boardPostText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_text->setFocusPolicy(Qt::StrongFocus);
    QFont large = m_text->font();
    large.setPointSizeF(large.pointSizeF() * 1.15);
    m_text->setFont(large);
    m_photoGrid = new QGridLayout(m_photoRow);
    m_photoGrid->setContentsMargins(0, 0, 0, 0);
    m_photoGrid->setSpacing(8);
    m_photoGrid->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // The card decides the width; the photos wrap into as many columns as fit (see
    // placePhotos), so ten photos never make the card wider than the window.
    m_photoRow->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_reactionsHeading->setObjectName(QStringLiteral("boardReactionsHeading"));
    m_reactionsLayout->setContentsMargins(0, 0, 0, 0);
    m_reactionsLayout->setSpacing(0);
    m_showAll->setObjectName(QStringLiteral("showAllReactionsButton"));
    m_showAll->setAutoDefault(false);

    m_reactEdit->setObjectName(QStringLiteral("reactionEdit"));
    m_reactEdit->setPlaceholderText(tr("Write a reaction…"));
    m_reactEdit->setMaxLength(BoardReaction::MaxTextLength);
    m_react->setObjectName(QStringLiteral("reactButton"));
    m_react->setAutoDefault(false);
    m_message->setObjectName(QStringLiteral("boardPostMessage"));
    m_delete->setObjectName(QStringLiteral("deletePostButton"));
    m_delete->setAutoDefault(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_delete, 0, Qt::AlignTop);
    auto *react = new QHBoxLayout;
    react->addWidget(m_reactEdit, 1);
    react->addWidget(m_react);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_text);
    layout->addWidget(m_photoRow);
    layout->addWidget(m_reactionsHeading);
    layout->addWidget(m_reactionsBox);
    layout->addWidget(m_showAll, 0, Qt::AlignLeft);
    layout->addLayout(react);
    layout->addWidget(m_message);
    m_message->clear();

    connect(m_react, &QPushButton::clicked, this,
            [this] { emit reactRequested(m_post, m_reactEdit->text()); });
    connect(m_reactEdit, &QLineEdit::returnPressed, m_react, &QPushButton::click);
    connect(m_reactEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        updateReactButton();
        emit reactionTextChanged(m_post, text);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] { emit deleteRequested(m_post); });
    connect(m_showAll, &QPushButton::clicked, this,
            [this] { emit showAllReactionsRequested(m_post); });
    connect(m_photos, &PhotoLoader::photoReady, this, &BoardPostCard::onPhotoReady);
    rebuild();
}

QString BoardPostCard::timeText(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return tr("%1 at %2")
        .arg(QLocale().toString(local.date(), QLocale::LongFormat),
             QLocale().toString(local.time(), QStringLiteral("HH:mm")));
}

QString BoardPostCard::roleText(BoardPerson::Role role)
{
    switch (role) {
    case BoardPerson::Role::Client:
        return tr("client");
    case BoardPerson::Role::Representative:
        return tr("representative");
    case BoardPerson::Role::Contact:
        break;
    }
    return tr("contact person");
}

void BoardPostCard::setPost(const BoardPost &post)
{
    m_post = post;
    rebuild();
}

void BoardPostCard::rebuild()
{
    const QString who = m_post.author.name;
    const QString when = timeText(m_post.createdAt);
    m_header->setText(QStringLiteral("<span style=\"font-size: large\"><b>%1</b></span> (%2)"
                                     "<br>%3")
                          .arg(who.toHtmlEscaped(), roleText(m_post.author.role).toHtmlEscaped(),
                               when.toHtmlEscaped()));
    m_text->setText(m_post.text);
    m_text->setVisible(!m_post.text.trimmed().isEmpty());
    m_text->setAccessibleName(tr("Post by %1, %2").arg(who, when));
    m_text->setAccessibleDescription(m_post.text);
    m_delete->setVisible(m_post.canDelete);
    m_delete->setAccessibleName(tr("Delete the post by %1 of %2").arg(who, when));

    qDeleteAll(m_photoButtons);
    m_photoButtons.clear();
    const int count = int(m_post.photos.size());
    for (int i = 0; i < count; ++i) {
        const BoardPhoto &photo = m_post.photos.at(i);
        auto *button = new QToolButton(m_photoRow);
        button->setObjectName(QStringLiteral("boardPhotoButton"));
        button->setIconSize(QSize(ThumbnailSide, ThumbnailSide));
        button->setMinimumSize(ThumbnailSide + 8, ThumbnailSide + 8);
        button->setAutoRaise(false);
        button->setText(tr("Photo %1").arg(i + 1));
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setAccessibleName(tr("Photo %1 of %2, open it large").arg(i + 1).arg(count));
        button->setToolTip(tr("Open photo %1 large").arg(i + 1));
        button->setProperty("thumbnailUrl", photo.thumbnailUrl);
        const QImage cached = m_photos->load(photo.thumbnailUrl);
        if (!cached.isNull())
            button->setIcon(QPixmap::fromImage(cached));
        else
            button->setToolButtonStyle(Qt::ToolButtonTextOnly); // words until the photo is here
        connect(button, &QToolButton::clicked, this, [this, i] { emit photoActivated(m_post, i); });
        m_photoButtons.append(button);
        button->show(); // made after the card was shown: not shown by the layout at once
    }
    m_photoColumns = 0;
    placePhotos();
    m_photoRow->setVisible(count > 0);

    qDeleteAll(m_rows);
    m_rows.clear();
    for (const BoardReaction &reaction : std::as_const(m_post.reactions)) {
        auto *row = new BoardReactionRow(reaction, m_reactionsBox);
        connect(row, &BoardReactionRow::deleteRequested, this,
                [this](const BoardReaction &one) { emit deleteReactionRequested(m_post, one); });
        m_reactionsLayout->addWidget(row);
        row->show();
        m_rows.append(row);
    }
    m_reactionsHeading->setText(
        m_post.reactionCount == 0
            ? tr("No reactions yet.")
            : tr("Reactions (%1)", nullptr, m_post.reactionCount).arg(m_post.reactionCount));
    const bool more = !m_post.hasAllReactions();
    m_showAll->setText(tr("Show all %1 reactions").arg(m_post.reactionCount));
    m_showAll->setAccessibleName(m_showAll->text());
    m_showAll->setVisible(more);
    m_reactEdit->setAccessibleName(tr("Your reaction to the post by %1").arg(who));
    m_react->setAccessibleName(tr("React to the post by %1").arg(who));
    updateReactButton();
}

void BoardPostCard::onPhotoReady(const QString &path, const QImage &photo)
{
    for (QToolButton *button : std::as_const(m_photoButtons)) {
        if (button->property("thumbnailUrl").toString() != path)
            continue;
        if (photo.isNull()) {
            button->setIcon(QIcon());
            button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        } else {
            button->setIcon(QPixmap::fromImage(photo));
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        }
    }
}

int BoardPostCard::photoColumns() const
{
    const QMargins margins = layout()->contentsMargins();
    const int room = contentsRect().width() - margins.left() - margins.right();
    const int spacing = m_photoGrid->horizontalSpacing();
    return qMax(1, (room + spacing) / (ThumbnailSide + 8 + spacing));
}

void BoardPostCard::placePhotos()
{
    const int columns = photoColumns();
    if (columns == m_photoColumns)
        return;
    m_photoColumns = columns;
    for (QToolButton *button : std::as_const(m_photoButtons))
        m_photoGrid->removeWidget(button);
    for (int i = 0; i < m_photoButtons.size(); ++i)
        m_photoGrid->addWidget(m_photoButtons.at(i), i / columns, i % columns);
}

void BoardPostCard::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    placePhotos();
}

QString BoardPostCard::reactionText() const
{
    return m_reactEdit->text();
}

void BoardPostCard::setReactionText(const QString &text)
{
    m_reactEdit->setText(text);
    updateReactButton();
}

void BoardPostCard::clearReaction()
{
    m_reactEdit->clear();
    updateReactButton();
}

void BoardPostCard::setReactionBusy(bool busy)
{
    m_busy = busy;
    m_reactEdit->setReadOnly(busy);
    updateReactButton();
}

void BoardPostCard::updateReactButton()
{
    m_react->setEnabled(!m_busy && !m_reactEdit->text().trimmed().isEmpty());
}

void BoardPostCard::showMessage(const QString &sentence)
{
    if (sentence.isEmpty())
        m_message->clear();
    else
        m_message->showMessage(sentence);
}

QList<QWidget *> BoardPostCard::focusChain() const
{
    QList<QWidget *> chain;
    if (m_delete->isVisibleTo(this))
        chain.append(m_delete);
    if (m_text->isVisibleTo(this))
        chain.append(m_text);
    for (QToolButton *button : m_photoButtons)
        chain.append(button);
    for (BoardReactionRow *row : m_rows)
        chain.append(row->focusChain());
    if (m_showAll->isVisibleTo(this))
        chain.append(m_showAll);
    chain.append(m_reactEdit);
    chain.append(m_react);
    return chain;
}
