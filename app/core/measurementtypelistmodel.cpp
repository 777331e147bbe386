#include "core/measurementtypelistmodel.h"

#include "core/logging.h"
#include "core/portalapi.h"

#include <QUrl>

#include <utility>

MeasurementTypeListModel::MeasurementTypeListModel(PortalApi *api, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
{ }

void MeasurementTypeListModel::setClientId(const QString &clientId)
{
    m_clientId = clientId;
    reload();
}

void MeasurementTypeListModel::reload()
{
    if (m_pending) {
        ApiReply *reply = m_pending;
        m_pending = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
    }
    beginResetModel();
    m_types.clear();
    m_incoming.clear();
    m_loaded = false;
    m_error = ApiError();
    endResetModel();
    if (m_clientId.isEmpty()) {
        emit loadingChanged(false);
        return;
    }
    requestPage(QString());
}

void MeasurementTypeListModel::requestPage(const QString &cursor)
{
    QString path = QStringLiteral("/api/v1/clients/%1/measurement-types?limit=100")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_clientId)));
    if (!cursor.isEmpty())
        path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    ApiReply *reply = m_api->get(path);
    m_pending = reply;
    connect(reply, &ApiReply::finished, this,
            [this, reply, cursor] { onPageFinished(reply, cursor); });
    emit loadingChanged(true);
}

void MeasurementTypeListModel::onPageFinished(ApiReply *reply, const QString &cursor)
{
    if (reply != m_pending)
        return;
    m_pending = nullptr;
    if (!reply->isOk()) {
        fail(reply->error());
        return;
    }
    QList<MeasurementType> page;
    QString next;
    QString problem;
    if (!MeasurementType::pageFromJson(reply->json(), &page, &next, &problem)) {
        qCWarning(lcApi) << "measurement types: not a page of types:" << problem;
        fail(ApiError(ApiError::Kind::NotAPortal, problem));
        return;
    }
    m_incoming.append(page);
    if (m_incoming.size() > MaxTypes) {
        fail(ApiError(ApiError::Kind::NotAPortal, QStringLiteral("too many measurement types")));
        return;
    }
    if (!next.isEmpty() && next != cursor) {
        requestPage(next);
        return;
    }
    beginResetModel();
    m_types = std::exchange(m_incoming, {});
    m_loaded = true;
    endResetModel();
    emit loadingChanged(false);
    emit loaded();
}

void MeasurementTypeListModel::fail(const ApiError &error)
{
    m_incoming.clear();
    m_error = error;
    emit loadingChanged(false);
    emit loadFailed(error);
}

MeasurementType MeasurementTypeListModel::typeAt(int row) const
{
    return row >= 0 && row < m_types.size() ? m_types.at(row) : MeasurementType();
}

int MeasurementTypeListModel::rowOf(const QString &code) const
{
    for (int row = 0; row < m_types.size(); ++row) {
        if (m_types.at(row).code == code)
            return row;
    }
    return -1;
}

int MeasurementTypeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_types.size());
}

QVariant MeasurementTypeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeasurementType &type = m_types.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return type.title();
    case CodeRole:
        return type.code;
    case UnitRole:
        return type.unit;
    case TypeRole:
        return QVariant::fromValue(type);
    default:
        return {};
    }
}
