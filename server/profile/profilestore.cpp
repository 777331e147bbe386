#include "server/profile/profilestore.h"

#include "server/accounts/accountstore.h"
#include "server/app/servercontext.h"
#include "server/clients/syncschedule.h"
#include "server/core/clock.h"
#include "server/dossier/accesslog.h"
#include "server/import/syncstamps.h"
#include "server/storage/database.h"
#include "server/storage/transaction.h"

#include <QRegularExpression>

namespace Portiek::Server {

namespace {

const QString Columns = QStringLiteral(
    "client_number, date_of_birth, street, house_number, house_number_addition, postal_code, "
    "city, phone, email, location_name, location_department, caregiver_name, caregiver_phone, "
    "updated_at");

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariantList columnValues(const ClientProfile &profile)
{
    const ClientProfile::Address address = profile.address.value_or(ClientProfile::Address());
    const ClientProfile::Location location = profile.location.value_or(ClientProfile::Location());
    const ClientProfile::Caregiver caregiver
        = profile.coordinatingCaregiver.value_or(ClientProfile::Caregiver());
    return { nullable(profile.clientNumber),
             nullable(profile.dateOfBirth.isValid() ? profile.dateOfBirth.toString(Qt::ISODate)
                                                    : QString()),
             nullable(address.street),
             nullable(address.houseNumber),
             nullable(address.houseNumberAddition),
             nullable(address.postalCode),
             nullable(address.city),
             nullable(profile.phone),
             nullable(profile.email),
             nullable(location.name),
             nullable(location.department),
             nullable(caregiver.name),
             nullable(caregiver.phone),
             toDbTime(profile.updatedAt) };
}

} // namespace

ProfileStore::ProfileStore(const ServerContext &context)
    : m_context(context)
{ }

bool ProfileStore::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

ProfileStore::ImportOutcome ProfileStore::importProfile(const QString &clientId,
                                                        const QJsonObject &object)
{
    ImportOutcome outcome;
    if (!isValidId(clientId)) {
        outcome.result = ImportResult::Invalid;
        outcome.errors.append({ QStringLiteral("clientId"), QStringLiteral("invalid_format") });
        return outcome;
    }
    const QDateTime now = m_context.clock.now();
    std::optional<ClientProfile> profile = ClientProfile::fromImport(
        clientId, object, now.toTimeZone(SyncSchedule::organisationZone()).date(), &outcome.errors);
    if (!profile) {
        outcome.result = ImportResult::Invalid;
        return outcome;
    }

    const std::optional<ClientProfile> before = find(clientId);
    profile->updatedAt = before && before->sameData(*profile) ? before->updatedAt : now;

    Transaction transaction(m_context.database);
    SyncStamps stamps(m_context.database, m_context.clock);
    AccessLog accessLog(m_context.database, m_context.clock);
    if (!transaction.isActive() || !m_context.accounts.upsertClient(profile->name)
        || !write(*profile, before.has_value()) || !stamps.touch(clientId)
        || !accessLog.recordCareOrganisation(clientId, m_context.config.config.importApi.systemName,
                                             AccessLog::Action::Update, QStringLiteral("profile"))
        || !transaction.commit()) {
        return outcome; // Failed; the transaction rolled everything back
    }
    outcome.result = before ? ImportResult::Updated : ImportResult::Created;
    outcome.lastUpdatedAt = now;
    return outcome;
}

bool ProfileStore::write(const ClientProfile &profile, bool exists)
{
    QVariantList values = columnValues(profile);
    values.append(profile.clientId);
    QSqlQuery query;
    if (exists) {
        QString assignments = Columns;
        assignments.replace(QLatin1String(","), QLatin1String(" = ?,"));
        return m_context.database.exec(
            query,
            QStringLiteral("UPDATE client_profiles SET %1 = ? WHERE client_id = ?")
                .arg(assignments),
            values);
    }
    return m_context.database.exec(
        query,
        QStringLiteral("INSERT INTO client_profiles (%1, client_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(Columns),
        values);
}

std::optional<ClientProfile> ProfileStore::find(const QString &clientId) const
{
    const std::optional<ClientRecord> client = m_context.accounts.findClient(clientId);
    QSqlQuery query;
    if (!client
        || !m_context.database.exec(
            query,
            QStringLiteral("SELECT %1 FROM client_profiles WHERE client_id = ?").arg(Columns),
            { clientId })
        || !query.next())
        return std::nullopt;
    const auto text = [&query](int column) { return query.value(column).toString(); };
    ClientProfile profile;
    profile.clientId = clientId;
    profile.name = *client;
    profile.clientNumber = text(0);
    profile.dateOfBirth = QDate::fromString(text(1), Qt::ISODate);
    if (!text(2).isEmpty())
        profile.address = ClientProfile::Address { text(2), text(3), text(4), text(5), text(6) };
    profile.phone = text(7);
    profile.email = text(8);
    if (!text(9).isEmpty())
        profile.location = ClientProfile::Location { text(9), text(10) };
    if (!text(11).isEmpty())
        profile.coordinatingCaregiver = ClientProfile::Caregiver { text(11), text(12) };
    profile.updatedAt = fromDbTime(query.value(13));
    return profile;
}

} // namespace Portiek::Server
