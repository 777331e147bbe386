#pragma once

#include "server/profile/clientprofile.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Portiek::Server {

struct ServerContext;

// Client profiles from the dossier (client_profiles, with the name in clients).
//
// importProfile() is the whole of PUT /api/v1/import/clients/{clientId}, usable without HTTP
// (the demo seed calls it):
//
//     ProfileStore profiles(context);
//     const ProfileStore::ImportOutcome outcome
//         = profiles.importProfile(QStringLiteral("100482"), importClientProfileJson);
//     if (outcome.result == ProfileStore::ImportResult::Invalid) … outcome.errors …
//
// It checks the whole `ImportClientProfile` object first, then in one transaction creates or
// renames the client (AccountStore::upsertClient), writes the whole profile, stamps the
// client's lastUpdatedAt (SyncStamps) and writes the access-log entry of the organisation's
// system (careOrganisation, `update`, `profile`). Nothing is written when anything fails.
class ProfileStore
{
public:
    enum class ImportResult {
        Created, // the client had no profile before
        Updated, // replaced (or unchanged: then updatedAt stays)
        Invalid, // see errors; nothing written
        Failed, // the database failed; nothing written
    };
    struct ImportOutcome
    {
        ImportResult result = ImportResult::Failed;
        QList<SignInProblems::FieldError> errors;
        QDateTime lastUpdatedAt; // the client's new stamp, when written
    };

    explicit ProfileStore(const ServerContext &context);

    // `clientId` must be a contract Id (checked: a bad one is Invalid with field "clientId").
    ImportOutcome importProfile(const QString &clientId, const QJsonObject &profile);
    // Nothing when the client has no profile (or does not exist).
    std::optional<ClientProfile> find(const QString &clientId) const;

    // The contract's Id: 1 to 64 of A–Z a–z 0–9 . _ ~ -.
    static bool isValidId(const QString &id);

private:
    bool write(const ClientProfile &profile, bool exists);

    const ServerContext &m_context;
};

} // namespace Portiek::Server
