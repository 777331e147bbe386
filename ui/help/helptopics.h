#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// The help's topics: one page per part of Portiek, in Dutch and English, stored as HTML in the
// resources (resources/help/<language>/<topic>.html), and which topic belongs to which screen.
namespace HelpTopics {

// Every topic, in the order the help lists them.
QStringList all();
// "nl" or "en": the language of the help that matches the interface (QLocale's default).
QString currentLanguage();
// The resource URL of a topic's page: qrc:/portiek/help/nl/reports.html.
QString url(const QString &language, const QString &topic);
// The topic a page's URL (full, or relative as in the pages' links) shows; empty for none.
QString topicOfUrl(const QString &url);

// The topic for a screen or part, by its objectName ("reportsTab" → "reports"); empty for none.
QString forObjectName(const QString &objectName);
// The topic for a widget: its own objectName's, or the nearest parent's that has one.
QString forWidget(const QWidget *widget);

} // namespace HelpTopics
