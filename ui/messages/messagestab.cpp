#include "ui/messages/messagestab.h"

#include "core/contactlistmodel.h"
#include "core/conversationlistmodel.h"
#include "core/draftstore.h"
#include "core/messagelistmodel.h"
#include "core/messagesender.h"
#include "core/messageunreadcount.h"
#include "ui/messages/composebox.h"
#include "ui/messages/contactchooserdialog.h"
#include "ui/theme.h"
#include "ui/widgets/busyindicator.h"
#include "ui/widgets/stackingcolumns.h"
#include "ui/widgets/statusmessage.h"
#include "ui/widgets/wrappeditemdelegate.h"

#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

#include <utility>

namespace {

QString paragraphs(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

} // namespace

MessagesTab::MessagesTab(PortalApi *api, DraftStore *drafts, PhotoLoader *photos,
                         const QString &myPersonId, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_drafts(drafts)
    , m_myPersonId(myPersonId)
    , m_conversations(new ConversationListModel(api, this))
    , m_messages(new MessageListModel(api, this))
    , m_contacts(new ContactListModel(api, this))
    , m_sender(new MessageSender(api, drafts, this))
    , m_unread(new MessageUnreadCount(api, this))
    , m_pages(new QStackedWidget(this))
    , m_noRight(new QLabel(this))
    , m_newMessage(new QPushButton(tr("New message"), this))
    , m_errorRow(new QWidget(this))
    , m_status(new StatusMessage(this))
    , m_retry(new QPushButton(tr("Try again"), this))
    , m_busy(new BusyIndicator(this))
    , m_listStack(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_threadTitle(new QLabel(this))
    , m_older(new QPushButton(tr("Show older messages"), this))
    , m_thread(new QTextBrowser(this))
    , m_compose(new ComposeBox(drafts, m_sender, this))
{
    setObjectName(QStringLiteral("messagesTab"));
    m_conversations->setMyPersonId(myPersonId);
    m_conversations->setPhotoLoader(photos);
    m_contacts->setPhotoLoader(photos);
    m_messages->setMyPersonId(myPersonId);

    auto *heading = new QLabel(tr("Messages"), this);
    heading->setObjectName(QStringLiteral("messagesHeading"));
    Theme::makeHeading(heading, 1);
    m_newMessage->setObjectName(QStringLiteral("newMessageButton"));
    m_newMessage->setAccessibleName(tr("New message"));
    m_newMessage->setAccessibleDescription(
        tr("Choose one of the people with access to this portal and write to them."));
    auto *note = new QLabel(tr("Messages go to the people who have access to this portal. They "
                               "do not go to the care team: to reach the care team, phone them."),
                            this);
    note->setObjectName(QStringLiteral("messagesNote"));
    note->setWordWrap(true);

    m_status->setObjectName(QStringLiteral("messagesStatus"));
    m_retry->setObjectName(QStringLiteral("messagesRetryButton"));
    m_retry->setAccessibleName(tr("Try again"));
    auto *error = new QHBoxLayout(m_errorRow);
    error->setContentsMargins(0, 0, 0, 0);
    error->addWidget(m_status, 1);
    error->addWidget(m_retry);
    m_errorRow->hide();
    m_busy->setObjectName(QStringLiteral("messagesBusy"));
    m_busy->setText(tr("Loading messages…"));
    m_busy->hide();

    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setAccessibleName(tr("Conversations, most recent first"));
    m_list->setModel(m_conversations);
    m_list->setIconSize(QSize(56, 56));
    m_list->setSpacing(4);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Names and the unread count wrap instead of being cut off; the last message is a preview.
    auto *delegate = new WrappedItemDelegate(m_list);
    delegate->setLastLineLimit(2);
    m_list->setItemDelegate(delegate);
    m_list->setResizeMode(QListView::Adjust);
    m_empty->setObjectName(QStringLiteral("conversationsEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setMargin(16);
    m_empty->setFocusPolicy(Qt::StrongFocus);
    m_empty->setText(tr("You have no conversations yet. Press \"New message\" to write to "
                        "someone."));
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_empty);

    m_threadTitle->setObjectName(QStringLiteral("conversationTitle"));
    m_threadTitle->setWordWrap(true);
    Theme::makeHeading(m_threadTitle, 2);
    m_older->setObjectName(QStringLiteral("olderMessagesButton"));
    m_older->setAccessibleName(tr("Show older messages"));
    m_older->hide();
    m_thread->setObjectName(QStringLiteral("messageThread"));
    m_thread->setAccessibleName(tr("The messages of this conversation, oldest first"));
    m_thread->setOpenLinks(false);
    QFont readable = m_thread->font();
    readable.setPointSizeF(readable.pointSizeF() * 1.1);
    m_thread->setFont(readable);
    m_thread->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_thread->setPlaceholderText(
        tr("Choose a conversation on the left to read it here, or press \"New message\"."));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(6);
    rightLayout->addWidget(m_threadTitle);
    rightLayout->addWidget(m_older, 0, Qt::AlignLeft);
    rightLayout->addWidget(m_thread, 1);
    rightLayout->addWidget(m_compose);

    // Side by side while both fit; with large text the conversation goes under the list, where
    // it gets the height, rather than both being squeezed until every name is cut off.
    m_columns = new StackingColumns(m_listStack, 1, right, 2, this);
    m_columns->setObjectName(QStringLiteral("messagesColumns"));
    m_columns->setSpacing(12);
    m_columns->setStackedStretch(0, 1);
    // The list shows a whole name beside its photo, the conversation a readable line; stacked,
    // a few conversations and a few lines of the chosen one.
    m_columns->setMinimumInText(m_list, 20, 7, m_list->iconSize().width() + 24);
    m_columns->setMinimumInText(m_thread, 28, 6);

    auto *main = new QWidget(this);
    auto *top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(m_newMessage);
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->setSpacing(12);
    mainLayout->addLayout(top);
    mainLayout->addWidget(note);
    mainLayout->addWidget(m_errorRow);
    mainLayout->addWidget(m_busy);
    mainLayout->addWidget(m_columns, 1);

    m_noRight->setObjectName(QStringLiteral("messagesNoRightLabel"));
    m_noRight->setWordWrap(true);
    m_noRight->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_noRight->setFocusPolicy(Qt::StrongFocus);
    m_noRight->setText(tr("You may not read or send messages in this portal. The portal "
                          "administrator can give you that right."));
    m_pages->addWidget(main);
    m_pages->addWidget(m_noRight);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_pages);
    setTabOrder(m_newMessage, m_list);
    setTabOrder(m_list, m_older);
    setTabOrder(m_older, m_thread);
    setTabOrder(m_thread, m_compose->editor());

    connect(m_newMessage, &QPushButton::clicked, this, &MessagesTab::openNewMessage);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_conversations->error().isError())
            m_conversations->retry();
        if (m_messages->error().isError())
            m_messages->retry();
        if (m_contacts->error().isError())
            m_contacts->reload();
    });
    connect(m_conversations, &ConversationListModel::loadFailed, this, &MessagesTab::onLoadFailed);
    connect(m_messages, &MessageListModel::loadFailed, this, &MessagesTab::onLoadFailed);
    connect(m_conversations, &ConversationListModel::loadingChanged, this,
            &MessagesTab::updateBusy);
    connect(m_messages, &MessageListModel::loadingChanged, this, &MessagesTab::updateBusy);
    connect(m_conversations, &ConversationListModel::pageLoaded, this,
            &MessagesTab::onConversationsLoaded);
    connect(m_conversations, &QAbstractItemModel::modelReset, this, &MessagesTab::updateEmptyState);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MessagesTab::onCurrentConversationChanged);
    connect(m_messages, &QAbstractItemModel::rowsInserted, this, &MessagesTab::onMessagesChanged);
    connect(m_messages, &QAbstractItemModel::modelReset, this, &MessagesTab::onMessagesChanged);
    connect(m_older, &QPushButton::clicked, this, [this] {
        m_scrollToTop = true;
        m_messages->fetchOlder();
    });
    connect(m_messages, &MessageListModel::markedRead, this, [this](const QString &id) {
        m_conversations->setRead(id);
        m_unread->refresh();
    });
    connect(m_compose, &ComposeBox::messageSent, this, &MessagesTab::onMessageSent);
    connect(m_unread, &MessageUnreadCount::changed, this, &MessagesTab::unreadCountChanged);
    setClient(ClientSummary());
}

ContactChooserDialog *MessagesTab::contactChooser() const
{
    return m_chooser;
}

MessagesTab::~MessagesTab()
{
    delete m_chooser;
    m_compose->saveDraft();
}

void MessagesTab::setClient(const ClientSummary &client)
{
    if (m_chooser)
        m_chooser->reject();
    m_compose->setDraft(Draft());
    m_client = client;
    m_pendingConversationId.clear();
    m_newRecipient = ContactPerson();
    m_errorRow->hide();
    const bool allowed = !client.id.isEmpty() && client.rights.messages;
    m_pages->setCurrentIndex(allowed || client.id.isEmpty() ? 0 : 1);
    const QString id = allowed ? client.id : QString();
    m_messages->setConversation(QString(), QString());
    m_conversations->setClientId(id);
    m_contacts->setClientId(id);
    if (m_unread->clientId() != id)
        m_unread->setClientId(id);
    m_unread->setPolling(allowed);
    m_newMessage->setEnabled(allowed);
    m_threadTitle->clear();
    m_older->hide();
    m_thread->clear();
    updateEmptyState();
}

void MessagesTab::watchUnread(const ClientSummary &client)
{
    const bool allowed = !client.id.isEmpty() && client.rights.messages;
    m_unread->follow(allowed ? client.id : QString());
    m_unread->setPolling(allowed);
}

void MessagesTab::updateBusy()
{
    m_busy->setVisible(m_conversations->isLoading() || m_messages->isLoading());
    if (m_conversations->isLoading() || m_messages->isLoading()) {
        m_errorRow->hide();
        m_status->clear();
    }
    updateEmptyState();
}

void MessagesTab::updateEmptyState()
{
    const bool empty = m_conversations->hasLoaded() && m_conversations->rowCount() == 0
        && !m_newRecipient.isValid();
    m_listStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_list);
}

void MessagesTab::onLoadFailed(const ApiError &error)
{
    const QString sentence = QObject::sender() == m_messages
        ? tr("The messages of this conversation could not be loaded.")
        : tr("Your conversations could not be loaded.");
    m_status->showMessage(sentence + QLatin1Char(' ') + error.userMessage());
    m_errorRow->show();
    m_busy->hide();
}

void MessagesTab::openNewMessage()
{
    if (m_client.id.isEmpty() || !m_client.rights.messages)
        return;
    if (m_chooser) {
        m_chooser->raise();
        m_chooser->activateWindow();
        return;
    }
    if (!m_contacts->isLoading())
        m_contacts->reload();
    m_chooser = new ContactChooserDialog(m_contacts, this);
    m_chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_chooser, &QDialog::accepted, this, [this] {
        if (m_chooser)
            writeTo(m_chooser->chosen());
    });
    connect(m_chooser, &QDialog::rejected, m_newMessage, [this] { m_newMessage->setFocus(); });
    m_chooser->open();
}

void MessagesTab::writeTo(const ContactPerson &person)
{
    if (!person.isValid())
        return;
    const int row = m_conversations->rowWithOnly(person.id);
    if (row >= 0) {
        m_list->setCurrentIndex(m_conversations->index(row));
        m_compose->editor()->setFocus();
        return;
    }
    showNewConversation(person);
}

void MessagesTab::showNewConversation(const ContactPerson &person)
{
    m_list->selectionModel()->clearCurrentIndex();
    m_messages->setConversation(QString(), QString());
    m_newRecipient = person;
    m_threadTitle->setText(tr("New message to %1").arg(person.nameWithRelation()));
    m_older->hide();
    m_thread->setHtml(
        QStringLiteral("<p>%1</p>")
            .arg(tr("This is the start of your conversation with %1. Write your message below.")
                     .arg(person.name.toHtmlEscaped())));
    m_compose->setDraft(m_sender->openRecipientDraft(m_client.id, person.id));
    m_compose->editor()->setFocus();
    updateEmptyState();
}

void MessagesTab::openConversation(const QString &conversationId)
{
    const int row = m_conversations->rowOf(conversationId);
    if (row >= 0) {
        m_list->setCurrentIndex(m_conversations->index(row));
        m_list->scrollTo(m_conversations->index(row));
    } else {
        m_pendingConversationId = conversationId;
    }
}

void MessagesTab::onConversationsLoaded()
{
    if (!m_pendingConversationId.isEmpty() && m_conversations->rowOf(m_pendingConversationId) >= 0)
        openConversation(std::exchange(m_pendingConversationId, QString()));
    updateEmptyState();
}

void MessagesTab::onCurrentConversationChanged()
{
    const Conversation conversation = m_conversations->conversationAt(m_list->currentIndex().row());
    if (!conversation.isValid()) {
        if (!m_newRecipient.isValid()) {
            m_compose->setDraft(Draft());
            m_messages->setConversation(QString(), QString());
            m_threadTitle->clear();
            m_thread->clear();
        }
        return;
    }
    m_newRecipient = ContactPerson();
    m_threadTitle->setText(tr("Conversation with %1").arg(conversation.title(m_myPersonId)));
    m_compose->setDraft(m_sender->openConversationDraft(m_client.id, conversation.id));
    if (m_messages->conversationId() != conversation.id)
        m_messages->setConversation(m_client.id, conversation.id);
    else
        renderThread();
}

void MessagesTab::onMessagesChanged()
{
    if (m_newRecipient.isValid())
        return;
    renderThread();
}

void MessagesTab::renderThread()
{
    QString html;
    for (int row = 0; row < m_messages->rowCount(); ++row) {
        const QModelIndex index = m_messages->index(row);
        const bool mine = index.data(MessageListModel::IsMineRole).toBool();
        const QString who
            = mine ? tr("You") : index.data(MessageListModel::SenderNameRole).toString();
        const QString when = QLocale().toString(
            index.data(MessageListModel::SentAtRole).toDateTime().toLocalTime(),
            QStringLiteral("dddd d MMMM yyyy, HH:mm"));
        // Own messages stand to the right, others' to the left; the name says it in words.
        const QString margins = mine ? QStringLiteral("margin-left: 80px; margin-right: 0px")
                                     : QStringLiteral("margin-left: 0px; margin-right: 80px");
        html += QStringLiteral("<p style=\"%1; margin-top: 14px; margin-bottom: 0px\"><b>%2</b>"
                               " &nbsp; %3</p><p style=\"%1; margin-top: 2px\">%4</p>")
                    .arg(margins, who.toHtmlEscaped(), when.toHtmlEscaped(),
                         paragraphs(index.data(MessageListModel::TextRole).toString()));
    }
    m_thread->setHtml(html);
    m_older->setVisible(m_messages->canFetchOlder());
    // New and newest messages are at the bottom; after "Show older" the reader stays on top.
    // The text cursor goes there too: reading by keyboard starts at what is on screen, and a
    // scroll area around the part shows that place when the conversation gets the focus.
    m_thread->moveCursor(std::exchange(m_scrollToTop, false) ? QTextCursor::Start
                                                             : QTextCursor::End);
}

void MessagesTab::onMessageSent(const QString &conversationId, const Message &message)
{
    if (m_newRecipient.isValid()) {
        // A first message made a conversation: show it as soon as the list has it.
        m_newRecipient = ContactPerson();
        m_pendingConversationId = conversationId;
        m_conversations->reload();
        return;
    }
    m_messages->appendSent(message);
}
