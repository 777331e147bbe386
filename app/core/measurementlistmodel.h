#pragma once

#include "core/apireply.h"
#include "core/measurement.h"
#include "core/measurementtype.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

class PortalApi;

// The history of one measurement type for a client (GET /api/v1/clients/{id}/measurements?
// type=…), newest first, as a table: when, the value(s) with unit, who entered it. Later pages
// come through canFetchMore/fetchMore, one request at a time. Also deletes a measurement
// (DELETE …/measurements/{id}) and takes its row away once the portal has done so.
class MeasurementListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, ValueColumn, EnteredByColumn, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole + 1,
        MeasuredAtRole, // QDateTime
        CanDeleteRole,
        MeasurementRole, // QVariant of Measurement
    };

    static constexpr int DefaultPageSize = 100;

    explicit MeasurementListModel(PortalApi *api, QObject *parent = nullptr);

    // Starts the history of this client and type from the top; empty values empty it.
    void setSource(const QString &clientId, const MeasurementType &type);
    // Only measurements in [from, to); invalid times leave that side open.
    void setPeriod(const QDateTime &from, const QDateTime &to);
    void setPageSize(int pageSize) { m_pageSize = qBound(1, pageSize, 100); }
    QString clientId() const { return m_clientId; }
    MeasurementType type() const { return m_type; }
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }

    void reload();
    // After a failed page: asks for that page again.
    void retry();
    // Asks the portal to delete the measurement in this row; false when it may not be deleted.
    bool deleteMeasurement(int row);

    bool isLoading() const { return m_pending; }
    bool hasLoaded() const { return m_loaded; }
    bool isDeleting() const { return m_deleting; }
    ApiError error() const { return m_error; }
    Measurement measurementAt(int row) const;
    // Everything fetched so far, newest first.
    QList<Measurement> measurements() const { return m_items; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // "woensdag 12 maart 2026 08:15" in the person's own language.
    static QString whenText(const QDateTime &time);
    // "Gerard van Dijk (client)".
    static QString enteredByText(const Measurement &measurement);

signals:
    void loadingChanged(bool loading);
    // A page arrived; `first` for the first page of a (re)started history.
    void pageLoaded(bool first);
    void loadFailed(const ApiError &error);
    void deleted(const Measurement &measurement);
    void deleteFailed(const Measurement &measurement, const ApiError &error);

private:
    void restart();
    void requestPage(const QString &cursor);
    void onPageFinished(ApiReply *reply, const QString &cursor);
    void onDeleteFinished(ApiReply *reply, const Measurement &measurement);
    QString pagePath(const QString &cursor) const;

    PortalApi *m_api;
    QString m_clientId;
    MeasurementType m_type;
    QDateTime m_from;
    QDateTime m_to;
    int m_pageSize = DefaultPageSize;
    QList<Measurement> m_items;
    QString m_nextCursor;
    QString m_pageCursor;
    bool m_loaded = false;
    bool m_deleting = false;
    QPointer<ApiReply> m_pending;
    ApiError m_error;
};
