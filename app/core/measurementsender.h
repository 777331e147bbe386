#pragma once

#include "core/apireply.h"
#include "core/clock.h"
#include "core/draftstore.h"
#include "core/measurement.h"
#include "core/measurementtype.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

class DraftSender;
class PortalApi;

// Sends a measurement draft (POST /api/v1/clients/{id}/measurements, createMeasurement) with the
// draft's own Idempotency-Key. The draft holds what was typed, as typed ("72,5"), so nothing is
// lost when a send fails or the application stops; it goes only when the portal has the
// measurement.
class MeasurementSender : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *DraftKind = "measurement";

    // What a measurement draft keeps (Draft::fields).
    struct Fields
    {
        QString typeCode;
        QHash<QString, QString> texts; // component code -> what was typed
        QDateTime measuredAt;
        QString note;
    };
    static Fields fieldsOf(const Draft &draft);
    static void setFields(Draft *draft, const Fields &fields);
    // Whether anything worth keeping was typed (a value or a note).
    static bool hasInput(const Fields &fields);

    MeasurementSender(PortalApi *api, DraftStore *drafts, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    Clock clock() const { return m_clock; }

    // Checks the stored draft against `type` and sends it. False (and nothing sent) when
    // another send runs, the draft is unknown or what it holds is not valid; `*errors` then says
    // why per field (MeasurementInput's keys).
    bool send(const QString &draftId, const MeasurementType &type,
              QHash<QString, QString> *errors = nullptr);
    bool isSending() const;
    QString sendingDraftId() const;

    // A sentence for the person entering: what went wrong and what to do. Field errors are
    // told at their fields (MeasurementInput::fieldSentences); this is the sentence above them.
    static QString sentenceFor(const ApiError &error);

signals:
    void sendingChanged(bool sending);
    // The portal has the measurement; the draft is gone. `measurement` is invalid when the
    // answer could not be read (the measurement is stored all the same).
    void sent(const QString &draftId, const Measurement &measurement);
    void failed(const QString &draftId, const ApiError &error);

private:
    void onSent(const QString &draftId, const QJsonObject &answer);

    DraftStore *m_drafts;
    DraftSender *m_sender;
    Clock m_clock = systemClock();
};
