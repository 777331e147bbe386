#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portiek::Server {

// Reads one object of the configuration file and words the errors, naming each value by its
// full path ("organization.passwordPolicy.minLength"). All sections of one file share one error
// sink; the first error wins and later reads quietly return nothing, so the parser can read
// straight through and report once at the end.
class JsonSection
{
public:
    enum class Presence { Optional, Required };

    // Checks at once that the object has no key outside `knownKeys`: a typo ("tsl", "prot") would
    // otherwise be ignored silently and the default used.
    JsonSection(const QJsonObject &object, const QString &path, const QStringList &knownKeys,
                QString *error);

    bool contains(const QString &key) const;
    bool failed() const { return !m_error->isEmpty(); }

    // A nested object; an absent optional one reads as empty, so its values take their defaults.
    JsonSection object(const QString &key, const QStringList &knownKeys, Presence presence) const;
    // A non-empty string, trimmed. Nothing when absent (optional) or on error.
    std::optional<QString> string(const QString &key, Presence presence) const;
    std::optional<qint64> wholeNumber(const QString &key, qint64 minimum, qint64 maximum) const;
    std::optional<bool> boolean(const QString &key) const;

    // Records "<path.key> <problem>" unless an error was recorded before.
    void fail(const QString &key, const QString &problem) const;
    QString keyPath(const QString &key) const;

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

} // namespace Portiek::Server
