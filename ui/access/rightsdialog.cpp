#include "ui/access/rightsdialog.h"

#include "ui/access/rightseditor.h"
#include "ui/theme.h"
#include "ui/widgets/busyindicator.h"
#include "ui/widgets/statusmessage.h"
#include "ui/widgets/verticalscrollarea.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

RightsDialog::RightsDialog(ContactAccessActions *actions, const ContactAccess &contact,
                           QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_contact(contact)
    , m_rights(new RightsEditor(this))
    , m_status(new StatusMessage(this))
    , m_busy(new BusyIndicator(this))
    , m_save(new QPushButton(tr("Save rights"), this))
{
    setObjectName(QStringLiteral("rightsDialog"));
    const QString title = tr("Rights of %1").arg(contact.name);
    setWindowTitle(title);
    setAccessibleName(title);

    auto *heading = new QLabel(title, this);
    Theme::makeHeading(heading, 1);
    auto *intro = new QLabel(tr("Tick what %1 (%2) may see and do. The change counts from their "
                                "next step in the portal.")
                                 .arg(contact.name, contact.relation),
                             this);
    intro->setWordWrap(true);
    m_rights->setRights(contact.rights);
    m_rights->setEnabled(false); // until the portal's current rights are in
    m_status->setObjectName(QStringLiteral("rightsStatus"));
    m_status->clear();
    m_busy->setText(tr("One moment, please…"));

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->addWidget(heading);
    column->addWidget(intro);
    column->addWidget(m_rights);
    auto *scroll = new VerticalScrollArea(content, this);

    m_save->setObjectName(QStringLiteral("saveRightsButton"));
    m_save->setDefault(true);
    m_save->setEnabled(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelRightsButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);

    connect(m_save, &QPushButton::clicked, this, &RightsDialog::onSave);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_actions, &ContactAccessActions::loaded, this, &RightsDialog::onLoaded);
    connect(m_actions, &ContactAccessActions::busyChanged, this, &RightsDialog::onBusyChanged);
    connect(m_actions, &ContactAccessActions::rightsSaved, this,
            [this](const ContactAccess &saved, const QByteArray &) {
                if (saved.personId != m_contact.personId)
                    return;
                emit this->saved(saved);
                accept();
            });
    connect(m_actions, &ContactAccessActions::failed, this,
            [this](ContactAccessActions::Action action, const ApiError &, const QString &sentence) {
                if (action == ContactAccessActions::Action::SaveRights
                    || action == ContactAccessActions::Action::Load)
                    m_status->showMessage(sentence);
            });
    resize(680, 760);
    load();
}

void RightsDialog::load()
{
    m_actions->load(m_contact.personId);
    onBusyChanged(m_actions->isBusy());
}

void RightsDialog::onLoaded(const ContactAccess &contact, const QByteArray &etag)
{
    if (contact.personId != m_contact.personId)
        return;
    m_contact = contact;
    m_etag = etag;
    m_loaded = true;
    m_rights->setRights(contact.rights);
    m_rights->setEnabled(true);
    onBusyChanged(m_actions->isBusy());
    if (QWidget *first = m_rights->firstFocus())
        first->setFocus();
}

void RightsDialog::onSave()
{
    if (!m_actions->saveRights(m_contact.personId, m_rights->rights(), m_etag)) {
        m_status->showMessage(tr("The portal is still busy. Wait a moment and try again."));
        return;
    }
    m_status->clear();
}

void RightsDialog::onBusyChanged(bool busy)
{
    m_busy->setVisible(busy);
    m_save->setEnabled(!busy && m_loaded);
}
