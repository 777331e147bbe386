#include "ui/profile/trusteddevicessection.h"

#include "core/trusteddevicelist.h"
#include "ui/theme.h"
#include "ui/widgets/statusmessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

TrustedDevicesSection::TrustedDevicesSection(PortalApi *api, QWidget *parent)
    : QWidget(parent)
    , m_devices(new TrustedDeviceList(api, this))
    , m_view(new QListView(this))
    , m_status(new StatusMessage(this))
    , m_remove(new QPushButton(tr("Remove…"), this))
    , m_removeAll(new QPushButton(tr("Remove all…"), this))
{
    setObjectName(QStringLiteral("trustedDevicesSection"));
    auto *heading = new QLabel(tr("My trusted devices"), this);
    Theme::makeHeading(heading, 2);
    auto *intro = new QLabel(tr("Computers where you chose \"remember this computer\". There you "
                                "sign in without a code by text message. Remove a computer you "
                                "no longer use, or that is not yours."),
                             this);
    intro->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("trustedDeviceList"));
    m_view->setAccessibleName(tr("My trusted devices"));
    m_view->setModel(m_devices);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSpacing(4);
    m_view->setMinimumHeight(140);
    m_status->setObjectName(QStringLiteral("trustedDevicesStatus"));
    m_status->clear();
    m_remove->setObjectName(QStringLiteral("removeDeviceButton"));
    m_remove->setAccessibleName(tr("Remove the chosen computer"));
    m_removeAll->setObjectName(QStringLiteral("removeAllDevicesButton"));
    m_removeAll->setAccessibleName(tr("Remove all my computers"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_removeAll);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_devices, &TrustedDeviceList::busyChanged, this,
            &TrustedDevicesSection::onBusyChanged);
    connect(m_devices, &TrustedDeviceList::loaded, this, &TrustedDevicesSection::onLoaded);
    connect(m_devices, &TrustedDeviceList::revoked, this, &TrustedDevicesSection::onRevoked);
    connect(m_devices, &TrustedDeviceList::failed, this,
            [this](const ApiError &, const QString &sentence) { m_status->showMessage(sentence); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { onBusyChanged(m_devices->isBusy()); });
    connect(m_remove, &QPushButton::clicked, this, &TrustedDevicesSection::confirmRemove);
    connect(m_removeAll, &QPushButton::clicked, this, &TrustedDevicesSection::confirmRemoveAll);
    onBusyChanged(false);
}

void TrustedDevicesSection::setLocalStore(TrustedDeviceStore *store, const QString &key)
{
    m_devices->setLocalStore(store, key);
    reload();
}

void TrustedDevicesSection::reload()
{
    m_devices->reload();
}

void TrustedDevicesSection::onBusyChanged(bool busy)
{
    // With no computer remembered the sentence above says so: no empty list, no buttons that
    // can do nothing.
    const bool any = m_devices->rowCount() > 0;
    const bool chosen = any && m_view->currentIndex().isValid();
    m_view->setVisible(any);
    m_remove->setVisible(chosen);
    m_remove->setEnabled(!busy && chosen);
    m_removeAll->setVisible(any);
    m_removeAll->setEnabled(!busy && any);
}

void TrustedDevicesSection::onLoaded()
{
    if (m_devices->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_devices->index(0));
    // What a removal did stays readable after the list that follows it.
    const QString removed = std::exchange(m_removedSentence, QString());
    if (m_devices->rowCount() == 0) {
        const QString none = tr("No computer is remembered: every sign-in asks a code by text "
                                "message.");
        m_status->showMessage(removed.isEmpty() ? none : removed + QLatin1Char(' ') + none,
                              StatusMessage::Tone::Info);
    } else if (removed.isEmpty()) {
        m_status->clear();
    }
    onBusyChanged(m_devices->isBusy());
}

void TrustedDevicesSection::onRevoked(const QString &deviceId, bool wasThisComputer)
{
    QString sentence = deviceId.isEmpty() ? tr("All your computers are removed.")
                                          : tr("The computer is removed.");
    if (wasThisComputer)
        sentence += QLatin1Char(' ')
            + tr("This computer is forgotten too: the next sign-in here asks a code by text "
                 "message.");
    m_removedSentence = sentence;
    m_status->showMessage(sentence, StatusMessage::Tone::Info);
}

void TrustedDevicesSection::ask(const QString &question, const QString &detail, const QString &yes,
                                const std::function<void()> &onYes)
{
    if (m_confirm)
        return;
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Remove"), question,
                                QMessageBox::NoButton, this);
    m_confirm->setObjectName(QStringLiteral("removeDeviceConfirmation"));
    m_confirm->setInformativeText(detail);
    QPushButton *remove = m_confirm->addButton(yes, QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveDeviceButton"));
    QPushButton *keep = m_confirm->addButton(tr("Keep"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepDeviceButton"));
    m_confirm->setDefaultButton(keep);
    m_confirm->setEscapeButton(keep);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::buttonClicked, this, [remove, onYes](QAbstractButton *button) {
        if (button == remove)
            onYes();
    });
    m_confirm->open();
}

void TrustedDevicesSection::confirmRemove()
{
    const TrustedDevice device = m_devices->deviceAt(m_view->currentIndex().row());
    if (device.id.isEmpty())
        return;
    const QString detail = device.current
        ? tr("This is the computer you are using now. It is forgotten here too: the next time "
             "you sign in here, you get a code by text message again.")
        : tr("The next sign-in on that computer asks a code by text message again.");
    const QString id = device.id;
    ask(tr("Remove \"%1\" from your trusted devices?").arg(device.name), detail, tr("Remove"),
        [this, id] { m_devices->revoke(id); });
}

void TrustedDevicesSection::confirmRemoveAll()
{
    ask(tr("Remove all your trusted devices?"),
        tr("Every computer, this one included, asks a code by text message at the next sign-in."),
        tr("Remove all"), [this] { m_devices->revokeAll(); });
}
