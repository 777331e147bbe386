#pragma once

#include <QImage>
#include <QString>

// The small round picture next to a person in the messages part: their photo, or their initials
// on a plain disc when they have none, so every row lines up and nobody is left faceless.
namespace ContactPhoto {

constexpr int DefaultSize = 56;

QImage decoration(const QImage &photo, const QString &name, int size = DefaultSize);
// "AB" for "Anna Boer", "GD" for "Gerard van Dijk".
QString initials(const QString &name);

} // namespace ContactPhoto
