// Rights administration, the access log and my trusted devices, against a scripted portal.
#include "core/accesslog.h"
#include "core/accesslogmodel.h"
#include "core/contactaccess.h"
#include "core/contactaccessactions.h"
#include "core/contactaccesslistmodel.h"
#include "core/draftstore.h"
#include "core/memorytrusteddevicestore.h"
#include "core/portalapi.h"
#include "core/trusteddevicelist.h"
#include "fakeportal.h"
#include "support/fakenetwork.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString ContactsPath = QStringLiteral("/api/v1/clients/100482/access/contacts");
const QString AnoukPath = ContactsPath + QStringLiteral("/per_2Tn6");
const QString LogPath = QStringLiteral("/api/v1/clients/100482/access/log");
const QString DevicesPath = QStringLiteral("/api/v1/me/trusted-devices");

QJsonObject rightsJson(bool reportsRead = false)
{
    ContactRights rights;
    rights.reportsRead = reportsRead;
    rights.agendaView = true;
    return rights.toJson();
}

QJsonObject contactJson(const QString &id, const QString &name, const QString &status,
                        bool reportsRead = false)
{
    return { { "personId", id },
             { "name", name },
             { "relation", "kleindochter" },
             { "email", "anouk@example.nl" },
             { "mobile", "+31623456789" },
             { "status", status },
             { "rights", rightsJson(reportsRead) },
             { "invitedAt", "2026-01-20T14:02:00+01:00" },
             { "invitedBy", QJsonValue::Null },
             { "lastSignInAt", QJsonValue::Null } };
}

QJsonObject page(const QJsonArray &items, const QString &next = {})
{
    return { { "items", items },
             { "nextCursor", next.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(next) } };
}

QJsonObject logEntry(const QString &id, const QString &action, const QString &resource)
{
    return { { "id", id },
             { "at", "2026-03-12T11:59:02+01:00" },
             { "actor",
               QJsonObject { { "kind", "person" },
                             { "personId", "per_2Tn6" },
                             { "name", "Anouk de Boer" },
                             { "role", "contact" } } },
             { "action", action },
             { "resourceType", resource },
             { "resourceId", QJsonValue::Null } };
}

QJsonObject deviceJson(const QString &id, bool current)
{
    return { { "id", id },
             { "name", current ? "Laptop (Linux)" : "iMac thuis" },
             { "createdAt", "2026-03-12T09:34:30+01:00" },
             { "lastUsedAt", QJsonValue::Null },
             { "expiresAt", "2026-06-10T09:34:30+02:00" },
             { "current", current } };
}

// FakePortal plus what it does not do itself: an ETag on every answer, and If-Match recorded.
class EtagPortal : public FakePortal
{
public:
    QByteArray etag = "\"v1\"";
    QList<QByteArray> ifMatch;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        ifMatch.append(request.rawHeader("If-Match"));
        QNetworkReply *reply = FakePortal::createRequest(op, request, outgoingData);
        if (auto *fake = qobject_cast<FakeReply *>(reply))
            fake->setRawHeaderForTest("ETag", etag);
        return reply;
    }
};

} // namespace

class TestAccess : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void rights_parseStrictlyAndKeepTheirRules();
    void rights_summaryInWords();
    void contactPage_goodIsRead_badIsRejected_data();
    void contactPage_goodIsRead_badIsRejected();
    void contactList_fetchesEveryPage();
    void invite_failedSendKeepsTheDraft_retryUsesTheSameKey();
    void invite_sendsNoRightsUnlessTicked_andAnE164Mobile();
    void saveRights_sendsIfMatch_conflictReloadsWithASentence();
    void sentences_sayWhatHappened();
    void resendCarriesAKey_endedAlreadyIsEnded();
    void accessLog_pagesNewestFirstInWords();
    void accessLog_badEntryIsRejected();
    void devices_revokingThisComputerForgetsItsToken();
    void devices_revokingAnotherKeepsThisToken_revokeAllForgets();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EtagPortal> m_portal;
    std::unique_ptr<PortalApi> m_api;
    std::unique_ptr<DraftStore> m_drafts;
};

void TestAccess::init()
{
    m_drafts.reset();
    m_api.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_portal = std::make_unique<EtagPortal>();
    m_api = std::make_unique<PortalApi>(m_portal.get());
    m_api->setBaseUrl(QUrl(QStringLiteral("https://portaal.example.nl")));
    m_drafts = std::make_unique<DraftStore>(m_dir->path(), QStringLiteral("me"));
}

void TestAccess::rights_parseStrictlyAndKeepTheirRules()
{
    ContactRights rights;
    QVERIFY(ContactRights::fromJson(rightsJson(true), &rights, nullptr));
    QVERIFY(rights.reportsRead && rights.agendaView && !rights.reportsWrite);

    QJsonObject missing = rightsJson();
    missing.remove(QStringLiteral("board"));
    QString error;
    QVERIFY(!ContactRights::fromJson(missing, &rights, &error));
    QVERIFY(error.contains(QLatin1String("board")));
    QJsonObject inconsistent = rightsJson();
    inconsistent.insert(QStringLiteral("reportsWrite"), true); // without reportsRead
    QVERIFY(!ContactRights::fromJson(inconsistent, &rights, &error));

    ContactRights edited;
    edited.setKeepingConsistent(ContactRights::Right::ReportsWrite, true);
    QVERIFY(edited.reportsRead);
    edited.setKeepingConsistent(ContactRights::Right::AgendaEdit, true);
    QVERIFY(edited.agendaView);
    edited.setKeepingConsistent(ContactRights::Right::AgendaView, false);
    QVERIFY(!edited.agendaEdit);
    edited.setKeepingConsistent(ContactRights::Right::ReportsRead, false);
    QVERIFY(!edited.reportsWrite);
    QVERIFY(edited.none());
}

void TestAccess::rights_summaryInWords()
{
    QVERIFY(ContactRights().summary().contains(QLatin1String("No rights")));
    ContactRights rights;
    rights.setKeepingConsistent(ContactRights::Right::ReportsWrite, true);
    rights.messages = true;
    // "Write reports" says "read" already.
    QCOMPARE(rights.summary(), QStringLiteral("May: Write reports, Messages"));
}

void TestAccess::contactPage_goodIsRead_badIsRejected_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<bool>("good");
    const QJsonObject good = contactJson("per_2Tn6", "Anouk de Boer", "active");
    QTest::newRow("good") << page({ good, contactJson("per_5Fa1", "Fatima", "invited") }) << true;
    QJsonObject status = good;
    status.insert("status", "blocked");
    QTest::newRow("unknown status") << page({ status }) << false;
    QJsonObject noSignIn = good;
    noSignIn.remove("lastSignInAt");
    QTest::newRow("lastSignInAt missing") << page({ noSignIn }) << false;
    QJsonObject noRights = good;
    noRights.insert("rights", QJsonObject { { "reportsRead", true } });
    QTest::newRow("rights incomplete") << page({ noRights }) << false;
    QTest::newRow("item not an object") << page({ 42 }) << false;
    QTest::newRow("no nextCursor") << QJsonObject { { "items", QJsonArray { good } } } << false;
}

void TestAccess::contactPage_goodIsRead_badIsRejected()
{
    QFETCH(QJsonObject, json);
    QFETCH(bool, good);
    QList<ContactAccess> items;
    QString next;
    QString error;
    QCOMPARE(ContactAccess::pageFromJson(json, &items, &next, &error), good);
    if (good) {
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(1).status, ContactAccess::Status::Invited);
        QVERIFY(!items.at(0).lastSignInAt.isValid());
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void TestAccess::contactList_fetchesEveryPage()
{
    m_portal->answer("GET", ContactsPath, 200,
                     page({ contactJson("per_2Tn6", "Anouk de Boer", "active") }, "c2"));
    m_portal->answer("GET", ContactsPath, 200,
                     page({ contactJson("per_5Fa1", "Fatima El Amrani", "invited") }));
    ContactAccessListModel model(m_api.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ContactAccessListModel::loaded);
    model.setClientId(QStringLiteral("100482"));
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.contactAt(1).name, QStringLiteral("Fatima El Amrani"));
    QVERIFY(m_portal->calls().last().path.contains(QLatin1String("cursor=c2")));
    QVERIFY(
        model.data(model.index(1), Qt::DisplayRole).toString().contains(QLatin1String("not yet")));
}

void TestAccess::invite_failedSendKeepsTheDraft_retryUsesTheSameKey()
{
    ContactAccessActions actions(m_api.get(), m_drafts.get());
    actions.setClientId(QStringLiteral("100482"));
    Draft draft = m_drafts->create(ContactAccessActions::DraftKind, QStringLiteral("100482"));
    ContactInvite invite;
    invite.givenName = QStringLiteral("Fatima");
    invite.familyName = QStringLiteral("El Amrani");
    invite.relation = QStringLiteral("buurvrouw");
    invite.email = QStringLiteral("f@example.nl");
    invite.mobile = QStringLiteral("06 34567890");
    draft.fields = invite.toDraftFields();
    QVERIFY(m_drafts->save(draft));

    m_portal->problem("POST", ContactsPath, 503, QStringLiteral("service_unavailable"));
    m_portal->answer("POST", ContactsPath, 201,
                     contactJson("per_5Fa1", "Fatima El Amrani", "invited"));
    QSignalSpy failed(&actions, &ContactAccessActions::failed);
    QSignalSpy invited(&actions, &ContactAccessActions::invited);
    QVERIFY(actions.invite(draft.id));
    QVERIFY(failed.wait());
    QVERIFY(m_drafts->find(draft.id).isValid());
    QVERIFY(failed.at(0).at(2).toString().contains(QLatin1String("kept")));

    QVERIFY(actions.invite(draft.id));
    QVERIFY(invited.wait());
    const QList<FakePortal::Call> posts = m_portal->callsTo("POST", ContactsPath);
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts.at(0).idempotencyKey, draft.idempotencyKey);
    QCOMPARE(posts.at(1).idempotencyKey, draft.idempotencyKey);
    QVERIFY(!m_drafts->find(draft.id).isValid());
    QCOMPARE(invited.at(0).at(1).value<ContactAccess>().personId, QStringLiteral("per_5Fa1"));
}

void TestAccess::invite_sendsNoRightsUnlessTicked_andAnE164Mobile()
{
    ContactInvite invite;
    invite.givenName = QStringLiteral(" Fatima ");
    invite.familyName = QStringLiteral("Amrani");
    invite.familyNamePrefix = QStringLiteral("el");
    invite.mobile = QStringLiteral("06-345 678 90");
    const QJsonObject body = invite.toJson();
    QCOMPARE(body.value("mobile").toString(), QStringLiteral("+31634567890"));
    QCOMPARE(body.value("name").toObject().value("givenName").toString(), QStringLiteral("Fatima"));
    const QJsonObject rights = body.value("rights").toObject();
    QCOMPARE(rights.size(), 9);
    for (const QJsonValue &value : rights)
        QCOMPARE(value.toBool(), false);
    QCOMPARE(ContactInvite::normalizedMobile(QStringLiteral("0031 6 12345678")),
             QStringLiteral("+31612345678"));
    // A draft brings back what was typed, exactly.
    QCOMPARE(ContactInvite::fromDraftFields(invite.toDraftFields()).mobile, invite.mobile);
}

void TestAccess::saveRights_sendsIfMatch_conflictReloadsWithASentence()
{
    ContactAccessActions actions(m_api.get(), m_drafts.get());
    actions.setClientId(QStringLiteral("100482"));
    m_portal->answer("GET", AnoukPath, 200, contactJson("per_2Tn6", "Anouk", "active"));
    QSignalSpy loaded(&actions, &ContactAccessActions::loaded);
    QVERIFY(actions.load(QStringLiteral("per_2Tn6")));
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.at(0).at(1).toByteArray(), QByteArray("\"v1\""));

    // Someone else changed it meanwhile: 412, a sentence, and the rights as they are now.
    m_portal->problem("PUT", AnoukPath + QStringLiteral("/rights"), 412,
                      QStringLiteral("precondition_failed"));
    m_portal->answer("GET", AnoukPath, 200, contactJson("per_2Tn6", "Anouk", "active", true));
    QSignalSpy failed(&actions, &ContactAccessActions::failed);
    ContactRights wanted;
    wanted.board = true;
    QVERIFY(actions.saveRights(QStringLiteral("per_2Tn6"), wanted, "\"v1\""));
    QCOMPARE(m_portal->ifMatch.last(), QByteArray("\"v1\""));
    QCOMPARE(m_portal->lastCallTo("PUT", AnoukPath + QStringLiteral("/rights")).body,
             wanted.toJson());
    m_portal->etag = "\"v2\"";
    QVERIFY(loaded.wait());
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(2).toString().contains(QLatin1String("Someone else")));
    QCOMPARE(loaded.at(1).at(1).toByteArray(), QByteArray("\"v2\""));
    QVERIFY(loaded.at(1).at(0).value<ContactAccess>().rights.reportsRead);

    // Inconsistent rights never leave this computer.
    ContactRights broken;
    broken.agendaEdit = true;
    QVERIFY(!actions.saveRights(QStringLiteral("per_2Tn6"), broken, "\"v2\""));
}

void TestAccess::sentences_sayWhatHappened()
{
    using A = ContactAccessActions::Action;
    const auto problem = [](int status, const QString &code) {
        ApiError error(ApiError::Kind::Problem, code);
        error.setHttpStatus(status);
        error.setProblemCode(code);
        return error;
    };
    QVERIFY(ContactAccessActions::sentenceFor(A::Invite, problem(409, "contact_already_linked"))
                .contains(QLatin1String("already has access")));
    QVERIFY(ContactAccessActions::sentenceFor(A::Resend, problem(409, "invitation_not_pending"))
                .contains(QLatin1String("already signed in")));
    QVERIFY(ContactAccessActions::sentenceFor(A::EndAccess, problem(403, "forbidden"))
                .contains(QLatin1String("representatives")));
    ApiError field = problem(422, "validation_failed");
    field.setFieldErrors({ { QStringLiteral("mobile"), QStringLiteral("invalid") } });
    QVERIFY(ContactAccessActions::sentenceFor(A::Invite, field).contains(QLatin1String("mobile")));
}

void TestAccess::resendCarriesAKey_endedAlreadyIsEnded()
{
    // Qt sends a request again by itself when its answer was lost: the resend carries a key
    // (the portal answers its repeat as the first), and ending an access that has ended
    // already is what was asked, not a failure.
    ContactAccessActions actions(m_api.get(), m_drafts.get());
    actions.setClientId(QStringLiteral("100482"));
    QSignalSpy failed(&actions, &ContactAccessActions::failed);
    QSignalSpy resent(&actions, &ContactAccessActions::invitationResent);
    m_portal->answer("POST", AnoukPath + QStringLiteral("/invitation"), 202, QJsonObject());
    QVERIFY(actions.resendInvitation(QStringLiteral("per_2Tn6")));
    QVERIFY(resent.wait());
    QVERIFY(!m_portal->lastCallTo("POST", AnoukPath + QStringLiteral("/invitation"))
                 .idempotencyKey.isEmpty());

    QSignalSpy ended(&actions, &ContactAccessActions::accessEnded);
    m_portal->problem("DELETE", AnoukPath, 404, QStringLiteral("not_found"));
    QVERIFY(actions.endAccess(QStringLiteral("per_2Tn6")));
    QVERIFY(ended.wait());
    QCOMPARE(ended.at(0).at(0).toString(), QStringLiteral("per_2Tn6"));
    QCOMPARE(failed.size(), 0);
}

void TestAccess::accessLog_pagesNewestFirstInWords()
{
    m_portal->answer(
        "GET", LogPath, 200,
        page({ logEntry("log_2", "read", "reports"), logEntry("log_1", "download", "planPdf") },
             "next1"));
    m_portal->answer("GET", LogPath, 200, page({ logEntry("log_0", "approve", "plan") }));
    AccessLogModel model(m_api.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(&model, &AccessLogModel::pageLoaded);
    model.setClientId(QStringLiteral("100482"));
    QVERIFY(pages.wait());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.data(model.index(0, AccessLogModel::WhatColumn)).toString(),
             QStringLiteral("read the reports"));
    QCOMPARE(model.data(model.index(0, AccessLogModel::WhoColumn)).toString(),
             QStringLiteral("Anouk de Boer (contact person)"));
    // The next page comes when a view (or the model tester) asks, one request at a time.
    if (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QTRY_COMPARE(model.rowCount(), 3);
    QVERIFY(model.isComplete());
    QCOMPARE(model.entryAt(2).what(), QStringLiteral("approved a support plan"));
    QVERIFY(m_portal->calls().last().path.contains(QLatin1String("cursor=next1")));
}

void TestAccess::accessLog_badEntryIsRejected()
{
    QList<AccessLogEntry> entries;
    QString next;
    QString error;
    QVERIFY(!AccessLogEntry::pageFromJson(page({ logEntry("log_1", "peek", "reports") }), &entries,
                                          &next, &error));
    QJsonObject noActor = logEntry("log_1", "read", "reports");
    noActor.remove("actor");
    QVERIFY(!AccessLogEntry::pageFromJson(page({ noActor }), &entries, &next, &error));

    m_portal->raw("GET", LogPath, 200, "application/json", "{\"items\": 3}");
    AccessLogModel model(m_api.get());
    QSignalSpy failed(&model, &AccessLogModel::loadFailed);
    model.setClientId(QStringLiteral("100482"));
    QVERIFY(failed.wait());
    QCOMPARE(model.error().kind(), ApiError::Kind::NotAPortal);
}

void TestAccess::devices_revokingThisComputerForgetsItsToken()
{
    MemoryTrustedDeviceStore store;
    const QString key
        = TrustedDeviceStore::keyForPortal(m_api->baseUrl(), QStringLiteral("MVanDijk"));
    QCOMPARE(key,
             TrustedDeviceStore::keyFor(QStringLiteral("portaal.example.nl"),
                                        QStringLiteral("mvandijk")));
    store.save(key, QStringLiteral("secret-token"));
    QTRY_COMPARE(store.count(), 1);

    m_portal->answer("GET", DevicesPath, 200,
                     page({ deviceJson("dev_1", true), deviceJson("dev_2", false) }));
    m_portal->answer("DELETE", DevicesPath + QStringLiteral("/dev_1"), 204);
    TrustedDeviceList list(m_api.get());
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setLocalStore(&store, key);
    QSignalSpy loaded(&list, &TrustedDeviceList::loaded);
    QSignalSpy revoked(&list, &TrustedDeviceList::revoked);
    list.reload();
    QVERIFY(loaded.wait());
    QCOMPARE(list.rowCount(), 2);
    QVERIFY(list.hasCurrent());
    QVERIFY(list.data(list.index(0)).toString().contains(QLatin1String("this computer")));

    QVERIFY(list.revoke(QStringLiteral("dev_1")));
    QVERIFY(revoked.wait());
    QCOMPARE(revoked.at(0).at(1).toBool(), true);
    QTRY_COMPARE(store.count(), 0);
    QVERIFY(loaded.wait()); // and the list reloads
}

void TestAccess::devices_revokingAnotherKeepsThisToken_revokeAllForgets()
{
    MemoryTrustedDeviceStore store;
    const QString key = QStringLiteral("portaal.example.nl/mvandijk");
    store.save(key, QStringLiteral("secret-token"));
    QTRY_COMPARE(store.count(), 1);
    m_portal->answer("GET", DevicesPath, 200,
                     page({ deviceJson("dev_1", true), deviceJson("dev_2", false) }));
    m_portal->answer("DELETE", DevicesPath + QStringLiteral("/dev_2"), 204);
    m_portal->answer("DELETE", DevicesPath, 204);
    TrustedDeviceList list(m_api.get());
    list.setLocalStore(&store, key);
    QSignalSpy loaded(&list, &TrustedDeviceList::loaded);
    QSignalSpy revoked(&list, &TrustedDeviceList::revoked);
    list.reload();
    QVERIFY(loaded.wait());

    QVERIFY(list.revoke(QStringLiteral("dev_2")));
    QVERIFY(revoked.wait());
    QCOMPARE(revoked.at(0).at(1).toBool(), false);
    QVERIFY(loaded.wait());
    QCOMPARE(store.count(), 1);

    QVERIFY(list.revokeAll());
    QVERIFY(revoked.wait());
    QCOMPARE(revoked.at(1).at(0).toString(), QString());
    QTRY_COMPARE(store.count(), 0);

    // A portal that fails: a sentence, and nothing forgotten.
    store.save(key, QStringLiteral("again"));
    QTRY_COMPARE(store.count(), 1);
    QVERIFY(loaded.wait());
    m_portal->problem("DELETE", DevicesPath, 503, QStringLiteral("service_unavailable"));
    QSignalSpy failed(&list, &TrustedDeviceList::failed);
    QVERIFY(list.revokeAll());
    QVERIFY(failed.wait());
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    QCOMPARE(store.count(), 1);
}

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
