#include "core/measurementlistmodel.h"

#include "core/logging.h"
#include "core/portalapi.h"

#include <QLocale>
#include <QStringList>
#include <QUrl>

namespace {

QString queryValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

MeasurementListModel::MeasurementListModel(PortalApi *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{ }

void MeasurementListModel::setSource(const QString &clientId, const MeasurementType &type)
{
    m_clientId = clientId;
    m_type = type;
    restart();
}

void MeasurementListModel::setPeriod(const QDateTime &from, const QDateTime &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    restart();
}

void MeasurementListModel::reload()
{
    restart();
}

void MeasurementListModel::retry()
{
    if (m_pending || !m_error.isError())
        return;
    if (m_pageCursor.isEmpty())
        restart();
    else
        requestPage(m_pageCursor);
}

void MeasurementListModel::restart()
{
    if (m_pending) {
        ApiReply *reply = m_pending;
        m_pending = nullptr;
        // Its answer belongs to a history that is gone.
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        emit loadingChanged(false);
    }
    beginResetModel();
    m_items.clear();
    m_nextCursor.clear();
    m_loaded = false;
    m_error = ApiError();
    endResetModel();
    if (!m_clientId.isEmpty() && m_type.isValid())
        requestPage(QString());
}

QString MeasurementListModel::pagePath(const QString &cursor) const
{
    QString path = QStringLiteral("/api/v1/clients/%1/measurements?type=%2&limit=%3")
                       .arg(queryValue(m_clientId), queryValue(m_type.code))
                       .arg(m_pageSize);
    // UTC with "Z": RFC 3339, as the contract asks, whatever this computer's zone.
    if (m_from.isValid())
        path += QStringLiteral("&from=") + queryValue(m_from.toUTC().toString(Qt::ISODate));
    if (m_to.isValid())
        path += QStringLiteral("&to=") + queryValue(m_to.toUTC().toString(Qt::ISODate));
    if (!cursor.isEmpty())
        path += QStringLiteral("&cursor=") + queryValue(cursor);
    return path;
}

void MeasurementListModel::requestPage(const QString &cursor)
{
    m_error = ApiError();
    ApiReply *reply = m_api->get(pagePath(cursor));
    m_pending = reply;
    m_pageCursor = cursor;
    m_nextCursor.clear();
    connect(reply, &ApiReply::finished, this,
            [this, reply, cursor] { onPageFinished(reply, cursor); });
    emit loadingChanged(true);
}

void MeasurementListModel::onPageFinished(ApiReply *reply, const QString &cursor)
{
    if (reply != m_pending)
        return;
    m_pending = nullptr;
    QList<Measurement> page;
    QString next;
    QString problem;
    if (reply->isOk() && !Measurement::pageFromJson(reply->json(), &page, &next, &problem)) {
        qCWarning(lcApi) << "measurements: not a page of measurements:" << problem;
        m_error = ApiError(ApiError::Kind::NotAPortal, problem);
    } else if (!reply->isOk()) {
        m_error = reply->error();
    }
    if (m_error.isError()) {
        emit loadingChanged(false);
        emit loadFailed(m_error);
        return;
    }
    // A cursor that does not move on would make a view ask for the same page forever.
    if (next == cursor)
        next.clear();
    // Another type's rows in this type's history would be wrong values with the wrong unit.
    page.removeIf([this](const Measurement &m) { return m.typeCode != m_type.code; });
    if (!page.isEmpty()) {
        const int firstRow = int(m_items.size());
        beginInsertRows(QModelIndex(), firstRow, firstRow + int(page.size()) - 1);
        m_items.append(page);
        m_nextCursor = next;
        m_loaded = true;
        endInsertRows();
    } else {
        m_nextCursor = next;
        m_loaded = true;
    }
    emit loadingChanged(false);
    emit pageLoaded(cursor.isEmpty());
}

bool MeasurementListModel::deleteMeasurement(int row)
{
    const Measurement measurement = measurementAt(row);
    if (!measurement.isValid() || !measurement.canDelete || m_deleting)
        return false;
    m_deleting = true;
    ApiReply *reply = m_api->del(QStringLiteral("/api/v1/clients/%1/measurements/%2")
                                     .arg(queryValue(m_clientId), queryValue(measurement.id)));
    connect(reply, &ApiReply::finished, this,
            [this, reply, measurement] { onDeleteFinished(reply, measurement); });
    return true;
}

void MeasurementListModel::onDeleteFinished(ApiReply *reply, const Measurement &measurement)
{
    m_deleting = false;
    // Gone already (someone else deleted it) is what was asked for too.
    if (!reply->isOk() && reply->httpStatus() != 404) {
        emit deleteFailed(measurement, reply->error());
        return;
    }
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == measurement.id) {
            beginRemoveRows(QModelIndex(), row, row);
            m_items.removeAt(row);
            endRemoveRows();
            break;
        }
    }
    emit deleted(measurement);
}

Measurement MeasurementListModel::measurementAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row) : Measurement();
}

int MeasurementListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int MeasurementListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MeasurementListModel::whenText(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return tr("%1 %2").arg(QLocale().toString(local.date(), QLocale::LongFormat),
                           QLocale().toString(local.time(), QStringLiteral("HH:mm")));
}

QString MeasurementListModel::enteredByText(const Measurement &measurement)
{
    if (measurement.enteredByRole == QLatin1String("client"))
        return tr("%1 (client)").arg(measurement.enteredByName);
    if (measurement.enteredByRole == QLatin1String("representative"))
        return tr("%1 (representative)").arg(measurement.enteredByName);
    if (measurement.enteredByRole == QLatin1String("contact"))
        return tr("%1 (contact person)").arg(measurement.enteredByName);
    return measurement.enteredByName;
}

QVariant MeasurementListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Measurement &measurement = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return whenText(measurement.measuredAt);
        case ValueColumn:
            return measurement.valueText(m_type);
        case EnteredByColumn:
            return enteredByText(measurement);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return measurement.note.isEmpty() ? QVariant() : QVariant(measurement.note);
    case IdRole:
        return measurement.id;
    case MeasuredAtRole:
        return measurement.measuredAt;
    case CanDeleteRole:
        return measurement.canDelete;
    case MeasurementRole:
        return QVariant::fromValue(measurement);
    default:
        return {};
    }
}

QVariant MeasurementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("Date and time");
    case ValueColumn:
        // "Bovendruk/Onderdruk", as the values are written; a name a line, because a table's
        // header does not wrap and the value column is only as wide as the values.
        if (m_type.components.size() > 1) {
            QStringList names;
            for (const MeasurementComponent &component : m_type.components)
                names.append(component.name);
            return names.join(QStringLiteral("/\n"));
        }
        return tr("Value");
    case EnteredByColumn:
        return tr("Entered by");
    default:
        return {};
    }
}

bool MeasurementListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && !m_nextCursor.isEmpty() && !m_pending
        && !m_error.isError();
}

void MeasurementListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_nextCursor);
}
