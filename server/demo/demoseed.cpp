#include "server/demo/demoseed.h"

#include "server/accounts/accountstore.h"
#include "server/app/servercontext.h"
#include "server/appointments/appointmentstore.h"
#include "server/core/clock.h"
#include "server/demo/demoplans.h"
#include "server/demo/demoreports.h"
#include "server/dossier/accesslog.h"
#include "server/import/syncstamps.h"
#include "server/photos/photostore.h"
#include "server/profile/profilestore.h"
#include "server/reports/reportstore.h"
#include "server/storage/transaction.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
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

// A friendly silhouette on a soft background: no real person's face. Shapes only, so no
// fonts (and no GUI platform) are needed.
QByteArray portrait(quint32 seed)
{
    static const QColor Backgrounds[] = { QColor(0xd8, 0xe8, 0xf0), QColor(0xf3, 0xe3, 0xcf),
                                          QColor(0xdf, 0xee, 0xd9), QColor(0xe9, 0xdd, 0xf0) };
    QImage image(320, 320, QImage::Format_RGB32);
    image.fill(Backgrounds[seed % 4]);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x4a, 0x5d, 0x7a));
    painter.drawEllipse(QRectF(105, 60, 110, 120)); // head
    painter.drawRoundedRect(QRectF(60, 195, 200, 160), 90, 90); // shoulders
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
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

    if (representative && !photos.setPersonPhoto(representative->id, portrait(7), "image/png").ok())
        return fail(QStringLiteral("the representative's photo"));

    for (const DemoClient &client : clients()) {
        const std::optional<ClientRecord> record = m_context.accounts.findClient(client.id);
        if (!record)
            return fail(
                QStringLiteral("client %1 does not exist; run demo-data first").arg(client.id));
        Transaction transaction(database);

        if (profiles.importProfile(client.id, profileFor(client)).result
                == ProfileStore::ImportResult::Invalid
            || !photos.setClientPhoto(client.id, portrait(client.seed), "image/png").ok())
            return fail(QStringLiteral("profile or photo of %1").arg(client.id));

        QList<ReportStore::ImportItem> items;
        for (const DemoReport &report : demoReports(client, now))
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

        if (!stamps.touch(client.id)
            || !log.recordCareOrganisation(client.id, systemName, AccessLog::Action::Update,
                                           QStringLiteral("appointments"))
            || !transaction.commit())
            return fail(QStringLiteral("client %1").arg(client.id));
        out << "demo client " << client.id << " (" << record->name() << "): " << imported.created
            << " reports new, " << imported.updated << " updated, " << portalReports
            << " portal reports new, 3 plans, " << number << " appointments\n";
    }
    out.flush();
    return true;
}

} // namespace Portiek::Server
