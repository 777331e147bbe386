#include "core/trusteddevicestore.h"

#include "core/logging.h"

TrustedDeviceStore::TrustedDeviceStore(QObject *parent)
    : QObject(parent)
{ }

QString TrustedDeviceStore::keyForPortal(const QUrl &baseUrl, const QString &username)
{
    QString host = baseUrl.host();
    if (baseUrl.port() > 0 && baseUrl.port() != 443)
        host += QLatin1Char(':') + QString::number(baseUrl.port());
    return keyFor(host, username);
}

QString TrustedDeviceStore::keyFor(const QString &host, const QString &username)
{
    return host.trimmed().toLower() + QLatin1Char('/') + username.trimmed().toLower();
}

void TrustedDeviceStore::markUnavailable(const QString &reason)
{
    if (!m_available)
        return;
    m_available = false;
    qCWarning(lcAuth) << "cannot remember this computer:" << reason;
    emit unavailable();
}
