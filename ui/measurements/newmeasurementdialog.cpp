#include "ui/measurements/newmeasurementdialog.h"

#include "core/measurementinput.h"
#include "core/measurementlistmodel.h"
#include "core/measurementsender.h"
#include "ui/theme.h"
#include "ui/widgets/busyindicator.h"
#include "ui/widgets/statusmessage.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QLabel *makeErrorLabel(const QString &field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error_") + field);
    label->setWordWrap(true);
    label->setProperty("role", QStringLiteral("error"));
    // Bold and with a sign in front: not only the colour says it is a problem.
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    // Its colour comes from resources/style/portiek.qss (QLabel[role="error"]).
    label->hide();
    return label;
}

} // namespace

NewMeasurementDialog::NewMeasurementDialog(DraftStore *drafts, MeasurementSender *sender,
                                           const QString &clientId,
                                           const QList<MeasurementType> &types,
                                           const QString &typeCode, QWidget *parent)
    : QDialog(parent)
    , m_drafts(drafts)
    , m_sender(sender)
    , m_types(types)
    , m_typeBox(new QComboBox(this))
    , m_fieldsLayout(nullptr)
    , m_when(new QDateTimeEdit(this))
    , m_note(new QLineEdit(this))
    , m_draftState(new QLabel(this))
    , m_status(new StatusMessage(this))
    , m_busy(new BusyIndicator(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("newMeasurementDialog"));
    setWindowTitle(tr("New measurement"));
    setAccessibleName(tr("New measurement"));

    const QLatin1String kind(MeasurementSender::DraftKind);
    m_draft = m_drafts->latest(kind, clientId);
    const bool restored = m_draft.isValid();
    MeasurementSender::Fields fields;
    if (restored)
        fields = MeasurementSender::fieldsOf(m_draft);
    else
        m_draft = m_drafts->create(kind, clientId);
    m_texts = fields.texts;

    auto *heading = new QLabel(tr("New measurement"), this);
    heading->setObjectName(QStringLiteral("newMeasurementHeading"));
    Theme::makeHeading(heading, 1);

    auto *typeLabel = new QLabel(tr("&What did you measure?"), this);
    m_typeBox->setObjectName(QStringLiteral("measurementTypeBox"));
    m_typeBox->setAccessibleName(tr("What did you measure?"));
    for (const MeasurementType &each : m_types)
        m_typeBox->addItem(each.title(), each.code);
    const QString chosen = restored && !fields.typeCode.isEmpty() ? fields.typeCode : typeCode;
    m_typeBox->setCurrentIndex(qMax(0, m_typeBox->findData(chosen)));
    typeLabel->setBuddy(m_typeBox);

    auto *whenLabel = new QLabel(tr("&Date and time"), this);
    m_when->setObjectName(QStringLiteral("measuredAtEdit"));
    m_when->setAccessibleName(tr("Date and time of the measurement"));
    m_when->setDisplayFormat(QStringLiteral("d MMMM yyyy  HH:mm"));
    m_when->setCalendarPopup(true);
    const QDateTime now = m_sender->clock()().toLocalTime();
    m_when->setDateTime(restored && fields.measuredAt.isValid() ? fields.measuredAt.toLocalTime()
                                                                : now);
    whenLabel->setBuddy(m_when);

    auto *noteLabel = new QLabel(tr("&Note (you may leave this empty)"), this);
    m_note->setObjectName(QStringLiteral("measurementNoteEdit"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setMaxLength(Measurement::MaxNoteLength);
    m_note->setPlaceholderText(tr("For example: after breakfast, sitting"));
    m_note->setText(fields.note);
    noteLabel->setBuddy(m_note);

    m_draftState->setObjectName(QStringLiteral("measurementDraftState"));
    m_draftState->setWordWrap(true);
    if (restored)
        m_draftState->setText(tr("Your unsaved measurement is back, as you left it on %1.")
                                  .arg(MeasurementListModel::whenText(m_draft.updatedAt)));
    m_status->setObjectName(QStringLiteral("newMeasurementStatus"));
    m_busy->setObjectName(QStringLiteral("newMeasurementBusy"));
    m_busy->setText(tr("Saving your measurement…"));
    m_busy->hide();

    m_save->setObjectName(QStringLiteral("saveMeasurementButton"));
    m_save->setAccessibleName(tr("Save"));
    m_save->setAccessibleDescription(tr("Saves the measurement in the portal."));
    m_save->setDefault(true);
    m_save->setAutoDefault(false);
    m_close->setObjectName(QStringLiteral("closeMeasurementButton"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setAccessibleDescription(tr("Closes this window. What you typed is kept."));
    m_close->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    m_fieldsBox = new QWidget(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(m_status);
    layout->addWidget(typeLabel);
    layout->addWidget(m_typeBox);
    layout->addWidget(m_fieldsBox);
    layout->addWidget(whenLabel);
    layout->addWidget(m_when);
    layout->addWidget(m_errors[QLatin1String(MeasurementInput::TimeField)]
                      = makeErrorLabel(QLatin1String(MeasurementInput::TimeField), this));
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_errors[QLatin1String(MeasurementInput::NoteField)]
                      = makeErrorLabel(QLatin1String(MeasurementInput::NoteField), this));
    layout->addWidget(m_draftState);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    layout->addWidget(buttons);

    buildFields();

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(SaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &NewMeasurementDialog::saveDraft);
    connect(m_typeBox, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        buildFields();
        onChanged();
    });
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &NewMeasurementDialog::onChanged);
    connect(m_note, &QLineEdit::textEdited, this, &NewMeasurementDialog::onChanged);
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_save, &QPushButton::clicked, this, &NewMeasurementDialog::onSave);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_sender, &MeasurementSender::sendingChanged, this,
            &NewMeasurementDialog::onSendingChanged);
    connect(m_sender, &MeasurementSender::sent, this, &NewMeasurementDialog::onSent);
    connect(m_sender, &MeasurementSender::failed, this, &NewMeasurementDialog::onFailed);

    resize(640, 620);
    onSendingChanged(m_sender->isSending());
    if (!m_fields.isEmpty())
        m_fields.value(type().components.first().code)->setFocus();
}

NewMeasurementDialog::~NewMeasurementDialog()
{
    if (m_dirty)
        saveDraft();
}

MeasurementType NewMeasurementDialog::type() const
{
    const int row = m_typeBox->currentIndex();
    return row >= 0 && row < m_types.size() ? m_types.at(row) : MeasurementType();
}

QLineEdit *NewMeasurementDialog::valueField(const QString &componentCode) const
{
    return m_fields.value(componentCode);
}

QLabel *NewMeasurementDialog::errorLabel(const QString &field) const
{
    // A field this window does not show (the type) is told above the form.
    return m_errors.value(field);
}

QString NewMeasurementDialog::errorAt(const QString &field) const
{
    QLabel *label = errorLabel(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void NewMeasurementDialog::buildFields()
{
    m_building = true;
    for (QLineEdit *field : std::as_const(m_fields))
        m_errors.remove(field->property("component").toString());
    m_fields.clear();
    delete m_fieldsBox->layout();
    qDeleteAll(m_fieldsBox->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_fieldsLayout = new QGridLayout(m_fieldsBox);
    m_fieldsLayout->setContentsMargins(0, 8, 0, 8);
    m_fieldsLayout->setHorizontalSpacing(12);
    const MeasurementType current = type();
    QWidget *previous = m_typeBox;
    int row = 0;
    for (const MeasurementComponent &component : current.components) {
        auto *label = new QLabel(component.name, m_fieldsBox);
        label->setWordWrap(true);
        auto *field = new QLineEdit(m_fieldsBox);
        field->setObjectName(QStringLiteral("value_") + component.code);
        field->setProperty("component", component.code);
        const QString range = current.rangeText(component);
        field->setAccessibleName(component.name);
        field->setAccessibleDescription(range);
        field->setMaxLength(16);
        field->setMinimumWidth(140);
        field->setText(m_texts.value(component.code));
        label->setBuddy(field);
        auto *rangeLabel = new QLabel(range, m_fieldsBox);
        rangeLabel->setObjectName(QStringLiteral("range_") + component.code);
        QLabel *error = makeErrorLabel(component.code, m_fieldsBox);
        m_fieldsLayout->addWidget(label, row, 0);
        m_fieldsLayout->addWidget(field, row, 1);
        m_fieldsLayout->addWidget(rangeLabel, row, 2);
        m_fieldsLayout->addWidget(error, row + 1, 1, 1, 2);
        m_fields.insert(component.code, field);
        m_errors.insert(component.code, error);
        connect(field, &QLineEdit::textEdited, this, [this, field, code = component.code] {
            m_texts.insert(code, field->text());
            onChanged();
        });
        setTabOrder(previous, field);
        previous = field;
        row += 2;
    }
    m_fieldsLayout->setColumnStretch(2, 1);
    setTabOrder(previous, m_when);
    m_building = false;
}

void NewMeasurementDialog::onChanged()
{
    if (m_building)
        return;
    m_dirty = true;
    m_saveTimer->start();
}

void NewMeasurementDialog::saveDraft()
{
    m_saveTimer->stop();
    if (!m_dirty)
        return;
    m_dirty = false;
    MeasurementSender::Fields fields;
    fields.typeCode = type().code;
    for (const MeasurementComponent &component : type().components)
        fields.texts.insert(component.code, m_texts.value(component.code));
    fields.measuredAt = m_when->dateTime().toUTC();
    fields.note = m_note->text();
    if (!MeasurementSender::hasInput(fields)) {
        // Nothing worth keeping; what comes next is a draft of its own, with a new key.
        m_drafts->remove(m_draft.id);
        m_draft = m_drafts->create(m_draft.kind, m_draft.clientId);
        m_draftState->clear();
        return;
    }
    MeasurementSender::setFields(&m_draft, fields);
    if (m_drafts->save(m_draft))
        m_draftState->setText(tr("Kept on this computer at %1 until it is saved in the portal.")
                                  .arg(QLocale().toString(m_draft.updatedAt.toLocalTime().time(),
                                                          QStringLiteral("HH:mm"))));
    else
        m_draftState->setText(tr("What you typed could not be kept on this computer. Do not "
                                 "close this window before the measurement is saved."));
}

void NewMeasurementDialog::showErrors(const QHash<QString, QString> &errors)
{
    const QString time = QLatin1String(MeasurementInput::TimeField);
    const QString note = QLatin1String(MeasurementInput::NoteField);
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        const QString sentence = errors.value(it.key());
        // A sign in front and bold text: not only the colour says it is a problem.
        it.value()->setText(sentence.isEmpty() ? QString() : QStringLiteral("⚠ ") + sentence);
        it.value()->setVisible(!sentence.isEmpty());
        QWidget *field = it.key() == time ? static_cast<QWidget *>(m_when)
            : it.key() == note            ? static_cast<QWidget *>(m_note)
                                          : m_fields.value(it.key());
        const MeasurementComponent *component = type().component(it.key());
        if (field) // a screen reader reads the problem with the field
            field->setAccessibleDescription(
                !sentence.isEmpty() ? sentence
                                    : (component ? type().rangeText(*component) : QString()));
    }
    if (errors.contains(QLatin1String(MeasurementInput::TypeField)))
        m_status->showMessage(errors.value(QLatin1String(MeasurementInput::TypeField)));
    // The first field in the form that needs a change gets the focus.
    QWidget *first = nullptr;
    for (const MeasurementComponent &component : type().components) {
        if (!first && errors.contains(component.code))
            first = m_fields.value(component.code);
    }
    if (!first && errors.contains(time))
        first = m_when;
    if (!first && errors.contains(note))
        first = m_note;
    if (first)
        first->setFocus();
}

bool NewMeasurementDialog::isOwnSendRunning() const
{
    return m_sender->isSending() && m_sender->sendingDraftId() == m_draft.id;
}

void NewMeasurementDialog::onSave()
{
    m_dirty = true; // what is in the form now is what goes
    saveDraft();
    m_status->clear();
    QHash<QString, QString> errors;
    if (m_sender->send(m_draft.id, type(), &errors)) {
        showErrors({});
        return;
    }
    if (!errors.isEmpty())
        showErrors(errors);
    else if (m_sender->isSending())
        m_status->showMessage(tr("Another measurement is being saved. Wait a moment and try "
                                 "again."));
    else
        showErrors(MeasurementInput::validate(type(), m_texts, m_when->dateTime().toUTC(),
                                              m_note->text(), m_sender->clock()())
                       .errors);
}

void NewMeasurementDialog::onSendingChanged(bool sending)
{
    const bool own = sending && m_sender->sendingDraftId() == m_draft.id;
    m_busy->setVisible(own);
    m_save->setEnabled(!own);
}

void NewMeasurementDialog::onSent(const QString &sentId, const Measurement &measurement)
{
    if (sentId != m_draft.id)
        return;
    m_dirty = false;
    m_draft = Draft();
    emit saved(measurement);
    accept();
}

void NewMeasurementDialog::onFailed(const QString &failedId, const ApiError &error)
{
    if (failedId != m_draft.id)
        return;
    const Draft stored = m_drafts->find(failedId);
    if (stored.isValid())
        m_draft.idempotencyKey = stored.idempotencyKey;
    m_status->showMessage(MeasurementSender::sentenceFor(error));
    const QHash<QString, QString> fields = MeasurementInput::fieldSentences(error, type());
    showErrors(fields);
    if (fields.isEmpty())
        m_save->setFocus();
}

void NewMeasurementDialog::done(int result)
{
    if (result == QDialog::Rejected) {
        saveDraft();
        if (m_drafts->find(m_draft.id).isValid())
            emit keptAsDraft();
    }
    QDialog::done(result);
}
