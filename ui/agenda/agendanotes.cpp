#include "ui/agenda/agendanotes.h"

#include "ui/agenda/appointmentdelegate.h"

#include <QGridLayout>
#include <QLabel>
#include <QPixmap>

AgendaNotes::AgendaNotes(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("agendaNotes"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QGridLayout(this);
    // Compact, so the notes can stay in view without taking the list's height.
    layout->setContentsMargins(10, 4, 10, 4);
    layout->setHorizontalSpacing(10);
    layout->setVerticalSpacing(4);
    const struct
    {
        QPixmap icon;
        QString text;
        const char *name;
    } notes[] = {
        { AppointmentDelegate::careTeamIcon(AppointmentDelegate::IconSize), careTeamNote(),
          "careTeamTimesNote" },
        { AppointmentDelegate::ownIcon(AppointmentDelegate::IconSize), ownNote(),
          "ownAppointmentsNote" },
    };
    int row = 0;
    for (const auto &note : notes) {
        auto *icon = new QLabel(this);
        icon->setPixmap(note.icon);
        icon->setAlignment(Qt::AlignTop);
        auto *text = new QLabel(note.text, this);
        text->setObjectName(QString::fromLatin1(note.name));
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        text->setFocusPolicy(Qt::StrongFocus);
        text->setAccessibleName(note.text);
        layout->addWidget(icon, row, 0);
        layout->addWidget(text, row, 1);
        ++row;
    }
    layout->setColumnStretch(1, 1);
}

QString AgendaNotes::careTeamNote()
{
    return tr("Care team (circle): these times are indicative. The care worker may come a little "
              "earlier or later, and makes the actual times with you.");
}

QString AgendaNotes::ownNote()
{
    return tr("Own appointment (square): the care team does not see what you write in it. They "
              "only see that this time is busy. Tell them yourself if they need to know.");
}
