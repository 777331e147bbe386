#include "ui/messages/contactchooserdialog.h"

#include "core/contactlistmodel.h"
#include "ui/theme.h"
#include "ui/widgets/statusmessage.h"

#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

ContactChooserDialog::ContactChooserDialog(ContactListModel *contacts, QWidget *parent)
    : QDialog(parent)
    , m_contacts(contacts)
    , m_empty(new QLabel(this))
    , m_status(new StatusMessage(this))
    , m_list(new QListView(this))
    , m_choose(new QPushButton(tr("Write a message"), this))
{
    setObjectName(QStringLiteral("contactChooserDialog"));
    setWindowTitle(tr("New message"));
    setAccessibleName(tr("New message"));

    auto *heading = new QLabel(tr("Who do you want to write to?"), this);
    heading->setObjectName(QStringLiteral("contactChooserHeading"));
    Theme::makeHeading(heading, 1);
    auto *intro = new QLabel(tr("These are the people who have access to this portal, in "
                                "alphabetical order. The care team is not among them: to reach "
                                "the care team, phone them."),
                             this);
    intro->setWordWrap(true);
    auto *listLabel = new QLabel(tr("&People"), this);
    m_list->setObjectName(QStringLiteral("contactList"));
    m_list->setAccessibleName(tr("People, in alphabetical order"));
    m_list->setModel(contacts);
    m_list->setIconSize(QSize(56, 56));
    m_list->setSpacing(4);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumSize(420, 300);
    listLabel->setBuddy(m_list);
    m_empty->setObjectName(QStringLiteral("contactsEmptyLabel"));
    m_empty->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("contactChooserStatus"));

    m_choose->setObjectName(QStringLiteral("chooseContactButton"));
    m_choose->setAccessibleName(tr("Write a message"));
    m_choose->setAccessibleDescription(tr("Writes a message to the chosen person."));
    m_choose->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancelContactButton"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_choose, QDialogButtonBox::AcceptRole);
    buttons->addButton(cancel, QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactChooserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter reaches the default button by itself; a double click chooses too.
    connect(m_list, &QListView::doubleClicked, this, &ContactChooserDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);

    connect(contacts, &QAbstractItemModel::modelReset, this, &ContactChooserDialog::updateState);
    connect(contacts, &ContactListModel::loadFailed, this, &ContactChooserDialog::updateState);
    updateState();
    resize(560, 620);
    m_list->setFocus();
}

void ContactChooserDialog::updateState()
{
    const bool none = m_contacts->hasLoaded() && m_contacts->rowCount() == 0;
    if (m_contacts->error().isError())
        m_status->showMessage(tr("The list of people could not be loaded.") + QLatin1Char(' ')
                              + m_contacts->error().userMessage());
    m_empty->setText(none ? tr("There is nobody yet to write to. The portal administrator can "
                               "give people access to this portal.")
                          : QString());
    m_empty->setVisible(none);
    if (!m_list->currentIndex().isValid() && m_contacts->rowCount() > 0) {
        // The first person who can receive a message.
        for (int row = 0; row < m_contacts->rowCount(); ++row) {
            if (m_contacts->personAt(row).canReceiveMessages) {
                m_list->setCurrentIndex(m_contacts->index(row));
                break;
            }
        }
    }
}

void ContactChooserDialog::accept()
{
    const ContactPerson person = m_contacts->personAt(m_list->currentIndex().row());
    if (!person.isValid()) {
        m_status->showMessage(tr("Choose a person in the list first."));
        m_list->setFocus();
        return;
    }
    if (!person.canReceiveMessages) {
        m_status->showMessage(
            tr("%1 cannot receive messages. Choose someone else.").arg(person.name));
        m_list->setFocus();
        return;
    }
    m_chosen = person;
    QDialog::accept();
}
