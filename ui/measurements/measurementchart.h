#pragma once

#include "core/measurement.h"
#include "core/measurementtype.h"

#include <QList>
#include <QWidget>

// A simple line chart of one measurement type's history, drawn with QPainter: one line per
// component (blood pressure has two), told apart by line style, point shape and a legend in
// words, never by colour alone. Dates along the bottom, values with the unit along the left.
// The table beside it is the accessible alternative; the chart's accessible description says
// in words the period, and per component the latest, lowest and highest value.
class MeasurementChart : public QWidget
{
    Q_OBJECT

public:
    explicit MeasurementChart(QWidget *parent = nullptr);

    // `measurements` in any order; only this type's values are drawn.
    void setData(const MeasurementType &type, const QList<Measurement> &measurements);
    void clear();
    // The sentence a screen reader reads (also the accessible description).
    QString description() const { return m_description; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Series
    {
        const MeasurementComponent *component;
        QList<QPair<QDateTime, double>> points; // oldest first
    };
    void updateDescription();
    QList<Series> series() const;

    MeasurementType m_type;
    QList<Measurement> m_items; // oldest first
    QString m_description;
};
