#include "core/provisioning.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

bool Provisioning::fromFile(const QString &path, Provisioning *result, QString *error)
{
    QFile file(path);
    if (file.size() > 64 * 1024 || !file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read the file").arg(path);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("%1: not a JSON object (%2)").arg(path, parseError.errorString());
        return false;
    }
    const QJsonObject json = document.object();
    Provisioning provisioning;
    provisioning.serverUrl
        = QUrl(json.value(QLatin1String("serverUrl")).toString(), QUrl::StrictMode);
    if (!provisioning.serverUrl.isValid() || provisioning.serverUrl.host().isEmpty()) {
        *error = QStringLiteral("%1: serverUrl is missing or not a URL").arg(path);
        return false;
    }
    const QString ca = json.value(QLatin1String("caCertificates")).toString();
    if (!ca.isEmpty())
        provisioning.caCertificatesFile
            = QFileInfo(ca).isAbsolute() ? ca : QFileInfo(path).dir().absoluteFilePath(ca);
    *result = provisioning;
    return true;
}

QString Provisioning::locate()
{
    return QStandardPaths::locate(QStandardPaths::GenericConfigLocation,
                                  QString::fromLatin1(FileName));
}
