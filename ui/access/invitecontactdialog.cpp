#include "ui/access/invitecontactdialog.h"

#include "ui/access/rightseditor.h"
#include "ui/theme.h"
#include "ui/widgets/busyindicator.h"
#include "ui/widgets/statusmessage.h"
#include "ui/widgets/verticalscrollarea.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

InviteContactDialog::InviteContactDialog(ContactAccessActions *actions, const QString &clientId,
                                         QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_drafts(actions->drafts())
    , m_form(new QFormLayout)
    , m_rights(new RightsEditor(this))
    , m_draftState(new QLabel(this))
    , m_status(new StatusMessage(this))
    , m_busy(new BusyIndicator(this))
    , m_send(new QPushButton(tr("Send invitation"), this))
    , m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("inviteContactDialog"));
    setWindowTitle(tr("Invite a contact"));
    setAccessibleName(tr("Invite a contact"));

    const QLatin1String kind(ContactAccessActions::DraftKind);
    m_draft = m_drafts->latest(kind, clientId);
    if (!m_draft.isValid())
        m_draft = m_drafts->create(kind, clientId);
    m_restored = ContactInvite::fromDraftFields(m_draft.fields);

    auto *heading = new QLabel(tr("Invite a contact"), this);
    Theme::makeHeading(heading, 1);
    auto *intro = new QLabel(tr("The portal sends this person an e-mail with the portal address, "
                                "a username and a temporary password. Signing in also needs a "
                                "code by text message on the mobile number."),
                             this);
    intro->setWordWrap(true);

    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_givenName
        = addField(tr("&First name"), QStringLiteral("inviteGivenName"), m_restored.givenName);
    m_prefix = addField(tr("Family name &prefix (van, de …)"), QStringLiteral("inviteNamePrefix"),
                        m_restored.familyNamePrefix);
    m_familyName
        = addField(tr("Family &name"), QStringLiteral("inviteFamilyName"), m_restored.familyName);
    m_relation = addField(tr("&Relation (daughter, neighbour …)"), QStringLiteral("inviteRelation"),
                          m_restored.relation);
    m_email = addField(tr("&E-mail address"), QStringLiteral("inviteEmail"), m_restored.email);
    m_mobile = addField(tr("&Mobile number"), QStringLiteral("inviteMobile"), m_restored.mobile);
    m_relation->setMaxLength(60);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_mobile->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_mobile->setPlaceholderText(tr("06 12345678"));

    auto *rightsHeading = new QLabel(tr("What may this person see and do?"), this);
    Theme::makeHeading(rightsHeading, 2);
    m_rights->setRights(m_restored.rights);

    m_draftState->setObjectName(QStringLiteral("inviteDraftState"));
    m_draftState->setWordWrap(true);
    if (!m_restored.isEmpty())
        m_draftState->setText(tr("Your unsent invitation is back, as you left it."));
    m_status->setObjectName(QStringLiteral("inviteStatus"));
    m_status->clear();
    m_busy->setText(tr("Sending the invitation…"));
    m_busy->hide();

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->addWidget(heading);
    column->addWidget(intro);
    column->addLayout(m_form);
    column->addSpacing(8);
    column->addWidget(rightsHeading);
    column->addWidget(m_rights);
    auto *scroll = new VerticalScrollArea(content, this);

    m_send->setObjectName(QStringLiteral("sendInvitationButton"));
    m_send->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeInviteButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_draftState);
    layout->addWidget(buttons);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(SaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &InviteContactDialog::saveDraft);
    connect(m_rights, &RightsEditor::rightsChanged, this, &InviteContactDialog::onChanged);
    connect(m_send, &QPushButton::clicked, this, &InviteContactDialog::onSend);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_actions, &ContactAccessActions::invited, this,
            [this](const QString &draftId, const ContactAccess &contact) {
                if (draftId != m_draft.id)
                    return;
                m_sending = false;
                m_dirty = false;
                m_draft = Draft();
                emit invited(contact);
                accept();
            });
    connect(m_actions, &ContactAccessActions::failed, this, &InviteContactDialog::onFailed);

    resize(720, 720);
    m_givenName->setFocus();
}

InviteContactDialog::~InviteContactDialog()
{
    if (m_dirty)
        saveDraft();
}

QLineEdit *InviteContactDialog::addField(const QString &label, const QString &objectName,
                                         const QString &text)
{
    auto *edit = new QLineEdit(text, this);
    edit->setObjectName(objectName);
    QString plain = label;
    edit->setAccessibleName(plain.remove(QLatin1Char('&')));
    edit->setMaxLength(254);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(edit);
    m_form->addRow(caption, edit);
    connect(edit, &QLineEdit::textEdited, this, &InviteContactDialog::onChanged);
    return edit;
}

ContactInvite InviteContactDialog::invite() const
{
    ContactInvite invite;
    invite.givenName = m_givenName->text();
    invite.familyNamePrefix = m_prefix->text();
    invite.familyName = m_familyName->text();
    invite.relation = m_relation->text();
    invite.email = m_email->text();
    invite.mobile = m_mobile->text();
    invite.rights = m_rights->rights();
    return invite;
}

void InviteContactDialog::onChanged()
{
    m_dirty = true;
    m_saveTimer->start();
}

void InviteContactDialog::saveDraft()
{
    m_saveTimer->stop();
    if (!m_dirty || !m_draft.isValid())
        return;
    m_dirty = false;
    const ContactInvite typed = invite();
    if (typed.isEmpty()) {
        m_drafts->remove(m_draft.id);
        m_draft = m_drafts->create(m_draft.kind, m_draft.clientId);
        m_draftState->clear();
        return;
    }
    m_draft.fields = typed.toDraftFields();
    if (m_drafts->save(m_draft))
        m_draftState->setText(tr("Kept as a draft at %1.")
                                  .arg(QLocale().toString(m_draft.updatedAt.toLocalTime().time(),
                                                          QStringLiteral("HH:mm"))));
    else
        m_draftState->setText(tr("What you typed could not be saved on this computer. Do not "
                                 "close this window before the invitation is sent."));
}

QString InviteContactDialog::missingSentence() const
{
    if (m_givenName->text().trimmed().isEmpty() || m_familyName->text().trimmed().isEmpty())
        return tr("Fill in the first name and the family name.");
    if (m_relation->text().trimmed().isEmpty())
        return tr("Fill in the relation, for example \"daughter\" or \"neighbour\".");
    if (!m_email->text().contains(QLatin1Char('@')))
        return tr("Check the e-mail address: it should look like name@example.nl.");
    const QString mobile = ContactInvite::normalizedMobile(m_mobile->text());
    if (!mobile.startsWith(QLatin1Char('+')) || mobile.size() < 9)
        return tr("Check the mobile number: it should look like 06 12345678.");
    return {};
}

void InviteContactDialog::onSend()
{
    m_dirty = true;
    saveDraft();
    m_status->clear();
    const QString missing = missingSentence();
    if (!missing.isEmpty()) {
        m_status->showMessage(missing);
        return;
    }
    if (!m_actions->invite(m_draft.id)) {
        m_status->showMessage(tr("The portal is still busy. Wait a moment and try again."));
        return;
    }
    m_sending = true;
    m_busy->show();
    m_send->setEnabled(false);
}

void InviteContactDialog::onFailed(ContactAccessActions::Action action, const ApiError &error,
                                   const QString &sentence)
{
    Q_UNUSED(error)
    if (action != ContactAccessActions::Action::Invite || !m_sending)
        return;
    m_sending = false;
    m_busy->hide();
    m_send->setEnabled(true);
    // The key may have been renewed (idempotency_key_reused): take the stored draft as it is.
    const Draft stored = m_drafts->find(m_draft.id);
    if (stored.isValid())
        m_draft.idempotencyKey = stored.idempotencyKey;
    m_status->showMessage(sentence);
    m_send->setFocus();
}

void InviteContactDialog::done(int result)
{
    if (result == QDialog::Rejected && m_draft.isValid()) {
        saveDraft();
        if (m_drafts->find(m_draft.id).isValid())
            emit keptAsDraft();
    }
    QDialog::done(result);
}
