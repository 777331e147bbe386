#pragma once

#include "core/apierror.h"
#include "core/clientprofile.h"
#include "core/contactchange.h"
#include "core/me.h"

#include <QWidget>

class ContactChangeDialog;
class PhotoBadge;
class PhotoDialog;
class PhotoLoader;
class PortalApi;
class QFormLayout;
class QLabel;
class QPushButton;
class StatusMessage;
class TrustedDevicesSection;

// The "Profile" tab: the client's basic data as the care organisation knows them (read-only;
// changes go through the department), and the signed-in person's own mobile number, e-mail
// address and photo, which they change here.
class ProfileTab : public QWidget
{
    Q_OBJECT

public:
    ProfileTab(PortalApi *api, PhotoLoader *photos, QWidget *parent = nullptr);

    // Loads the client's profile when `canSeeProfile` (the profile right); otherwise only my own
    // details show.
    void setClient(const QString &clientId, bool canSeeProfile);
    void setMe(const Me &me);
    void reload();

    ClientProfileLoader *loader() const { return m_loader; }
    // Opens the dialogs (non-blocking); also what the "Change…" buttons do.
    ContactChangeDialog *openContactChange(ContactChange::Channel channel);
    PhotoDialog *openPhotoDialog();
    // "My trusted devices", below my details. It loads when told where this computer keeps its
    // token (TrustedDevicesSection::setLocalStore) or on reload(); hide it in kiosk mode.
    TrustedDevicesSection *trustedDevices() const { return m_trustedDevices; }

signals:
    // My mobile number or e-mail address changed; `me` as the portal now knows me.
    void meChanged(const Me &me);
    // My photo was set or removed (for a client, also the photo in the top bar).
    void myPhotoChanged();

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &objectName);
    void showProfile(const ClientProfile &profile);
    void showProfileError(const ApiError &error);
    void showMe();
    void onPhotoReady(const QString &path, const QImage &photo);

    PortalApi *m_api;
    PhotoLoader *m_photos;
    ClientProfileLoader *m_loader;
    QString m_clientId;
    bool m_canSeeProfile = false;
    Me m_me;

    QWidget *m_profileBlock;
    QLabel *m_profileHeading = nullptr;
    QLabel *m_profileIntro;
    StatusMessage *m_profileMessage;
    QLabel *m_name;
    QLabel *m_clientNumber;
    QLabel *m_dateOfBirth;
    QLabel *m_address;
    QLabel *m_phone;
    QLabel *m_email;
    QLabel *m_location;
    QLabel *m_department;
    QLabel *m_caregiver;

    QLabel *m_myMobile;
    QLabel *m_myEmail;
    QPushButton *m_changeMobile;
    QPushButton *m_changeEmail;
    PhotoBadge *m_myPhoto;
    QPushButton *m_changePhoto;
    StatusMessage *m_myMessage;
    TrustedDevicesSection *m_trustedDevices;
};
