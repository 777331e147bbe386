#pragma once

#include <QCoreApplication>
#include <QString>

struct Appointment;

// The words the Agenda tab uses for one appointment.
class AppointmentText
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentText)

public:
    // The reading pane: title, day and time, place, whose it is, and the note of an own one.
    static QString detailsHtml(const Appointment &appointment);
    // The delete confirmation, naming the title, the day and the time.
    static QString deleteQuestion(const Appointment &appointment);
};
