#include "accessibilitychecks.h"

#include "markingtranslator.h"
#include "ui/theme.h"

#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>

#include <algorithm>

namespace {

constexpr int MinTarget = 44; // WCAG 2.2 2.5.5 (AAA), as the house style asks
constexpr double MinContrast = 4.5; // WCAG 1.4.3

// Texts that are the same in every language, with the reason.
const QMap<QString, QString> &exceptions()
{
    static const QMap<QString, QString> list {
        { QStringLiteral("Portiek"), QStringLiteral("the product's name") },
        // Each language in its own words, so that its speakers find it whatever is shown now.
        { QStringLiteral("Nederlands"), QStringLiteral("a language's own name") },
        { QStringLiteral("English"), QStringLiteral("a language's own name") },
    };
    return list;
}

const QString Name = QStringLiteral("1. accessible name");
const QString Size = QStringLiteral("2. target size (44 × 44 px)");
const QString Contrast = QStringLiteral("3. text contrast (4.5:1)");
const QString Focus = QStringLiteral("4. visible focus");
const QString Keyboard = QStringLiteral("5. keyboard (Tab reaches every control)");
const QString Translation = QStringLiteral("6. translatable text (through tr())");

// Parts Qt builds inside its own controls: the control itself is what is checked.
bool isQtInternal(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
            || qobject_cast<const QLineEdit *>(p) || qobject_cast<const QTabBar *>(p)
            || qobject_cast<const QCalendarWidget *>(p) || qobject_cast<const QScrollBar *>(p))
            return true;
    }
    // A table's headers are announced as part of the table, and take no focus of their own.
    return qobject_cast<const QHeaderView *>(w)
        && qobject_cast<const QAbstractItemView *>(w->parentWidget());
}

QString plain(QString text)
{
    text.remove(MarkingTranslator::Marker);
    return text.simplified();
}

QString shortText(const QString &text)
{
    const QString s = plain(text);
    return s.size() > 50 ? s.left(47) + QStringLiteral("…") : s;
}

bool showsText(const QWidget *w)
{
    if (auto *label = qobject_cast<const QLabel *>(w))
        return !label->text().isEmpty();
    if (auto *button = qobject_cast<const QAbstractButton *>(w))
        return !button->text().isEmpty();
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QTabBar *>(w)
        || qobject_cast<const QGroupBox *>(w);
}

QColor backgroundOf(const QWidget *w)
{
    for (; w; w = w->parentWidget()) {
        const QColor c = w->palette().color(QPalette::Active, w->backgroundRole());
        if (c.alpha() > 0)
            return c;
    }
    return Qt::white;
}

// Under an opaque overlay raised over it (the kiosk's countdown): not there for the person.
bool isCovered(const QWidget *w)
{
    for (const QWidget *p = w; p && !p->isWindow(); p = p->parentWidget()) {
        const QObjectList &siblings = p->parentWidget()->children();
        for (qsizetype i = siblings.indexOf(const_cast<QWidget *>(p)) + 1; i < siblings.size();
             ++i) {
            auto *above = qobject_cast<QWidget *>(siblings.at(i));
            if (above && !above->isWindow() && above->isVisible()
                && above->geometry().contains(p->geometry())
                && !above->testAttribute(Qt::WA_TransparentForMouseEvents))
                return true;
        }
    }
    return false;
}

// The control as the eye sees it: on its window's background, which grab() of a control without
// its own background leaves transparent (black once flattened).
QImage grabInWindow(QWidget *w)
{
    QWidget *window = w->window();
    const QRect rect(w->mapTo(window, QPoint(0, 0)), w->size());
    return window->grab(rect).toImage().convertToFormat(QImage::Format_RGB32);
}

} // namespace

bool isInteractive(const QWidget *w)
{
    if (isQtInternal(w) || qobject_cast<const QScrollBar *>(w))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractSlider *>(w) || qobject_cast<const QAbstractItemView *>(w)
        || qobject_cast<const QTabBar *>(w);
}

QString widgetPath(const QWidget *w)
{
    QStringList parts;
    for (const QWidget *p = w; p; p = p->isWindow() ? nullptr : p->parentWidget()) {
        const QString cls = QString::fromLatin1(p->metaObject()->className());
        if (p == w || p->isWindow())
            parts.prepend(p->objectName().isEmpty() ? cls
                                                    : cls + QLatin1Char('#') + p->objectName());
        else if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_")))
            parts.prepend(p->objectName());
    }
    QString path = parts.join(QStringLiteral(" > "));
    QString text;
    if (auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    else if (auto *label = qobject_cast<const QLabel *>(w))
        text = label->text();
    if (w->objectName().isEmpty() && !plain(text).isEmpty())
        path += QStringLiteral(" \"%1\"").arg(shortText(text));
    return path;
}

void AccessibilityChecks::add(const QString &check, const QString &what, const QString &step)
{
    QStringList &steps = m_found[check][what];
    if (!steps.contains(step))
        steps.append(step);
}

int AccessibilityChecks::count() const
{
    int n = 0;
    for (const auto &byWhat : m_found)
        n += int(byWhat.size());
    return n;
}

QString AccessibilityChecks::report() const
{
    QString out;
    for (auto check = m_found.cbegin(); check != m_found.cend(); ++check) {
        out += QStringLiteral("\n== %1: %2\n").arg(check.key()).arg(check.value().size());
        for (auto it = check.value().cbegin(); it != check.value().cend(); ++it) {
            QStringList steps = it.value();
            if (steps.size() > 3)
                steps = steps.mid(0, 3) << QStringLiteral("+%1 more").arg(it.value().size() - 3);
            out += QStringLiteral("  %1   [%2]\n").arg(it.key(), steps.join(QStringLiteral(", ")));
        }
    }
    return out;
}

void AccessibilityChecks::inspectAll(const QString &step)
{
    QWidget *modal = QApplication::activeModalWidget();
    QWidget *active = QApplication::activeWindow();
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (!window->isVisible() || window->windowType() == Qt::ToolTip)
            continue;
        inspectWindow(step, window, !modal || window == modal);
    }
    if (active && active->isVisible())
        QApplication::setActiveWindow(active);
}

void AccessibilityChecks::inspectWindow(const QString &step, QWidget *window, bool keyboard)
{
    ++m_windows;
    QList<QWidget *> all { window };
    all += window->findChildren<QWidget *>();
    QList<QWidget *> focusable;
    for (QWidget *w : std::as_const(all)) {
        // Dialogs are children of the main window but windows of their own.
        if (!w->isVisible() || w->size().isEmpty() || w->window() != window || isCovered(w))
            continue;
        ++m_widgets;
        checkTexts(step, w);
        if (!w->isEnabled())
            continue;
        if (showsText(w))
            checkContrast(step, w);
        if (!isInteractive(w))
            continue;
        checkName(step, w);
        checkSize(step, w);
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            focusable.append(w);
    }
    if (!keyboard || focusable.isEmpty())
        return;

    // Look, then put everything back as the tour left it: its screenshot comes next.
    QList<std::pair<QPointer<QScrollBar>, int>> scrolled;
    for (QScrollBar *bar : window->findChildren<QScrollBar *>())
        scrolled.append({ bar, bar->value() });
    QPointer<QWidget> before = window->focusWidget();
    const bool keyboardFocusChange = window->testAttribute(Qt::WA_KeyboardFocusChange);
    QApplication::setActiveWindow(window);
    for (QWidget *w : std::as_const(focusable))
        checkFocusVisible(step, w);
    checkTabReachesAll(step, window, focusable);
    if (before)
        before->setFocus(Qt::OtherFocusReason);
    else if (QWidget *now = window->focusWidget())
        now->clearFocus();
    window->setAttribute(Qt::WA_KeyboardFocusChange, keyboardFocusChange);
    for (const auto &[bar, value] : scrolled) {
        if (bar)
            bar->setValue(value);
    }
}

void AccessibilityChecks::checkName(const QString &step, QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    const QString name = iface ? plain(iface->text(QAccessible::Name)) : QString();
    if (name.isEmpty())
        add(Name, widgetPath(w) + QStringLiteral(": no accessible name"), step);
}

void AccessibilityChecks::checkSize(const QString &step, QWidget *w)
{
    const QSize s = w->size();
    if (qobject_cast<QPushButton *>(w) || qobject_cast<QToolButton *>(w)) {
        if (s.width() < MinTarget || s.height() < MinTarget)
            add(Size, widgetPath(w) + QStringLiteral(": %1×%2 px").arg(s.width()).arg(s.height()),
                step);
    } else if (qobject_cast<QCheckBox *>(w) || qobject_cast<QRadioButton *>(w)) {
        if (s.height() < MinTarget)
            add(Size, widgetPath(w) + QStringLiteral(": %1 px high").arg(s.height()), step);
    }
}

void AccessibilityChecks::checkContrast(const QString &step, QWidget *w)
{
    const QColor fg = w->palette().color(QPalette::Active, w->foregroundRole());
    const QColor bg = backgroundOf(w);
    const double ratio = Theme::contrastRatio(fg, bg);
    if (ratio < MinContrast)
        add(Contrast,
            widgetPath(w)
                + QStringLiteral(": %1 on %2 is %3:1")
                      .arg(fg.name(), bg.name())
                      .arg(ratio, 0, 'f', 1),
            step);
}

void AccessibilityChecks::checkTexts(const QString &step, QWidget *w)
{
    if (isQtInternal(w))
        return;
    if (w->isWindow())
        checkText(step, w, QStringLiteral("window title"), w->windowTitle());
    if (auto *label = qobject_cast<QLabel *>(w))
        checkText(step, w, QStringLiteral("text"), label->text());
    if (auto *button = qobject_cast<QAbstractButton *>(w))
        checkText(step, w, QStringLiteral("text"), button->text());
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        checkText(step, w, QStringLiteral("placeholder"), edit->placeholderText());
    if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
        checkText(step, w, QStringLiteral("placeholder"), edit->placeholderText());
    if (auto *edit = qobject_cast<QTextEdit *>(w))
        checkText(step, w, QStringLiteral("placeholder"), edit->placeholderText());
    if (auto *box = qobject_cast<QGroupBox *>(w))
        checkText(step, w, QStringLiteral("title"), box->title());
    if (auto *bar = qobject_cast<QTabBar *>(w)) {
        for (int i = 0; i < bar->count(); ++i) {
            if (!bar->isTabVisible(i))
                continue;
            checkText(step, w, QStringLiteral("tab text"), bar->tabText(i));
            checkText(step, w, QStringLiteral("tab tool tip"), bar->tabToolTip(i));
        }
    }
    checkText(step, w, QStringLiteral("tool tip"), w->toolTip());
    checkText(step, w, QStringLiteral("accessible name"), w->accessibleName());
    checkText(step, w, QStringLiteral("accessible description"), w->accessibleDescription());
}

void AccessibilityChecks::checkText(const QString &step, QWidget *w, const QString &property,
                                    const QString &text)
{
    if (text.isEmpty() || text.contains(MarkingTranslator::Marker))
        return;
    QString visible = text;
    if (Qt::mightBeRichText(text)) {
        QTextDocument doc;
        doc.setHtml(text);
        visible = doc.toPlainText();
    }
    visible.remove(QLatin1Char('&'));
    if (m_data->isData(visible) || exceptions().contains(plain(visible)))
        return;
    add(Translation,
        widgetPath(w) + QStringLiteral(": %1 \"%2\"").arg(property, shortText(visible)), step);
}

void AccessibilityChecks::checkFocusVisible(const QString &step, QWidget *w)
{
    // Something may have activated another window meanwhile (a queued platform event).
    if (!w->isActiveWindow())
        QApplication::setActiveWindow(w->window());
    // Focused first: a scroll area scrolls the control into view then, and the focus leaving
    // does not scroll it away again.
    w->setFocus(Qt::TabFocusReason);
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(p)) {
            area->ensureWidgetVisible(w, 8, 8); // as Tab would
            break;
        }
    }
    if (!w->hasFocus()) {
        add(Focus, widgetPath(w) + QStringLiteral(": does not take the focus"), step);
        return;
    }
    const QImage on = grabInWindow(w);
    w->clearFocus();
    const QImage off = grabInWindow(w);
    int changed = 0;
    if (on.size() == off.size()) {
        for (int y = 0; y < on.height(); ++y) {
            const auto *a = reinterpret_cast<const QRgb *>(off.constScanLine(y));
            const auto *b = reinterpret_cast<const QRgb *>(on.constScanLine(y));
            for (int x = 0; x < on.width(); ++x) {
                const int d = qAbs(qRed(a[x]) - qRed(b[x])) + qAbs(qGreen(a[x]) - qGreen(b[x]))
                    + qAbs(qBlue(a[x]) - qBlue(b[x]));
                if (d > 96)
                    ++changed;
            }
        }
    }
    // A focus frame changes at least a line along half the edge; a text cursor alone does not.
    const int needed = qMax(20, (w->width() + w->height()) / 2);
    if (changed < needed && qEnvironmentVariableIsSet("PORTIEK_A11Y_DUMP")) {
        // For a person to look at: the control without and with the focus.
        const QString base = qEnvironmentVariable("PORTIEK_A11Y_DUMP") + QLatin1Char('/') + step
            + QLatin1Char('-') + w->objectName() + QString::number(quintptr(w) % 9973);
        off.save(base + QStringLiteral("-off.png"));
        on.save(base + QStringLiteral("-on.png"));
    }
    if (changed < needed)
        add(Focus, widgetPath(w) + QStringLiteral(": focus changes only %1 pixels").arg(changed),
            step);
}

void AccessibilityChecks::checkTabReachesAll(const QString &step, QWidget *window,
                                             const QList<QWidget *> &all)
{
    if (all.size() < 2)
        return; // Tab stays on the only control, as it should
    const QSet<QWidget *> wanted(all.cbegin(), all.cend());
    QWidget *start = nullptr;
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (wanted.contains(w)) {
            start = w;
            break;
        }
    }
    if (!start)
        start = all.first();
    if (!window->isActiveWindow())
        QApplication::setActiveWindow(window);
    start->setFocus(Qt::TabFocusReason);
    QSet<QWidget *> reached { start };
    // Tab may stay in a control a while on purpose: a date's day, month and year, a text's links.
    constexpr int MaxStay = 30;
    const int limit = int(all.size()) * 3 + MaxStay * 2;
    int stayed = 0;
    for (int i = 0; i < limit; ++i) {
        if (QApplication::activeWindow() != window)
            QApplication::setActiveWindow(window); // it keeps its focus widget
        QWidget *current = QApplication::focusWidget();
        if (!current || current->window() != window)
            break;
        // A text field that types the Tab keeps keyboard users inside it.
        auto *plainEdit = qobject_cast<QPlainTextEdit *>(current);
        auto *richEdit = qobject_cast<QTextEdit *>(current);
        const bool trapsTab
            = (plainEdit && !plainEdit->isReadOnly() && !plainEdit->tabChangesFocus())
            || (richEdit && !richEdit->isReadOnly() && !richEdit->tabChangesFocus());
        if (trapsTab) {
            add(Keyboard,
                widgetPath(current) + QStringLiteral(": Tab types a tab instead of moving on"),
                step);
            plainEdit ? plainEdit->setTabChangesFocus(true) : richEdit->setTabChangesFocus(true);
        }
        QTest::keyClick(current, Qt::Key_Tab);
        if (trapsTab)
            plainEdit ? plainEdit->setTabChangesFocus(false) : richEdit->setTabChangesFocus(false);
        QWidget *next = QApplication::focusWidget();
        if (next == current && ++stayed <= MaxStay)
            continue;
        if (next == current) {
            add(Keyboard, widgetPath(current) + QStringLiteral(": Tab does not leave it"), step);
            break;
        }
        stayed = 0;
        if (!next || next == start)
            break;
        while (next && !wanted.contains(next) && !next->isWindow())
            next = next->parentWidget();
        if (next)
            reached.insert(next);
    }
    for (QWidget *w : all) {
        // Radio buttons: Tab reaches the group, the arrows choose within it (as everywhere).
        if (auto *radio = qobject_cast<QRadioButton *>(w); radio && radio->group()) {
            const auto buttons = radio->group()->buttons();
            if (std::any_of(buttons.cbegin(), buttons.cend(),
                            [&](QAbstractButton *b) { return reached.contains(b); }))
                continue;
        }
        if (!reached.contains(w))
            add(Keyboard, widgetPath(w) + QStringLiteral(": not reached with Tab"), step);
    }
}
