#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The rights a portal administrator gives a contact person (docs/openapi.yaml, ContactRights):
// every right of `Rights` except manageAccess, which a contact never has.
struct ContactRights
{
    Q_DECLARE_TR_FUNCTIONS(ContactRights)

public:
    enum class Right {
        ReportsRead,
        ReportsWrite,
        Plans,
        AgendaView,
        AgendaEdit,
        Measurements,
        Messages,
        Board,
        Profile,
    };

    bool reportsRead = false;
    bool reportsWrite = false;
    bool plans = false;
    bool agendaView = false;
    bool agendaEdit = false;
    bool measurements = false;
    bool messages = false;
    bool board = false;
    bool profile = false;

    static QList<Right> allRights();
    // The contract's name of a right: "reportsRead".
    static QString key(Right right);
    bool has(Right right) const;
    void set(Right right, bool on);
    bool none() const;
    // The contract's consistency rules: writing reports needs reading them, changing the agenda
    // needs seeing it. Turning a right on turns on what it needs; turning one off turns off what
    // depends on it.
    void setKeepingConsistent(Right right, bool on);
    bool isConsistent() const;

    // A short label ("Read reports") and a plain sentence of what it allows.
    static QString label(Right right);
    static QString sentence(Right right);
    // "Read reports, see the agenda" or "No rights yet".
    QString summary() const;

    QJsonObject toJson() const;
    // Every right is required; anything missing or not a boolean fails.
    static bool fromJson(const QJsonObject &json, ContactRights *rights, QString *error);

    friend bool operator==(const ContactRights &a, const ContactRights &b);
    friend bool operator!=(const ContactRights &a, const ContactRights &b) { return !(a == b); }
};

// A contact person's access to one client (docs/openapi.yaml, ContactAccess).
struct ContactAccess
{
    enum class Status { Invited, Active };

    QString personId;
    QString name;
    QString relation; // "buurvrouw"
    QString email;
    QString mobile;
    Status status = Status::Invited;
    ContactRights rights;
    QDateTime invitedAt;
    QString invitedByName; // empty when the organisation linked the contact
    QDateTime lastSignInAt; // invalid when never

    bool isValid() const { return !personId.isEmpty(); }

    static bool fromJson(const QJsonObject &json, ContactAccess *access, QString *error);
    static bool pageFromJson(const QJsonObject &json, QList<ContactAccess> *items,
                             QString *nextCursor, QString *error);
};

// What the administrator types to invite someone (docs/openapi.yaml, ContactInvite). It travels
// as a draft's fields (DraftStore), so nothing typed is lost.
struct ContactInvite
{
    QString givenName;
    QString familyNamePrefix; // "van", "de"; may be empty
    QString familyName;
    QString relation;
    QString email;
    QString mobile; // as typed; "06 12345678" becomes "+31612345678"
    ContactRights rights;

    // Mobile numbers as people write them, in E.164 as the contract asks.
    static QString normalizedMobile(const QString &typed);
    // The request body of POST …/access/contacts.
    QJsonObject toJson() const;
    // The draft's fields (what was typed, unchanged) and back.
    QJsonObject toDraftFields() const;
    static ContactInvite fromDraftFields(const QJsonObject &fields);
    bool isEmpty() const;
};

Q_DECLARE_METATYPE(ContactRights)
Q_DECLARE_METATYPE(ContactAccess)
