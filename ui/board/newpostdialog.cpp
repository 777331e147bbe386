#include "ui/board/newpostdialog.h"

#include "core/boardimagefile.h"
#include "ui/board/boardpostcard.h"
#include "ui/theme.h"
#include "ui/widgets/busyindicator.h"
#include "ui/widgets/statusmessage.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

NewPostDialog::NewPostDialog(DraftStore *drafts, BoardPostSender *sender, const QString &clientId,
                             QWidget *parent)
    : QDialog(parent)
    , m_drafts(drafts)
    , m_sender(sender)
    , m_text(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
    , m_draftState(new QLabel(this))
    , m_addPhotos(new QPushButton(tr("Add photos…"), this))
    , m_previews(new QWidget(this))
    , m_previewLayout(new QVBoxLayout(m_previews))
    , m_status(new StatusMessage(this))
    , m_busy(new BusyIndicator(this))
    , m_send(new QPushButton(tr("Place on the board"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("newPostDialog"));
    setWindowTitle(tr("New post"));
    setAccessibleName(tr("New post"));

    m_draft = m_drafts->latest(QLatin1String(BoardPostSender::DraftKind), clientId);
    const bool restored = m_draft.isValid();
    if (!restored)
        m_draft = m_drafts->create(QLatin1String(BoardPostSender::DraftKind), clientId);
    m_photos = BoardPostSender::photosOf(m_draft);

    auto *heading = new QLabel(tr("New post"), this);
    Theme::makeHeading(heading, 1);
    auto *intro = new QLabel(tr("Everyone who may see the bulletin board sees your post. What "
                                "you write and the photos you choose are kept on this computer "
                                "until the post is on the board."),
                             this);
    intro->setWordWrap(true);
    auto *textLabel = new QLabel(tr("&Your message"), this);
    m_text->setObjectName(QStringLiteral("postTextEdit"));
    m_text->setAccessibleName(tr("Your message"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumSize(480, 160);
    QFont large = m_text->font();
    large.setPointSizeF(large.pointSizeF() * 1.15);
    m_text->setFont(large);
    m_text->setPlainText(m_draft.text());
    m_text->moveCursor(QTextCursor::End);
    textLabel->setBuddy(m_text);
    m_count->setObjectName(QStringLiteral("postCharacterCount"));
    m_draftState->setObjectName(QStringLiteral("postDraftStateLabel"));
    m_draftState->setWordWrap(true);
    if (restored)
        m_draftState->setText(tr("Your unsent post is back, as you left it on %1.")
                                  .arg(BoardPostCard::timeText(m_draft.updatedAt)));
    m_addPhotos->setObjectName(QStringLiteral("addPhotosButton"));
    m_addPhotos->setAccessibleName(tr("Add photos"));
    m_addPhotos->setAutoDefault(false);
    m_previews->setObjectName(QStringLiteral("postPhotoPreviews"));
    m_previewLayout->setContentsMargins(0, 0, 0, 0);
    m_status->setObjectName(QStringLiteral("newPostStatus"));
    m_busy->setObjectName(QStringLiteral("newPostBusy"));
    m_busy->hide();
    m_send->setObjectName(QStringLiteral("placePostButton"));
    m_send->setAccessibleName(tr("Place on the board"));
    m_send->setDefault(true);
    m_send->setAutoDefault(false);
    m_close->setObjectName(QStringLiteral("closePostButton"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setAccessibleDescription(tr("Closes this window. Your post is kept as a draft."));
    m_close->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto *photos = new QHBoxLayout;
    photos->addWidget(m_addPhotos);
    photos->addStretch(1);
    photos->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addWidget(textLabel);
    layout->addWidget(m_text, 1);
    layout->addLayout(photos);
    layout->addWidget(m_previews);
    layout->addWidget(m_draftState);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    m_status->clear();

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(SaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &NewPostDialog::saveDraft);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        m_dirty = true;
        m_saveTimer->start();
        updateState();
    });
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_send, &QPushButton::clicked, this, &NewPostDialog::onSend);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_addPhotos, &QPushButton::clicked, this, &NewPostDialog::choosePhotos);
    connect(m_sender, &BoardPostSender::sendingChanged, this, &NewPostDialog::onSendingChanged);
    connect(m_sender, &BoardPostSender::uploadProgress, this, &NewPostDialog::onProgress);
    connect(m_sender, &BoardPostSender::sent, this,
            [this](const QString &draftId) { onSent(draftId); });
    connect(m_sender, &BoardPostSender::failed, this, &NewPostDialog::onFailed);

    resize(760, 640);
    rebuildPreviews();
    onSendingChanged(m_sender->isSending());
    m_text->setFocus();
}

NewPostDialog::~NewPostDialog()
{
    if (m_dirty)
        saveDraft();
}

void NewPostDialog::choosePhotos()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Choose photos"), folder, tr("Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"));
    addPhotos(paths);
}

void NewPostDialog::addPhotos(const QStringList &paths)
{
    m_status->clear();
    QStringList problems;
    for (const QString &path : paths) {
        if (m_photos.size() >= BoardPost::MaxPhotos) {
            problems.append(tr("A post can have at most %1 photos.").arg(BoardPost::MaxPhotos));
            break;
        }
        QImage image;
        QString problem;
        if (!BoardImageFile::read(path, &image, &problem)) {
            problems.append(problem);
            continue;
        }
        m_photos.append(BoardPostSender::newPhoto(path));
    }
    if (!problems.isEmpty())
        m_status->showMessage(problems.join(QLatin1Char(' ')));
    m_dirty = true;
    saveDraft();
    rebuildPreviews();
}

void NewPostDialog::removePhoto(int index)
{
    if (index < 0 || index >= m_photos.size() || isOwnSendRunning())
        return;
    m_photos.removeAt(index);
    m_dirty = true;
    saveDraft();
    rebuildPreviews();
    m_addPhotos->setFocus();
}

void NewPostDialog::rebuildPreviews()
{
    while (QLayoutItem *item = m_previewLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto *row = new QWidget(m_previews);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < m_photos.size(); ++i) {
        if (i > 0 && i % 5 == 0) {
            rowLayout->addStretch(1);
            m_previewLayout->addWidget(row);
            row = new QWidget(m_previews);
            rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
        }
        const QString name = QFileInfo(m_photos.at(i).path).fileName();
        auto *cell = new QVBoxLayout;
        auto *picture = new QLabel(row);
        picture->setObjectName(QStringLiteral("postPhotoPreview"));
        picture->setFixedSize(PreviewSide, PreviewSide);
        picture->setAlignment(Qt::AlignCenter);
        const QImage preview = BoardImageFile::preview(m_photos.at(i).path, PreviewSide);
        if (preview.isNull())
            picture->setText(tr("(missing)"));
        else
            picture->setPixmap(QPixmap::fromImage(preview));
        picture->setAccessibleName(tr("Photo %1: %2").arg(i + 1).arg(name));
        auto *remove = new QPushButton(tr("Remove"), row);
        remove->setObjectName(QStringLiteral("removePhotoButton"));
        remove->setAccessibleName(tr("Remove photo %1, %2").arg(i + 1).arg(name));
        remove->setAutoDefault(false);
        connect(remove, &QPushButton::clicked, this, [this, i] { removePhoto(i); });
        cell->addWidget(picture);
        cell->addWidget(remove);
        rowLayout->addLayout(cell);
    }
    rowLayout->addStretch(1);
    m_previewLayout->addWidget(row);
    m_previews->setVisible(!m_photos.isEmpty());
    // The chain: text, Add photos, each Remove, then the buttons.
    QWidget *previous = m_addPhotos;
    for (QPushButton *remove :
         m_previews->findChildren<QPushButton *>(QStringLiteral("removePhotoButton"))) {
        setTabOrder(previous, remove);
        previous = remove;
    }
    setTabOrder(previous, m_send);
    updateState();
}

void NewPostDialog::updateState()
{
    const int length = int(m_text->toPlainText().trimmed().size());
    const bool tooLong = length > BoardPost::MaxTextLength;
    const QString photos = tr("%1 of %2 photos").arg(m_photos.size()).arg(BoardPost::MaxPhotos);
    m_count->setText(
        tooLong
            ? tr("%L1 characters: too long, at most %L2").arg(length).arg(BoardPost::MaxTextLength)
            : photos);
    const bool running = isOwnSendRunning();
    m_addPhotos->setEnabled(!running && m_photos.size() < BoardPost::MaxPhotos);
    m_send->setEnabled((length > 0 || !m_photos.isEmpty()) && !tooLong && !running);
}

void NewPostDialog::saveDraft()
{
    m_saveTimer->stop();
    if (!m_dirty)
        return;
    m_dirty = false;
    const QString text = m_text->toPlainText();
    if (text.trimmed().isEmpty() && m_photos.isEmpty()) {
        m_drafts->remove(m_draft.id);
        m_draft = m_drafts->create(m_draft.kind, m_draft.clientId);
        m_draftState->clear();
        return;
    }
    // Photo ids the sender stored meanwhile stay with their photos.
    const Draft stored = m_drafts->find(m_draft.id);
    if (stored.isValid()) {
        const QList<BoardPostSender::DraftPhoto> known = BoardPostSender::photosOf(stored);
        for (BoardPostSender::DraftPhoto &photo : m_photos) {
            for (const BoardPostSender::DraftPhoto &one : known) {
                if (one.key == photo.key)
                    photo.photoId = one.photoId;
            }
        }
        m_draft.idempotencyKey = stored.idempotencyKey;
    }
    m_draft.setText(text);
    BoardPostSender::setPhotos(&m_draft, m_photos);
    if (m_drafts->save(m_draft))
        m_draftState->setText(tr("Kept as a draft at %1.")
                                  .arg(QLocale().toString(m_draft.updatedAt.toLocalTime().time(),
                                                          QStringLiteral("HH:mm"))));
    else
        m_draftState->setText(tr("Your post could not be saved on this computer. Do not close "
                                 "this window before it is on the board."));
}

bool NewPostDialog::isOwnSendRunning() const
{
    return m_sender->isSending() && m_sender->sendingDraftId() == m_draft.id;
}

void NewPostDialog::onSend()
{
    m_dirty = true;
    saveDraft();
    m_status->clear();
    if (!m_sender->send(m_draft.id))
        m_status->showMessage(m_sender->isSending()
                                  ? tr("Another post is being placed. Wait a moment and try "
                                       "again.")
                                  : tr("Write a message or add a photo first."));
}

void NewPostDialog::onSendingChanged(bool sending)
{
    const bool own = sending && m_sender->sendingDraftId() == m_draft.id;
    m_busy->setText(tr("Placing your post…"));
    m_busy->setVisible(own);
    m_text->setReadOnly(own);
    for (QPushButton *remove :
         m_previews->findChildren<QPushButton *>(QStringLiteral("removePhotoButton")))
        remove->setEnabled(!own);
    updateState();
}

void NewPostDialog::onProgress(int done, int total)
{
    if (!isOwnSendRunning() || total == 0)
        return;
    m_busy->setText(done < total ? tr("Sending photo %1 of %2…").arg(done + 1).arg(total)
                                 : tr("Placing your post…"));
}

void NewPostDialog::onSent(const QString &draftId)
{
    if (draftId != m_draft.id)
        return;
    m_dirty = false;
    m_draft = Draft();
    accept();
}

void NewPostDialog::onFailed(const QString &draftId, const QString &sentence)
{
    if (draftId != m_draft.id)
        return;
    // The sender may have stored photo ids and a new key: take the stored draft as it is.
    const Draft stored = m_drafts->find(draftId);
    if (stored.isValid()) {
        m_draft.idempotencyKey = stored.idempotencyKey;
        m_photos = BoardPostSender::photosOf(stored);
        m_draft.fields = stored.fields;
    }
    m_status->showMessage(sentence);
    m_send->setFocus();
}

void NewPostDialog::done(int result)
{
    if (result == QDialog::Rejected) {
        saveDraft();
        if (m_drafts->find(m_draft.id).isValid())
            emit keptAsDraft();
    }
    QDialog::done(result);
}
