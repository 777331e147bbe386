#include "server/demo/demopdf.h"

#include <QStringList>

namespace Portiek::Server {

namespace {

constexpr double PageWidth = 595; // A4 in points
constexpr double PageHeight = 842;
constexpr double Margin = 64;
constexpr double Top = PageHeight - 72;
constexpr double Bottom = 72;
constexpr double BodySize = 11;
constexpr double BodyLeading = 15.5;

// Helvetica's advance widths (per 1000 em) for ASCII 32–126, from its AFM file.
constexpr int HelveticaWidths[95] = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333,  278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,  611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278,  556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500,  500, 334, 260, 334, 584,
};

// Width of `text` in points. Letters outside ASCII (ë, é) count as wide as an 'o'; bold
// is about 6 % wider than regular, which is close enough to break lines safely.
double textWidth(const QString &text, bool bold, double size)
{
    double units = 0;
    for (const QChar c : text) {
        const ushort code = c.unicode();
        units += code >= 32 && code <= 126 ? HelveticaWidths[code - 32] : 556;
    }
    return units * size / 1000.0 * (bold ? 1.06 : 1.0);
}

// WinAnsiEncoding: Latin-1 for most, a few typographic signs where Windows-1252 has them.
QByteArray winAnsi(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const ushort code = c.unicode();
        if (code == 0x2013)
            bytes.append('\x96'); // en dash
        else if (code == 0x2014)
            bytes.append('\x97');
        else if (code == 0x2019)
            bytes.append('\x92');
        else if (code == 0x2022)
            bytes.append('\x95'); // bullet
        else if (code == 0x20ac)
            bytes.append('\x80');
        else if ((code >= 32 && code <= 126) || (code >= 0xa0 && code <= 0xff))
            bytes.append(char(code));
        else
            bytes.append('?');
    }
    return bytes;
}

QByteArray pdfString(const QString &text)
{
    QByteArray escaped;
    for (const char c : winAnsi(text)) {
        if (c == '(' || c == ')' || c == '\\')
            escaped.append('\\');
        escaped.append(c);
    }
    return '(' + escaped + ')';
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 2);
}

} // namespace

DemoPdf::DemoPdf(QString documentTitle)
    : m_documentTitle(std::move(documentTitle))
{
    newPage();
}

void DemoPdf::newPage()
{
    m_pages.append(Page());
    m_y = Top;
}

void DemoPdf::ensureRoom(double height)
{
    if (m_y - height < Bottom)
        newPage();
}

void DemoPdf::space(double points)
{
    m_y -= points;
}

void DemoPdf::title(const QString &text)
{
    this->text(text, true, 20, 26, 0);
    space(8);
}

void DemoPdf::heading(const QString &text)
{
    // A heading never ends a page: keep room for it and two lines of what follows.
    ensureRoom(18 + 2 * BodyLeading + 10);
    space(10);
    this->text(text, true, 14, 18, 0);
    space(2);
}

void DemoPdf::paragraph(const QString &text)
{
    this->text(text, false, BodySize, BodyLeading, 0);
    space(6);
}

void DemoPdf::bullet(const QString &text)
{
    this->text(text, false, BodySize, BodyLeading, 16, QString(QChar(0x2022)));
    space(2);
}

void DemoPdf::text(const QString &text, bool bold, double size, double leading, double indent,
                   const QString &marker)
{
    const double width = PageWidth - 2 * Margin - indent;
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString line;
    bool first = true;
    const auto flush = [&] {
        ensureRoom(leading);
        m_y -= leading;
        if (first && !marker.isEmpty())
            m_pages.last().append({ bold, size, Margin + indent - 11, m_y, marker });
        m_pages.last().append({ bold, size, Margin + indent, m_y, line });
        first = false;
        line.clear();
    };
    for (const QString &word : words) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && textWidth(candidate, bold, size) > width)
            flush();
        line = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
    }
    if (!line.isEmpty())
        flush();
}

QByteArray DemoPdf::toPdf() const
{
    // Objects: 1 catalog, 2 page tree, 3 and 4 the fonts, 5 the document information, then a
    // page and its content stream for each page.
    QList<QByteArray> objects;
    const int pageCount = int(m_pages.size());
    QByteArray kids;
    for (int i = 0; i < pageCount; ++i)
        kids += QByteArray::number(6 + 2 * i) + " 0 R ";
    objects.append("<< /Type /Catalog /Pages 2 0 R >>");
    objects.append("<< /Type /Pages /Kids [ " + kids + "] /Count " + QByteArray::number(pageCount)
                   + " >>");
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                   "/Encoding /WinAnsiEncoding >>");
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
                   "/Encoding /WinAnsiEncoding >>");
    objects.append("<< /Title " + pdfString(m_documentTitle)
                   + " /Producer (Portiek demo) /Creator (portiek-server seed) >>");

    for (int i = 0; i < pageCount; ++i) {
        QByteArray content = "0.12 0.23 0.40 rg\n";
        for (const Line &line : m_pages.at(i)) {
            content += "BT /" + QByteArray(line.bold ? "F2 " : "F1 ") + number(line.size) + " Tf "
                + number(line.x) + ' ' + number(line.y) + " Td " + pdfString(line.text)
                + " Tj ET\n";
        }
        // The footer: a rule, the document's title and the page number.
        content += "0.6 G 0.5 w " + number(Margin) + ' ' + number(Bottom - 20) + " m "
            + number(PageWidth - Margin) + ' ' + number(Bottom - 20) + " l S\n";
        content += "BT /F1 9.00 Tf " + number(Margin) + ' ' + number(Bottom - 36) + " Td "
            + pdfString(m_documentTitle) + " Tj ET\n";
        const QString pageText = QStringLiteral("Pagina %1 van %2").arg(i + 1).arg(pageCount);
        content += "BT /F1 9.00 Tf " + number(PageWidth - Margin - textWidth(pageText, false, 9))
            + ' ' + number(Bottom - 36) + " Td " + pdfString(pageText) + " Tj ET\n";

        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents "
                       + QByteArray::number(7 + 2 * i) + " 0 R >>");
        objects.append("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n"
                       + content + "endstream");
    }

    // A binary comment on the second line tells transfer programs that this is no text file.
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
        + " /Root 1 0 R /Info 5 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace Portiek::Server
