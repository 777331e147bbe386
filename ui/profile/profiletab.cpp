#include "ui/profile/profiletab.h"

#include "core/photoloader.h"
#include "ui/home/photobadge.h"
#include "ui/profile/contactchangedialog.h"
#include "ui/profile/photodialog.h"
#include "ui/profile/trusteddevicessection.h"
#include "ui/theme.h"
#include "ui/widgets/statusmessage.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

constexpr int ReadableWidth = 900;
constexpr int MyPhotoSide = 96;

QString orUnknown(const QString &text)
{
    return text.trimmed().isEmpty() ? ProfileTab::tr("Not known") : text;
}

// "06 12345678" for a Dutch mobile number, as people write it; other numbers as they are.
QString readableMobile(const QString &e164)
{
    if (e164.startsWith(QLatin1String("+316")) && e164.size() == 12)
        return QStringLiteral("06 ") + e164.mid(4);
    return e164;
}

QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    Theme::makeHeading(label, 2);
    return label;
}

} // namespace

ProfileTab::ProfileTab(PortalApi *api, PhotoLoader *photos, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_photos(photos)
    , m_loader(new ClientProfileLoader(api, this))
    , m_profileBlock(new QWidget(this))
    , m_profileIntro(new QLabel(this))
    , m_profileMessage(new StatusMessage(this))
    , m_myMobile(new QLabel(this))
    , m_myEmail(new QLabel(this))
    , m_changeMobile(new QPushButton(tr("Change…"), this))
    , m_changeEmail(new QPushButton(tr("Change…"), this))
    , m_myPhoto(new PhotoBadge(MyPhotoSide, this))
    , m_changePhoto(new QPushButton(tr("Change photo…"), this))
    , m_myMessage(new StatusMessage(this))
    , m_trustedDevices(new TrustedDevicesSection(api, this))
{
    setObjectName(QStringLiteral("profileTab"));

    // The client's data, read-only.
    m_profileBlock->setObjectName(QStringLiteral("profileBlock"));
    m_profileIntro->setObjectName(QStringLiteral("profileIntro"));
    m_profileIntro->setWordWrap(true);
    m_profileMessage->setObjectName(QStringLiteral("profileMessage"));
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(10);
    m_name = addRow(form, tr("Name"), QStringLiteral("profileName"));
    m_clientNumber = addRow(form, tr("Client number"), QStringLiteral("profileClientNumber"));
    m_dateOfBirth = addRow(form, tr("Date of birth"), QStringLiteral("profileDateOfBirth"));
    m_address = addRow(form, tr("Address"), QStringLiteral("profileAddress"));
    m_phone = addRow(form, tr("Phone"), QStringLiteral("profilePhone"));
    m_email = addRow(form, tr("E-mail"), QStringLiteral("profileEmail"));
    m_location = addRow(form, tr("Location"), QStringLiteral("profileLocation"));
    m_department = addRow(form, tr("Department"), QStringLiteral("profileDepartment"));
    m_caregiver = addRow(form, tr("Coordinating caregiver"), QStringLiteral("profileCaregiver"));
    auto *profileLayout = new QVBoxLayout(m_profileBlock);
    profileLayout->setContentsMargins(0, 0, 0, 0);
    profileLayout->setSpacing(12);
    m_profileHeading = makeHeading(tr("Basic details"), m_profileBlock);
    profileLayout->addWidget(m_profileHeading);
    profileLayout->addWidget(m_profileIntro);
    profileLayout->addWidget(m_profileMessage);
    profileLayout->addLayout(form);

    // My own details, which I change here.
    m_myMobile->setObjectName(QStringLiteral("myMobile"));
    m_myEmail->setObjectName(QStringLiteral("myEmail"));
    for (QLabel *label : { m_myMobile, m_myEmail })
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changeMobile->setObjectName(QStringLiteral("changeMobileButton"));
    m_changeMobile->setAccessibleName(tr("Change my mobile number"));
    m_changeEmail->setObjectName(QStringLiteral("changeEmailButton"));
    m_changeEmail->setAccessibleName(tr("Change my e-mail address"));
    m_myPhoto->setObjectName(QStringLiteral("myPhoto"));
    m_changePhoto->setObjectName(QStringLiteral("changePhotoButton"));
    m_changePhoto->setAccessibleName(tr("Change my photo"));
    m_myMessage->setObjectName(QStringLiteral("myDetailsMessage"));
    // Caption, value, button: a grid, so the three rows line up.
    auto *myForm = new QGridLayout;
    myForm->setHorizontalSpacing(24);
    myForm->setVerticalSpacing(10);
    myForm->setColumnStretch(1, 1);
    const auto caption = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        label->setBuddy(buddy);
        return label;
    };
    const auto changeRow = [&](int row, const QString &label, QLabel *value, QPushButton *button) {
        value->setAccessibleName(label);
        myForm->addWidget(caption(label, button), row, 0, Qt::AlignVCenter);
        myForm->addWidget(value, row, 1, Qt::AlignVCenter);
        myForm->addWidget(button, row, 2);
    };
    changeRow(0, tr("Mobile number"), m_myMobile, m_changeMobile);
    changeRow(1, tr("E-mail address"), m_myEmail, m_changeEmail);
    myForm->addWidget(caption(tr("Photo"), m_changePhoto), 2, 0, Qt::AlignVCenter);
    myForm->addWidget(m_myPhoto, 2, 1, Qt::AlignLeft | Qt::AlignVCenter);
    myForm->addWidget(m_changePhoto, 2, 2);

    auto *content = new QWidget;
    content->setMaximumWidth(ReadableWidth);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(16, 16, 16, 16);
    column->setSpacing(16);
    column->addWidget(m_profileBlock);
    column->addSpacing(12);
    column->addWidget(makeHeading(tr("My details"), content));
    auto *myIntro = new QLabel(tr("Your own mobile number, e-mail address and photo. You can "
                                  "change these yourself."),
                               content);
    myIntro->setWordWrap(true);
    column->addWidget(myIntro);
    column->addWidget(m_myMessage);
    column->addLayout(myForm);
    column->addSpacing(12);
    column->addWidget(m_trustedDevices);
    column->addStretch();
    auto *holder = new QWidget;
    auto *centre = new QHBoxLayout(holder);
    centre->setContentsMargins(0, 0, 0, 0);
    centre->addWidget(content, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(holder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_loader, &ClientProfileLoader::loaded, this, &ProfileTab::showProfile);
    connect(m_loader, &ClientProfileLoader::failed, this, &ProfileTab::showProfileError);
    connect(m_changeMobile, &QPushButton::clicked, this,
            [this] { openContactChange(ContactChange::Channel::Mobile); });
    connect(m_changeEmail, &QPushButton::clicked, this,
            [this] { openContactChange(ContactChange::Channel::Email); });
    connect(m_changePhoto, &QPushButton::clicked, this, &ProfileTab::openPhotoDialog);
    connect(m_photos, &PhotoLoader::photoReady, this, &ProfileTab::onPhotoReady);
    m_profileBlock->hide();
    showMe();
}

QLabel *ProfileTab::addRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    // No word wrap: QFormLayout gives wrapped labels too little height; the values are short.
    value->setTextFormat(Qt::PlainText);
    // People read their data out on the phone to the department: selectable, reachable by Tab.
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setFocusPolicy(Qt::StrongFocus);
    value->setAccessibleName(label);
    auto *caption = new QLabel(label, this);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    caption->setBuddy(value);
    form->addRow(caption, value);
    return value;
}

void ProfileTab::setClient(const QString &clientId, bool canSeeProfile)
{
    m_clientId = clientId;
    m_canSeeProfile = canSeeProfile;
    reload();
}

void ProfileTab::reload()
{
    m_profileBlock->setVisible(m_canSeeProfile && !m_clientId.isEmpty());
    if (!m_profileBlock->isVisibleTo(this)) {
        m_loader->cancel();
        return;
    }
    m_profileIntro->setText(tr("Loading…"));
    m_profileMessage->clear();
    m_loader->load(m_clientId);
}

void ProfileTab::showProfile(const ClientProfile &profile)
{
    const QString department
        = profile.department.isEmpty() ? profile.locationName : profile.department;
    m_profileIntro->setText(
        department.isEmpty()
            ? tr("These are the details as the care organisation knows them. To change "
                 "something, contact the department where the care is given.")
            : tr("These are the details as the care organisation knows them. To change "
                 "something, contact the department where the care is given: %1.")
                  .arg(department));
    m_profileHeading->setText(tr("Basic details of %1").arg(profile.displayName));
    m_name->setText(orUnknown(profile.displayName));
    m_clientNumber->setText(orUnknown(profile.clientNumber));
    m_dateOfBirth->setText(profile.dateOfBirth.isValid() ? QLocale().toString(
                               profile.dateOfBirth, QStringLiteral("d MMMM yyyy"))
                                                         : orUnknown({}));
    m_address->setText(profile.hasAddress() ? tr("%1 %2\n%3 %4")
                                                  .arg(profile.street, profile.houseNumber,
                                                       profile.postalCode, profile.city)
                                                  .trimmed()
                                            : orUnknown({}));
    m_phone->setText(orUnknown(profile.phone));
    m_email->setText(orUnknown(profile.email));
    m_location->setText(orUnknown(profile.locationName));
    m_department->setText(orUnknown(profile.department));
    m_caregiver->setText(
        profile.caregiverName.isEmpty()
            ? orUnknown({})
            : (profile.caregiverPhone.isEmpty()
                   ? profile.caregiverName
                   : tr("%1, phone %2").arg(profile.caregiverName, profile.caregiverPhone)));
    for (QLabel *value : { m_name, m_clientNumber, m_dateOfBirth, m_address, m_phone, m_email,
                           m_location, m_department, m_caregiver })
        value->setAccessibleDescription(value->text());
}

void ProfileTab::showProfileError(const ApiError &error)
{
    if (error.httpStatus() == 403) {
        // The right was taken away meanwhile: leave the block out, as the tab would be.
        m_profileBlock->hide();
        return;
    }
    m_profileIntro->clear();
    m_profileMessage->showMessage(tr("The basic details could not be loaded.") + QLatin1Char(' ')
                                  + error.userMessage());
}

void ProfileTab::setMe(const Me &me)
{
    m_me = me;
    showMe();
    m_myPhoto->setPhoto(m_photos->load(PhotoLoader::myPhotoPath()));
}

void ProfileTab::showMe()
{
    m_myMobile->setText(m_me.mobile.isEmpty() ? tr("Not known") : readableMobile(m_me.mobile));
    m_myEmail->setText(m_me.email.isEmpty() ? tr("Not known") : m_me.email);
    m_myMobile->setAccessibleDescription(m_myMobile->text());
    m_myEmail->setAccessibleDescription(m_myEmail->text());
    m_myPhoto->setName(m_me.displayName);
}

void ProfileTab::onPhotoReady(const QString &path, const QImage &photo)
{
    if (path == PhotoLoader::myPhotoPath())
        m_myPhoto->setPhoto(photo);
}

ContactChangeDialog *ProfileTab::openContactChange(ContactChange::Channel channel)
{
    const bool mobile = channel == ContactChange::Channel::Mobile;
    auto *dialog = new ContactChangeDialog(m_api, channel,
                                           mobile ? readableMobile(m_me.mobile) : m_me.email, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContactChangeDialog::changed, this,
            [this, mobile](const Me &me, const QString &newValue) {
                // The answer is the whole person; should it be unusable, the new value still is.
                if (!me.id.isEmpty())
                    m_me = me;
                else if (mobile)
                    m_me.mobile = newValue;
                else
                    m_me.email = newValue;
                showMe();
                m_myMessage->showMessage(mobile ? tr("Your mobile number has been changed.")
                                                : tr("Your e-mail address has been changed."),
                                         StatusMessage::Tone::Info);
                emit meChanged(m_me);
            });
    dialog->open();
    return dialog;
}

PhotoDialog *ProfileTab::openPhotoDialog()
{
    auto *dialog = new PhotoDialog(m_photos, m_myPhoto->hasPhoto(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PhotoDialog::photoChanged, this, [this] {
        m_myPhoto->setPhoto(m_photos->load(PhotoLoader::myPhotoPath()));
        emit myPhotoChanged();
    });
    dialog->open();
    return dialog;
}
