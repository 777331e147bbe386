#include "ui/agenda/appointmentdialog.h"

#include "core/appointmentsaver.h"
#include "ui/theme.h"
#include "ui/widgets/busyindicator.h"
#include "ui/widgets/statusmessage.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QLabel *errorLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setProperty("fieldError", true);
    // Bold and right under its field: seen without relying on colour.
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->hide();
    return label;
}

// A field with its error sentence right under it.
QWidget *withError(QWidget *field, QLabel *error)
{
    auto *box = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

AppointmentDialog::AppointmentDialog(PortalApi *api, DraftStore *drafts, const QString &clientId,
                                     const QDate &day, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_drafts(drafts)
    , m_saver(new AppointmentSaver(api, drafts, this))
    , m_clientId(clientId)
{
    m_draft = m_drafts->latest(QLatin1String(AppointmentSaver::DraftKind), clientId);
    m_restored = m_draft.isValid();
    if (!m_restored)
        m_draft = m_drafts->create(QLatin1String(AppointmentSaver::DraftKind), clientId);
    build();
    if (m_restored) {
        fill(AppointmentInput::fromJson(m_draft.fields));
        m_draftState->setText(tr("Your unsaved appointment is back, as you left it."));
    } else {
        // A sensible first guess: the next whole hour on the chosen day, for an hour.
        const QTime hour(qBound(8, QTime::currentTime().hour() + 1, 20), 0);
        const QDateTime start(day.isValid() ? day : QDate::currentDate(), hour);
        fill({ QString(), start, start.addSecs(3600), QString(), QString() });
    }
}

AppointmentDialog::AppointmentDialog(PortalApi *api, const QString &clientId,
                                     const Appointment &appointment, const QByteArray &etag,
                                     QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_saver(new AppointmentSaver(api, nullptr, this))
    , m_clientId(clientId)
    , m_appointmentId(appointment.id)
    , m_etag(etag)
{
    build();
    fill(AppointmentInput::from(appointment));
}

AppointmentDialog::~AppointmentDialog()
{
    // Whatever way the dialog goes, the last keys typed are kept.
    if (m_dirty && isNew())
        saveDraft();
}

void AppointmentDialog::build()
{
    const QString heading = isNew() ? tr("New appointment") : tr("Change appointment");
    setObjectName(QStringLiteral("appointmentDialog"));
    setWindowTitle(heading);
    setAccessibleName(heading);

    auto *title = new QLabel(heading, this);
    title->setObjectName(QStringLiteral("appointmentDialogHeading"));
    Theme::makeHeading(title, 1);
    auto *intro = new QLabel(tr("The care team only sees that this time is busy, not what you "
                                "write here."),
                             this);
    intro->setWordWrap(true);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("appointmentTitleField"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setMaxLength(Appointment::MaxTitleLength);
    m_title->setPlaceholderText(tr("For example: Hairdresser"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("appointmentDateField"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dddd d MMMM yyyy"));
    m_start = new QTimeEdit(this);
    m_start->setObjectName(QStringLiteral("appointmentStartField"));
    m_start->setAccessibleName(tr("Start time"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_end = new QTimeEdit(this);
    m_end->setObjectName(QStringLiteral("appointmentEndField"));
    m_end->setAccessibleName(tr("End time"));
    m_end->setDisplayFormat(QStringLiteral("HH:mm"));
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("appointmentLocationField"));
    m_location->setAccessibleName(tr("Place"));
    m_location->setMaxLength(Appointment::MaxLocationLength);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("appointmentNoteField"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(100);

    m_titleError = errorLabel(this, "appointmentTitleError");
    m_dateError = errorLabel(this, "appointmentDateError");
    m_endError = errorLabel(this, "appointmentEndError");
    m_locationError = errorLabel(this, "appointmentLocationError");
    m_noteError = errorLabel(this, "appointmentNoteError");

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setVerticalSpacing(10);
    form->addRow(tr("&Title (required)"), withError(m_title, m_titleError));
    form->addRow(tr("&Date"), withError(m_date, m_dateError));
    form->addRow(tr("&Start time"), m_start);
    form->addRow(tr("&End time"), withError(m_end, m_endError));
    form->addRow(tr("&Place"), withError(m_location, m_locationError));
    form->addRow(tr("&Note"), withError(m_note, m_noteError));

    m_draftState = new QLabel(this);
    m_draftState->setObjectName(QStringLiteral("appointmentDraftState"));
    m_draftState->setWordWrap(true);
    m_status = new StatusMessage(this);
    m_status->setObjectName(QStringLiteral("appointmentDialogStatus"));
    m_busy = new BusyIndicator(this);
    m_busy->setObjectName(QStringLiteral("appointmentDialogBusy"));
    m_busy->setText(tr("Saving the appointment…"));
    m_busy->hide();

    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveAppointmentButton"));
    m_save->setAccessibleName(tr("Save"));
    m_save->setAccessibleDescription(tr("Puts the appointment in the agenda."));
    m_save->setDefault(true);
    m_close = new QPushButton(isNew() ? tr("Close") : tr("Cancel"), this);
    m_close->setObjectName(QStringLiteral("closeAppointmentButton"));
    m_close->setAccessibleName(m_close->text());
    m_close->setAccessibleDescription(isNew()
                                          ? tr("Closes this window. What you typed is kept.")
                                          : tr("Closes this window without changing anything."));
    m_close->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addLayout(form, 1);
    layout->addWidget(m_draftState);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(SaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &AppointmentDialog::saveDraft);
    connect(m_title, &QLineEdit::textChanged, this, &AppointmentDialog::onEdited);
    connect(m_date, &QDateEdit::dateChanged, this, &AppointmentDialog::onEdited);
    connect(m_start, &QTimeEdit::timeChanged, this, &AppointmentDialog::onEdited);
    connect(m_end, &QTimeEdit::timeChanged, this, &AppointmentDialog::onEdited);
    connect(m_location, &QLineEdit::textChanged, this, &AppointmentDialog::onEdited);
    connect(m_note, &QPlainTextEdit::textChanged, this, &AppointmentDialog::onEdited);
    // Not accept(): the dialog stays open until the portal has the appointment.
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_save, &QPushButton::clicked, this, &AppointmentDialog::onSave);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    connect(m_saver, &AppointmentSaver::creatingChanged, this, &AppointmentDialog::onBusy);
    connect(m_saver, &AppointmentSaver::busyChanged, this, &AppointmentDialog::onBusy);
    connect(m_saver, &AppointmentSaver::created, this,
            [this](const QString &, const Appointment &appointment) {
                m_dirty = false;
                m_draft = Draft();
                emit saved(appointment);
                accept();
            });
    connect(m_saver, &AppointmentSaver::createFailed, this,
            [this](const QString &, const ApiError &error) { onFailed(error); });
    connect(m_saver, &AppointmentSaver::updated, this, [this](const Appointment &appointment) {
        m_dirty = false;
        emit saved(appointment);
        accept();
    });
    connect(m_saver, &AppointmentSaver::fetched, this,
            [this](const Appointment &appointment, const QByteArray &etag) {
                // The portal's version after a 412: the change starts again from it.
                m_etag = etag;
                fill(AppointmentInput::from(appointment));
            });
    connect(m_saver, &AppointmentSaver::failed, this,
            [this](AppointmentSaver::Operation operation, const QString &, const ApiError &error) {
                if (operation == AppointmentSaver::Operation::Update)
                    onFailed(error);
                else
                    m_status->showMessage(AppointmentSaver::sentenceFor(operation, error));
            });

    setTabOrder(m_title, m_date);
    setTabOrder(m_date, m_start);
    setTabOrder(m_start, m_end);
    setTabOrder(m_end, m_location);
    setTabOrder(m_location, m_note);
    setTabOrder(m_note, m_save);
    setTabOrder(m_save, m_close);
    resize(720, 640);
    m_title->setFocus();
}

void AppointmentDialog::fill(const AppointmentInput &input)
{
    m_filling = true;
    const QDateTime start
        = input.start.isValid() ? input.start.toLocalTime() : QDateTime::currentDateTime();
    const QDateTime end = input.end.isValid() ? input.end.toLocalTime() : start.addSecs(3600);
    m_title->setText(input.title);
    m_date->setDate(start.date());
    m_start->setTime(start.time());
    m_end->setTime(end.time());
    m_location->setText(input.location);
    m_note->setPlainText(input.note);
    m_filling = false;
}

AppointmentInput AppointmentDialog::input() const
{
    AppointmentInput input;
    input.title = m_title->text().trimmed();
    input.start = QDateTime(m_date->date(), m_start->time());
    input.end = QDateTime(m_date->date(), m_end->time());
    input.location = m_location->text().trimmed();
    input.note = m_note->toPlainText().trimmed();
    return input;
}

void AppointmentDialog::onEdited()
{
    if (m_filling)
        return;
    m_dirty = true;
    m_discardWarned = false;
    if (isNew())
        m_saveTimer->start();
}

void AppointmentDialog::saveDraft()
{
    m_saveTimer->stop();
    if (!isNew() || !m_dirty || !m_draft.isValid())
        return;
    m_dirty = false;
    const AppointmentInput typed = input();
    if (typed.title.isEmpty() && typed.location.isEmpty() && typed.note.isEmpty()) {
        // Nothing worth keeping; the next text starts a draft of its own (with a new key).
        m_drafts->remove(m_draft.id);
        m_draft = m_drafts->create(m_draft.kind, m_draft.clientId);
        m_draftState->clear();
        return;
    }
    m_draft.fields = typed.toJson();
    if (m_drafts->save(m_draft))
        m_draftState->setText(tr("Kept as a draft at %1.")
                                  .arg(QLocale().toString(m_draft.updatedAt.toLocalTime().time(),
                                                          QStringLiteral("HH:mm"))));
    else
        m_draftState->setText(tr("Your appointment could not be kept on this computer. Do not "
                                 "close this window before it is saved."));
}

void AppointmentDialog::showFieldError(const QString &field, const QString &sentence)
{
    QLabel *label = field == QLatin1String("title") ? m_titleError
        : field == QLatin1String("start")           ? m_dateError
        : field == QLatin1String("location")        ? m_locationError
        : field == QLatin1String("note")            ? m_noteError
                                                    : m_endError;
    label->setText(sentence);
    label->show();
}

void AppointmentDialog::clearFieldErrors()
{
    for (QLabel *label : { m_titleError, m_dateError, m_endError, m_locationError, m_noteError }) {
        label->clear();
        label->hide();
    }
}

bool AppointmentDialog::validate()
{
    clearFieldErrors();
    const AppointmentInput typed = input();
    QWidget *first = nullptr;
    if (typed.title.isEmpty()) {
        showFieldError(
            QStringLiteral("title"),
            AppointmentSaver::fieldSentence(QStringLiteral("title"), QStringLiteral("required")));
        first = m_title;
    }
    if (typed.end <= typed.start) {
        showFieldError(QStringLiteral("end"),
                       AppointmentSaver::fieldSentence(QStringLiteral("end"),
                                                       QStringLiteral("end_before_start")));
        if (!first)
            first = m_end;
    }
    if (typed.note.size() > Appointment::MaxNoteLength) {
        showFieldError(
            QStringLiteral("note"),
            AppointmentSaver::fieldSentence(QStringLiteral("note"), QStringLiteral("too_long")));
        if (!first)
            first = m_note;
    }
    if (first) {
        m_status->showMessage(tr("Not everything is filled in correctly yet. The fields below say "
                                 "what to change."));
        first->setFocus();
    }
    return !first;
}

void AppointmentDialog::onSave()
{
    m_status->clear();
    if (!validate())
        return;
    if (!isNew()) {
        m_saver->update(m_clientId, m_appointmentId, input(), m_etag);
        return;
    }
    m_dirty = true; // what is typed now is what goes
    saveDraft();
    if (!m_saver->create(m_draft.id))
        m_status->showMessage(tr("The appointment could not be kept as a draft, so it was not "
                                 "sent. Try again."));
}

void AppointmentDialog::onBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_save->setEnabled(!busy);
}

void AppointmentDialog::onFailed(const ApiError &error)
{
    if (isNew()) {
        // The key may have been renewed (idempotency_key_reused): take the stored draft's.
        const Draft stored = m_drafts->find(m_draft.id);
        if (stored.isValid())
            m_draft.idempotencyKey = stored.idempotencyKey;
    }
    for (const ApiError::FieldError &field : error.fieldErrors())
        showFieldError(field.field, AppointmentSaver::fieldSentence(field.field, field.code));
    m_status->showMessage(AppointmentSaver::sentenceFor(
        isNew() ? AppointmentSaver::Operation::Create : AppointmentSaver::Operation::Update,
        error));
    if (AppointmentSaver::isChangedMeanwhile(error)) {
        emit changedMeanwhile();
        m_saver->fetch(m_clientId, m_appointmentId);
    }
    m_save->setFocus();
}

void AppointmentDialog::done(int result)
{
    // A change is not a draft: before it is thrown away, say so once and let the person choose.
    if (result == QDialog::Rejected && !isNew() && m_dirty && !m_discardWarned) {
        m_discardWarned = true;
        m_status->showMessage(tr("You changed this appointment. Press \"Save\" to keep the "
                                 "change, or \"Cancel\" again to leave the appointment as it was."),
                              StatusMessage::Tone::Info);
        m_save->setFocus();
        return;
    }
    if (result == QDialog::Rejected && isNew()) {
        saveDraft();
        if (m_drafts->find(m_draft.id).isValid())
            emit keptAsDraft();
    }
    QDialog::done(result);
}
