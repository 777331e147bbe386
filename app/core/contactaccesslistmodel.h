#pragma once

#include "core/apireply.h"
#include "core/contactaccess.h"

#include <QAbstractListModel>
#include <QPointer>

class PortalApi;

// The contact persons of one client and their rights (GET …/access/contacts), alphabetically as
// the portal sends them. A client has a handful of contacts, so every page is fetched at once:
// the administrator sees the whole list, never a part of it.
class ContactAccessListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        PersonIdRole = Qt::UserRole + 1,
        NameRole,
        RelationRole,
        StatusRole, // ContactAccess::Status as int
        SummaryRole, // the rights in words
        ContactRole, // QVariant of ContactAccess
    };

    explicit ContactAccessListModel(PortalApi *api, QObject *parent = nullptr);

    // Loads this client's contacts; an empty id empties the list.
    void setClientId(const QString &clientId);
    QString clientId() const { return m_clientId; }
    void reload();

    bool isLoading() const { return m_pending; }
    bool hasLoaded() const { return m_loaded; }
    ApiError error() const { return m_error; }
    ContactAccess contactAt(int row) const;
    int rowOf(const QString &personId) const;
    // Puts a contact as the portal now has it (after a change of rights) in its row.
    void update(const ContactAccess &contact);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

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
    QList<ContactAccess> m_contacts;
    QList<ContactAccess> m_incoming; // pages of the load that runs
    QPointer<ApiReply> m_pending;
    bool m_loaded = false;
    ApiError m_error;
};
