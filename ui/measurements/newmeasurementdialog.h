#pragma once

#include "core/draftstore.h"
#include "core/measurementtype.h"

#include <QDialog>
#include <QHash>
#include <QList>

class ApiError;
class BusyIndicator;
class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QWidget;
struct Measurement;
class MeasurementSender;
class StatusMessage;

// "New measurement" (Nieuwe meting): the type, one field per component with its unit and
// allowed range beside it, the date and time (now by default) and an optional note. What is
// typed is kept as a draft while typing, so a failed send, a crash or a restart loses nothing.
// Each problem is said in a sentence at its field; Enter saves, Escape closes (keeping the draft).
class NewMeasurementDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int SaveDelayMs = 1000;

    NewMeasurementDialog(DraftStore *drafts, MeasurementSender *sender, const QString &clientId,
                         const QList<MeasurementType> &types, const QString &typeCode,
                         QWidget *parent = nullptr);
    ~NewMeasurementDialog() override;

    QString draftId() const { return m_draft.id; }
    MeasurementType type() const;
    // The field of a component ("systolic"), or nullptr.
    QLineEdit *valueField(const QString &componentCode) const;
    // The sentence shown at a field (a component code or MeasurementInput's keys).
    QString errorAt(const QString &field) const;
    void saveDraft();

    void done(int result) override;

signals:
    // Closed with something typed in it: it is kept as a draft.
    void keptAsDraft();
    void saved(const Measurement &measurement);

private:
    void buildFields();
    void onChanged();
    void onSave();
    void onSendingChanged(bool sending);
    void onSent(const QString &draftId, const Measurement &measurement);
    void onFailed(const QString &draftId, const ApiError &error);
    void showErrors(const QHash<QString, QString> &errors);
    QLabel *errorLabel(const QString &field) const;
    bool isOwnSendRunning() const;

    DraftStore *m_drafts;
    MeasurementSender *m_sender;
    QList<MeasurementType> m_types;
    Draft m_draft;
    QHash<QString, QString> m_texts; // component code -> what was typed, across type changes
    QComboBox *m_typeBox;
    QWidget *m_fieldsBox = nullptr;
    QGridLayout *m_fieldsLayout;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QLabel *> m_errors;
    QDateTimeEdit *m_when;
    QLineEdit *m_note;
    QLabel *m_draftState;
    StatusMessage *m_status;
    BusyIndicator *m_busy;
    QPushButton *m_save;
    QPushButton *m_close;
    QTimer *m_saveTimer;
    bool m_dirty = false;
    bool m_building = false;
};
