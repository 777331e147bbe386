#include "server/accounts/accountstore.h"
#include "server/core/clock.h"
#include "server/core/secrets.h"
#include "server/storage/database.h"

#include <QTest>

using namespace Portiek::Server;

// People, clients and links, on a private in-memory database with a clock that stands still.
class TestAccountStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void create_storesEveryField_andChoosesIdAndTimes();
    void findByUsername_ignoresCaseAndSpaces();
    void create_sameUsernameOtherCase_isRefused();
    void findByEmail_ignoresCase_andFindsEveryAccount();
    void findById_unknown_isEmpty();
    void setPassword_temporary_thenPermanent();
    void setTermsAccepted_storesVersion();
    void upsertClient_createsThenRenames();
    void linksForPerson_sortedByName_withRolesRelationsAndRights();
    void linkClient_again_replacesLink();
    void rights_fromJson_appliesImplications();

private:
    Person gerard() const;

    ManualClock m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AccountStore> m_store;
};

void TestAccountStore::initTestCase()
{
    QVERIFY(Secrets::initialize());
}

void TestAccountStore::init()
{
    m_store.reset();
    QString error;
    m_database = Database::openInMemory(&error);
    QVERIFY2(m_database, qPrintable(error));
    QVERIFY2(m_database->migrate(&error), qPrintable(error));
    m_store = std::make_unique<AccountStore>(*m_database, m_clock);
}

Person TestAccountStore::gerard() const
{
    Person person;
    person.username = QStringLiteral("GvanDijk");
    person.givenName = QStringLiteral("Gerard");
    person.familyNamePrefix = QStringLiteral("van");
    person.familyName = QStringLiteral("Dijk");
    person.email = QStringLiteral("Gerard.vanDijk@example.nl");
    person.mobile = QStringLiteral("+31612340482");
    person.role = Role::Client;
    person.passwordHash = QStringLiteral("$argon2id$dummy");
    person.passwordTemporary = true;
    person.temporaryPasswordExpiresAt = m_clock.now().addDays(14);
    return person;
}

void TestAccountStore::create_storesEveryField_andChoosesIdAndTimes()
{
    const std::optional<Person> created = m_store->create(gerard());
    QVERIFY(created);
    QVERIFY(created->id.startsWith(QStringLiteral("per_")));
    QCOMPARE(created->createdAt, m_clock.now());
    QCOMPARE(created->passwordChangedAt, m_clock.now());

    const std::optional<Person> found = m_store->findById(created->id);
    QVERIFY(found);
    QCOMPARE(found->username, QStringLiteral("GvanDijk"));
    QCOMPARE(found->name(), QStringLiteral("Gerard van Dijk"));
    QCOMPARE(found->email, QStringLiteral("Gerard.vanDijk@example.nl"));
    QCOMPARE(found->mobile, QStringLiteral("+31612340482"));
    QCOMPARE(found->role, Role::Client);
    QCOMPARE(found->passwordHash, QStringLiteral("$argon2id$dummy"));
    QVERIFY(found->passwordTemporary);
    QCOMPARE(found->temporaryPasswordExpiresAt, m_clock.now().addDays(14));
    QVERIFY(found->termsVersionAccepted.isEmpty());
    QVERIFY(!found->disabled);
    QCOMPARE(found->createdAt, m_clock.now());
}

void TestAccountStore::findByUsername_ignoresCaseAndSpaces()
{
    QVERIFY(m_store->create(gerard()));
    const std::optional<Person> found = m_store->findByUsername(QStringLiteral(" gvandijk "));
    QVERIFY(found);
    QCOMPARE(found->username, QStringLiteral("GvanDijk"));
    QVERIFY(!m_store->findByUsername(QStringLiteral("gvandijk2")));
}

void TestAccountStore::create_sameUsernameOtherCase_isRefused()
{
    QVERIFY(m_store->create(gerard()));
    Person other = gerard();
    other.username = QStringLiteral("GVANDIJK");
    AccountStore::CreateError error = AccountStore::CreateError::None;
    QVERIFY(!m_store->create(other, &error));
    QCOMPARE(error, AccountStore::CreateError::UsernameTaken);
}

void TestAccountStore::findByEmail_ignoresCase_andFindsEveryAccount()
{
    QVERIFY(m_store->create(gerard()));
    Person son = gerard();
    son.username = QStringLiteral("mvandijk");
    son.givenName = QStringLiteral("Mark");
    son.role = Role::Representative;
    QVERIFY(m_store->create(son));
    const QList<Person> found = m_store->findByEmail(QStringLiteral("gerard.VANDIJK@example.nl"));
    QCOMPARE(found.size(), 2);
    QVERIFY(m_store->findByEmail(QStringLiteral("someone@example.nl")).isEmpty());
    QVERIFY(m_store->findByEmail(QString()).isEmpty());
}

void TestAccountStore::findById_unknown_isEmpty()
{
    QVERIFY(!m_store->findById(QStringLiteral("per_unknown")));
}

void TestAccountStore::setPassword_temporary_thenPermanent()
{
    const std::optional<Person> created = m_store->create(gerard());
    QVERIFY(created);
    m_clock.advance(3600);
    QVERIFY(m_store->setPassword(created->id, QStringLiteral("$argon2id$new"), false));
    std::optional<Person> found = m_store->findById(created->id);
    QCOMPARE(found->passwordHash, QStringLiteral("$argon2id$new"));
    QVERIFY(!found->passwordTemporary);
    QVERIFY(!found->temporaryPasswordExpiresAt.isValid());
    QCOMPARE(found->passwordChangedAt, m_clock.now());

    const QDateTime expiry = m_clock.now().addDays(2);
    QVERIFY(m_store->setPassword(created->id, QStringLiteral("$argon2id$tmp"), true, expiry));
    found = m_store->findById(created->id);
    QVERIFY(found->passwordTemporary);
    QCOMPARE(found->temporaryPasswordExpiresAt, expiry);

    QVERIFY(!m_store->setPassword(QStringLiteral("per_unknown"), QStringLiteral("x"), false));
}

void TestAccountStore::setTermsAccepted_storesVersion()
{
    const std::optional<Person> created = m_store->create(gerard());
    QVERIFY(m_store->setTermsAccepted(created->id, QStringLiteral("2026-01")));
    QCOMPARE(m_store->findById(created->id)->termsVersionAccepted, QStringLiteral("2026-01"));
}

void TestAccountStore::upsertClient_createsThenRenames()
{
    QVERIFY(m_store->upsertClient(
        { QStringLiteral("100482"), QStringLiteral("Gerard"), QString(), QStringLiteral("Dijk") }));
    QCOMPARE(m_store->findClient(QStringLiteral("100482"))->name(), QStringLiteral("Gerard Dijk"));
    QVERIFY(m_store->upsertClient({ QStringLiteral("100482"), QStringLiteral("Gerard"),
                                    QStringLiteral("van"), QStringLiteral("Dijk") }));
    QCOMPARE(m_store->findClient(QStringLiteral("100482"))->name(),
             QStringLiteral("Gerard van Dijk"));
    QVERIFY(!m_store->findClient(QStringLiteral("999")));
}

void TestAccountStore::linksForPerson_sortedByName_withRolesRelationsAndRights()
{
    Person mark = gerard();
    mark.username = QStringLiteral("mvandijk");
    mark.role = Role::Representative;
    const std::optional<Person> created = m_store->create(mark);
    QVERIFY(m_store->upsertClient({ QStringLiteral("100517"), QStringLiteral("Truus"),
                                    QStringLiteral("van"), QStringLiteral("Dijk-Smit") }));
    QVERIFY(m_store->upsertClient({ QStringLiteral("100482"), QStringLiteral("Gerard"),
                                    QStringLiteral("van"), QStringLiteral("Dijk") }));
    Rights few;
    few.reportsRead = true;
    few.messages = true;
    QVERIFY(m_store->linkClient(created->id, QStringLiteral("100517"), Role::Contact,
                                QStringLiteral("buurman"), few));
    QVERIFY(m_store->linkClient(created->id, QStringLiteral("100482"), Role::Representative,
                                QStringLiteral("zoon"), Rights::all()));

    const QList<ClientLink> links = m_store->linksForPerson(created->id);
    QCOMPARE(links.size(), 2);
    QCOMPARE(links.at(0).clientId, QStringLiteral("100482"));
    QCOMPARE(links.at(0).clientName, QStringLiteral("Gerard van Dijk"));
    QCOMPARE(links.at(0).myRole, Role::Representative);
    QCOMPARE(links.at(0).relation, QStringLiteral("zoon"));
    QCOMPARE(links.at(0).rights, Rights::all());
    QCOMPARE(links.at(1).clientName, QStringLiteral("Truus van Dijk-Smit"));
    QCOMPARE(links.at(1).myRole, Role::Contact);
    QCOMPARE(links.at(1).rights, few);
    QVERIFY(!links.at(1).rights.manageAccess);

    QVERIFY(m_store->linksForPerson(QStringLiteral("per_unknown")).isEmpty());
}

void TestAccountStore::linkClient_again_replacesLink()
{
    const std::optional<Person> created = m_store->create(gerard());
    QVERIFY(m_store->upsertClient(
        { QStringLiteral("100482"), QStringLiteral("Gerard"), QString(), QStringLiteral("Dijk") }));
    QVERIFY(m_store->linkClient(created->id, QStringLiteral("100482"), Role::Contact,
                                QStringLiteral("buurman"), Rights()));
    QVERIFY(m_store->linkClient(created->id, QStringLiteral("100482"), Role::Client, QString(),
                                Rights::all()));
    const QList<ClientLink> links = m_store->linksForPerson(created->id);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().myRole, Role::Client);
    QVERIFY(links.first().relation.isEmpty());
}

void TestAccountStore::rights_fromJson_appliesImplications()
{
    const Rights rights = Rights::fromJson(
        { { QStringLiteral("reportsWrite"), true }, { QStringLiteral("agendaEdit"), true } });
    QVERIFY(rights.reportsRead);
    QVERIFY(rights.agendaView);
    QVERIFY(!rights.manageAccess);
    QCOMPARE(Rights::all().toJson().size(), 10);
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
