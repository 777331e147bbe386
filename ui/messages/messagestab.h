#pragma once

#include "core/clientsummary.h"
#include "core/contactperson.h"

#include <QPointer>
#include <QWidget>

class ApiError;
class BusyIndicator;
class ComposeBox;
class ContactChooserDialog;
class ContactListModel;
class ConversationListModel;
class DraftStore;
class MessageListModel;
class MessageSender;
class MessageUnreadCount;
class PhotoLoader;
class PortalApi;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class StackingColumns;
class StatusMessage;
struct Message;

// The "Messages" tab: on the left my conversations in this client's portal (with whom, the
// last message, how many are unread), "New message" to write to one of the client's people; on
// the right the chosen conversation, oldest at the top, and a compose box whose text is kept as
// a draft until the portal has it. Messages go to the people with access, never to the care team.
class MessagesTab : public QWidget
{
    Q_OBJECT

public:
    // `myPersonId`: the signed-in person (Me::id), to mark their own messages "You".
    MessagesTab(PortalApi *api, DraftStore *drafts, PhotoLoader *photos, const QString &myPersonId,
                QWidget *parent = nullptr);
    ~MessagesTab() override;

    // (Re)loads everything for this client; without the messages right the tab says so and
    // shows nothing else. An empty client clears the tab.
    void setClient(const ClientSummary &client);
    // Only the unread count of this client (for the part's name and notices), before the part
    // itself is opened; setClient() for the same client keeps it going. It asks nothing at once:
    // the first counts come with the home overview (unreadCount()->setCounts()) or the first
    // poll.
    void watchUnread(const ClientSummary &client);
    QString clientId() const { return m_client.id; }

    ConversationListModel *conversations() const { return m_conversations; }
    MessageListModel *messages() const { return m_messages; }
    ContactListModel *contacts() const { return m_contacts; }
    MessageSender *sender() const { return m_sender; }
    // The total of unread messages; its changed() signal gives the tab title
    // (MessageUnreadCount::tabTitle: "Messages (2)").
    MessageUnreadCount *unreadCount() const { return m_unread; }
    ComposeBox *composeBox() const { return m_compose; }
    ContactChooserDialog *contactChooser() const;

public slots:
    void openNewMessage();
    // Shows this conversation (at once, or when the list has it).
    void openConversation(const QString &conversationId);
    // Opens the conversation with only this person, or starts a new one.
    void writeTo(const ContactPerson &person);

signals:
    void unreadCountChanged(int messages);

protected:
private:
    void onConversationsLoaded();
    void onCurrentConversationChanged();
    void onMessagesChanged();
    void onLoadFailed(const ApiError &error);
    void onMessageSent(const QString &conversationId, const Message &message);
    void showNewConversation(const ContactPerson &person);
    void renderThread();
    void updateEmptyState();
    void updateBusy();

    PortalApi *m_api;
    DraftStore *m_drafts;
    QString m_myPersonId;
    ClientSummary m_client;
    ConversationListModel *m_conversations;
    MessageListModel *m_messages;
    ContactListModel *m_contacts;
    MessageSender *m_sender;
    MessageUnreadCount *m_unread;
    QStackedWidget *m_pages;
    QLabel *m_noRight;
    QPushButton *m_newMessage;
    QWidget *m_errorRow;
    StatusMessage *m_status;
    QPushButton *m_retry;
    BusyIndicator *m_busy;
    QStackedWidget *m_listStack;
    QListView *m_list;
    QLabel *m_empty;
    QLabel *m_threadTitle;
    QPushButton *m_older;
    QTextBrowser *m_thread;
    ComposeBox *m_compose;
    StackingColumns *m_columns = nullptr;
    QPointer<ContactChooserDialog> m_chooser;
    QString m_pendingConversationId;
    bool m_scrollToTop = false;
    ContactPerson m_newRecipient; // while a first message to them is being written
};
