#pragma once

#include <QString>
#include <QUrl>

// A file an installer or administrator places so that Portiek knows its portal from the first
// start. JSON: {"serverUrl": "https://portaal.zorggroep.nl", "caCertificates": "/path/ca.pem"}.
struct Provisioning
{
    QUrl serverUrl;
    QString caCertificatesFile;

    static constexpr const char *FileName = "portiek/provisioning.json";

    // Reads the file; on a problem, returns false and tells why in `error` (for the log).
    static bool fromFile(const QString &path, Provisioning *result, QString *error);
    // The first provisioning file found in the system's configuration folders (on Linux
    // ~/.config and /etc/xdg), or an empty path.
    static QString locate();
};
