#include "core/appointmentlistmodel.h"

#include "core/logging.h"
#include "core/portalapi.h"

#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace {

QString queryValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// RFC 3339 with the offset this computer's zone has at that moment, as the contract asks.
QString queryTime(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return queryValue(local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate));
}

} // namespace

AppointmentListModel::AppointmentListModel(PortalApi *api, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
{ }

void AppointmentListModel::setClientId(const QString &clientId)
{
    cancelPending();
    m_clientId = clientId;
    // Another person's appointments never stay on screen while this one's load.
    beginResetModel();
    m_appointments.clear();
    m_loaded = false;
    endResetModel();
    restart();
}

void AppointmentListModel::setPeriod(const QDateTime &from, const QDateTime &to)
{
    if (from == m_from && to == m_to && (m_loaded || m_pending))
        return;
    m_from = from;
    m_to = to;
    restart();
}

void AppointmentListModel::reload()
{
    restart();
}

void AppointmentListModel::restart()
{
    cancelPending();
    m_error = ApiError();
    m_incoming.clear();
    m_pages = 0;
    if (m_clientId.isEmpty() || !m_from.isValid() || !m_to.isValid())
        return;
    requestPage(QString());
}

void AppointmentListModel::cancelPending()
{
    if (!m_pending)
        return;
    ApiReply *reply = m_pending;
    m_pending = nullptr;
    // Its answer belongs to a period that is gone.
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    emit loadingChanged(false);
}

void AppointmentListModel::requestPage(const QString &cursor)
{
    // Joined, not arg()-ed: the encoded times hold "%3A", which a later arg() would fill in.
    QString path = QStringLiteral("/api/v1/clients/") + queryValue(m_clientId)
        + QStringLiteral("/appointments?from=") + queryTime(m_from) + QStringLiteral("&to=")
        + queryTime(m_to) + QStringLiteral("&limit=") + QString::number(PageSize);
    if (!cursor.isEmpty())
        path += QStringLiteral("&cursor=") + queryValue(cursor);
    ApiReply *reply = m_api->get(path);
    m_pending = reply;
    ++m_pages;
    connect(reply, &ApiReply::finished, this,
            [this, reply, cursor] { onPageFinished(reply, cursor); });
    // One busy spell for the whole period, however many pages it has.
    if (cursor.isEmpty())
        emit loadingChanged(true);
}

void AppointmentListModel::onPageFinished(ApiReply *reply, const QString &cursor)
{
    if (reply != m_pending)
        return;
    m_pending = nullptr;
    if (!reply->isOk()) {
        fail(reply->error());
        return;
    }
    QList<Appointment> page;
    QString next;
    QString problem;
    if (!Appointment::pageFromJson(reply->json(), &page, &next, &problem)) {
        qCWarning(lcApi) << "agenda: the portal's answer is not an appointment page:" << problem;
        fail(ApiError(ApiError::Kind::NotAPortal, problem));
        return;
    }
    m_incoming.append(page);
    if (!next.isEmpty()) {
        if (next == cursor || m_pages >= MaxPages) {
            qCWarning(lcApi) << "agenda: the cursors of a period do not come to an end";
            fail(ApiError(ApiError::Kind::NotAPortal, QStringLiteral("endless cursor pages")));
            return;
        }
        requestPage(next);
        return;
    }
    std::stable_sort(m_incoming.begin(), m_incoming.end(),
                     [](const Appointment &a, const Appointment &b) {
                         return a.start != b.start ? a.start < b.start : a.end < b.end;
                     });
    beginResetModel();
    m_appointments = std::exchange(m_incoming, {});
    m_loaded = true;
    endResetModel();
    emit loadingChanged(false);
    emit loaded();
}

void AppointmentListModel::fail(const ApiError &error)
{
    m_incoming.clear();
    m_error = error;
    emit loadingChanged(false);
    emit loadFailed(error);
}

Appointment AppointmentListModel::appointmentAt(int row) const
{
    return row >= 0 && row < m_appointments.size() ? m_appointments.at(row) : Appointment();
}

int AppointmentListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_appointments.size(); ++row) {
        if (m_appointments.at(row).id == id)
            return row;
    }
    return -1;
}

int AppointmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_appointments.size());
}

QString AppointmentListModel::timeText(const Appointment &appointment)
{
    const QLocale locale;
    const QDateTime start = appointment.start.toLocalTime();
    const QDateTime end = appointment.end.toLocalTime();
    const QString format = QStringLiteral("HH:mm");
    if (start.date() == end.date())
        return tr("%1–%2").arg(locale.toString(start.time(), format),
                               locale.toString(end.time(), format));
    return tr("%1 – %2").arg(locale.toString(start, QStringLiteral("d MMM HH:mm")),
                             locale.toString(end, QStringLiteral("d MMM HH:mm")));
}

QString AppointmentListModel::spokenText(const Appointment &appointment)
{
    const QString day
        = QLocale().toString(appointment.start.toLocalTime().date(), QLocale::LongFormat);
    const QString whose = appointment.isOwn() ? tr("your own appointment")
                                              : tr("from the care team, the time is indicative");
    QString text = tr("%1, %2: %3, %4").arg(day, timeText(appointment), appointment.title, whose);
    if (!appointment.location.isEmpty())
        text += QLatin1String(", ") + tr("at %1").arg(appointment.location);
    return text;
}

QVariant AppointmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Appointment &appointment = m_appointments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1  %2").arg(timeText(appointment), appointment.title);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return spokenText(appointment);
    case IdRole:
        return appointment.id;
    case KindRole:
        return int(appointment.kind);
    case TitleRole:
        return appointment.title;
    case StartRole:
        return appointment.start;
    case EndRole:
        return appointment.end;
    case LocationRole:
        return appointment.location;
    case CanEditRole:
        return appointment.canEdit;
    case AppointmentRole:
        return QVariant::fromValue(appointment);
    default:
        return {};
    }
}

QHash<int, QByteArray> AppointmentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "appointmentId");
    names.insert(KindRole, "kind");
    names.insert(TitleRole, "title");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(LocationRole, "location");
    names.insert(CanEditRole, "canEdit");
    names.insert(AppointmentRole, "appointment");
    return names;
}
