#pragma once

#include "core/clientsummary.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QList>

// The clients the signed-in person may act for (GET /api/v1/me/clients), for the client picker
// and the "switch client" menu. DisplayRole is the name, DecorationRole the photo once loaded.
class ClientListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        PhotoUrlRole,
        PhotoRole, // QImage, null until loaded
        MyRoleRole, // ClientSummary::Role as int
        MyRelationRole,
        RightsRole, // QVariant of Rights
    };

    explicit ClientListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setClients(const QList<ClientSummary> &clients);
    void clear();
    const QList<ClientSummary> &clients() const { return m_clients; }
    // The row of a client, or -1.
    int indexOf(const QString &clientId) const;
    void setPhoto(const QString &clientId, const QImage &photo);

private:
    QList<ClientSummary> m_clients;
    QHash<QString, QImage> m_photos;
};
