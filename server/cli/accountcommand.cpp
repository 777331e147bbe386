#include "server/accounts/accountinput.h"
#include "server/accounts/accountstore.h"
#include "server/accounts/invitation.h"
#include "server/accounts/passwordhasher.h"
#include "server/cli/command.h"
#include "server/cli/commandsupport.h"
#include "server/core/clock.h"
#include "server/core/secrets.h"
#include "server/outbox/outbox.h"
#include "server/storage/database.h"
#include "server/storage/transaction.h"

namespace Portiek::Server {

namespace {

struct ClientRequest
{
    QString clientId;
    QString relation;
};

// What a contact person may do until a portal administrator changes it: read along and talk,
// nothing that writes in the dossier.
Rights defaultContactRights()
{
    Rights rights;
    rights.reportsRead = true;
    rights.agendaView = true;
    rights.messages = true;
    rights.board = true;
    rights.profile = true;
    return rights;
}

int createAccount(const CommandContext &context)
{
    CommandSupport support(context, QStringLiteral("account create"));
    QCommandLineParser &parser = support.parser();
    const auto option = [&](const char *name, const char *description) {
        const QCommandLineOption result(QLatin1String(name), QString::fromUtf8(description),
                                        QStringLiteral("value"));
        parser.addOption(result);
        return result;
    };
    const QCommandLineOption usernameOption = option("username", "Sign-in name (required).");
    const QCommandLineOption givenOption = option("given-name", "Given name (required).");
    const QCommandLineOption prefixOption
        = option("family-name-prefix", "Family name prefix (van, de, …).");
    const QCommandLineOption familyOption = option("family-name", "Family name (required).");
    const QCommandLineOption emailOption = option("email", "E-mail address (required).");
    const QCommandLineOption mobileOption = option("mobile", "Mobile number, +316… (required).");
    const QCommandLineOption roleOption
        = option("role", "client, representative or contact (required).");
    const QCommandLineOption clientOption
        = option("client", "Client id[:relation]; repeat for several clients.");
    if (!support.parse())
        return support.status();

    // The first problem wins: one line naming the option.
    QString problem;
    QString failedOption;
    const auto required = [&](const QCommandLineOption &opt, auto check) -> QString {
        if (!failedOption.isEmpty())
            return {};
        const QString name = opt.names().constFirst();
        if (!parser.isSet(opt)) {
            failedOption = name;
            problem = QStringLiteral("is required");
            return {};
        }
        const std::optional<QString> value = check(parser.value(opt), &problem);
        if (!value)
            failedOption = name;
        return value.value_or(QString());
    };
    const auto namePart = [](int maxLength) {
        return [maxLength](const QString &text, QString *why) {
            return AccountInput::namePart(text, maxLength, why);
        };
    };

    Person person;
    person.username = required(usernameOption, AccountInput::username);
    person.givenName = required(givenOption, namePart(AccountInput::MaxNameLength));
    if (parser.isSet(prefixOption))
        person.familyNamePrefix = required(prefixOption, namePart(AccountInput::MaxPrefixLength));
    person.familyName = required(familyOption, namePart(AccountInput::MaxNameLength));
    person.email = required(emailOption, AccountInput::email);
    person.mobile = required(mobileOption, AccountInput::mobile);
    const QString roleText = required(roleOption, [](const QString &text, QString *why) {
        if (!roleFromName(text)) {
            *why = QStringLiteral("must be client, representative or contact");
            return std::optional<QString>();
        }
        return std::optional<QString>(text);
    });
    if (!failedOption.isEmpty())
        return support.fail(ExitBadConfiguration,
                            QStringLiteral("account create: --%1 %2").arg(failedOption, problem));
    person.role = *roleFromName(roleText);

    QList<ClientRequest> clients;
    const QStringList clientValues = parser.values(clientOption);
    for (const QString &value : clientValues) {
        const qsizetype colon = value.indexOf(QLatin1Char(':'));
        const auto id = AccountInput::clientId(value.left(colon), &problem);
        if (!id) {
            return support.fail(
                ExitBadConfiguration,
                QStringLiteral("account create: --client \"%1\": the id %2").arg(value, problem));
        }
        QString relation = colon < 0 ? QString() : value.mid(colon + 1).simplified();
        if (colon >= 0 && (relation.isEmpty() || relation.size() > AccountInput::MaxNameLength)) {
            return support.fail(ExitBadConfiguration,
                                QStringLiteral("account create: --client \"%1\": the relation "
                                               "after \":\" must be 1 to %2 characters")
                                    .arg(value)
                                    .arg(AccountInput::MaxNameLength));
        }
        clients.append({ *id, relation });
    }
    if (clients.isEmpty())
        return support.fail(ExitBadConfiguration,
                            QStringLiteral("account create: --client is required"));
    if (person.role == Role::Client && (clients.size() != 1 || !clients.first().relation.isEmpty()))
        return support.fail(ExitBadConfiguration,
                            QStringLiteral("account create: a client account takes exactly one "
                                           "--client, their own dossier id, without a relation"));

    const std::unique_ptr<ServerServices> services = support.openServices();
    if (!services)
        return support.status();
    ServerContext &server = services->context();

    for (const ClientRequest &client : std::as_const(clients)) {
        if (person.role != Role::Client && !server.accounts.findClient(client.clientId)) {
            return support.fail(ExitBadConfiguration,
                                QStringLiteral("account create: --client: there is no client "
                                               "with id \"%1\"")
                                    .arg(client.clientId));
        }
    }

    const QString password = Invitation::temporaryPassword();
    const QDateTime expiresAt
        = server.clock.now().addDays(server.config.config.temporaryPasswordValidDays);
    person.passwordHash = server.passwordHasher.hash(password);
    person.passwordTemporary = true;
    person.temporaryPasswordExpiresAt = expiresAt;
    if (person.passwordHash.isEmpty())
        return support.fail(ExitCannotServe,
                            QStringLiteral("account create: cannot hash the "
                                           "temporary password (out of memory?)"));

    Transaction transaction(server.database);
    AccountStore::CreateError createError = AccountStore::CreateError::None;
    const std::optional<Person> created = server.accounts.create(person, &createError);
    if (!created) {
        if (createError == AccountStore::CreateError::UsernameTaken)
            return support.fail(ExitBadConfiguration,
                                QStringLiteral("account create: --username \"%1\" is already "
                                               "taken")
                                    .arg(person.username));
        return support.fail(
            ExitCannotServe,
            QStringLiteral("account create: database error: %1").arg(server.database.lastError()));
    }
    bool stored = true;
    for (const ClientRequest &client : std::as_const(clients)) {
        if (person.role == Role::Client) {
            stored = stored
                && server.accounts.upsertClient({ client.clientId, person.givenName,
                                                  person.familyNamePrefix, person.familyName });
        }
        const Rights rights = person.role == Role::Contact ? defaultContactRights() : Rights::all();
        stored = stored
            && server.accounts.linkClient(created->id, client.clientId, person.role,
                                          client.relation, rights);
    }
    const Invitation::Mail mail
        = Invitation::compose(server.config.config, *created, password, expiresAt);
    stored = stored
        && !server.outbox.enqueueEmail(created->id, created->email, mail.subject, mail.body)
                .isEmpty();
    if (!stored || !transaction.commit())
        return support.fail(
            ExitCannotServe,
            QStringLiteral("account create: database error: %1").arg(server.database.lastError()));

    context.out << "created " << roleName(created->role) << " account " << created->username << " ("
                << created->id << "); invitation e-mail queued for " << created->email << Qt::endl;
    return ExitOk;
}

} // namespace

int runAccountCommand(const CommandContext &context)
{
    const QString sub = context.arguments.value(0);
    if (sub == QLatin1String("create")) {
        CommandContext rest = context;
        rest.arguments.removeFirst();
        return createAccount(rest);
    }
    return context.fail(ExitBadConfiguration,
                        sub.isEmpty() ? QStringLiteral("account: say what to do: \"account "
                                                       "create …\" (see --help)")
                                      : QStringLiteral("account: unknown action \"%1\" (see "
                                                       "--help)")
                                            .arg(sub));
}

} // namespace Portiek::Server
