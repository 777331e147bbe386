#include "ui/board/boardtab.h"

#include "core/boardpostlistmodel.h"
#include "core/boardpostsender.h"
#include "core/boardreactions.h"
#include "core/draftstore.h"
#include "ui/board/boardpostcard.h"
#include "ui/board/boardreactionscontroller.h"
#include "ui/board/newpostdialog.h"
#include "ui/board/photoviewdialog.h"
#include "ui/theme.h"
#include "ui/widgets/busyindicator.h"
#include "ui/widgets/statusmessage.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

// The first words of a post, to name it in a question.
QString excerpt(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() <= 60 ? simple : simple.left(57) + QStringLiteral("…");
}

} // namespace

BoardTab::BoardTab(PortalApi *api, DraftStore *drafts, PhotoLoader *photos, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_drafts(drafts)
    , m_photos(photos)
    , m_model(new BoardPostListModel(api, this))
    , m_postSender(new BoardPostSender(api, drafts, this))
    , m_reactions(new BoardReactionsController(
          api, drafts, m_model, [this](const QString &postId) { return cardFor(postId); }, this))
    , m_intro(new QLabel(this))
    , m_newPost(new QPushButton(tr("New post"), this))
    , m_errorRow(new QWidget(this))
    , m_status(new StatusMessage(this))
    , m_retry(new QPushButton(tr("Try again"), this))
    , m_notice(new StatusMessage(this))
    , m_busy(new BusyIndicator(this))
    , m_scroll(new QScrollArea(this))
    , m_cardsBox(new QWidget)
    , m_cardsLayout(new QVBoxLayout(m_cardsBox))
    , m_empty(new QLabel(m_cardsBox))
    , m_more(new QPushButton(tr("Show older posts"), m_cardsBox))
{
    setObjectName(QStringLiteral("boardTab"));
    auto *heading = new QLabel(tr("Bulletin board"), this);
    heading->setObjectName(QStringLiteral("boardHeading"));
    Theme::makeHeading(heading, 1);
    m_intro->setObjectName(QStringLiteral("boardIntro"));
    m_intro->setWordWrap(true);
    m_newPost->setObjectName(QStringLiteral("newPostButton"));
    m_newPost->setAccessibleName(tr("New post"));
    m_status->setObjectName(QStringLiteral("boardStatus"));
    m_retry->setObjectName(QStringLiteral("boardRetryButton"));
    m_retry->setAccessibleName(tr("Try again"));
    m_retry->setAccessibleDescription(tr("Asks the portal for the bulletin board again."));
    m_notice->setObjectName(QStringLiteral("boardNotice"));
    m_notice->clear();
    m_busy->setObjectName(QStringLiteral("boardBusy"));
    m_busy->setText(tr("Loading the bulletin board…"));
    m_busy->hide();

    auto *errorLayout = new QHBoxLayout(m_errorRow);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(m_status, 1);
    errorLayout->addWidget(m_retry, 0, Qt::AlignTop);
    m_errorRow->hide();

    m_empty->setObjectName(QStringLiteral("boardEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_empty->setFocusPolicy(Qt::StrongFocus);
    m_empty->hide();
    m_more->setObjectName(QStringLiteral("morePostsButton"));
    m_more->setAccessibleName(tr("Show older posts"));
    m_more->hide();
    m_cardsLayout->setContentsMargins(0, 0, 12, 0);
    m_cardsLayout->setSpacing(20);
    m_cardsLayout->addWidget(m_empty);
    m_cardsLayout->addWidget(m_more, 0, Qt::AlignLeft);
    m_cardsLayout->addStretch(1);
    m_scroll->setObjectName(QStringLiteral("boardScrollArea"));
    m_scroll->setAccessibleName(tr("Posts, newest first"));
    m_scroll->setWidget(m_cardsBox);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(m_newPost);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_intro);
    layout->addWidget(m_errorRow);
    layout->addWidget(m_notice);
    layout->addWidget(m_busy);
    layout->addWidget(m_scroll, 1);

    connect(m_newPost, &QPushButton::clicked, this, &BoardTab::openNewPost);
    connect(m_retry, &QPushButton::clicked, m_model, &BoardPostListModel::retry);
    connect(m_more, &QPushButton::clicked, this, [this] { m_model->fetchMore({}); });
    connect(m_model, &BoardPostListModel::loadingChanged, this, &BoardTab::onLoadingChanged);
    connect(m_model, &BoardPostListModel::loadFailed, this, &BoardTab::onLoadFailed);
    connect(m_model, &BoardPostListModel::pageLoaded, this, &BoardTab::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        clearCards();
        updateState();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { onRowsRemoved(first, last); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                onDataChanged(from.row(), to.row());
            });
    connect(m_model, &BoardPostListModel::postDeleted, this, [this] {
        m_notice->showMessage(tr("The post has been deleted."), StatusMessage::Tone::Info);
        m_newPost->setFocus();
    });
    connect(m_model, &BoardPostListModel::deleteFailed, this,
            [this](const QString &, const ApiError &error) {
                m_notice->showMessage(error.httpStatus() == 403
                                          ? tr("You may not delete this post.")
                                          : tr("The post could not be deleted.") + QLatin1Char(' ')
                                              + error.userMessage());
            });
    connect(m_postSender, &BoardPostSender::sent, this, [this] {
        m_notice->showMessage(tr("Your post is on the board. It is at the top."),
                              StatusMessage::Tone::Info);
        m_model->reload();
    });
    connect(m_reactions, &BoardReactionsController::notice, this, [this](const QString &sentence) {
        m_notice->showMessage(sentence, StatusMessage::Tone::Info);
    });
    // Keyboard users move through the posts with Tab; the list follows them.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_cardsBox->isAncestorOf(now))
            m_scroll->ensureWidgetVisible(now, 20, 40);
    });
    updateState();
}

BoardTab::~BoardTab()
{
    m_reactions->keepDrafts();
    delete m_dialog; // closing it first keeps its last keys as a draft
}

void BoardTab::setClient(const ClientSummary &client)
{
    m_reactions->setClientId(client.id);
    if (m_dialog) {
        m_dialog->reject();
        m_dialog = nullptr;
    }
    if (m_confirmation)
        m_confirmation->reject();
    m_client = client;
    m_notice->clear();
    m_model->setClientId(client.rights.board ? client.id : QString());
    updateState();
}

BoardReactions *BoardTab::reactions() const
{
    return m_reactions->reactions();
}

NewPostDialog *BoardTab::newPostDialog() const
{
    return m_dialog;
}

QMessageBox *BoardTab::confirmation() const
{
    return m_confirmation;
}

void BoardTab::updateState()
{
    const bool allowed = !m_client.id.isEmpty() && m_client.rights.board;
    const bool hasDraft = allowed
        && m_drafts->latest(QLatin1String(BoardPostSender::DraftKind), m_client.id).isValid();
    const QString text = hasDraft ? tr("Continue your post") : tr("New post");
    m_newPost->setText(text);
    m_newPost->setAccessibleName(text);
    m_newPost->setVisible(allowed);
    m_scroll->setVisible(allowed);
    if (m_client.id.isEmpty())
        m_intro->clear();
    else if (!allowed)
        m_intro->setText(tr("You may not see the bulletin board of %1. The portal administrator "
                            "decides who may.")
                             .arg(m_client.name));
    else
        m_intro->setText(tr("Messages and photos for everyone who may see the bulletin board "
                            "of %1. Everyone can react.")
                             .arg(m_client.name));
    const bool empty = allowed && m_model->hasLoaded() && m_model->rowCount() == 0;
    m_empty->setText(tr("There are no posts yet. Press \"New post\" to place the first one."));
    m_empty->setVisible(empty);
    m_more->setVisible(allowed && m_model->canFetchMore({}));
    updateTabOrder();
}

void BoardTab::onLoadingChanged(bool loading)
{
    m_busy->setVisible(loading);
    if (loading)
        m_errorRow->hide();
    updateState();
}

void BoardTab::onLoadFailed(const ApiError &error)
{
    const QString sentence = m_model->rowCount() == 0
        ? tr("The bulletin board could not be loaded.")
        : tr("Older posts could not be loaded.");
    m_status->showMessage(sentence + QLatin1Char(' ') + error.userMessage());
    m_errorRow->show();
    updateState();
}

void BoardTab::clearCards()
{
    qDeleteAll(m_cards);
    m_cards.clear();
}

BoardPostCard *BoardTab::cardFor(const QString &postId) const
{
    for (BoardPostCard *card : m_cards) {
        if (card->post().id == postId)
            return card;
    }
    return nullptr;
}

void BoardTab::onRowsInserted(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const BoardPost post = m_model->postAt(row);
        auto *card = new BoardPostCard(post, m_photos, m_cardsBox);
        m_reactions->attach(card);
        connect(card, &BoardPostCard::photoActivated, this, &BoardTab::openPhoto);
        connect(card, &BoardPostCard::deleteRequested, this, &BoardTab::confirmDeletePost);
        connect(card, &BoardPostCard::deleteReactionRequested, this,
                &BoardTab::confirmDeleteReaction);
        // Cards sit before the empty label, "Show older posts" and the stretch.
        m_cardsLayout->insertWidget(row, card);
        m_cards.insert(row, card);
    }
    updateState();
}

void BoardTab::onRowsRemoved(int first, int last)
{
    for (int row = last; row >= first; --row) {
        if (row < m_cards.size())
            delete m_cards.takeAt(row);
    }
    updateState();
}

void BoardTab::onDataChanged(int first, int last)
{
    for (int row = first; row <= last && row < m_cards.size(); ++row)
        m_cards.at(row)->setPost(m_model->postAt(row));
    updateTabOrder();
}

void BoardTab::updateTabOrder()
{
    QWidget *previous = m_newPost;
    for (BoardPostCard *card : std::as_const(m_cards)) {
        for (QWidget *widget : card->focusChain()) {
            setTabOrder(previous, widget);
            previous = widget;
        }
    }
    setTabOrder(previous, m_more);
}

void BoardTab::openNewPost()
{
    if (m_client.id.isEmpty() || !m_client.rights.board)
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_notice->clear();
    m_dialog = new NewPostDialog(m_drafts, m_postSender, m_client.id, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &NewPostDialog::keptAsDraft, this, [this] {
        m_notice->showMessage(tr("Your post is not on the board yet. It is kept: press "
                                 "\"Continue your post\" to go on with it."),
                              StatusMessage::Tone::Info);
    });
    connect(m_dialog, &QDialog::finished, this, [this] {
        updateState();
        m_newPost->setFocus();
    });
    m_dialog->open();
}

void BoardTab::openPhoto(const BoardPost &post, int index)
{
    auto *dialog = new PhotoViewDialog(m_photos, post, index, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BoardTab::confirm(const QString &question, const QString &action, std::function<void()> onYes)
{
    if (m_confirmation)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete?"), question,
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("boardConfirmDelete"));
    box->setInformativeText(tr("This cannot be undone."));
    QPushButton *yes = box->addButton(action, QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton *no = box->addButton(tr("Keep it"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("keepButton"));
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, yes, onYes = std::move(onYes)] {
        if (box->clickedButton() == yes)
            onYes();
    });
    m_confirmation = box;
    box->open();
}

void BoardTab::confirmDeletePost(const BoardPost &post)
{
    const QString when = BoardPostCard::timeText(post.createdAt);
    const QString question = post.text.trimmed().isEmpty()
        ? tr("Delete the post with %n photo(s) by %1 of %2?", nullptr, int(post.photos.size()))
              .arg(post.author.name, when)
        : tr("Delete the post \"%1\" by %2 of %3?").arg(excerpt(post.text), post.author.name, when);
    const QString postId = post.id;
    confirm(question + QLatin1Char(' ') + tr("Its photos and reactions are deleted too."),
            tr("Delete post"), [this, postId] { m_model->deletePost(postId); });
}

void BoardTab::confirmDeleteReaction(const BoardPost &post, const BoardReaction &reaction)
{
    const QString question
        = tr("Delete the reaction \"%1\" by %2 under the post by %3?")
              .arg(excerpt(reaction.text), reaction.author.name, post.author.name);
    const QString postId = post.id;
    const QString reactionId = reaction.id;
    confirm(question, tr("Delete reaction"),
            [this, postId, reactionId] { m_reactions->deleteReaction(postId, reactionId); });
}
