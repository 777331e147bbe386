#pragma once

#include "core/apireply.h"
#include "core/contactperson.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

class PhotoLoader;
class PortalApi;

// The people in a client's portal (GET /api/v1/clients/{id}/contacts), alphabetically by family
// name as Dutch readers expect ("van Dijk" under D), with their photo and relation. A portal has
// few people, so every page is fetched at once and the list is sorted whole.
class ContactListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        RelationRole,
        PhotoPathRole,
        CanReceiveMessagesRole,
        PersonRole, // QVariant of ContactPerson
    };

    // More than this is not a portal's circle of people; the rest is left out.
    static constexpr int MaxPages = 20;

    explicit ContactListModel(PortalApi *api, QObject *parent = nullptr);

    // Photos come from here when set (DecorationRole); without it the rows show initials.
    void setPhotoLoader(PhotoLoader *photos);
    // Loads this client's people; an empty id empties the list.
    void setClientId(const QString &clientId);
    void reload();

    bool isLoading() const { return m_pending; }
    bool hasLoaded() const { return m_loaded; }
    ApiError error() const { return m_error; }
    ContactPerson personAt(int row) const;
    int rowOf(const QString &personId) const;

    // The key the list is sorted by: family name without its prefix, then the given name.
    static QString sortKey(const QString &name);
    // Sorts with Dutch collation ("Ç" beside "C", case ignored), ties in the portal's order.
    static void sortPeople(QList<ContactPerson> *people);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const ApiError &error);

private:
    void requestPage(const QString &cursor, int page);
    void onPageFinished(ApiReply *reply, int page);
    void onPhotoReady(const QString &path);

    PortalApi *m_api;
    QPointer<PhotoLoader> m_photos;
    QString m_clientId;
    QList<ContactPerson> m_people;
    QList<ContactPerson> m_incoming; // pages gathered until the last one is in
    QPointer<ApiReply> m_pending;
    bool m_loaded = false;
    ApiError m_error;
};
