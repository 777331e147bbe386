#pragma once

class QApplication;
class QFont;
class QWidget;

namespace Theme {

// Large, clear, high-contrast defaults for people who read with difficulty.
void apply(QApplication &app);

// Marks a label as a heading: larger, bold, and announced as such where platforms support it.
void makeHeading(QWidget *label, int level = 1);

} // namespace Theme
