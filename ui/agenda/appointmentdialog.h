#pragma once

#include "core/appointment.h"
#include "core/draftstore.h"

#include <QDate>
#include <QDialog>

class ApiError;
class AppointmentSaver;
class BusyIndicator;
class PortalApi;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimeEdit;
class QTimer;
class StatusMessage;

// "New appointment" and "Change appointment": title, date, start and end time, place and note,
// each with a plain sentence beside it when it is not right (ours, or the portal's field
// errors). A new appointment is kept as a draft while the person types (a second after the last
// key, and on closing), sent with the draft's Idempotency-Key, and comes back when the dialog is
// opened again. A change goes with If-Match; when someone else changed the appointment meanwhile,
// the dialog says so and shows the portal's version.
class AppointmentDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int SaveDelayMs = 1000;

    // A new appointment for `clientId`: the latest unsent draft, or a fresh one on `day`.
    AppointmentDialog(PortalApi *api, DraftStore *drafts, const QString &clientId, const QDate &day,
                      QWidget *parent = nullptr);
    // A change of `appointment`, as read with its `etag`.
    AppointmentDialog(PortalApi *api, const QString &clientId, const Appointment &appointment,
                      const QByteArray &etag, QWidget *parent = nullptr);
    ~AppointmentDialog() override;

    bool isNew() const { return m_drafts != nullptr; }
    QString draftId() const { return m_draft.id; }
    AppointmentSaver *saver() const { return m_saver; }
    // What is typed now (a draft's fields, a request's body).
    AppointmentInput input() const;
    // Checks the fields as the contract does; shows a sentence beside each wrong one.
    bool validate();
    // New appointments: writes what is typed now to the draft store (nothing typed: no draft).
    void saveDraft();

    void done(int result) override;

signals:
    // The portal has it (`appointment` may be invalid when its answer was unreadable).
    void saved(const Appointment &appointment);
    // The portal answered 412: the appointment changed meanwhile; the dialog shows the new one.
    void changedMeanwhile();
    // Closed with text left in it: the text is kept as a draft.
    void keptAsDraft();

private:
    void build();
    void fill(const AppointmentInput &input);
    void onEdited();
    void onSave();
    void onBusy(bool busy);
    void onFailed(const ApiError &error);
    void showFieldError(const QString &field, const QString &sentence);
    void clearFieldErrors();

    PortalApi *m_api;
    DraftStore *m_drafts = nullptr; // only for new appointments
    AppointmentSaver *m_saver;
    QString m_clientId;
    QString m_appointmentId; // a change; empty for a new one
    QByteArray m_etag;
    Draft m_draft;
    bool m_restored = false;
    bool m_dirty = false;
    bool m_discardWarned = false;
    bool m_filling = false;

    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QLineEdit *m_location = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_titleError = nullptr;
    QLabel *m_dateError = nullptr;
    QLabel *m_endError = nullptr;
    QLabel *m_locationError = nullptr;
    QLabel *m_noteError = nullptr;
    QLabel *m_draftState = nullptr;
    StatusMessage *m_status = nullptr;
    BusyIndicator *m_busy = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_close = nullptr;
    QTimer *m_saveTimer = nullptr;
};
