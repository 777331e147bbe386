#include "core/apierror.h"

#include "core/organizationinfo.h"

#include <QSet>

namespace {

Helpdesk &knownHelpdeskStorage()
{
    static Helpdesk helpdesk;
    return helpdesk;
}

// Problem codes whose sentence tells the user what to do themselves: a wrong code, a file to
// choose again, a wait. Every other code, including ones this version does not know, may need a
// person, so the helpdesk is named with it.
const QSet<QString> &selfServiceCodes()
{
    static const QSet<QString> codes {
        QStringLiteral("not_found"),
        QStringLiteral("contact_change_code_invalid"),
        QStringLiteral("contact_change_code_expired"),
        QStringLiteral("no_pending_change"),
        QStringLiteral("image_invalid"),
        QStringLiteral("image_dimensions"),
        QStringLiteral("payload_too_large"),
        QStringLiteral("unsupported_media_type"),
        QStringLiteral("not_author"),
        QStringLiteral("appointment_read_only"),
        QStringLiteral("plan_already_approved"),
        QStringLiteral("contact_already_linked"),
        QStringLiteral("invitation_not_pending"),
        QStringLiteral("session_expired"),
        QStringLiteral("unauthenticated"),
        QStringLiteral("rate_limited"),
        QStringLiteral("too_many_attempts"),
        QStringLiteral("validation_failed"),
        // The sign-in's own codes; LoginFlow words them for its step.
        QStringLiteral("invalid_credentials"),
        QStringLiteral("sign_in_expired"),
        QStringLiteral("sign_in_step_not_expected"),
        QStringLiteral("sms_code_invalid"),
        QStringLiteral("sms_code_expired"),
        QStringLiteral("sms_code_attempts_exhausted"),
        QStringLiteral("sms_code_resend_too_soon"),
        QStringLiteral("terms_version_outdated"),
        QStringLiteral("reset_code_invalid"),
    };
    return codes;
}

} // namespace

ApiError::ApiError(Kind kind, QString detail)
    : m_kind(kind)
    , m_detail(std::move(detail))
{ }

QString ApiError::userMessage() const
{
    return userMessage(knownHelpdesk());
}

QString ApiError::sentence() const
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
        // The portal said how long (Retry-After), longer than Portiek waits by itself.
        if (m_retryAfterSeconds > 0)
            return tr("The portal is not available for a while. Try again in %n minute(s).",
                      nullptr, (m_retryAfterSeconds + 59) / 60);
        return tr("The portal has a problem right now. Try again later.");
    case Kind::Problem:
        if (const QString known = problemMessage(); !known.isEmpty())
            return known;
        return tr("The portal could not do this. Try again later.");
    }
    return {};
}

QString ApiError::problemMessage() const
{
    const QString &code = m_problemCode;
    if (code == QLatin1String("right_missing"))
        return tr("You do not have the right to see or do this for this person. The portal "
                  "administrator can give you that right.");
    if (code == QLatin1String("client_not_accessible"))
        return tr("You can no longer act for this person. Choose another person, or sign out and "
                  "in again.");
    if (code == QLatin1String("account_disabled"))
        return tr("This account cannot be used. Your care organisation can tell you why.");
    if (code == QLatin1String("not_author"))
        return tr("Only the person who wrote this can change or delete it.");
    if (code == QLatin1String("appointment_read_only"))
        return tr("This appointment comes from the care team. You cannot change it here.");
    if (code == QLatin1String("plan_already_approved"))
        return tr("This plan has already been approved.");
    if (code == QLatin1String("session_expired") || code == QLatin1String("unauthenticated"))
        return tr("You were signed out. Please sign in again.");
    if (code == QLatin1String("rate_limited") || code == QLatin1String("too_many_attempts"))
        return tr("There were too many attempts. Wait a few minutes and try again.");
    if (code == QLatin1String("not_found"))
        return tr("This can no longer be found. It may have been removed.");
    if (code == QLatin1String("contact_change_code_invalid"))
        return tr("The code is not correct. Check it and try again.");
    if (code == QLatin1String("contact_change_code_expired"))
        return tr("This code has expired. Ask for a new code.");
    if (code == QLatin1String("no_pending_change"))
        return tr("No change is waiting for a code any more. Please start again.");
    if (code == QLatin1String("image_invalid"))
        return tr("This file is not a photo that can be used. Choose a JPEG or PNG photo.");
    if (code == QLatin1String("image_dimensions"))
        return tr("This photo is too small or too large. Choose a photo of at least 64 by 64 "
                  "pixels.");
    if (code == QLatin1String("payload_too_large"))
        return tr("This file is too large. Choose a smaller one.");
    if (code == QLatin1String("unsupported_media_type"))
        return tr("This kind of file cannot be used here. Choose a JPEG or PNG photo.");
    return {};
}

bool ApiError::needsHelpdesk() const
{
    switch (m_kind) {
    case Kind::CertificateUntrusted:
    case Kind::SecureConnectionFailed:
    case Kind::NotAPortal:
    case Kind::ServerUnavailable:
        return true;
    case Kind::Problem:
        return problemCodeNeedsHelpdesk(m_problemCode);
    default:
        return false;
    }
}

bool ApiError::problemCodeNeedsHelpdesk(const QString &code)
{
    return !selfServiceCodes().contains(code);
}

QString ApiError::userMessage(const Helpdesk &helpdesk) const
{
    const QString message = sentence();
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

void ApiError::setKnownHelpdesk(const Helpdesk &helpdesk)
{
    knownHelpdeskStorage() = helpdesk;
}

Helpdesk ApiError::knownHelpdesk()
{
    return knownHelpdeskStorage();
}
