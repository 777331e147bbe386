#include "dossierfixture.h"
#include "server/accounts/rights.h"

#include <QRegularExpression>
#include <QTest>

using namespace Portiek::Server;

namespace {

// Every right the contract knows; a contact is given all but one of a route's rights in turn.
const QList<Rights::Right> AllRights = {
    &Rights::reportsRead, &Rights::reportsWrite, &Rights::plans,    &Rights::agendaView,
    &Rights::agendaEdit,  &Rights::measurements, &Rights::messages, &Rights::board,
    &Rights::profile,     &Rights::manageAccess,
};

Rights::Right rightNamed(const QString &name)
{
    for (const Rights::Right right : AllRights) {
        if (Rights::name(right) == name)
            return right;
    }
    return nullptr;
}

// A rights value with exactly `granted` set (the implications reportsWrite → reportsRead and
// agendaEdit → agendaView are the store's; here the flags are set as listed).
Rights rightsWith(const QList<Rights::Right> &granted)
{
    Rights rights;
    for (const Rights::Right right : granted)
        rights.*right = true;
    return rights;
}

struct ClientRoute
{
    QByteArray method;
    QString path; // with {clientId} and other parameters filled in
    QList<Rights::Right> rights;
};

QString fill(const QString &pathTemplate, const QString &clientId)
{
    QString path = pathTemplate;
    path.replace(QStringLiteral("{clientId}"), clientId);
    // Other parameters: an id that exists nowhere; the rights are checked before any lookup.
    static const QRegularExpression parameter(QStringLiteral("\\{[^}]+\\}"));
    path.replace(parameter, QStringLiteral("unknown-id"));
    return path;
}

} // namespace

// The rights matrix of the person-facing API, generated from the route table itself: every route
// registered through ClientRoutes is tried for a stranger, for a contact without each of its
// rights, and for a contact with exactly its rights, so a new endpoint cannot be forgotten.
// (That each route's rights are the contract's is checked by tools/openapi/check.mjs.)
class TestRightsMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyClientRoute_needsASession();
    void everyClientRoute_refusesSomeoneOfAnotherClient();
    void everyClientRoute_refusesAContactWithoutOneOfItsRights();
    void everyClientRoute_letsAContactWithItsRightsThrough();
    void everyClientRoute_letsTheClientAndRepresentativeThrough();

private:
    QList<ClientRoute> m_routes;
};

void TestRightsMatrix::initTestCase()
{
    DossierFixture fixture;
    QVERIFY(fixture.isValid());
    for (const Router::RouteInfo &route : fixture.router().routes()) {
        if (!route.access.startsWith(QLatin1String("rights=")))
            continue;
        ClientRoute clientRoute { route.method, route.pathTemplate, {} };
        const QStringList names = route.access.mid(7).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &name : names) {
            const Rights::Right right = rightNamed(name);
            QVERIFY2(right, qPrintable(QStringLiteral("unknown right %1").arg(name)));
            clientRoute.rights.append(right);
        }
        m_routes.append(clientRoute);
    }
    // The dossier routes of issue 4 at least: reports, plans, profile, client, sync status.
    QVERIFY2(m_routes.size() >= 10, qPrintable(QString::number(m_routes.size())));
}

void TestRightsMatrix::everyClientRoute_needsASession()
{
    DossierFixture fixture;
    for (const ClientRoute &route : std::as_const(m_routes)) {
        const Response response
            = fixture.call(route.method, fill(route.path, DossierFixture::ClientId), QString());
        QVERIFY2(response.status() == 401, qPrintable(route.method + ' ' + route.path));
    }
}

void TestRightsMatrix::everyClientRoute_refusesSomeoneOfAnotherClient()
{
    DossierFixture fixture;
    for (const ClientRoute &route : std::as_const(m_routes)) {
        for (const QString &clientId : { DossierFixture::ClientId, QStringLiteral("nobody") }) {
            const Response response
                = fixture.call(route.method, fill(route.path, clientId), fixture.strangerToken);
            const QString where = route.method + ' ' + fill(route.path, clientId);
            QVERIFY2(response.status() == 403, qPrintable(where));
            QCOMPARE(SignInFixture::problemCode(response), QStringLiteral("client_not_accessible"));
        }
    }
}

void TestRightsMatrix::everyClientRoute_refusesAContactWithoutOneOfItsRights()
{
    DossierFixture fixture;
    int checked = 0;
    for (const ClientRoute &route : std::as_const(m_routes)) {
        for (const Rights::Right missing : route.rights) {
            // Everything else granted: only the missing right can be the reason. A right that
            // implies the missing one goes too (the store reads reportsWrite as reportsRead too).
            QList<Rights::Right> granted = AllRights;
            granted.removeAll(missing);
            if (missing == &Rights::reportsRead)
                granted.removeAll(&Rights::reportsWrite);
            if (missing == &Rights::agendaView)
                granted.removeAll(&Rights::agendaEdit);
            fixture.setContactRights(rightsWith(granted));
            const Response response = fixture.call(
                route.method, fill(route.path, DossierFixture::ClientId), fixture.contactToken);
            const QString where
                = route.method + ' ' + route.path + " without " + Rights::name(missing);
            QVERIFY2(response.status() == 403, qPrintable(where));
            QCOMPARE(SignInFixture::problemCode(response), QStringLiteral("right_missing"));
            ++checked;
        }
    }
    QVERIFY(checked > 0);
}

void TestRightsMatrix::everyClientRoute_letsAContactWithItsRightsThrough()
{
    DossierFixture fixture;
    for (const ClientRoute &route : std::as_const(m_routes)) {
        fixture.setContactRights(rightsWith(route.rights));
        const Response response = fixture.call(
            route.method, fill(route.path, DossierFixture::ClientId), fixture.contactToken);
        // Past the rights check: whatever the handler says next (200, 400, 404, 422 …) but no
        // 401/403 and no server error.
        const QString where = route.method + ' ' + route.path + " -> "
            + QString::number(response.status()) + ' ' + SignInFixture::problemCode(response);
        QVERIFY2(response.status() != 401 && response.status() != 403 && response.status() < 500,
                 qPrintable(where));
    }
}

void TestRightsMatrix::everyClientRoute_letsTheClientAndRepresentativeThrough()
{
    DossierFixture fixture;
    for (const ClientRoute &route : std::as_const(m_routes)) {
        for (const QString &token : { fixture.clientToken, fixture.representativeToken }) {
            const Response response
                = fixture.call(route.method, fill(route.path, DossierFixture::ClientId), token);
            const QString where = route.method + ' ' + route.path + " -> "
                + QString::number(response.status()) + ' ' + SignInFixture::problemCode(response);
            QVERIFY2(response.status() != 401 && response.status() != 403
                         && response.status() < 500,
                     qPrintable(where));
        }
    }
}

QTEST_GUILESS_MAIN(TestRightsMatrix)
#include "tst_rightsmatrix.moc"
