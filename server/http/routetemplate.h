#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Portiek::Server {

// A path template such as `/api/v1/clients/{clientId}/reports`: literal segments and whole-segment
// parameters. Parameters match one non-empty segment; their values are percent-decoded, so
// `%2F` inside a value never splits a segment.
class RouteTemplate
{
public:
    // Returns the template, or nothing with `*error` set (a programmer error: the router stops).
    static std::optional<RouteTemplate> parse(const QString &pattern, QString *error = nullptr);

    QString pattern() const { return m_pattern; }
    QStringList parameterNames() const;

    // Matches an already percent-encoded request path; returns the decoded parameter values.
    std::optional<QHash<QString, QString>> match(const QString &encodedPath) const;
    // The same for a path split by splitPath(): a router splits each request's path once and
    // tries every route on the pieces.
    std::optional<QHash<QString, QString>> match(const QStringList &decodedSegments) const;
    // A percent-encoded path ("/a/b%2Fc") as its percent-decoded segments ("a", "b/c"); nothing
    // when it does not begin with '/'.
    static std::optional<QStringList> splitPath(const QString &encodedPath);

    // True when this template is more specific than `other` for a path both match: at the first
    // segment where they differ, a literal beats a parameter (`/clients/me` before
    // `/clients/{clientId}`).
    bool isMoreSpecificThan(const RouteTemplate &other) const;

    bool operator==(const RouteTemplate &other) const;

private:
    struct Segment
    {
        QString text; // the literal, or the parameter's name
        bool isParameter = false;
    };

    QString m_pattern;
    QList<Segment> m_segments;
};

} // namespace Portiek::Server
