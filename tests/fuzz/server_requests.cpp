// libFuzzer harness: the server's handling of whole requests, from the request pipeline (body
// limit, routing) through every route's handler to the database, without sockets.
//
// Input, like an HTTP/1.1 request without the version (tests/fuzz/corpus/server_requests/):
//
//     POST /api/v1/clients/100482/reports?x=1
//     Authorization: Bearer @representative
//     Content-Type: application/json
//
//     {"text": "…"}
//
// In the target and in header values `@client`, `@representative`, `@contact` and `@stranger`
// become the session token of that person, `@import-key` the dossier import API's key, so that
// inputs reach the routes behind authentication and rights; `@report`, `@plan`, `@post`, … become
// the id of one of client 100482's demo items (their ids are random, see addItemIds()).
//
// One in-memory SQLite portal with the demo data (DemoSeed) is made once. Each input runs inside
// a database transaction that is rolled back afterwards: handlers' own transactions nest in it
// (Database::beginTransaction), so every input sees the same portal and the database never grows.

#include "server/accounts/accountstore.h"
#include "server/accounts/passwordhasher.h"
#include "server/accounts/person.h"
#include "server/accounts/rights.h"
#include "server/app/apiroutes.h"
#include "server/app/servercontext.h"
#include "server/app/serverservices.h"
#include "server/core/clock.h"
#include "server/demo/demoseed.h"
#include "server/http/request.h"
#include "server/http/requestpipeline.h"
#include "server/http/response.h"
#include "server/http/router.h"
#include "server/session/sessions.h"
#include "server/storage/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QLoggingCategory>
#include <QPair>
#include <QSqlQuery>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Portiek::Server;

namespace {

const QByteArray ImportKey = QByteArrayLiteral("import-key-for-fuzzing-0123456789abcdef");

struct Portal
{
    std::unique_ptr<ServerServices> services;
    Router router;
    std::unique_ptr<RequestPipeline> pipeline;
    QList<QPair<QByteArray, QByteArray>> placeholders; // "@name" → its value
};

Portal *portal = nullptr;

[[noreturn]] void die(const char *what)
{
    std::fprintf(stderr, "server_requests: %s\n", what);
    std::abort();
}

Person addPerson(AccountStore &accounts, PasswordHasher &hasher, const QString &username, Role role)
{
    Person person;
    person.username = username;
    person.givenName = QStringLiteral("Gerard");
    person.familyNamePrefix = QStringLiteral("van");
    person.familyName = QStringLiteral("Dijk");
    person.email = username + QStringLiteral("@example.org");
    person.mobile = QStringLiteral("+31612345678");
    person.role = role;
    person.passwordHash = hasher.hash(QStringLiteral("lente in het park bij de vijver"));
    person.termsVersionAccepted = QStringLiteral("2026-01");
    const std::optional<Person> created = accounts.create(person);
    if (!created)
        die("cannot create a person");
    return *created;
}

QByteArray tokenFor(ServerContext &context, const Person &person)
{
    Sessions sessions(context.database, context.clock);
    const auto issued = sessions.create(person.id, false, QString());
    if (!issued)
        die("cannot create a session");
    return issued->token.toLatin1();
}

// Ids of client 100482's demo items, which the store makes at random.
void addItemIds(Database &database, QList<QPair<QByteArray, QByteArray>> *placeholders)
{
    const QList<QPair<QByteArray, QString>> queries = {
        { "@report", QStringLiteral("SELECT id FROM reports WHERE client_id = '100482'") },
        { "@plan", QStringLiteral("SELECT id FROM plans WHERE client_id = '100482'") },
        { "@appointment",
          QStringLiteral(
              "SELECT id FROM appointments WHERE client_id = '100482' AND kind = 'own'") },
        { "@measurement",
          QStringLiteral("SELECT id FROM measurements WHERE client_id = '100482'") },
        { "@conversation",
          QStringLiteral("SELECT id FROM conversations WHERE client_id = '100482'") },
        { "@post", QStringLiteral("SELECT id FROM board_posts WHERE client_id = '100482'") },
        { "@reaction-post",
          QStringLiteral("SELECT r.post_id FROM board_reactions r JOIN board_posts p"
                         " ON p.id = r.post_id WHERE p.client_id = '100482'") },
        { "@reaction",
          QStringLiteral("SELECT r.id FROM board_reactions r JOIN board_posts p"
                         " ON p.id = r.post_id WHERE p.client_id = '100482'") },
        { "@board-photo",
          QStringLiteral("SELECT id FROM board_photos WHERE client_id = '100482'") },
        { "@contact-person",
          QStringLiteral("SELECT person_id FROM client_links WHERE client_id = '100482'"
                         " AND my_role = 'contact'") },
    };
    for (const auto &[name, sql] : queries) {
        QSqlQuery query;
        // The first by id, so a run picks the same one each time for the same demo data.
        if (!database.exec(query, sql + QStringLiteral(" ORDER BY 1 LIMIT 1"), {}) || !query.next())
            die("a demo item is missing");
        placeholders->append({ name, query.value(0).toString().toLatin1() });
    }
}

void makePortal()
{
    portal = new Portal;
    LoadedServerConfig config;
    config.config.organization.name = QStringLiteral("Zorggroep De Linde");
    config.config.organization.termsVersion = QStringLiteral("2026-01");
    config.termsText = QStringLiteral("Dit cliëntportaal is alleen voor cliënten.");
    config.config.importApi.apiKeyFile = QStringLiteral("/nonexistent/import-key");
    config.config.importApi.systemName = QStringLiteral("ECD-koppeling Zorggroep De Linde");
    config.importApiKey = ImportKey;

    ServerServices::Options options;
    options.clock = std::make_unique<ManualClock>();
    options.passwordCost = Argon2Cost::minimum();
    options.inMemoryDatabase = true;
    QString error;
    portal->services = ServerServices::open(config, &error, std::move(options));
    if (!portal->services)
        die(qPrintable(error));
    ServerContext &context = portal->services->context();

    AccountStore &accounts = context.accounts;
    accounts.upsertClient({ QStringLiteral("100482"), QStringLiteral("Gerard"),
                            QStringLiteral("van"), QStringLiteral("Dijk") });
    accounts.upsertClient({ QStringLiteral("100517"), QStringLiteral("Truus"),
                            QStringLiteral("van"), QStringLiteral("Dijk-Smit") });
    accounts.upsertClient(
        { QStringLiteral("100999"), QStringLiteral("Truus"), QString(), QStringLiteral("Smit") });
    PasswordHasher &hasher = context.passwordHasher;
    const Person client = addPerson(accounts, hasher, QStringLiteral("gvandijk"), Role::Client);
    const Person representative
        = addPerson(accounts, hasher, QStringLiteral("mvandijk"), Role::Representative);
    const Person contact = addPerson(accounts, hasher, QStringLiteral("aboer"), Role::Contact);
    const Person stranger = addPerson(accounts, hasher, QStringLiteral("tsmit"), Role::Client);
    accounts.linkClient(client.id, QStringLiteral("100482"), Role::Client, QString(),
                        Rights::all());
    accounts.linkClient(representative.id, QStringLiteral("100482"), Role::Representative,
                        QStringLiteral("zoon"), Rights::all());
    accounts.linkClient(representative.id, QStringLiteral("100517"), Role::Representative,
                        QStringLiteral("zoon"), Rights::all());
    accounts.linkClient(contact.id, QStringLiteral("100482"), Role::Contact,
                        QStringLiteral("buurvrouw"), Rights());
    accounts.linkClient(stranger.id, QStringLiteral("100999"), Role::Client, QString(),
                        Rights::all());

    QString output;
    QTextStream out(&output);
    if (!DemoSeed(context).run(out, &error))
        die(qPrintable(error));

    portal->placeholders = {
        { "@representative", tokenFor(context, representative) },
        { "@client", tokenFor(context, client) },
        { "@contact", tokenFor(context, contact) },
        { "@stranger", tokenFor(context, stranger) },
        { "@import-key", ImportKey },
    };
    addItemIds(context.database, &portal->placeholders);
    // Longest first, so "@reaction-post" is not taken for "@reaction" followed by "-post".
    std::sort(portal->placeholders.begin(), portal->placeholders.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    registerApiRoutes(portal->router, context);
    portal->pipeline = std::make_unique<RequestPipeline>(portal->router);
}

QByteArray withPlaceholders(QByteArray value)
{
    if (!value.contains('@'))
        return value;
    for (const auto &[name, replacement] : std::as_const(portal->placeholders))
        value.replace(name, replacement);
    return value;
}

Request toRequest(const QByteArray &input)
{
    // The head ends at the first empty line; everything after it is the body, byte for byte.
    qsizetype headEnd = input.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? input : input.left(headEnd);
    const QByteArray body = headEnd < 0 ? QByteArray() : input.mid(headEnd + 2);
    const QList<QByteArray> lines = head.split('\n');

    const QByteArray requestLine = lines.value(0);
    const qsizetype space = requestLine.indexOf(' ');
    const QByteArray method = space < 0 ? requestLine : requestLine.left(space);
    const QByteArray target = space < 0 ? QByteArray("/") : requestLine.mid(space + 1);
    Request request(method, QUrl::fromEncoded(withPlaceholders(target), QUrl::TolerantMode));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        request.addHeader(lines[i].left(colon).trimmed(),
                          withPlaceholders(lines[i].mid(colon + 1).trimmed()));
    }
    request.setBody(body);
    request.setRemoteAddress(QHostAddress(QHostAddress::LocalHost));
    return request;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
    // The access log line of every request and the handlers' warnings would drown the fuzzer's
    // own output; crashes and sanitizer reports still show.
    QLoggingCategory::setFilterRules(QStringLiteral("portiek.*=false"));
    makePortal();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A copy, as the network hands over: QByteArray::fromRawData() would share libFuzzer's buffer,
    // which has no terminating zero that constData() users may rely on.
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Request request = toRequest(input);
    Database &database = portal->services->context().database;
    if (!database.beginTransaction())
        die("cannot begin the input's transaction");
    const Response response = portal->pipeline->process(request);
    database.rollback();
    if (database.inTransaction())
        die("a handler left a transaction open");
    if (response.status() < 100 || response.status() > 599)
        die("an answer without a valid HTTP status");
    // To check that the seeds reach their routes: PORTIEK_FUZZ_VERBOSE=1 server_requests -runs=0 …
    static const bool verbose = qEnvironmentVariableIsSet("PORTIEK_FUZZ_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "%d %s %s %s\n", response.status(), request.method().constData(),
                     qPrintable(request.path()),
                     response.status() >= 400 ? response.body().left(160).constData() : "");
    return 0;
}
