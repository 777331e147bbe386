#include "ui/theme.h"

#include "ui/dialogfit.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QFont>
#include <QHash>
#include <QIcon>
#include <QImageReader>
#include <QPalette>
#include <QPixmap>
#include <QPointer>
#include <QRegularExpression>
#include <QStyleFactory>
#include <QTimer>
#include <QWidget>

#include <cmath>

namespace Theme {

namespace {
// The base size people read comfortably without glasses on an ordinary screen. The system's own
// font scaling comes on top, through Qt's high-DPI handling.
constexpr qreal BasePointSize = 13.0;
// A widget's own font size as a multiple of the application font, so it can follow the scale.
constexpr char FontFactorProperty[] = "portiekFontFactor";

// Every colour of the interface, in one place: the palette and the style sheet both come from
// here. Normal colours give at least 4.5:1 (WCAG 2.2 AA) for text, high contrast at least 7:1.
QHash<QString, QColor> colours(bool highContrast)
{
    if (highContrast) {
        return {
            { QStringLiteral("window"), QColor(0x00, 0x00, 0x00) },
            { QStringLiteral("text"), QColor(0xff, 0xff, 0xff) },
            { QStringLiteral("base"), QColor(0x00, 0x00, 0x00) },
            { QStringLiteral("placeholder"), QColor(0xc8, 0xc8, 0xc8) },
            { QStringLiteral("button"), QColor(0x00, 0x00, 0x00) },
            { QStringLiteral("buttonHover"), QColor(0x26, 0x26, 0x26) },
            { QStringLiteral("border"), QColor(0xff, 0xff, 0xff) },
            { QStringLiteral("accent"), QColor(0xff, 0xff, 0x00) },
            { QStringLiteral("accentText"), QColor(0x00, 0x00, 0x00) },
            { QStringLiteral("defaultButton"), QColor(0xff, 0xff, 0xff) },
            { QStringLiteral("defaultButtonHover"), QColor(0xe0, 0xe0, 0xe0) },
            { QStringLiteral("defaultButtonText"), QColor(0x00, 0x00, 0x00) },
            { QStringLiteral("focus"), QColor(0xff, 0xff, 0x00) },
            { QStringLiteral("link"), QColor(0xff, 0xff, 0x00) },
            { QStringLiteral("disabled"), QColor(0x00, 0x00, 0x00) },
            { QStringLiteral("disabledBorder"), QColor(0xa0, 0xa0, 0xa0) },
            { QStringLiteral("disabledText"), QColor(0xb0, 0xb0, 0xb0) },
            { QStringLiteral("error"), QColor(0xff, 0x8a, 0x80) },
            { QStringLiteral("errorBackground"), QColor(0x00, 0x00, 0x00) },
            { QStringLiteral("info"), QColor(0x80, 0xd8, 0xff) },
            { QStringLiteral("infoBackground"), QColor(0x00, 0x00, 0x00) },
            { QStringLiteral("surface"), QColor(0x00, 0x00, 0x00) },
            { QStringLiteral("entryBorder"), QColor(0xff, 0xff, 0xff) },
            { QStringLiteral("errorText"), QColor(0xff, 0x8a, 0x80) },
            { QStringLiteral("success"), QColor(0x7c, 0xfc, 0x7c) },
        };
    }
    return {
        { QStringLiteral("window"), QColor(0xf6, 0xf5, 0xf2) },
        { QStringLiteral("text"), QColor(0x1a, 0x1a, 0x1a) },
        { QStringLiteral("base"), QColor(0xff, 0xff, 0xff) },
        { QStringLiteral("placeholder"), QColor(0x5f, 0x5f, 0x5f) },
        { QStringLiteral("button"), QColor(0xe9, 0xe7, 0xe2) },
        { QStringLiteral("buttonHover"), QColor(0xdc, 0xd9, 0xd2) },
        { QStringLiteral("border"), QColor(0x5f, 0x5f, 0x5f) },
        { QStringLiteral("accent"), QColor(0x0b, 0x4f, 0x9c) },
        { QStringLiteral("accentText"), QColor(0xff, 0xff, 0xff) },
        { QStringLiteral("defaultButton"), QColor(0x0b, 0x4f, 0x9c) },
        { QStringLiteral("defaultButtonHover"), QColor(0x08, 0x3d, 0x79) },
        { QStringLiteral("defaultButtonText"), QColor(0xff, 0xff, 0xff) },
        { QStringLiteral("focus"), QColor(0x1a, 0x1a, 0x1a) },
        { QStringLiteral("link"), QColor(0x0b, 0x4f, 0x9c) },
        { QStringLiteral("disabled"), QColor(0xee, 0xee, 0xee) },
        { QStringLiteral("disabledBorder"), QColor(0x9a, 0x9a, 0x9a) },
        { QStringLiteral("disabledText"), QColor(0x5f, 0x5f, 0x5f) },
        { QStringLiteral("error"), QColor(0xa3, 0x14, 0x0f) },
        { QStringLiteral("errorBackground"), QColor(0xfd, 0xec, 0xea) },
        { QStringLiteral("info"), QColor(0x0b, 0x4f, 0x9c) },
        { QStringLiteral("infoBackground"), QColor(0xe8, 0xf0, 0xfa) },
        { QStringLiteral("surface"), QColor(0xff, 0xff, 0xff) },
        { QStringLiteral("entryBorder"), QColor(0x9a, 0x9a, 0x9a) },
        { QStringLiteral("errorText"), QColor(0xa3, 0x00, 0x00) },
        { QStringLiteral("success"), QColor(0x1b, 0x5e, 0x20) },
    };
}

struct State
{
    QFont baseFont;
    int percent = 100;
    bool highContrast = false;
    bool rescaling = false; // our own font changes are not the widgets' choice
};

State &state()
{
    static State s;
    return s;
}

qreal scaledPointSize()
{
    return state().baseFont.pointSizeF() * state().percent / 100.0;
}

// Remembers, for every widget that sets its own font, its size relative to the application
// font; a scale change then re-derives it. Code that sets fonts needs to know nothing about it.
class FontFollower : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FontChange && !state().rescaling && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            const qreal size = widget->font().pointSizeF();
            const qreal app = QApplication::font().pointSizeF();
            if (widget->testAttribute(Qt::WA_SetFont) && size > 0 && app > 0)
                widget->setProperty(FontFactorProperty, size / app);
        }
        return false;
    }
};

bool widgetsFollowScale()
{
    const qreal size = QApplication::font().pointSizeF();
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        const QVariant factor = widget->property(FontFactorProperty);
        if (factor.isValid() && !qFuzzyCompare(widget->font().pointSizeF(), size * factor.toReal()))
            return false;
    }
    return true;
}

void applyFontScale()
{
    State &s = state();
    s.rescaling = true;
    QFont font = s.baseFont;
    font.setPointSizeF(scaledPointSize());
    QApplication::setFont(font);
    const QWidgetList widgets = QApplication::allWidgets();
    // The style sheet fixes the font it found on every widget it polished, so the new application
    // font would not reach them; a font without own attributes makes them follow their parent.
    for (QWidget *widget : widgets) {
        if (!widget->testAttribute(Qt::WA_SetFont)
            && !widget->property(FontFactorProperty).isValid())
            widget->setFont(QFont());
    }
    for (QWidget *widget : widgets) {
        const QVariant factor = widget->property(FontFactorProperty);
        if (!factor.isValid())
            continue;
        QFont own = widget->font();
        own.setPointSizeF(font.pointSizeF() * factor.toReal());
        widget->setFont(own);
    }
    s.rescaling = false;
}

void applyColours(QApplication &app)
{
    const bool contrast = state().highContrast;
    app.setPalette(palette(contrast));
    // A new style sheet repolishes every widget and puts back the fonts it first saw; the fonts
    // then follow the current scale again.
    state().rescaling = true;
    app.setStyleSheet(styleSheet(contrast));
    state().rescaling = false;
    if (state().percent != 100 || !widgetsFollowScale())
        applyFontScale();
}

double luminance(const QColor &colour)
{
    const auto channel
        = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

// The sizes of title bars and task bars, up to twice enlarged; menus and launchers show the
// installed icons (installer/), which go up to 256. Read as PNG outright: a file name alone makes
// Qt load every image plugin to ask whether it knows the file.
QIcon windowIcon()
{
    QIcon icon;
    for (int size : { 32, 64, 128 }) {
        QImageReader reader(QStringLiteral(":/portiek/icons/portiek-%1.png").arg(size), "png");
        reader.setAutoDetectImageFormat(false);
        if (const QImage image = reader.read(); !image.isNull())
            icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}
} // namespace

void apply(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QFont font = app.font();
    font.setPointSizeF(qMax(font.pointSizeF(), BasePointSize));
    state().baseFont = font;
    font.setPointSizeF(scaledPointSize());
    app.setFont(font);

    static QPointer<FontFollower> follower;
    if (!follower) {
        follower = new FontFollower(&app);
        app.installEventFilter(follower);
        app.installEventFilter(new DialogFit(follower));
    }

    // Once the event loop runs, which is after the first window is painted: the window comes
    // first, its icon a moment later (reading the images was a tenth of the time to the first
    // window).
    QTimer::singleShot(0, &app, [&app] { app.setWindowIcon(windowIcon()); });

    applyColours(app);
}

void makeHeading(QWidget *label, int level)
{
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * (level == 1 ? 1.6 : 1.25));
    label->setFont(font);
    label->setProperty("heading", level);
}

void setTextScale(int percent)
{
    percent = qBound(100, percent, 200);
    if (percent == state().percent)
        return;
    state().percent = percent;
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        applyFontScale();
}

int textScale()
{
    return state().percent;
}

void setHighContrast(bool on)
{
    if (on == state().highContrast)
        return;
    state().highContrast = on;
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        applyColours(*app);
}

bool highContrast()
{
    return state().highContrast;
}

QPalette palette(bool highContrast)
{
    const QHash<QString, QColor> c = colours(highContrast);
    QPalette palette;
    palette.setColor(QPalette::Window, c.value(QStringLiteral("window")));
    palette.setColor(QPalette::WindowText, c.value(QStringLiteral("text")));
    palette.setColor(QPalette::Base, c.value(QStringLiteral("base")));
    palette.setColor(QPalette::AlternateBase, c.value(QStringLiteral("window")));
    palette.setColor(QPalette::Text, c.value(QStringLiteral("text")));
    palette.setColor(QPalette::PlaceholderText, c.value(QStringLiteral("placeholder")));
    palette.setColor(QPalette::Button, c.value(QStringLiteral("button")));
    palette.setColor(QPalette::ButtonText, c.value(QStringLiteral("text")));
    palette.setColor(QPalette::Highlight, c.value(QStringLiteral("accent")));
    palette.setColor(QPalette::HighlightedText, c.value(QStringLiteral("accentText")));
    palette.setColor(QPalette::Link, c.value(QStringLiteral("link")));
    palette.setColor(QPalette::LinkVisited, c.value(QStringLiteral("link")));
    palette.setColor(QPalette::ToolTipBase, c.value(QStringLiteral("base")));
    palette.setColor(QPalette::ToolTipText, c.value(QStringLiteral("text")));
    palette.setColor(QPalette::BrightText, c.value(QStringLiteral("text")));
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, c.value(QStringLiteral("disabledText")));
    return palette;
}

QString styleSheet(bool highContrast)
{
    QFile file(QStringLiteral(":/portiek/style/portiek.qss"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString source = QString::fromUtf8(file.readAll());
    const QHash<QString, QColor> c = colours(highContrast);
    // "@name" in the style sheet stands for a colour of the theme.
    static const QRegularExpression token(QStringLiteral("@([A-Za-z]+)"));
    QString result;
    qsizetype from = 0;
    for (auto it = token.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(source).mid(from, match.capturedStart() - from);
        const auto colour = c.constFind(match.captured(1));
        result += colour != c.constEnd() ? colour->name() : match.captured(0);
        from = match.capturedEnd();
    }
    result += QStringView(source).mid(from);
    return result;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace Theme
