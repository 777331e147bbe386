#pragma once

#include <QString>

class QApplication;
class QColor;
class QFont;
class QPalette;
class QWidget;

namespace Theme {

// Large, clear, high-contrast defaults for people who read with difficulty. Remembers the base
// font (the system's, at least 13 pt) that text scaling multiplies, and makes every explicitly set
// font follow later scale changes.
void apply(QApplication &app);

// Marks a label as a heading: larger, bold, and announced as such where platforms support it.
void makeHeading(QWidget *label, int level = 1);

// The text size on top of the system's: 100 to 200 percent. Applies at once to every open
// window, including widgets with their own (larger, bold) font.
void setTextScale(int percent);
int textScale();

// Black, white and yellow, for people who see little contrast. Applies at once.
void setHighContrast(bool on);
bool highContrast();

// The colours of either theme, for tests that check their contrast.
QPalette palette(bool highContrast);
// The application style sheet of either theme: the colours filled into the template.
QString styleSheet(bool highContrast);

// WCAG 2.x contrast ratio between two colours, 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);

} // namespace Theme
