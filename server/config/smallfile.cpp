#include "server/config/smallfile.h"

#include <QFile>
#include <QFileInfo>

namespace Portiek::Server {

namespace {

QString describeSize(qint64 bytes)
{
    if (bytes % (1024 * 1024) == 0)
        return QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes % 1024 == 0)
        return QStringLiteral("%1 KiB").arg(bytes / 1024);
    return QStringLiteral("%1 bytes").arg(bytes);
}

} // namespace

std::optional<QByteArray> readSmallFile(const QString &path, qint64 maxBytes, QString *error)
{
    if (QFileInfo(path).isDir()) {
        *error = QStringLiteral("cannot read %1: it is a folder").arg(path);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (bytes.size() > maxBytes) {
        *error = QStringLiteral("%1 is larger than %2").arg(path, describeSize(maxBytes));
        return std::nullopt;
    }
    return bytes;
}

} // namespace Portiek::Server
