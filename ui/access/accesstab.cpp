#include "ui/access/accesstab.h"

#include "core/contactaccessactions.h"
#include "core/contactaccesslistmodel.h"
#include "ui/access/accesslogview.h"
#include "ui/access/invitecontactdialog.h"
#include "ui/access/rightsdialog.h"
#include "ui/theme.h"
#include "ui/widgets/busyindicator.h"
#include "ui/widgets/stackingcolumns.h"
#include "ui/widgets/statusmessage.h"

#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace {

enum Page { ContactsPage, LogPage, NotAllowedPage };

QLabel *wrapped(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// Two lines per person, "name (relation)" and then the state, so that the list never has to
// scroll sideways; the model's accessible text still says it all in one sentence.
class ContactItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool invited = index.data(ContactAccessListModel::StatusRole).toInt()
            == int(ContactAccess::Status::Invited);
        option->text = AccessTab::tr("%1 (%2)\n%3")
                           .arg(index.data(ContactAccessListModel::NameRole).toString(),
                                index.data(ContactAccessListModel::RelationRole).toString(),
                                invited ? AccessTab::tr("Invitation not yet used")
                                        : AccessTab::tr("Has access"))
                           // With WrapText on, Qt 6.4 drops a '\n' when the whole text fits on
                           // one line (a wide list at large text); a line separator stays.
                           .replace(QLatin1Char('\n'), QChar::LineSeparator);
        option->features |= QStyleOptionViewItem::WrapText;
    }
};

} // namespace

AccessTab::AccessTab(PortalApi *api, DraftStore *drafts, QWidget *parent)
    : QWidget(parent)
    , m_model(new ContactAccessListModel(api, this))
    , m_actions(new ContactAccessActions(api, drafts, this))
    , m_pages(new QStackedWidget(this))
    , m_notAllowed(wrapped(this, QStringLiteral("accessNotAllowed")))
    , m_list(new QListView(this))
    , m_status(new StatusMessage(this))
    , m_busy(new BusyIndicator(this))
    , m_name(new QLabel(this))
    , m_details(wrapped(this, QStringLiteral("contactDetails")))
    , m_rightsSummary(wrapped(this, QStringLiteral("contactRightsSummary")))
    , m_inviteButton(new QPushButton(tr("Invite a contact…"), this))
    , m_logButton(new QPushButton(tr("Access log"), this))
    , m_rightsButton(new QPushButton(tr("Change rights…"), this))
    , m_resendButton(new QPushButton(tr("Send invitation again"), this))
    , m_endButton(new QPushButton(tr("End access…"), this))
    , m_log(new AccessLogView(api, this))
{
    setObjectName(QStringLiteral("accessTab"));
    setAccessibleName(tr("Access"));

    // The contacts page: the list on the left, the chosen person on the right.
    auto *heading = new QLabel(tr("Who has access"), this);
    Theme::makeHeading(heading, 2);
    auto *intro = new QLabel(tr("The people you invited to this portal, and what each of them "
                                "may see and do. The client and their representatives always "
                                "see everything."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("contactAccessList"));
    m_list->setAccessibleName(tr("Contact persons with access"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSpacing(4);
    m_list->setMinimumWidth(280);
    m_list->setItemDelegate(new ContactItemDelegate(m_list));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_status->setObjectName(QStringLiteral("accessStatus"));
    m_status->clear();
    m_busy->setText(tr("One moment, please…"));
    m_busy->hide();
    m_name->setObjectName(QStringLiteral("contactName"));
    QFont bold = m_rightsSummary->font();
    bold.setBold(true);
    m_rightsSummary->setFont(bold);
    Theme::makeHeading(m_name, 2);
    m_inviteButton->setObjectName(QStringLiteral("inviteContactButton"));
    m_logButton->setObjectName(QStringLiteral("accessLogButton"));
    m_rightsButton->setObjectName(QStringLiteral("changeRightsButton"));
    m_resendButton->setObjectName(QStringLiteral("resendInvitationButton"));
    m_endButton->setObjectName(QStringLiteral("endAccessButton"));

    auto *leftColumn = new QWidget(this);
    auto *left = new QVBoxLayout(leftColumn);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_list, 1);
    left->addWidget(m_inviteButton);
    left->addWidget(m_logButton);
    auto *paneColumn = new QWidget(this);
    auto *pane = new QVBoxLayout(paneColumn);
    pane->setContentsMargins(0, 0, 0, 0);
    pane->addWidget(m_name);
    pane->addWidget(m_details);
    pane->addSpacing(8);
    pane->addWidget(m_rightsSummary);
    pane->addSpacing(8);
    pane->addWidget(m_rightsButton, 0, Qt::AlignLeft);
    pane->addWidget(m_resendButton, 0, Qt::AlignLeft);
    pane->addWidget(m_endButton, 0, Qt::AlignLeft);
    pane->addStretch();
    // Side by side while they fit; with large text the chosen person goes under the list
    // rather than past the right edge of the window.
    auto *columns = new StackingColumns(leftColumn, 2, paneColumn, 3, this);
    columns->setObjectName(QStringLiteral("contactAccessColumns"));
    columns->setSpacing(24);
    auto *contacts = new QWidget(this);
    auto *contactsLayout = new QVBoxLayout(contacts);
    contactsLayout->setContentsMargins(0, 0, 0, 0);
    contactsLayout->addWidget(heading);
    contactsLayout->addWidget(intro);
    contactsLayout->addWidget(columns, 1);

    m_notAllowed->setText(tr("Only the client and their representatives decide who has access "
                             "to this portal."));
    m_pages->addWidget(contacts);
    m_pages->addWidget(m_log);
    m_pages->addWidget(m_notAllowed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_pages, 1);

    setTabOrder(m_list, m_inviteButton);
    setTabOrder(m_inviteButton, m_logButton);
    setTabOrder(m_logButton, m_rightsButton);
    setTabOrder(m_rightsButton, m_resendButton);
    setTabOrder(m_resendButton, m_endButton);

    connect(m_model, &ContactAccessListModel::loaded, this, &AccessTab::onLoaded);
    connect(m_model, &ContactAccessListModel::loadingChanged, this, &AccessTab::updateButtons);
    connect(m_model, &ContactAccessListModel::loadFailed, this, [this](const ApiError &error) {
        onFailed(tr("The contact persons could not be loaded.") + QLatin1Char(' ')
                 + error.userMessage());
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AccessTab::onCurrentChanged);
    connect(m_actions, &ContactAccessActions::busyChanged, this, &AccessTab::updateButtons);
    connect(m_actions, &ContactAccessActions::failed, this,
            [this](ContactAccessActions::Action action, const ApiError &, const QString &sentence) {
                // The dialogs say their own; the tab says what it started itself.
                if (action == ContactAccessActions::Action::Resend
                    || action == ContactAccessActions::Action::EndAccess)
                    onFailed(sentence);
            });
    connect(m_actions, &ContactAccessActions::rightsSaved, this,
            [this](const ContactAccess &contact) {
                m_model->update(contact);
                onCurrentChanged();
                m_status->showMessage(tr("The rights of %1 are saved.").arg(contact.name),
                                      StatusMessage::Tone::Info);
            });
    connect(m_actions, &ContactAccessActions::invitationResent, this, [this] {
        m_status->showMessage(tr("The invitation is on its way again, with a new temporary "
                                 "password. The previous one no longer works."),
                              StatusMessage::Tone::Info);
    });
    connect(m_actions, &ContactAccessActions::accessEnded, this, [this](const QString &personId) {
        const ContactAccess gone = m_model->contactAt(m_model->rowOf(personId));
        m_status->showMessage(tr("%1 no longer has access.").arg(gone.name),
                              StatusMessage::Tone::Info);
        m_model->reload();
    });
    connect(m_inviteButton, &QPushButton::clicked, this, &AccessTab::openInvite);
    connect(m_logButton, &QPushButton::clicked, this, &AccessTab::showAccessLog);
    connect(m_rightsButton, &QPushButton::clicked, this, &AccessTab::openRights);
    connect(m_resendButton, &QPushButton::clicked, this, &AccessTab::resendInvitation);
    connect(m_endButton, &QPushButton::clicked, this, &AccessTab::confirmEndAccess);
    connect(m_log, &AccessLogView::backRequested, this, &AccessTab::showContacts);
    onCurrentChanged();
}

AccessTab::~AccessTab() = default;

void AccessTab::setClient(const ClientSummary &client)
{
    m_clientId = client.id;
    m_allowed = client.rights.manageAccess && !client.id.isEmpty();
    m_status->clear();
    if (m_invite)
        m_invite->reject();
    if (m_rightsDialog)
        m_rightsDialog->reject();
    m_actions->setClientId(m_allowed ? client.id : QString());
    m_model->setClientId(m_allowed ? client.id : QString());
    m_log->setClientId(QString()); // loaded when it is opened: reading it is logged as well
    m_pages->setCurrentIndex(m_allowed ? ContactsPage : NotAllowedPage);
    onCurrentChanged();
}

ContactAccess AccessTab::currentContact() const
{
    return m_model->contactAt(m_list->currentIndex().row());
}

void AccessTab::onLoaded()
{
    if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0));
    if (m_model->rowCount() == 0)
        m_status->showMessage(tr("Nobody else has access yet. Use \"Invite a contact\" to invite "
                                 "someone."),
                              StatusMessage::Tone::Info);
    onCurrentChanged();
}

void AccessTab::onFailed(const QString &sentence)
{
    m_status->showMessage(sentence);
    updateButtons();
}

void AccessTab::onCurrentChanged()
{
    const ContactAccess contact = currentContact();
    const bool has = contact.isValid();
    m_name->setText(has ? contact.name : tr("Nobody chosen"));
    if (has) {
        const QLocale locale;
        QString state = contact.status == ContactAccess::Status::Invited
            ? tr("Invited on %1; has not signed in yet.")
                  .arg(locale.toString(contact.invitedAt.toLocalTime().date(), QLocale::LongFormat))
            : tr("Has signed in; last time on %1.")
                  .arg(contact.lastSignInAt.isValid() ? locale.toString(
                           contact.lastSignInAt.toLocalTime().date(), QLocale::LongFormat)
                                                      : tr("an unknown day"));
        m_details->setText(tr("Relation: %1\nE-mail: %2\nMobile: %3\n%4")
                               .arg(contact.relation, contact.email, contact.mobile, state));
        m_rightsSummary->setText(contact.rights.summary());
    } else {
        m_details->setText(tr("Choose a person in the list to see their rights."));
        m_rightsSummary->clear();
    }
    m_rightsSummary->setAccessibleName(tr("Rights"));
    updateButtons();
}

void AccessTab::updateButtons()
{
    const ContactAccess contact = currentContact();
    const bool idle = m_allowed && !m_actions->isBusy();
    m_busy->setVisible(m_model->isLoading() || m_actions->isBusy());
    m_inviteButton->setEnabled(idle);
    m_logButton->setEnabled(m_allowed);
    m_rightsButton->setEnabled(idle && contact.isValid());
    m_endButton->setEnabled(idle && contact.isValid());
    m_resendButton->setVisible(contact.status == ContactAccess::Status::Invited);
    m_resendButton->setEnabled(idle && contact.isValid());
    if (contact.isValid()) {
        m_rightsButton->setAccessibleName(tr("Change the rights of %1").arg(contact.name));
        m_endButton->setAccessibleName(tr("End the access of %1").arg(contact.name));
        m_resendButton->setAccessibleName(tr("Send the invitation to %1 again").arg(contact.name));
    }
}

void AccessTab::selectPerson(const QString &personId)
{
    const int row = m_model->rowOf(personId);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void AccessTab::openInvite()
{
    if (!m_allowed)
        return;
    if (m_invite) {
        m_invite->raise();
        return;
    }
    m_invite = new InviteContactDialog(m_actions, m_clientId, this);
    m_invite->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_invite, &InviteContactDialog::invited, this, [this](const ContactAccess &contact) {
        m_status->showMessage(
            tr("%1 is invited. The invitation is on its way by e-mail.").arg(contact.name),
            StatusMessage::Tone::Info);
        const QString personId = contact.personId;
        connect(
            m_model, &ContactAccessListModel::loaded, this,
            [this, personId] { selectPerson(personId); }, Qt::SingleShotConnection);
        m_model->reload();
    });
    connect(m_invite, &InviteContactDialog::keptAsDraft, this, [this] {
        m_status->showMessage(tr("Your invitation is not sent yet; it is kept. Choose \"Invite a "
                                 "contact\" to finish it."),
                              StatusMessage::Tone::Info);
    });
    m_invite->open();
}

void AccessTab::openRights()
{
    const ContactAccess contact = currentContact();
    if (!m_allowed || !contact.isValid() || m_rightsDialog)
        return;
    m_rightsDialog = new RightsDialog(m_actions, contact, this);
    m_rightsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_rightsDialog->open();
}

void AccessTab::confirmEndAccess()
{
    const ContactAccess contact = currentContact();
    if (!m_allowed || !contact.isValid() || m_confirm)
        return;
    m_confirm
        = new QMessageBox(QMessageBox::Question, tr("End access"),
                          tr("End the access of %1 (%2)?").arg(contact.name, contact.relation),
                          QMessageBox::NoButton, this);
    m_confirm->setObjectName(QStringLiteral("endAccessConfirmation"));
    m_confirm->setInformativeText(tr("From now on %1 cannot see or do anything in this portal. "
                                     "What they wrote stays. You can invite them again later.")
                                      .arg(contact.name));
    QPushButton *end = m_confirm->addButton(tr("End access"), QMessageBox::DestructiveRole);
    end->setObjectName(QStringLiteral("confirmEndAccessButton"));
    QPushButton *keep = m_confirm->addButton(tr("Keep access"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepAccessButton"));
    // Escape and Enter both keep: ending access takes a deliberate choice.
    m_confirm->setDefaultButton(keep);
    m_confirm->setEscapeButton(keep);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    const QString personId = contact.personId;
    connect(m_confirm, &QMessageBox::buttonClicked, this,
            [this, end, personId](QAbstractButton *button) {
                if (button == end)
                    m_actions->endAccess(personId);
            });
    m_confirm->open();
}

void AccessTab::resendInvitation()
{
    const ContactAccess contact = currentContact();
    if (m_allowed && contact.isValid())
        m_actions->resendInvitation(contact.personId);
}

void AccessTab::showAccessLog()
{
    if (!m_allowed)
        return;
    m_status->clear();
    m_pages->setCurrentIndex(LogPage);
    m_log->setClientId(m_clientId);
    m_log->setFocus();
}

void AccessTab::showContacts()
{
    m_pages->setCurrentIndex(m_allowed ? ContactsPage : NotAllowedPage);
    m_list->setFocus();
}
