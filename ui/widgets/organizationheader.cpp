#include "ui/widgets/organizationheader.h"

#include "core/organizationinfo.h"
#include "ui/theme.h"

#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPixmap>

namespace {
constexpr int LogoHeight = 96;
}

OrganizationHeader::OrganizationHeader(QWidget *parent)
    : QWidget(parent)
    , m_logo(new QLabel(this))
    , m_name(new QLabel(this))
{
    m_logo->setObjectName(QStringLiteral("organizationLogo"));
    m_name->setObjectName(QStringLiteral("organizationName"));
    m_name->setWordWrap(true);
    Theme::makeHeading(m_name, 1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(20);
    layout->addWidget(m_logo);
    layout->addWidget(m_name, 1);
}

void OrganizationHeader::setOrganization(const OrganizationInfo &organization, const QImage &logo)
{
    m_name->setText(organization.name);
    if (logo.isNull()) {
        m_logo->clear();
        m_logo->hide();
        return;
    }
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(
        logo.scaledToHeight(qRound(LogoHeight * ratio), Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_logo->setPixmap(pixmap);
    m_logo->setAccessibleName(tr("Logo of %1").arg(organization.name));
    m_logo->show();
}
