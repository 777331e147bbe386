#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Reads a server answer strictly: every read checks presence, type and range, and the first
// problem is kept as a short English description for the log. After a problem, reads return
// empty values, so a parser reads on and checks ok() once at the end; nothing ever crashes on a
// malformed answer.
class JsonReader
{
public:
    enum Presence { Required, Optional }; // Optional also accepts null

    static constexpr int MaxStringLength = 4096;

    explicit JsonReader(const QJsonObject &json, const QString &context = {});

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool has(QLatin1String key) const;

    QString string(QLatin1String key, Presence presence = Required,
                   int maxLength = MaxStringLength);
    // An opaque id (docs/openapi.yaml, Id): 1-64 of A-Z a-z 0-9 . _ ~ -
    QString id(QLatin1String key);
    int integer(QLatin1String key, int min, int max);
    bool boolean(QLatin1String key);
    // RFC 3339 with an offset; a time without one is refused (it would be read as local time).
    QDateTime dateTime(QLatin1String key, Presence presence = Required);
    QJsonObject object(QLatin1String key, Presence presence = Required);
    QJsonArray array(QLatin1String key);
    // A server-relative path ("/api/v1/…"), never another host; empty when absent or null.
    QString serverPath(QLatin1String key, Presence presence = Optional);

    // Records a problem found by the caller (a value out of its enum, …).
    void fail(const QString &problem);

private:
    QJsonValue value(QLatin1String key, Presence presence);
    QString name(QLatin1String key) const;

    QJsonObject m_json;
    QString m_context;
    QString m_error;
};
