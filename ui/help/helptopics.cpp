#include "ui/help/helptopics.h"

#include <QHash>
#include <QLocale>
#include <QUrl>
#include <QWidget>

namespace HelpTopics {

QStringList all()
{
    return { QStringLiteral("address"),        QStringLiteral("signin"),
             QStringLiteral("smscode"),        QStringLiteral("firstsignin"),
             QStringLiteral("forgotpassword"), QStringLiteral("chooseclient"),
             QStringLiteral("start"),          QStringLiteral("reports"),
             QStringLiteral("plans"),          QStringLiteral("profile"),
             QStringLiteral("agenda"),         QStringLiteral("measurements"),
             QStringLiteral("messages"),       QStringLiteral("board"),
             QStringLiteral("access"),         QStringLiteral("trusteddevices"),
             QStringLiteral("settings") };
}

QString currentLanguage()
{
    return QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("nl");
}

QString url(const QString &language, const QString &topic)
{
    return QStringLiteral("qrc:/portiek/help/%1/%2.html").arg(language, topic);
}

QString topicOfUrl(const QString &url)
{
    // Links between pages are relative ("smscode.html"); the window's own are full qrc URLs.
    const QString path = QUrl(url).path();
    if (!path.endsWith(QLatin1String(".html")))
        return {};
    const QString file = path.section(QLatin1Char('/'), -1);
    const QString topic = file.left(file.size() - 5);
    return all().contains(topic) ? topic : QString();
}

QString forObjectName(const QString &objectName)
{
    // The sign-in pages (ui/login), the home page's parts (app/workspace.cpp) and the sections
    // and dialogs that have a topic of their own.
    static const QHash<QString, QString> topics {
        { QStringLiteral("connectPage"), QStringLiteral("address") },
        { QStringLiteral("signInPage"), QStringLiteral("signin") },
        { QStringLiteral("smsCodePage"), QStringLiteral("smscode") },
        { QStringLiteral("changePasswordPage"), QStringLiteral("firstsignin") },
        { QStringLiteral("termsPage"), QStringLiteral("firstsignin") },
        { QStringLiteral("forgotPasswordPage"), QStringLiteral("forgotpassword") },
        { QStringLiteral("resetPasswordPage"), QStringLiteral("forgotpassword") },
        { QStringLiteral("clientPickerPage"), QStringLiteral("chooseclient") },
        { QStringLiteral("overviewTab"), QStringLiteral("start") },
        { QStringLiteral("reportsTab"), QStringLiteral("reports") },
        { QStringLiteral("plansTab"), QStringLiteral("plans") },
        { QStringLiteral("profileTab"), QStringLiteral("profile") },
        { QStringLiteral("accessTab"), QStringLiteral("access") },
        { QStringLiteral("agendaTab"), QStringLiteral("agenda") },
        { QStringLiteral("measurementsTab"), QStringLiteral("measurements") },
        { QStringLiteral("messagesTab"), QStringLiteral("messages") },
        { QStringLiteral("boardTab"), QStringLiteral("board") },
        { QStringLiteral("trustedDevicesSection"), QStringLiteral("trusteddevices") },
        { QStringLiteral("settingsDialog"), QStringLiteral("settings") },
    };
    return topics.value(objectName);
}

QString forWidget(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (const QString topic = forObjectName(w->objectName()); !topic.isEmpty())
            return topic;
    }
    return {};
}

} // namespace HelpTopics
