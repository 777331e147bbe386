#include "core/appsettings.h"
#include "core/provisioning.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void portalAndOrganization_areRemembered();
    void displaySettings_areRememberedAndDefault();
    void displaySettings_badStoredValues_readAsDefaults();
    void provisioning_readsUrlAndRelativeCa();
    void provisioning_badFile_isRefused_data();
    void provisioning_badFile_isRefused();

private:
    QTemporaryDir m_dir;
};

void TestSettings::portalAndOrganization_areRemembered()
{
    const QString file = m_dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings qsettings(file, QSettings::IniFormat);
        AppSettings settings(&qsettings);
        QVERIFY(settings.portalUrl().isEmpty());
        settings.setPortalUrl(QUrl(QStringLiteral("https://portaal.example.nl")));
        OrganizationInfo organization;
        organization.name = QStringLiteral("Zorggroep De Linde");
        organization.helpdesk = { QStringLiteral("020 123"), QStringLiteral("h@x.nl") };
        settings.rememberOrganization(organization);
    }
    QSettings qsettings(file, QSettings::IniFormat);
    AppSettings settings(&qsettings);
    QCOMPARE(settings.portalUrl(), QUrl(QStringLiteral("https://portaal.example.nl")));
    QCOMPARE(settings.organizationName(), QStringLiteral("Zorggroep De Linde"));
    QCOMPARE(settings.helpdesk().phone, QStringLiteral("020 123"));
    QCOMPARE(settings.helpdesk().email, QStringLiteral("h@x.nl"));
}

void TestSettings::displaySettings_areRememberedAndDefault()
{
    const QString file = m_dir.filePath(QStringLiteral("display.ini"));
    {
        QSettings qsettings(file, QSettings::IniFormat);
        AppSettings settings(&qsettings);
        QCOMPARE(settings.textScalePercent(), 100);
        QCOMPARE(settings.highContrast(), false);
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.notifications(), true); // on unless switched off
        settings.setNotifications(false);
        settings.setTextScalePercent(175);
        settings.setHighContrast(true);
        settings.setLanguage(QStringLiteral("en"));
        settings.setTextScalePercent(130); // not a step: ignored
        settings.setLanguage(QStringLiteral("de")); // not offered: back to the system's
        settings.setLanguage(QStringLiteral("nl"));
    }
    QSettings qsettings(file, QSettings::IniFormat);
    AppSettings settings(&qsettings);
    QCOMPARE(settings.textScalePercent(), 175);
    QCOMPARE(settings.highContrast(), true);
    QCOMPARE(settings.notifications(), false);
    QCOMPARE(settings.language(), QStringLiteral("nl"));
    settings.setLanguage(QString());
    QCOMPARE(settings.language(), QString());
}

void TestSettings::displaySettings_badStoredValues_readAsDefaults()
{
    const QString file = m_dir.filePath(QStringLiteral("bad.ini"));
    {
        QSettings qsettings(file, QSettings::IniFormat);
        qsettings.setValue(QStringLiteral("display/textScalePercent"), QStringLiteral("900"));
        qsettings.setValue(QStringLiteral("display/highContrast"), QStringLiteral("perhaps"));
        qsettings.setValue(QStringLiteral("display/language"), QStringLiteral("fr"));
    }
    QSettings qsettings(file, QSettings::IniFormat);
    AppSettings settings(&qsettings);
    QCOMPARE(settings.textScalePercent(), 100);
    QCOMPARE(settings.highContrast(), false);
    QCOMPARE(settings.language(), QString());
    qsettings.setValue(QStringLiteral("display/textScalePercent"), QStringLiteral("abc"));
    QCOMPARE(settings.textScalePercent(), 100);
    qsettings.setValue(QStringLiteral("display/textScalePercent"), 150);
    QCOMPARE(settings.textScalePercent(), 150);
}

void TestSettings::provisioning_readsUrlAndRelativeCa()
{
    const QString path = m_dir.filePath(QStringLiteral("provisioning.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"serverUrl":"https://portaal.example.nl","caCertificates":"ca.pem"})");
    file.close();
    Provisioning provisioning;
    QString error;
    QVERIFY2(Provisioning::fromFile(path, &provisioning, &error), qPrintable(error));
    QCOMPARE(provisioning.serverUrl, QUrl(QStringLiteral("https://portaal.example.nl")));
    QCOMPARE(provisioning.caCertificatesFile, m_dir.filePath(QStringLiteral("ca.pem")));
}

void TestSettings::provisioning_badFile_isRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not json") << QByteArray("serverUrl=https://x.nl");
    QTest::newRow("array") << QByteArray(R"(["https://x.nl"])");
    QTest::newRow("no url") << QByteArray(R"({"caCertificates":"ca.pem"})");
    QTest::newRow("url not a string") << QByteArray(R"({"serverUrl":42})");
    QTest::newRow("url without host") << QByteArray(R"({"serverUrl":"portaal"})");
}

void TestSettings::provisioning_badFile_isRefused()
{
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    Provisioning provisioning;
    QString error;
    QVERIFY(!Provisioning::fromFile(path, &provisioning, &error));
    QVERIFY(error.startsWith(path));
    QVERIFY(provisioning.serverUrl.isEmpty());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
