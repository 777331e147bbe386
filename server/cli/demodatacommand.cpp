#include "server/accounts/accountstore.h"
#include "server/accounts/passwordhasher.h"
#include "server/cli/command.h"
#include "server/cli/commandsupport.h"
#include "server/core/clock.h"
#include "server/storage/database.h"
#include "server/storage/transaction.h"

namespace Portiek::Server {

namespace {

// The demo's people. Their passwords are in the README, so anyone can try the portal; never
// run this against a real portal's database.
struct DemoLink
{
    const char *clientId;
    const char *relation; // nullptr for the client themself
};

struct DemoAccount
{
    const char *username;
    const char *givenName;
    const char *prefix;
    const char *familyName;
    const char *email;
    const char *mobile;
    Role role;
    const char *password;
    bool temporary; // at first sign-in
    bool termsAccepted;
    QList<DemoLink> links;
};

const QList<ClientRecord> &demoClients()
{
    static const QList<ClientRecord> clients = {
        { QStringLiteral("100482"), QStringLiteral("Gerard"), QStringLiteral("van"),
          QStringLiteral("Dijk") },
        { QStringLiteral("100517"), QStringLiteral("Truus"), QStringLiteral("van"),
          QStringLiteral("Dijk-Smit") },
    };
    return clients;
}

const QList<DemoAccount> &demoAccounts()
{
    static const QList<DemoAccount> accounts = {
        { "gvandijk",
          "Gerard",
          "van",
          "Dijk",
          "gerard.vandijk@example.nl",
          "+31612340482",
          Role::Client,
          "Welkom-Linde-2026",
          true,
          false,
          { { "100482", nullptr } } },
        { "mvandijk",
          "Mark",
          "van",
          "Dijk",
          "mark.vandijk@example.nl",
          "+31612340517",
          Role::Representative,
          "lente in het park bij de vijver",
          false,
          true,
          { { "100482", "zoon" }, { "100517", "zoon" } } },
        { "aboer",
          "Anna",
          nullptr,
          "Boer",
          "anna.boer@example.nl",
          "+31612340731",
          Role::Contact,
          "fietsen langs de Amstel 2026",
          false,
          true,
          { { "100482", "buurvrouw" } } },
    };
    return accounts;
}

// A contact with a few rights: reads reports and the agenda, sends messages.
Rights demoContactRights()
{
    Rights rights;
    rights.reportsRead = true;
    rights.agendaView = true;
    rights.messages = true;
    rights.profile = true;
    return rights;
}

QString text(const char *value)
{
    return value ? QString::fromUtf8(value) : QString();
}

} // namespace

int runDemoDataCommand(const CommandContext &context)
{
    CommandSupport support(context, QStringLiteral("demo-data"));
    if (!support.parse())
        return support.status();
    const std::unique_ptr<ServerServices> services = support.openServices();
    if (!services)
        return support.status();
    ServerContext &server = services->context();

    Transaction transaction(server.database);
    bool ok = true;
    for (const ClientRecord &client : demoClients())
        ok = ok && server.accounts.upsertClient(client);

    const QString termsVersion = server.config.config.organization.termsVersion;
    for (const DemoAccount &demo : demoAccounts()) {
        const QString hash = server.passwordHasher.hash(text(demo.password));
        const QDateTime expiresAt
            = server.clock.now().addDays(server.config.config.temporaryPasswordValidDays);
        // Running it again puts the accounts back at their starting point, so the demo can be
        // replayed; nothing is duplicated.
        std::optional<Person> person = server.accounts.findByUsername(text(demo.username));
        if (!person) {
            Person fresh;
            fresh.username = text(demo.username);
            fresh.givenName = text(demo.givenName);
            fresh.familyNamePrefix = text(demo.prefix);
            fresh.familyName = text(demo.familyName);
            fresh.email = text(demo.email);
            fresh.mobile = text(demo.mobile);
            fresh.role = demo.role;
            person = server.accounts.create(fresh);
        }
        ok = ok && person && !hash.isEmpty()
            && server.accounts.setPassword(person->id, hash, demo.temporary,
                                           demo.temporary ? expiresAt : QDateTime())
            && server.accounts.setTermsAccepted(person->id,
                                                demo.termsAccepted ? termsVersion : QString())
            && server.accounts.setDisabled(person->id, false);
        for (const DemoLink &link : demo.links) {
            const Rights rights = demo.role == Role::Contact ? demoContactRights() : Rights::all();
            ok = ok && person
                && server.accounts.linkClient(person->id, text(link.clientId), demo.role,
                                              text(link.relation), rights);
        }
        if (ok) {
            context.out << "demo account " << person->username << " (" << roleName(demo.role)
                        << ", " << person->name() << "): password \"" << demo.password << "\""
                        << (demo.temporary ? " (temporary)" : "") << '\n';
        }
    }
    if (!ok || !transaction.commit())
        return support.fail(
            ExitCannotServe,
            QStringLiteral("demo-data: database error: %1").arg(server.database.lastError()));
    context.out.flush();
    return ExitOk;
}

} // namespace Portiek::Server
