#pragma once

#include "core/apireply.h"
#include "core/report.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

class PortalApi;

// Everyone who wrote reports for a client (GET /api/v1/clients/{id}/report-authors), ordered
// by name, for the author filter. A filter needs the whole list, so all pages are fetched one
// after the other (up to MaxPages); the list is short in practice.
class ReportAuthorListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        RoleRole, // the author's role, "Persoonlijk begeleider"
        KindRole, // ReportAuthor::Kind as int
    };

    static constexpr int MaxPages = 20;

    explicit ReportAuthorListModel(PortalApi *api, QObject *parent = nullptr);

    // Loads the authors of this client; an empty id empties the model.
    void setClientId(const QString &clientId);
    void reload();
    bool isLoading() const { return m_pending; }
    ApiError error() const { return m_error; }
    const QList<ReportAuthor> &authors() const { return m_authors; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // The whole list has arrived (the model was reset with it).
    void loaded();
    void loadFailed(const ApiError &error);

private:
    void requestPage(const QString &cursor, int pageNumber);
    void onPageFinished(ApiReply *reply, int pageNumber);

    PortalApi *m_api;
    QString m_clientId;
    QList<ReportAuthor> m_authors;
    QList<ReportAuthor> m_incoming; // pages gathered until the last one is in
    QPointer<ApiReply> m_pending;
    ApiError m_error;
};
