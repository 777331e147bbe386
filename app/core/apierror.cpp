#include "core/apierror.h"

#include "core/organizationinfo.h"

ApiError::ApiError(Kind kind, QString detail)
    : m_kind(kind)
    , m_detail(std::move(detail))
{ }

QString ApiError::userMessage() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::InvalidAddress:
        return tr("This is not a portal address. Check the address in the letter or e-mail from "
                  "your care organisation. It looks like: portaal.zorggroep.nl");
    case Kind::InsecureAddress:
        return tr("Portiek only makes secure connections. Leave out http://, or type https:// "
                  "instead.");
    case Kind::HostNotFound:
        return tr("The portal cannot be found. Check the address and your internet connection.");
    case Kind::Unreachable:
        return tr("The portal cannot be reached right now. Check your internet connection and try "
                  "again in a few minutes.");
    case Kind::Timeout:
        return tr("The portal did not answer in time. Try again in a few minutes.");
    case Kind::CertificateUntrusted:
        return tr("The portal's security certificate could not be checked, so Portiek did not "
                  "connect. This protects your data.");
    case Kind::SecureConnectionFailed:
        return tr("A secure connection with the portal could not be made, so Portiek did not "
                  "connect. This protects your data.");
    case Kind::NotAPortal:
        return tr("This address answers, but it is not a care portal that Portiek can use. Check "
                  "the address.");
    case Kind::ServerUnavailable:
        return tr("The portal has a problem right now. Try again later.");
    case Kind::Problem:
        return tr("The portal could not do this. Try again later.");
    }
    return {};
}

bool ApiError::needsHelpdesk() const
{
    switch (m_kind) {
    case Kind::CertificateUntrusted:
    case Kind::SecureConnectionFailed:
    case Kind::NotAPortal:
    case Kind::ServerUnavailable:
    case Kind::Problem:
        return true;
    default:
        return false;
    }
}

QString ApiError::userMessage(const Helpdesk &helpdesk) const
{
    const QString message = userMessage();
    const QString help = needsHelpdesk() ? helpdeskSentence(helpdesk) : QString();
    return help.isEmpty() ? message : message + QLatin1Char(' ') + help;
}

QString ApiError::helpdeskSentence(const Helpdesk &helpdesk)
{
    if (!helpdesk.phone.isEmpty() && !helpdesk.email.isEmpty())
        return tr("Need help? Call the helpdesk on %1 or e-mail %2.")
            .arg(helpdesk.phone, helpdesk.email);
    if (!helpdesk.phone.isEmpty())
        return tr("Need help? Call the helpdesk on %1.").arg(helpdesk.phone);
    if (!helpdesk.email.isEmpty())
        return tr("Need help? E-mail the helpdesk at %1.").arg(helpdesk.email);
    return {};
}
