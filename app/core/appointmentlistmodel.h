#pragma once

#include "core/apireply.h"
#include "core/appointment.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QPointer>

class PortalApi;

// A client's appointments in a period [from, to) (GET /api/v1/clients/{id}/appointments),
// ordered by start. Follows every cursor page of the period before it shows anything, so a day
// is never shown half; the rows of the previous period stay until the new one is complete.
class AppointmentListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        KindRole, // Appointment::Kind as int
        TitleRole,
        StartRole, // QDateTime
        EndRole, // QDateTime
        LocationRole,
        CanEditRole,
        AppointmentRole, // QVariant of Appointment
    };

    static constexpr int PageSize = 100;
    // A period that keeps following cursors this long is not a portal answering what was asked.
    static constexpr int MaxPages = 50;

    explicit AppointmentListModel(PortalApi *api, QObject *parent = nullptr);

    // Another client starts empty; an empty id empties the list.
    void setClientId(const QString &clientId);
    QString clientId() const { return m_clientId; }
    // Loads this period ([from, to), at most 62 days as the contract allows).
    void setPeriod(const QDateTime &from, const QDateTime &to);
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    // Asks for the current period again (after a change, or a failure).
    void reload();

    bool isLoading() const { return m_pending; }
    // True once the current period has been loaded completely.
    bool hasLoaded() const { return m_loaded; }
    ApiError error() const { return m_error; }
    Appointment appointmentAt(int row) const;
    // The row of the appointment with this id; -1 when it is not in the period.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "08:00–08:45" in this computer's zone.
    static QString timeText(const Appointment &appointment);
    // One sentence for a screen reader: day, time, title, place and whose appointment it is.
    static QString spokenText(const Appointment &appointment);

signals:
    void loadingChanged(bool loading);
    // The whole period is in.
    void loaded();
    // A page could not be fetched; the rows of the last complete period stay.
    void loadFailed(const ApiError &error);

private:
    void restart();
    void requestPage(const QString &cursor);
    void onPageFinished(ApiReply *reply, const QString &cursor);
    void cancelPending();
    void fail(const ApiError &error);

    PortalApi *m_api;
    QString m_clientId;
    QDateTime m_from;
    QDateTime m_to;
    QList<Appointment> m_appointments;
    QList<Appointment> m_incoming; // pages of the period being loaded
    int m_pages = 0;
    bool m_loaded = false;
    QPointer<ApiReply> m_pending;
    ApiError m_error;
};
