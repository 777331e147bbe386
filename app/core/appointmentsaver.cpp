#include "core/appointmentsaver.h"

#include "core/draftsender.h"
#include "core/draftstore.h"
#include "core/logging.h"
#include "core/portalapi.h"

#include <QUrl>

namespace {

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

AppointmentSaver::AppointmentSaver(PortalApi *api, DraftStore *drafts, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_drafts(drafts)
    , m_sender(new DraftSender(api, drafts, this))
{
    connect(m_sender, &DraftSender::sendingChanged, this, &AppointmentSaver::creatingChanged);
    connect(m_sender, &DraftSender::sent, this, &AppointmentSaver::onCreated);
    connect(m_sender, &DraftSender::failed, this, &AppointmentSaver::createFailed);
}

QString AppointmentSaver::path(const QString &clientId, const QString &appointmentId)
{
    QString result = QStringLiteral("/api/v1/clients/%1/appointments").arg(encoded(clientId));
    if (!appointmentId.isEmpty())
        result += QLatin1Char('/') + encoded(appointmentId);
    return result;
}

bool AppointmentSaver::isCreating() const
{
    return m_sender->isSending();
}

QString AppointmentSaver::creatingDraftId() const
{
    return m_sender->sendingDraftId();
}

bool AppointmentSaver::create(const QString &draftId)
{
    if (m_sender->isSending())
        return false;
    const Draft draft = m_drafts->find(draftId);
    if (!draft.isValid() || draft.kind != QLatin1String(DraftKind)
        || draft.fields.value(QLatin1String("title")).toString().trimmed().isEmpty())
        return false;
    return m_sender->send(draftId, path(draft.clientId), draft.fields);
}

void AppointmentSaver::onCreated(const QString &draftId, const QJsonObject &answer)
{
    Appointment appointment;
    QString problem;
    if (!Appointment::fromJson(answer, &appointment, &problem)) {
        qCWarning(lcApi) << "agenda: the stored appointment could not be read:" << problem;
        appointment = Appointment();
    }
    emit created(draftId, appointment);
}

void AppointmentSaver::fetch(const QString &clientId, const QString &appointmentId)
{
    start(m_api->get(path(clientId, appointmentId)), Operation::Fetch, appointmentId);
}

void AppointmentSaver::update(const QString &clientId, const QString &appointmentId,
                              const AppointmentInput &input, const QByteArray &etag)
{
    start(m_api->put(path(clientId, appointmentId), input.toJson(), etag), Operation::Update,
          appointmentId);
}

void AppointmentSaver::remove(const QString &clientId, const QString &appointmentId,
                              const QByteArray &etag)
{
    start(m_api->del(path(clientId, appointmentId), {}, etag), Operation::Remove, appointmentId);
}

void AppointmentSaver::start(ApiReply *reply, Operation operation, const QString &appointmentId)
{
    const bool wasBusy = m_pending;
    if (m_pending) {
        // The person asked for something else; the older answer no longer matters.
        disconnect(m_pending, nullptr, this, nullptr);
        m_pending->abort();
    }
    m_pending = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, operation, appointmentId] {
        onFinished(reply, operation, appointmentId);
    });
    if (!wasBusy)
        emit busyChanged(true);
}

void AppointmentSaver::onFinished(ApiReply *reply, Operation operation,
                                  const QString &appointmentId)
{
    if (reply != m_pending)
        return;
    m_pending = nullptr;
    emit busyChanged(false);
    if (!reply->isOk()) {
        emit failed(operation, appointmentId, reply->error());
        return;
    }
    if (operation == Operation::Remove) {
        emit removed(appointmentId);
        return;
    }
    Appointment appointment;
    QString problem;
    if (!Appointment::fromJson(reply->json(), &appointment, &problem)) {
        qCWarning(lcApi) << "agenda: the portal's appointment could not be read:" << problem;
        emit failed(operation, appointmentId, ApiError(ApiError::Kind::NotAPortal, problem));
        return;
    }
    if (operation == Operation::Fetch)
        emit fetched(appointment, reply->etag());
    else
        emit updated(appointment, reply->etag());
}

QString AppointmentSaver::sentenceFor(Operation operation, const ApiError &error)
{
    const QString code = error.problemCode();
    if (isChangedMeanwhile(error))
        return tr("Someone changed this appointment meanwhile; it has been reloaded. Look at it "
                  "again and make your change once more.");
    if (code == QLatin1String("appointment_read_only"))
        return tr("This appointment comes from the care team. It cannot be changed or deleted "
                  "here; ask the care team if it needs to change.");
    if (code == QLatin1String("not_author"))
        return tr("Only the person who made this appointment, the client or a representative "
                  "may change or delete it.");
    if (error.httpStatus() == 404)
        return tr("This appointment no longer exists. The agenda has been reloaded.");
    if (code == DraftSender::keyReusedCode())
        return tr("An earlier version of this appointment may already have reached the portal. "
                  "Look in the agenda first. Press \"Save\" again to add this one as a new "
                  "appointment.");
    if (code == QLatin1String("idempotency_key_in_use"))
        return tr("The portal is still busy with this appointment. Wait a moment and press "
                  "\"Save\" again; it will not be added twice.");
    if (code == QLatin1String("validation_failed"))
        return tr("The portal did not accept the appointment. The fields marked below say why.");
    if (error.httpStatus() == 403)
        return tr("You may not change the agenda of this person.");
    switch (operation) {
    case Operation::Create:
        return error.userMessage() + QLatin1Char(' ')
            + tr("Your appointment is kept; nothing is lost. Press \"Save\" to try again.");
    case Operation::Fetch:
        return tr("The appointment could not be loaded.") + QLatin1Char(' ') + error.userMessage();
    case Operation::Update:
        return tr("Your change has not been saved.") + QLatin1Char(' ') + error.userMessage();
    case Operation::Remove:
        return tr("The appointment has not been deleted.") + QLatin1Char(' ') + error.userMessage();
    }
    return error.userMessage();
}

QString AppointmentSaver::fieldSentence(const QString &field, const QString &code)
{
    if (field == QLatin1String("title")) {
        if (code == QLatin1String("too_long"))
            return tr("The title is too long: at most %L1 characters.")
                .arg(Appointment::MaxTitleLength);
        return tr("Give the appointment a title, for example \"Hairdresser\".");
    }
    if (field == QLatin1String("end")) {
        if (code == QLatin1String("end_before_start"))
            return tr("The end time must be after the start time.");
        if (code == QLatin1String("range_too_long"))
            return tr("An appointment can last at most %1 days.").arg(Appointment::MaxDays);
        return tr("Choose the end time again.");
    }
    if (field == QLatin1String("start"))
        return tr("Choose the date and start time again.");
    if (field == QLatin1String("location"))
        return tr("The place is too long: at most %L1 characters.")
            .arg(Appointment::MaxLocationLength);
    if (field == QLatin1String("note"))
        return tr("The note is too long: at most %L1 characters.").arg(Appointment::MaxNoteLength);
    return tr("Something in the appointment is not right.");
}
