#include "ui/widgets/textlines.h"

#include <QFontMetrics>
#include <QTextLayout>
#include <QTextOption>

QStringList wrappedLines(const QString &text, const QFont &font, int width, int maxLines)
{
    QString flat = text;
    flat.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QString joined
        = flat.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QChar::LineSeparator);
    if (joined.isEmpty())
        return {};
    QTextLayout layout(joined, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QStringList lines;
    int consumed = 0;
    while (maxLines <= 0 || lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(qMax(1, width));
        consumed = line.textStart() + line.textLength();
        lines.append(joined.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    if (!lines.isEmpty() && consumed < joined.size()) {
        const QFontMetrics metrics(font);
        lines.last()
            = metrics.elidedText(lines.last() + QStringLiteral(" …"), Qt::ElideRight, width);
    }
    for (QString &line : lines)
        line.remove(QChar::LineSeparator);
    return lines;
}
