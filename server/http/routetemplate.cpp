#include "server/http/routetemplate.h"

#include <QRegularExpression>
#include <QUrl>

namespace Portiek::Server {

namespace {

bool isValidParameterName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9]*$"));
    return pattern.match(name).hasMatch();
}

} // namespace

std::optional<RouteTemplate> RouteTemplate::parse(const QString &pattern, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<RouteTemplate> {
        if (error)
            *error = QStringLiteral("route template \"%1\": %2").arg(pattern, why);
        return std::nullopt;
    };

    if (!pattern.startsWith(QLatin1Char('/')) || pattern.size() < 2)
        return fail(QStringLiteral("must start with \"/\" and name at least one segment"));

    RouteTemplate result;
    result.m_pattern = pattern;
    QStringList seen;
    const QStringList parts = pattern.mid(1).split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty())
            return fail(QStringLiteral("has an empty segment"));
        if (part.startsWith(QLatin1Char('{')) && part.endsWith(QLatin1Char('}'))) {
            const QString name = part.mid(1, part.size() - 2);
            if (!isValidParameterName(name))
                return fail(QStringLiteral("parameter \"%1\" is not a plain identifier").arg(name));
            if (seen.contains(name))
                return fail(QStringLiteral("parameter \"%1\" appears twice").arg(name));
            seen.append(name);
            result.m_segments.append({ name, true });
        } else if (part.contains(QLatin1Char('{')) || part.contains(QLatin1Char('}'))) {
            return fail(QStringLiteral("a parameter must fill a whole segment"));
        } else {
            // Compared against the request's decoded segments, so keep the decoded form here.
            result.m_segments.append({ QUrl::fromPercentEncoding(part.toUtf8()), false });
        }
    }
    return result;
}

QStringList RouteTemplate::parameterNames() const
{
    QStringList names;
    for (const Segment &segment : m_segments) {
        if (segment.isParameter)
            names.append(segment.text);
    }
    return names;
}

std::optional<QStringList> RouteTemplate::splitPath(const QString &encodedPath)
{
    if (!encodedPath.startsWith(QLatin1Char('/')))
        return std::nullopt;
    QStringList segments = encodedPath.mid(1).split(QLatin1Char('/'));
    for (QString &segment : segments)
        segment = QUrl::fromPercentEncoding(segment.toUtf8());
    return segments;
}

std::optional<QHash<QString, QString>> RouteTemplate::match(const QString &encodedPath) const
{
    const std::optional<QStringList> segments = splitPath(encodedPath);
    if (!segments)
        return std::nullopt;
    return match(*segments);
}

std::optional<QHash<QString, QString>>
RouteTemplate::match(const QStringList &decodedSegments) const
{
    if (decodedSegments.size() != m_segments.size())
        return std::nullopt;
    // Literals first: most routes fail there, before any parameter is copied.
    for (qsizetype i = 0; i < decodedSegments.size(); ++i) {
        const Segment &segment = m_segments.at(i);
        if (segment.isParameter ? decodedSegments.at(i).isEmpty()
                                : decodedSegments.at(i) != segment.text)
            return std::nullopt;
    }
    QHash<QString, QString> parameters;
    for (qsizetype i = 0; i < decodedSegments.size(); ++i) {
        if (m_segments.at(i).isParameter)
            parameters.insert(m_segments.at(i).text, decodedSegments.at(i));
    }
    return parameters;
}

bool RouteTemplate::isMoreSpecificThan(const RouteTemplate &other) const
{
    const qsizetype count = qMin(m_segments.size(), other.m_segments.size());
    for (qsizetype i = 0; i < count; ++i) {
        const bool mineIsLiteral = !m_segments.at(i).isParameter;
        const bool theirsIsLiteral = !other.m_segments.at(i).isParameter;
        if (mineIsLiteral != theirsIsLiteral)
            return mineIsLiteral;
    }
    return false;
}

bool RouteTemplate::operator==(const RouteTemplate &other) const
{
    // `{a}` and `{b}` in the same place match the same paths: they are the same route.
    if (m_segments.size() != other.m_segments.size())
        return false;
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        const Segment &mine = m_segments.at(i);
        const Segment &theirs = other.m_segments.at(i);
        if (mine.isParameter != theirs.isParameter)
            return false;
        if (!mine.isParameter && mine.text != theirs.text)
            return false;
    }
    return true;
}

} // namespace Portiek::Server
