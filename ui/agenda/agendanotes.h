#pragma once

#include <QFrame>

// The two things the portals' manuals ask every reader of the agenda to know, always in view and
// in plain words. Their shapes are the list's: a circle for the care team, a square for own
// appointments, so the notes double as the legend.
class AgendaNotes : public QFrame
{
    Q_OBJECT

public:
    explicit AgendaNotes(QWidget *parent = nullptr);

    static QString careTeamNote();
    static QString ownNote();
};
