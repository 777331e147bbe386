#pragma once

#include <QList>
#include <QString>

// The user guide's chapters, in the order a new user meets them: each a help topic
// (resources/help/nl/<topic>.html) with the tour's screenshots of it and what they show.
struct Screenshot
{
    QString name; // the tour's step, e.g. "12-startscherm" (app/tour*.cpp)
    QString caption;
};

struct Chapter
{
    QString topic;
    QList<Screenshot> screenshots;
};

QList<Chapter> guideChapters();
