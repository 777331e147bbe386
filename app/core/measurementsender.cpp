#include "core/measurementsender.h"

#include "core/draftsender.h"
#include "core/logging.h"
#include "core/measurementinput.h"

#include <QUrl>

namespace {
const QString TypeKey = QStringLiteral("type");
const QString TextsKey = QStringLiteral("texts");
const QString MeasuredAtKey = QStringLiteral("measuredAt");
const QString NoteKey = QStringLiteral("note");
} // namespace

MeasurementSender::Fields MeasurementSender::fieldsOf(const Draft &draft)
{
    Fields fields;
    fields.typeCode = draft.fields.value(TypeKey).toString();
    const QJsonObject texts = draft.fields.value(TextsKey).toObject();
    for (auto it = texts.begin(); it != texts.end(); ++it)
        fields.texts.insert(it.key(), it.value().toString());
    fields.measuredAt
        = QDateTime::fromString(draft.fields.value(MeasuredAtKey).toString(), Qt::ISODate);
    fields.note = draft.fields.value(NoteKey).toString();
    return fields;
}

void MeasurementSender::setFields(Draft *draft, const Fields &fields)
{
    QJsonObject texts;
    for (auto it = fields.texts.begin(); it != fields.texts.end(); ++it)
        texts.insert(it.key(), it.value());
    draft->fields = QJsonObject {
        { TypeKey, fields.typeCode },
        { TextsKey, texts },
        { MeasuredAtKey, fields.measuredAt.toUTC().toString(Qt::ISODate) },
        { NoteKey, fields.note },
    };
}

bool MeasurementSender::hasInput(const Fields &fields)
{
    if (!fields.note.trimmed().isEmpty())
        return true;
    for (const QString &text : fields.texts) {
        if (!text.trimmed().isEmpty())
            return true;
    }
    return false;
}

MeasurementSender::MeasurementSender(PortalApi *api, DraftStore *drafts, QObject *parent)
    : QObject(parent)
    , m_drafts(drafts)
    , m_sender(new DraftSender(api, drafts, this))
{
    connect(m_sender, &DraftSender::sendingChanged, this, &MeasurementSender::sendingChanged);
    connect(m_sender, &DraftSender::sent, this, &MeasurementSender::onSent);
    connect(m_sender, &DraftSender::failed, this, &MeasurementSender::failed);
}

bool MeasurementSender::isSending() const
{
    return m_sender->isSending();
}

QString MeasurementSender::sendingDraftId() const
{
    return m_sender->sendingDraftId();
}

bool MeasurementSender::send(const QString &draftId, const MeasurementType &type,
                             QHash<QString, QString> *errors)
{
    if (m_sender->isSending())
        return false;
    const Draft draft = m_drafts->find(draftId);
    if (!draft.isValid() || draft.kind != QLatin1String(DraftKind))
        return false;
    const Fields fields = fieldsOf(draft);
    MeasurementType checked = type;
    if (fields.typeCode != type.code)
        checked = MeasurementType(); // the draft is of another type than the one given
    const MeasurementInput::Result result = MeasurementInput::validate(
        checked, fields.texts, fields.measuredAt, fields.note, m_clock());
    if (!result.isValid()) {
        if (errors)
            *errors = result.errors;
        return false;
    }
    // Whole minutes, with this computer's offset: the time as the person entered it.
    QDateTime measuredAt = fields.measuredAt.toLocalTime();
    measuredAt.setTime(QTime(measuredAt.time().hour(), measuredAt.time().minute()));
    measuredAt = measuredAt.toOffsetFromUtc(measuredAt.offsetFromUtc());
    QJsonObject body { { QStringLiteral("type"), type.code },
                       { QStringLiteral("measuredAt"), measuredAt.toString(Qt::ISODate) },
                       { QStringLiteral("values"), result.values } };
    if (!fields.note.trimmed().isEmpty())
        body.insert(QStringLiteral("note"), fields.note.trimmed());
    const QString path = QStringLiteral("/api/v1/clients/%1/measurements")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(draft.clientId)));
    return m_sender->send(draftId, path, body);
}

void MeasurementSender::onSent(const QString &draftId, const QJsonObject &answer)
{
    Measurement measurement;
    QString problem;
    if (!Measurement::fromJson(answer, &measurement, &problem)) {
        qCWarning(lcApi) << "measurements: the stored measurement could not be read:" << problem;
        measurement = Measurement();
    }
    emit sent(draftId, measurement);
}

QString MeasurementSender::sentenceFor(const ApiError &error)
{
    const QString code = error.problemCode();
    if (code == DraftSender::keyReusedCode())
        return tr("An earlier version of this measurement may already have reached the portal. "
                  "Look in the list first. Press \"Save\" again to save this one as a new "
                  "measurement.");
    if (code == QLatin1String("idempotency_key_in_use"))
        return tr("The portal is still busy with this measurement. Wait a moment and press "
                  "\"Save\" again; it will not be saved twice.");
    if (code == QLatin1String("validation_failed"))
        return tr("The portal did not accept this measurement. The fields marked below say what "
                  "to change.");
    if (error.httpStatus() == 403)
        return tr("You may not enter measurements for this person. What you typed is kept.");
    const QString kept = tr("What you typed is kept; nothing is lost. Press \"Save\" to try "
                            "again.");
    if (error.kind() == ApiError::Kind::Problem)
        return tr("The portal could not store the measurement.") + QLatin1Char(' ') + kept;
    return error.userMessage() + QLatin1Char(' ') + kept;
}
