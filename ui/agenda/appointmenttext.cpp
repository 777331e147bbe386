#include "ui/agenda/appointmenttext.h"

#include "core/appointment.h"
#include "core/appointmentlistmodel.h"

#include <QLocale>

namespace {

QString day(const Appointment &appointment)
{
    return QLocale().toString(appointment.start.toLocalTime().date(), QLocale::LongFormat);
}

} // namespace

QString AppointmentText::detailsHtml(const Appointment &appointment)
{
    QString html = QStringLiteral("<h2>%1</h2><p><b>%2, %3</b></p>")
                       .arg(appointment.title.toHtmlEscaped(), day(appointment).toHtmlEscaped(),
                            AppointmentListModel::timeText(appointment).toHtmlEscaped());
    const auto line = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(tr("Place:"), appointment.location);
    if (appointment.isOwn()) {
        line(tr("Whose:"), tr("Own appointment. The care team only sees that this time is busy."));
        line(tr("Made by:"), appointment.createdByName);
        if (!appointment.note.isEmpty())
            html += QStringLiteral("<p style=\"white-space: pre-wrap\">%1</p>")
                        .arg(appointment.note.toHtmlEscaped());
    } else {
        line(tr("Whose:"),
             tr("Care team. The time is indicative: the care worker may come a "
                "little earlier or later."));
        line(tr("Care worker:"), appointment.caregiver);
    }
    return html;
}

QString AppointmentText::deleteQuestion(const Appointment &appointment)
{
    return tr("Delete the appointment \"%1\" on %2, %3?")
        .arg(appointment.title, day(appointment), AppointmentListModel::timeText(appointment));
}
