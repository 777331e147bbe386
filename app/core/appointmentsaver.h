#pragma once

#include "core/apireply.h"
#include "core/appointment.h"

#include <QObject>
#include <QPointer>

class DraftSender;
class DraftStore;
class PortalApi;

// Saves a client's own appointments. A new one is a draft (kind "appointment", its fields the
// request body) sent with the draft's Idempotency-Key, so nothing typed is lost and a retry never
// makes a second one. Changing and deleting go with If-Match: the ETag of the version the person
// saw (GET …/appointments/{id}); when someone changed it meanwhile the portal answers 412.
class AppointmentSaver : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *DraftKind = "appointment";
    enum class Operation { Create, Fetch, Update, Remove };
    Q_ENUM(Operation)

    AppointmentSaver(PortalApi *api, DraftStore *drafts, QObject *parent = nullptr);

    // Sends the stored draft as it is now. False (and nothing sent) while another create runs or
    // when the draft is unknown, of another kind, or has no title.
    bool create(const QString &draftId);
    // Reads one appointment with its ETag, the version a change or a delete is based on.
    void fetch(const QString &clientId, const QString &appointmentId);
    void update(const QString &clientId, const QString &appointmentId,
                const AppointmentInput &input, const QByteArray &etag);
    void remove(const QString &clientId, const QString &appointmentId, const QByteArray &etag);

    bool isCreating() const;
    QString creatingDraftId() const;
    // A fetch, change or delete is under way.
    bool isBusy() const { return m_pending; }

    // A sentence for the person: what went wrong and what to do.
    static QString sentenceFor(Operation operation, const ApiError &error);
    // The sentence for one of the portal's field errors ("title", "too_long").
    static QString fieldSentence(const QString &field, const QString &code);
    static bool isChangedMeanwhile(const ApiError &error) { return error.httpStatus() == 412; }
    static QString path(const QString &clientId, const QString &appointmentId = {});

signals:
    void busyChanged(bool busy);
    void creatingChanged(bool creating);
    // The portal has the new appointment; the draft is gone. `appointment` is invalid when the
    // answer could not be read (it is stored all the same).
    void created(const QString &draftId, const Appointment &appointment);
    void createFailed(const QString &draftId, const ApiError &error);
    void fetched(const Appointment &appointment, const QByteArray &etag);
    void updated(const Appointment &appointment, const QByteArray &etag);
    void removed(const QString &appointmentId);
    void failed(AppointmentSaver::Operation operation, const QString &appointmentId,
                const ApiError &error);

private:
    void start(ApiReply *reply, Operation operation, const QString &appointmentId);
    void onFinished(ApiReply *reply, Operation operation, const QString &appointmentId);
    void onCreated(const QString &draftId, const QJsonObject &answer);

    PortalApi *m_api;
    DraftStore *m_drafts;
    DraftSender *m_sender;
    QPointer<ApiReply> m_pending;
};
