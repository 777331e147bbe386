#include "ui/login/clientpickerpage.h"

#include "ui/widgets/clientitemdelegate.h"
#include "ui/widgets/followselection.h"
#include "ui/widgets/statusmessage.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

ClientPickerPage::ClientPickerPage(QWidget *parent)
    : WizardPage(parent)
    , m_list(new QListView(this))
    , m_message(new StatusMessage(this))
    , m_open(new QPushButton(tr("Open"), this))
{
    setObjectName(QStringLiteral("clientPickerPage"));

    addHeading(tr("Whose portal do you want to open?"));
    auto *intro = new QLabel(tr("You can act for more than one person. Choose one. You can switch "
                                "later with \"Switch client\" at the top of the window."),
                             this);
    intro->setWordWrap(true);
    column()->addWidget(intro);

    m_list->setObjectName(QStringLiteral("clientList"));
    m_list->setAccessibleName(tr("People you can act for"));
    m_list->setItemDelegate(new ClientItemDelegate(m_list));
    m_list->setIconSize(QSize(ClientItemDelegate::PhotoSide, ClientItemDelegate::PhotoSide));
    m_list->setSpacing(4);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumHeight(2 * (ClientItemDelegate::PhotoSide + 32));
    column()->addWidget(m_list, 1);
    m_message->setObjectName(QStringLiteral("clientPickerMessage"));
    column()->addWidget(m_message);

    m_open->setObjectName(QStringLiteral("openClientButton"));
    m_open->setAccessibleName(tr("Open the chosen person's portal"));
    addSubmitRow(m_open);
    m_back = addLink(tr("Back"), QStringLiteral("pickerBackButton"));
    m_back->hide();

    setTabOrderChain({ m_list, m_message, m_open, m_back });

    // One click on a large entry opens it. Enter in the list reaches the page, which presses
    // "Open" for the current entry (the list's own "activated" would choose a second time).
    connect(m_list, &QListView::clicked, this, &ClientPickerPage::choose);
    connect(m_open, &QPushButton::clicked, this, [this] { choose(m_list->currentIndex()); });
    connect(m_back, &QPushButton::clicked, this, &ClientPickerPage::backRequested);
}

void ClientPickerPage::setModel(QAbstractItemModel *model, int idRole)
{
    m_model = model;
    m_idRole = idRole;
    m_list->setModel(model);
    auto selectFirst = [this] {
        if (m_model && m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_model->index(0, 0));
    };
    followSelection(m_list); // Open opens the client a screen reader chose
    connect(model, &QAbstractItemModel::modelReset, this, selectFirst);
    connect(model, &QAbstractItemModel::rowsInserted, this, selectFirst);
    selectFirst();
}

void ClientPickerPage::setCurrentClient(const QString &clientId)
{
    if (!m_model)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(m_idRole).toString() == clientId) {
            m_list->setCurrentIndex(index);
            return;
        }
    }
}

void ClientPickerPage::setCanGoBack(bool canGoBack)
{
    m_back->setVisible(canGoBack);
    setBackOnEscape(canGoBack);
}

void ClientPickerPage::showError(const QString &text)
{
    m_message->showMessage(text);
}

void ClientPickerPage::clearMessage()
{
    m_message->clear();
}

void ClientPickerPage::focusFirstField()
{
    m_list->setFocus();
}

void ClientPickerPage::choose(const QModelIndex &index)
{
    if (isBusy() || !index.isValid())
        return;
    const QString id = index.data(m_idRole).toString();
    if (!id.isEmpty())
        emit clientChosen(id);
}
