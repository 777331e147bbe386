#include "server/demo/demoseed.h"

#include "server/accounts/accountstore.h"
#include "server/app/servercontext.h"
#include "server/appointments/appointmentstore.h"
#include "server/core/clock.h"
#include "server/demo/demoagenda.h"
#include "server/demo/demoboard.h"
#include "server/demo/demoimages.h"
#include "server/demo/demomeasurements.h"
#include "server/demo/demomessages.h"
#include "server/demo/demopeople.h"
#include "server/demo/demoplans.h"
#include "server/demo/demoreports.h"
#include "server/dossier/accesslog.h"
#include "server/import/syncstamps.h"
#include "server/photos/photostore.h"
#include "server/profile/profilestore.h"
#include "server/reports/reportstore.h"
#include "server/storage/transaction.h"

#include <QTimeZone>

namespace Portiek::Server {

namespace {

const QList<DemoClient> &clients()
{
    static const QList<DemoClient> all = {
        { QStringLiteral("100482"), QStringLiteral("Meneer"), QStringLiteral("Gerard"),
          QStringLiteral("Eikenhof, kamer 2.14"), 100482 },
        { QStringLiteral("100517"), QStringLiteral("Mevrouw"), QStringLiteral("Truus"),
          QStringLiteral("Berkenhof, kamer 1.07"), 100517 },
    };
    return all;
}

QJsonObject profileFor(const DemoClient &client)
{
    const bool gerard = client.id == QLatin1String("100482");
    const auto name = [](const char *given, const char *family) {
        return QJsonObject { { QStringLiteral("givenName"), QString::fromUtf8(given) },
                             { QStringLiteral("familyNamePrefix"), QStringLiteral("van") },
                             { QStringLiteral("familyName"), QString::fromUtf8(family) } };
    };
    return {
        { QStringLiteral("clientNumber"), client.id },
        { QStringLiteral("name"), gerard ? name("Gerard", "Dijk") : name("Truus", "Dijk-Smit") },
        { QStringLiteral("dateOfBirth"),
          gerard ? QStringLiteral("1941-08-23") : QStringLiteral("1944-02-11") },
        { QStringLiteral("address"),
          QJsonObject { { QStringLiteral("street"), QStringLiteral("Lindelaan") },
                        { QStringLiteral("houseNumber"),
                          gerard ? QStringLiteral("14") : QStringLiteral("16") },
                        { QStringLiteral("houseNumberAddition"),
                          gerard ? QStringLiteral("B") : QStringLiteral("A") },
                        { QStringLiteral("postalCode"), QStringLiteral("1181 JK") },
                        { QStringLiteral("city"), QStringLiteral("Amstelveen") } } },
        { QStringLiteral("phone"), QStringLiteral("020 641 22 83") },
        { QStringLiteral("email"), QJsonValue(QJsonValue::Null) },
        { QStringLiteral("location"),
          QJsonObject { { QStringLiteral("name"), QStringLiteral("Parkzicht") },
                        { QStringLiteral("department"), client.location.section(u',', 0, 0) } } },
        { QStringLiteral("coordinatingCaregiver"),
          QJsonObject { { QStringLiteral("name"), QStringLiteral("Sanne Bakker") },
                        { QStringLiteral("phone"), QStringLiteral("020 123 45 80") } } },
    };
}

struct DemoAppointment
{
    int dayOffset;
    int hour;
    int minute;
    int minutes;
    const char *title;
    const char *caregiver; // nullptr: none
};

const DemoAppointment Appointments[] = {
    { 0, 8, 0, 45, "Ochtendzorg", "Ruud Visser" },
    { 0, 14, 0, 30, "Fysiotherapie", "Joost de Wit" },
    { 0, 21, 0, 30, "Avondzorg", "Fatima el Amrani" },
    { 1, 8, 0, 45, "Ochtendzorg", "Kees Mulder" },
    { 1, 11, 30, 30, "Visite specialist ouderengeneeskunde", "Eva Brouwer" },
    { 1, 21, 0, 30, "Avondzorg", "Ruud Visser" },
    { 2, 15, 0, 60, "Muziekmiddag in de grote zaal", "Lotte Jansen" },
    { 3, 14, 0, 30, "Fysiotherapie", "Joost de Wit" },
    { 4, 10, 0, 60, "Bewonersoverleg", nullptr },
    { 5, 15, 0, 60, "Evaluatiegesprek ondersteuningsplan", "Sanne Bakker" },
};

} // namespace

DemoSeed::DemoSeed(ServerContext &context)
    : m_context(context)
{ }

bool DemoSeed::run(QTextStream &out, QString *error)
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Amsterdam"));
    const QDateTime now = m_context.clock.now();
    const QString systemName = m_context.config.config.importApi.systemName.isEmpty()
        ? QStringLiteral("Demo")
        : m_context.config.config.importApi.systemName;
    Database &database = m_context.database;
    ReportStore reports(database, m_context.clock);
    PlanStore plans(database, m_context.clock);
    AppointmentStore appointments(database, m_context.clock);
    ProfileStore profiles(m_context);
    PhotoStore photos(m_context);
    SyncStamps stamps(database, m_context.clock);
    AccessLog log(database, m_context.clock);
    const std::optional<Person> representative
        = m_context.accounts.findByUsername(QStringLiteral("mvandijk"));
    const auto fail = [&](const QString &what) {
        *error = QStringLiteral("seed: %1 (%2)").arg(what, database.lastError());
        return false;
    };

    if (representative
        && !photos.setPersonPhoto(representative->id, DemoImages::portrait(7), "image/png").ok())
        return fail(QStringLiteral("the representative's photo"));

    for (const DemoClient &client : clients()) {
        const std::optional<ClientRecord> record = m_context.accounts.findClient(client.id);
        if (!record)
            return fail(
                QStringLiteral("client %1 does not exist; run demo-data first").arg(client.id));
        Transaction transaction(database);

        if (profiles.importProfile(client.id, profileFor(client)).result
                == ProfileStore::ImportResult::Invalid
            || !photos.setClientPhoto(client.id, DemoImages::portrait(client.seed), "image/png")
                    .ok())
            return fail(QStringLiteral("profile or photo of %1").arg(client.id));

        QList<ReportStore::ImportItem> items;
        for (const DemoReport &report : demoReports(client, now, m_reportDays))
            items.append({ report.externalId, report.body });
        const ReportStore::BulkImportOutcome imported = reports.importReports(client.id, items);
        if (!imported.ok()
            || !log.recordCareOrganisation(client.id, systemName, AccessLog::Action::Update,
                                           QStringLiteral("reports")))
            return fail(QStringLiteral("reports of %1").arg(client.id));

        int portalReports = 0;
        if (representative) {
            ReportStore::Query mine;
            mine.authorId = ReportImport::portalAuthorId(representative->id);
            mine.limit = 1;
            const std::optional<ReportStore::Page> existing = reports.list(client.id, mine);
            if (!existing)
                return fail(QStringLiteral("portal reports of %1").arg(client.id));
            const QStringList texts = demoPortalReportTexts(client);
            for (int i = 0; existing->items.isEmpty() && i < texts.size(); ++i) {
                const QDateTime at = now.addDays(-(3 + 9 * i)).addSecs(-3600 * (2 + i));
                if (!reports.createPortalReport(client.id, *representative, Role::Representative,
                                                texts.at(i), at))
                    return fail(QStringLiteral("portal reports of %1").arg(client.id));
                ++portalReports;
            }
        }

        for (const DemoPlan &plan : demoPlans(client, record->name(), now)) {
            const PlanStore::Written written
                = plans.upsert(client.id, plan.externalId, plan.upload);
            // An approved plan keeps its PDF; the demo's text only follows the date.
            if (written.outcome == PlanStore::Outcome::Failed
                || written.outcome == PlanStore::Outcome::NotFound)
                return fail(QStringLiteral("plans of %1").arg(client.id));
            std::optional<PlanRecord> stored;
            if (!plans.find(client.id, written.id, &stored) || !stored)
                return fail(QStringLiteral("plans of %1").arg(client.id));
            if (plan.approveAsRepresentative && representative && !stored->isApproved()
                && !plans.approve(written.id, *representative, Role::Representative))
                return fail(QStringLiteral("plan approval of %1").arg(client.id));
        }

        const QDate today = now.toTimeZone(zone).date();
        int number = 0;
        for (const DemoAppointment &demo : Appointments) {
            CareTeamAppointment appointment;
            appointment.title = QString::fromUtf8(demo.title);
            appointment.start
                = QDateTime(today.addDays(demo.dayOffset), QTime(demo.hour, demo.minute), zone)
                      .toUTC();
            appointment.end = appointment.start.addSecs(60 * demo.minutes);
            appointment.location = client.location;
            appointment.caregiver = demo.caregiver ? QString::fromUtf8(demo.caregiver) : QString();
            const QString externalId = QStringLiteral("DEMO-AFS-%1-%2")
                                           .arg(client.id)
                                           .arg(++number, 2, 10, QLatin1Char('0'));
            const AppointmentStore::Written written
                = appointments.upsertCareTeam(client.id, externalId, appointment);
            if (written.outcome != AppointmentStore::Outcome::Created
                && written.outcome != AppointmentStore::Outcome::Updated)
                return fail(QStringLiteral("appointments of %1").arg(client.id));
        }

        // The people around the client and what they share: Gerard's portal only.
        QString network;
        if (client.id == QLatin1String("100482") && !seedNetwork(client, now, &network, error))
            return false;

        if (!stamps.touch(client.id)
            || !log.recordCareOrganisation(client.id, systemName, AccessLog::Action::Update,
                                           QStringLiteral("appointments"))
            || !transaction.commit())
            return fail(QStringLiteral("client %1").arg(client.id));
        out << "demo client " << client.id << " (" << record->name() << "): " << imported.created
            << " reports new, " << imported.updated << " updated, " << portalReports
            << " portal reports new, 3 plans, " << number << " appointments" << network << '\n';
    }
    out.flush();
    return true;
}

bool DemoSeed::seedNetwork(const DemoClient &client, const QDateTime &now, QString *summary,
                           QString *error)
{
    const auto fail = [&](const QString &what) {
        *error = QStringLiteral("seed: %1 of %2 (%3)")
                     .arg(what, client.id, m_context.database.lastError());
        return false;
    };
    int people = 0;
    QString what;
    const std::optional<DemoPeople> network
        = seedDemoPeople(m_context, client.id, now, &people, &what);
    if (!network)
        return fail(what);
    int appointments = 0;
    if (!seedDemoAgenda(m_context, client.id, *network, now, &appointments))
        return fail(QStringLiteral("own appointments"));
    int measurements = 0;
    if (!seedDemoMeasurements(m_context, client.id, client.seed, *network, now, &measurements))
        return fail(QStringLiteral("measurements"));
    int conversations = 0;
    int messages = 0;
    if (!seedDemoMessages(m_context, client.id, *network, now, &conversations, &messages))
        return fail(QStringLiteral("messages"));
    int posts = 0;
    int reactions = 0;
    if (!seedDemoBoard(m_context, client.id, *network, now, &posts, &reactions))
        return fail(QStringLiteral("board"));
    *summary = QStringLiteral(";\n    %1 contact persons (%2 new), %3 own appointments new, "
                              "%4 measurements new, %5 conversations new (%6 messages), "
                              "%7 board posts new (%8 reactions)")
                   .arg((network->neighbour ? 1 : 0) + (network->daughter ? 1 : 0))
                   .arg(people)
                   .arg(appointments)
                   .arg(measurements)
                   .arg(conversations)
                   .arg(messages)
                   .arg(posts)
                   .arg(reactions);
    return true;
}

} // namespace Portiek::Server
