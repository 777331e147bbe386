#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Portiek::Server {

// A small PDF writer for the demo's plan printouts: A4 pages with headings, paragraphs and
// bullets in the standard Helvetica fonts (no embedded fonts, WinAnsi text, uncompressed
// content), each page with a footer "Pagina n van N". Written by hand rather than with
// QPdfWriter because the server runs without a GUI platform and because the same input must
// give the same bytes: the seed is idempotent down to the PDF's ETag.
class DemoPdf
{
public:
    explicit DemoPdf(QString documentTitle);

    void title(const QString &text); // large, bold
    void heading(const QString &text); // a section heading
    void paragraph(const QString &text);
    void bullet(const QString &text);
    void space(double points);
    void newPage();

    // The finished document.
    QByteArray toPdf() const;

private:
    struct Line
    {
        bool bold = false;
        double size = 0;
        double x = 0;
        double y = 0;
        QString text;
    };
    using Page = QList<Line>;

    void text(const QString &text, bool bold, double size, double leading, double indent,
              const QString &marker = {});
    void ensureRoom(double height);

    QString m_documentTitle;
    QList<Page> m_pages;
    double m_y = 0;
};

} // namespace Portiek::Server
