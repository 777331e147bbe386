#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// One entry of a client's access log (docs/openapi.yaml, AccessLogEntry): who looked at or
// changed what, and when (NEN 7513).
struct AccessLogEntry
{
    Q_DECLARE_TR_FUNCTIONS(AccessLogEntry)

public:
    enum class ActorKind { Person, CareOrganisation, System };

    QString id;
    QDateTime at;
    ActorKind actorKind = ActorKind::Person;
    QString actorName;
    QString actorRole; // "client", "representative", "contact"; empty when not a person
    QString action; // read, download, create, update, delete, approve, export
    QString resourceType; // reports, report, plan, …
    QString resourceId;

    // "Anouk de Boer (contact person)", "the care organisation (ECD-koppeling …)".
    QString who() const;
    // What happened in plain words: "read the reports", "downloaded a support plan".
    QString what() const;

    static bool fromJson(const QJsonObject &json, AccessLogEntry *entry, QString *error);
    static bool pageFromJson(const QJsonObject &json, QList<AccessLogEntry> *entries,
                             QString *nextCursor, QString *error);
};
