#pragma once

#include "core/clock.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

// Something a person is writing (a report, later a message, post or appointment) that the
// server does not have yet. The Idempotency-Key is chosen when the draft is made and travels
// with every try to send it, so a retry never creates a second copy.
struct Draft
{
    QString kind; // "report", "message", …
    QString clientId;
    QString id; // local, never sent
    QJsonObject fields; // what was typed: {"text": …}
    QByteArray idempotencyKey;
    QDateTime updatedAt;

    bool isValid() const { return !id.isEmpty(); }
    QString text() const { return fields.value(QLatin1String("text")).toString(); }
    void setText(const QString &text) { fields.insert(QStringLiteral("text"), text); }

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, Draft *draft, QString *error);
};

// Keeps drafts until the server has them: in a folder (one JSON file per draft, written
// atomically, read back at start) or only in memory (kiosk mode, tests). Each signed-in person
// has a folder of their own, named by a hash of `owner` (e.g. portal host + person id), so
// people who share a computer never see each other's drafts.
class DraftStore : public QObject
{
    Q_OBJECT

public:
    // `folder` empty: memory only, nothing is written to disk.
    DraftStore(const QString &folder, const QString &owner, Clock clock = systemClock(),
               QObject *parent = nullptr);

    bool isPersistent() const { return !m_folder.isEmpty(); }
    // The folder of this owner's drafts; empty in memory mode.
    QString ownerFolder() const { return m_folder; }

    // A new draft with a fresh id and Idempotency-Key; not stored until save().
    Draft create(const QString &kind, const QString &clientId) const;
    // Stores the draft (and stamps updatedAt). False when the file could not be written; the
    // draft is then still kept in memory, and lastError() says why.
    bool save(Draft &draft);
    void remove(const QString &id);
    Draft find(const QString &id) const;
    // This kind's drafts for a client, the most recently changed first.
    QList<Draft> drafts(const QString &kind, const QString &clientId) const;
    Draft latest(const QString &kind, const QString &clientId) const;
    // Gives a draft a new Idempotency-Key (when the server says the old one was used for other
    // content) and stores it.
    bool renewKey(const QString &id);
    QString lastError() const { return m_lastError; }

signals:
    void changed(const QString &kind, const QString &clientId);

private:
    void loadAll();
    QString pathFor(const QString &id) const;
    bool write(const Draft &draft);

    QString m_folder;
    Clock m_clock;
    QHash<QString, Draft> m_drafts;
    QString m_lastError;
};
