#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// One appointment in a client's agenda (docs/openapi.yaml, Appointment): the care team's, from
// the dossier, read-only and with indicative times, or one of the client's own, made in the
// portal. The care team sees of own appointments only that the time is busy.
struct Appointment
{
    enum class Kind { CareTeam, Own };

    // AppointmentInput's limits.
    static constexpr int MaxTitleLength = 100;
    static constexpr int MaxLocationLength = 200;
    static constexpr int MaxNoteLength = 2000;
    static constexpr int MaxDays = 14; // an own appointment ends at most this long after it starts

    QString id;
    Kind kind = Kind::CareTeam;
    QString title;
    QDateTime start;
    QDateTime end;
    QString location; // empty when none
    QString note; // own appointments only
    QString caregiver; // care-team appointments only; empty when the dossier names none
    bool indicativeTime = false;
    QString createdByName; // own appointments only: who made it
    bool canEdit = false; // the signed-in person may change and delete it

    bool isValid() const { return !id.isEmpty(); }
    bool isOwn() const { return kind == Kind::Own; }

    static bool fromJson(const QJsonObject &json, Appointment *appointment, QString *error);
    // One page of GET …/appointments: its items and the next cursor (empty on the last).
    static bool pageFromJson(const QJsonObject &json, QList<Appointment> *appointments,
                             QString *nextCursor, QString *error);
};

// What a person types for an own appointment: the body of POST and PUT (AppointmentInput), and
// the fields of its draft.
struct AppointmentInput
{
    QString title;
    QDateTime start;
    QDateTime end;
    QString location;
    QString note;

    // Times as RFC 3339 with this computer's offset at that moment; empty texts as null.
    QJsonObject toJson() const;
    // Reads a draft's fields back; missing or unreadable values stay empty.
    static AppointmentInput fromJson(const QJsonObject &json);
    static AppointmentInput from(const Appointment &appointment);
};

Q_DECLARE_METATYPE(Appointment)
