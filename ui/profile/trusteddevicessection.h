#pragma once

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

#include <functional>

class ApiError;
class PortalApi;
class QListView;
class QPushButton;
class StatusMessage;
class TrustedDeviceList;
class TrustedDeviceStore;

// "My trusted devices" on the Profile tab: the computers where I chose "remember this
// computer", with when each was last used and until when it is remembered, "Remove" for one
// and "Remove all", each after a confirmation. Removing this computer also forgets the token
// kept here, so the next sign-in here asks an SMS code again; the confirmation says so.
class TrustedDevicesSection : public QWidget
{
    Q_OBJECT

public:
    explicit TrustedDevicesSection(PortalApi *api, QWidget *parent = nullptr);

    // Where this computer keeps its token (see TrustedDeviceList::setLocalStore); loads the list.
    void setLocalStore(TrustedDeviceStore *store, const QString &key);
    void reload();

    TrustedDeviceList *list() const { return m_devices; }
    QMessageBox *confirmation() const { return m_confirm; }

public slots:
    void confirmRemove();
    void confirmRemoveAll();

private:
    void onBusyChanged(bool busy);
    void onLoaded();
    void onRevoked(const QString &deviceId, bool wasThisComputer);
    void ask(const QString &question, const QString &detail, const QString &yes,
             const std::function<void()> &onYes);

    TrustedDeviceList *m_devices;
    QListView *m_view;
    StatusMessage *m_status;
    QPushButton *m_remove;
    QPushButton *m_removeAll;
    QPointer<QMessageBox> m_confirm;
    QString m_removedSentence; // shown until the list after the removal is loaded
};
