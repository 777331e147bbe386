#include "server/demo/demoagenda.h"

#include "server/app/servercontext.h"
#include "server/appointments/appointmentstore.h"
#include "server/core/clock.h"
#include "server/dossier/accesslog.h"

#include <QTimeZone>

namespace Portiek::Server {

namespace {

struct OwnDemo
{
    int day; // from this week's Monday
    int hour;
    int minute;
    int minutes;
    bool byClient; // else by the representative
    const char *title;
    const char *location;
    const char *note;
};

const OwnDemo Own[] = {
    { 1, 10, 30, 45, false, "Kapper", "Kapsalon in de Eikenhof, begane grond",
      "Niet te kort, zegt papa zelf." },
    { 3, 15, 30, 90, true, "Koffie met Anneke", "Restaurant De Eik",
      "Anneke neemt appeltaart mee." },
    { 5, 13, 0, 180, false, "Mark en de kleinkinderen op bezoek", nullptr,
      "Samen een stukje wandelen in het park als het droog is." },
    { 9, 10, 0, 60, false, "Opticien: ogen meten voor een nieuwe bril",
      "Opticien, Stadshart Amstelveen", "Oude bril en de verzekeringspas meenemen. Mark rijdt." },
    { 11, 19, 0, 120, true, "Klaverjassen met Anna", "Eikenhof, kamer 2.14", nullptr },
    { 13, 12, 0, 240, false, "Verjaardag van Ellen", "Bij Ellen thuis, Ouderkerk aan de Amstel",
      "Ellen haalt papa om half twaalf op." },
};

QString text(const char *value)
{
    return value ? QString::fromUtf8(value) : QString();
}

} // namespace

bool seedDemoAgenda(ServerContext &context, const QString &clientId, const DemoPeople &people,
                    const QDateTime &now, int *created)
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Amsterdam"));
    *created = 0;
    const QDate today = now.toTimeZone(zone).date();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDateTime from = QDateTime(monday, QTime(0, 0), zone).toUTC();
    AppointmentStore existing(context.database, context.clock);
    QList<AppointmentRecord> present;
    if (!existing.overlapping(clientId, from, from.addDays(15), &present))
        return false;

    // Written a few days before the week began, as a family plans ahead.
    ManualClock then(qMin(now, from.addDays(-3).addSecs(11 * 3600)));
    AppointmentStore appointments(context.database, then);
    AccessLog log(context.database, then);
    for (const OwnDemo &demo : Own) {
        const std::optional<DemoPerson> &by = demo.byClient ? people.client : people.representative;
        if (!by)
            continue;
        OwnAppointment appointment;
        appointment.title = text(demo.title);
        appointment.start
            = QDateTime(monday.addDays(demo.day), QTime(demo.hour, demo.minute), zone).toUTC();
        appointment.end = appointment.start.addSecs(60 * demo.minutes);
        appointment.location = text(demo.location);
        appointment.note = text(demo.note);
        const bool there = std::any_of(present.cbegin(), present.cend(), [&](const auto &record) {
            return record.kind == AppointmentRecord::Kind::Own && record.title == appointment.title
                && record.start == appointment.start;
        });
        if (there)
            continue;
        const std::optional<AppointmentRecord> record = appointments.createOwn(
            clientId, appointment, PersonRef::of(by->person, by->link.myRole));
        if (!record
            || !log.recordPerson(by->person, by->link, AccessLog::Action::Create,
                                 QStringLiteral("appointment"), record->id))
            return false;
        ++*created;
    }
    return true;
}

} // namespace Portiek::Server
