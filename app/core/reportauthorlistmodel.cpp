#include "core/reportauthorlistmodel.h"

#include "core/apireply.h"
#include "core/logging.h"
#include "core/portalapi.h"

#include <QUrl>

ReportAuthorListModel::ReportAuthorListModel(PortalApi *api, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
{ }

void ReportAuthorListModel::setClientId(const QString &clientId)
{
    m_clientId = clientId;
    reload();
}

void ReportAuthorListModel::reload()
{
    if (m_pending) {
        ApiReply *reply = m_pending;
        m_pending = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
    beginResetModel();
    m_authors.clear();
    endResetModel();
    m_incoming.clear();
    m_error = ApiError();
    if (!m_clientId.isEmpty())
        requestPage(QString(), 1);
}

void ReportAuthorListModel::requestPage(const QString &cursor, int pageNumber)
{
    QString path = QStringLiteral("/api/v1/clients/%1/report-authors?limit=100")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_clientId)));
    if (!cursor.isEmpty())
        path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    ApiReply *reply = m_api->get(path);
    m_pending = reply;
    connect(reply, &ApiReply::finished, this,
            [this, reply, pageNumber] { onPageFinished(reply, pageNumber); });
}

void ReportAuthorListModel::onPageFinished(ApiReply *reply, int pageNumber)
{
    if (reply != m_pending)
        return;
    m_pending = nullptr;
    QList<ReportAuthor> page;
    QString next;
    QString problem;
    if (!reply->isOk()) {
        m_error = reply->error();
    } else if (!ReportAuthor::pageFromJson(reply->json(), &page, &next, &problem)) {
        qCWarning(lcApi) << "report authors: the portal's answer is not an author page:" << problem;
        m_error = ApiError(ApiError::Kind::NotAPortal, problem);
    }
    if (m_error.isError()) {
        m_incoming.clear();
        emit loadFailed(m_error);
        return;
    }
    m_incoming.append(page);
    if (!next.isEmpty() && pageNumber < MaxPages) {
        requestPage(next, pageNumber + 1);
        return;
    }
    beginResetModel();
    m_authors = m_incoming;
    endResetModel();
    m_incoming.clear();
    emit loaded();
}

int ReportAuthorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_authors.size());
}

QVariant ReportAuthorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportAuthor &author = m_authors.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return author.role.isEmpty() ? author.name : tr("%1 (%2)").arg(author.name, author.role);
    case IdRole:
        return author.id;
    case NameRole:
        return author.name;
    case RoleRole:
        return author.role;
    case KindRole:
        return int(author.kind);
    default:
        return {};
    }
}

QHash<int, QByteArray> ReportAuthorListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "authorId");
    names.insert(NameRole, "name");
    names.insert(RoleRole, "role");
    names.insert(KindRole, "kind");
    return names;
}
