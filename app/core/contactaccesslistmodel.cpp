#include "core/contactaccesslistmodel.h"

#include "core/logging.h"
#include "core/portalapi.h"

#include <QUrl>

namespace {

// A client with more contacts than this is not what the portal is for; it also stops a portal
// whose cursors never end.
constexpr int MaxPages = 20;

} // namespace

ContactAccessListModel::ContactAccessListModel(PortalApi *api, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
{ }

void ContactAccessListModel::setClientId(const QString &clientId)
{
    m_clientId = clientId;
    beginResetModel();
    m_contacts.clear();
    m_loaded = false;
    endResetModel();
    reload();
}

void ContactAccessListModel::reload()
{
    if (m_pending) {
        ApiReply *reply = m_pending;
        m_pending = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
    m_incoming.clear();
    m_error = ApiError();
    if (m_clientId.isEmpty()) {
        emit loadingChanged(false);
        return;
    }
    requestPage(QString());
}

void ContactAccessListModel::requestPage(const QString &cursor)
{
    QString path = QStringLiteral("/api/v1/clients/%1/access/contacts?limit=100")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_clientId)));
    if (!cursor.isEmpty())
        path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    ApiReply *reply = m_api->get(path);
    m_pending = reply;
    connect(reply, &ApiReply::finished, this,
            [this, reply, cursor] { onPageFinished(reply, cursor); });
    emit loadingChanged(true);
}

void ContactAccessListModel::onPageFinished(ApiReply *reply, const QString &cursor)
{
    if (reply != m_pending)
        return;
    m_pending = nullptr;
    if (!reply->isOk()) {
        fail(reply->error());
        return;
    }
    QList<ContactAccess> page;
    QString next;
    QString problem;
    if (!ContactAccess::pageFromJson(reply->json(), &page, &next, &problem)) {
        qCWarning(lcApi) << "access: the portal's answer is not a contact page:" << problem;
        fail(ApiError(ApiError::Kind::NotAPortal, problem));
        return;
    }
    m_incoming.append(page);
    if (!next.isEmpty() && next != cursor && m_incoming.size() < MaxPages * 100) {
        requestPage(next);
        return;
    }
    // The whole list at once: a reset, so a view never shows half of an old and a new list.
    beginResetModel();
    m_contacts = m_incoming;
    m_incoming.clear();
    m_loaded = true;
    endResetModel();
    emit loadingChanged(false);
    emit loaded();
}

void ContactAccessListModel::fail(const ApiError &error)
{
    m_error = error;
    m_incoming.clear();
    emit loadingChanged(false);
    emit loadFailed(error);
}

ContactAccess ContactAccessListModel::contactAt(int row) const
{
    return row >= 0 && row < m_contacts.size() ? m_contacts.at(row) : ContactAccess();
}

int ContactAccessListModel::rowOf(const QString &personId) const
{
    for (int row = 0; row < m_contacts.size(); ++row)
        if (m_contacts.at(row).personId == personId)
            return row;
    return -1;
}

void ContactAccessListModel::update(const ContactAccess &contact)
{
    const int row = rowOf(contact.personId);
    if (row < 0)
        return;
    m_contacts[row] = contact;
    emit dataChanged(index(row), index(row));
}

int ContactAccessListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

QVariant ContactAccessListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactAccess &contact = m_contacts.at(index.row());
    const QString invited = contact.status == ContactAccess::Status::Invited
        ? tr(" — invitation not yet used")
        : QString();
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)%3").arg(contact.name, contact.relation, invited);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return tr("%1, %2%3. %4")
            .arg(contact.name, contact.relation, invited, contact.rights.summary());
    case PersonIdRole:
        return contact.personId;
    case NameRole:
        return contact.name;
    case RelationRole:
        return contact.relation;
    case StatusRole:
        return int(contact.status);
    case SummaryRole:
        return contact.rights.summary();
    case ContactRole:
        return QVariant::fromValue(contact);
    default:
        return {};
    }
}

QHash<int, QByteArray> ContactAccessListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PersonIdRole, "personId");
    names.insert(NameRole, "name");
    names.insert(RelationRole, "relation");
    names.insert(StatusRole, "status");
    names.insert(SummaryRole, "summary");
    names.insert(ContactRole, "contact");
    return names;
}
