#pragma once

#include "core/apireply.h"
#include "core/measurementtype.h"

#include <QAbstractListModel>
#include <QPointer>

class PortalApi;

// The measurement types of a client (GET /api/v1/clients/{id}/measurement-types), in the
// organisation's order. There are only a few, so every page is fetched at once.
class MeasurementTypeListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        CodeRole = Qt::UserRole + 1,
        UnitRole,
        TypeRole, // QVariant of MeasurementType
    };

    // Beyond this many types the portal is not answering what was asked.
    static constexpr int MaxTypes = 200;

    explicit MeasurementTypeListModel(PortalApi *api, QObject *parent = nullptr);

    // Loads this client's types; an empty id empties the list.
    void setClientId(const QString &clientId);
    QString clientId() const { return m_clientId; }
    void reload();

    bool isLoading() const { return m_pending; }
    bool hasLoaded() const { return m_loaded; }
    ApiError error() const { return m_error; }
    MeasurementType typeAt(int row) const;
    // The row of the type with this code, or -1.
    int rowOf(const QString &code) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const ApiError &error);

private:
    void requestPage(const QString &cursor);
    void onPageFinished(ApiReply *reply, const QString &cursor);
    void fail(const ApiError &error);

    PortalApi *m_api;
    QString m_clientId;
    QList<MeasurementType> m_types;
    QList<MeasurementType> m_incoming; // pages gathered until the last one is in
    QPointer<ApiReply> m_pending;
    bool m_loaded = false;
    ApiError m_error;
};
