#include "server/signin/apijson.h"

#include "server/http/problem.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>

namespace Portiek::Server::ApiJson {

Body::Body(const Request &request)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        m_problem = Problem::badRequest(QStringLiteral("The body must be one JSON object."));
    else
        m_object = document.object();
}

void Body::reject(const QString &name, const QString &what)
{
    if (ok())
        m_problem = Problem::badRequest(QStringLiteral("\"%1\" %2.").arg(name, what));
}

QString Body::required(const QString &name, int maxLength)
{
    const QJsonValue value = m_object.value(name);
    if (!value.isString() || value.toString().isEmpty()) {
        reject(name, QStringLiteral("is required and must be a string"));
        return {};
    }
    if (value.toString().size() > maxLength) {
        reject(name, QStringLiteral("is longer than %1 characters").arg(maxLength));
        return {};
    }
    return ok() ? value.toString() : QString();
}

QString Body::optional(const QString &name, int maxLength)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return {};
    return required(name, maxLength);
}

bool Body::flag(const QString &name, bool fallback)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool()) {
        reject(name, QStringLiteral("must be true or false"));
        return fallback;
    }
    return value.toBool();
}

QDateTime parseTime(const QString &text)
{
    // "YYYY-MM-DDThh:mm:ss" at least, then the fraction and the offset that RFC 3339 asks.
    static const QRegularExpression shape(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$)"));
    if (!shape.match(text).hasMatch())
        return {};
    QString normal = text.toUpper();
    // Qt reads at most milliseconds.
    const qsizetype dot = normal.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < normal.size() && normal.at(end).isDigit())
            ++end;
        normal.remove(dot + 4, qMax<qsizetype>(0, end - (dot + 4)));
    }
    const QDateTime time = QDateTime::fromString(normal, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

namespace {

void writeDigits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

// What QDateTime::toString(Qt::ISODate) writes for a time at a fixed offset, written directly:
// Qt formats through QString::asprintf, which was a fifteenth of a page of reports.
QString isoDate(const QDateTime &utc, int offsetSeconds)
{
    const QDateTime local = utc.toOffsetFromUtc(offsetSeconds);
    const QDate date = local.date();
    if (date.year() < 1 || date.year() > 9999)
        return local.toString(Qt::ISODate);
    const QTime clock = local.time();
    char text[] = "0000-00-00T00:00:00+00:00";
    writeDigits(text, date.year(), 4);
    writeDigits(text + 5, date.month(), 2);
    writeDigits(text + 8, date.day(), 2);
    writeDigits(text + 11, clock.hour(), 2);
    writeDigits(text + 14, clock.minute(), 2);
    writeDigits(text + 17, clock.second(), 2);
    if (offsetSeconds == 0)
        return QString::fromLatin1(text, 19) + QLatin1Char('Z');
    const int offset = qAbs(offsetSeconds);
    text[19] = offsetSeconds < 0 ? '-' : '+';
    writeDigits(text + 20, offset / 3600, 2);
    writeDigits(text + 23, offset % 3600 / 60, 2);
    return QString::fromLatin1(text, sizeof(text) - 1);
}

} // namespace

QJsonValue time(const QDateTime &utc)
{
    if (!utc.isValid())
        return QJsonValue::Null;
    static const QTimeZone zone(QByteArrayLiteral("Europe/Amsterdam"));
    // Whole seconds: nothing in the protocol needs more, and a fixed form is easier to compare.
    const QDateTime whole = utc.addMSecs(-utc.time().msec());
    // The zone is asked once for its offset at that moment; a date-time in the zone itself
    // asks it again for every part it writes, which was a tenth of a page of reports.
    return isoDate(whole, zone.isValid() ? zone.offsetFromUtc(whole) : 0);
}

qint64 secondsUntil(const QDateTime &now, const QDateTime &later)
{
    const qint64 milliseconds = now.msecsTo(later);
    return qMax<qint64>(1, (milliseconds + 999) / 1000);
}

Response privateJson(const QJsonObject &object, int status)
{
    Response response = Response::json(object, status);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

} // namespace Portiek::Server::ApiJson
