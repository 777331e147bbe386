#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// The little the home overview shows of reports, appointments and plans. The Reports, Agenda and
// Plans tabs have their own full types; these stay small so the overview depends on none of them.

// One of the latest reports (docs/openapi.yaml, Report).
struct HomeReport
{
    QString id;
    QDateTime createdAt;
    QString authorName;
    QString authorRole; // as the dossier or portal names it; may be empty
    QString category;
    QString text;

    static bool fromJson(const QJsonObject &json, HomeReport *report, QString *error);
    // The start of the text on one line, cut at a word, with "…" when there is more.
    QString excerpt(int maxCharacters = 160) const;
};

// An appointment of today or tomorrow (docs/openapi.yaml, Appointment).
struct HomeAppointment
{
    QString id;
    bool careTeam = false; // from the dossier; otherwise one of the client's own
    QString title;
    QDateTime start;
    QDateTime end;
    QString location;
    QString caregiver;
    bool indicativeTime = false; // the care team's times are indicative, not the times of care

    static bool fromJson(const QJsonObject &json, HomeAppointment *appointment, QString *error);
};

// A plan that asks the person's approval (docs/openapi.yaml, Plan).
struct HomePlan
{
    QString id;
    QString title;
    QDate date;
    bool canApprove = false;

    static bool fromJson(const QJsonObject &json, HomePlan *plan, QString *error);
};

namespace HomeItems {

// The items of one page ({"items": […], "nextCursor": …}); one bad item fails the page.
template<typename Item>
bool pageFromJson(const QJsonObject &json, QList<Item> *items, QString *error);

} // namespace HomeItems

Q_DECLARE_METATYPE(HomeReport)
Q_DECLARE_METATYPE(HomeAppointment)
Q_DECLARE_METATYPE(HomePlan)
