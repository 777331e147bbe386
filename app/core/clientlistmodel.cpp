#include "core/clientlistmodel.h"

ClientListModel::ClientListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size());
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientSummary &client = m_clients.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case NameRole:
        return client.name;
    case Qt::DecorationRole:
    case PhotoRole: {
        const QImage photo = m_photos.value(client.id);
        return photo.isNull() ? QVariant() : QVariant(photo);
    }
    case IdRole:
        return client.id;
    case PhotoUrlRole:
        return client.photoUrl;
    case MyRoleRole:
        return int(client.myRole);
    case MyRelationRole:
        return client.myRelation;
    case RightsRole:
        return QVariant::fromValue(client.rights);
    default:
        return {};
    }
}

QHash<int, QByteArray> ClientListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "clientId");
    names.insert(NameRole, "name");
    names.insert(PhotoUrlRole, "photoUrl");
    names.insert(PhotoRole, "photo");
    names.insert(MyRoleRole, "myRole");
    names.insert(MyRelationRole, "myRelation");
    names.insert(RightsRole, "rights");
    return names;
}

void ClientListModel::setClients(const QList<ClientSummary> &clients)
{
    beginResetModel();
    m_clients = clients;
    // Photos of clients still in the list stay; the others go.
    QHash<QString, QImage> kept;
    for (const ClientSummary &client : clients) {
        if (m_photos.contains(client.id))
            kept.insert(client.id, m_photos.value(client.id));
    }
    m_photos = kept;
    endResetModel();
}

void ClientListModel::clear()
{
    beginResetModel();
    m_clients.clear();
    m_photos.clear();
    endResetModel();
}

int ClientListModel::indexOf(const QString &clientId) const
{
    for (int row = 0; row < m_clients.size(); ++row) {
        if (m_clients.at(row).id == clientId)
            return row;
    }
    return -1;
}

void ClientListModel::setPhoto(const QString &clientId, const QImage &photo)
{
    const int row = indexOf(clientId);
    if (row < 0)
        return;
    m_photos.insert(clientId, photo);
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed, { Qt::DecorationRole, PhotoRole });
}
