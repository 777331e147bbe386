#pragma once

#include <QStringList>

class QFont;

// Lays out `text` in lines of at most `width` pixels in `font`, broken between words (inside a
// word only when it is wider than a line), so nothing is cut off at the side. Line breaks in
// `text` are kept, blank lines dropped. With `maxLines` > 0 at most that many lines; the last
// ends in "…" when text was left out (a preview whose whole text is shown elsewhere).
QStringList wrappedLines(const QString &text, const QFont &font, int width, int maxLines = 0);
