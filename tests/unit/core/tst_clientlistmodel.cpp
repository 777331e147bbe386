#include "core/clientlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

ClientSummary makeClient(const QString &id, const QString &name)
{
    ClientSummary client;
    client.id = id;
    client.name = name;
    client.photoUrl = QStringLiteral("/api/v1/clients/%1/photo").arg(id);
    client.myRole = ClientSummary::Role::Representative;
    client.myRelation = QStringLiteral("zoon");
    client.rights = Rights::all();
    return client;
}

} // namespace

class TestClientListModel : public QObject
{
    Q_OBJECT

private slots:
    void clients_areShownWithTheirData();
    void photo_arrivesLaterAndSurvivesARefresh();
    void clear_emptiesTheModel();
};

void TestClientListModel::clients_areShownWithTheirData()
{
    ClientListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Rights some;
    some.messages = true;
    ClientSummary truus = makeClient("100517", "Truus van Dijk-Smit");
    truus.rights = some;
    truus.myRole = ClientSummary::Role::Contact;
    model.setClients({ makeClient("100482", "Gerard van Dijk"), truus });

    QCOMPARE(model.rowCount(), 2);
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data().toString(), QStringLiteral("Gerard van Dijk"));
    QCOMPARE(first.data(ClientListModel::IdRole).toString(), QStringLiteral("100482"));
    QCOMPARE(first.data(ClientListModel::PhotoUrlRole).toString(),
             QStringLiteral("/api/v1/clients/100482/photo"));
    QCOMPARE(first.data(ClientListModel::MyRelationRole).toString(), QStringLiteral("zoon"));
    QVERIFY(!first.data(Qt::DecorationRole).isValid());
    const QModelIndex second = model.index(1);
    QCOMPARE(second.data(ClientListModel::MyRoleRole).toInt(), int(ClientSummary::Role::Contact));
    QCOMPARE(second.data(ClientListModel::RightsRole).value<Rights>(), some);
    QCOMPARE(model.indexOf("100517"), 1);
    QCOMPARE(model.indexOf("nobody"), -1);
    QVERIFY(model.roleNames().values().contains("clientId"));
}

void TestClientListModel::photo_arrivesLaterAndSurvivesARefresh()
{
    ClientListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClients({ makeClient("100482", "Gerard"), makeClient("100517", "Truus") });
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QImage photo(64, 64, QImage::Format_RGB32);
    photo.fill(Qt::darkGreen);
    model.setPhoto("100517", photo);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(model.index(1).data(Qt::DecorationRole).value<QImage>(), photo);
    model.setPhoto("unknown", photo);
    QCOMPARE(changed.size(), 1);

    model.setClients({ makeClient("100517", "Truus") });
    QCOMPARE(model.index(0).data(ClientListModel::PhotoRole).value<QImage>(), photo);
}

void TestClientListModel::clear_emptiesTheModel()
{
    ClientListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClients({ makeClient("100482", "Gerard") });
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.data(model.index(0)).isValid());
}

QTEST_GUILESS_MAIN(TestClientListModel)
#include "tst_clientlistmodel.moc"
