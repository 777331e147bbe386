// portiek-userguide: the Dutch user guide, made from the help pages and the tour's screenshots,
// as Markdown (with the screenshots beside it) and as a PDF. scripts/user-guide runs it after the
// demo's tour; tests/tools/check-userguide checks it.
#include "chapters.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>

#include <cstdio>

namespace {

constexpr int ImageWidth = 620; // px on the page, of about 700 between the margins

int fail(const QString &message)
{
    std::fprintf(stderr, "portiek-userguide: %s\n", qPrintable(message));
    return 1;
}

// The <body> of a help page, its links turned into links to the guide's own chapters.
QString chapterHtml(const QString &page)
{
    static const QRegularExpression body(QStringLiteral("<body>(.*)</body>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression link(QStringLiteral("href=\"([a-z]+)\\.html\""));
    QString html = body.match(page).captured(1);
    html.replace(link, QStringLiteral("href=\"#\\1\""));
    return html;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Makes Portiek's Dutch user guide (Markdown and PDF) from the help pages and "
        "the tour's screenshots."));
    parser.addHelpOption();
    const QCommandLineOption list(
        QStringLiteral("list"), QStringLiteral("Print the screenshots the guide uses, and stop."));
    const QCommandLineOption help(QStringLiteral("help-pages"),
                                  QStringLiteral("The Dutch help pages (resources/help/nl)."),
                                  QStringLiteral("folder"));
    const QCommandLineOption shots(QStringLiteral("screenshots"),
                                   QStringLiteral("The tour's screenshots (portiek --tour)."),
                                   QStringLiteral("folder"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Where handleiding.md, handleiding.pdf and the "
                                                "screenshots go."),
                                 QStringLiteral("folder"));
    parser.addOptions({ list, help, shots, out });
    parser.process(app);

    const QList<Chapter> chapters = guideChapters();
    if (parser.isSet(list)) {
        for (const Chapter &chapter : chapters) {
            for (const Screenshot &shot : chapter.screenshots)
                std::printf("%s\n", qPrintable(shot.name));
        }
        return 0;
    }
    if (!parser.isSet(help) || !parser.isSet(shots) || !parser.isSet(out))
        return fail(
            QStringLiteral("--help-pages, --screenshots and --out are needed (see --help)"));
    const QDir helpDir(parser.value(help));
    const QDir shotDir(parser.value(shots));
    const QDir outDir(parser.value(out));
    if (!outDir.mkpath(QStringLiteral("screenshots")))
        return fail(
            QStringLiteral("cannot make %1").arg(outDir.filePath(QStringLiteral("screenshots"))));

    QTextDocument doc;
    doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 11));
    // Every chapter on a new page.
    doc.setDefaultStyleSheet(
        QStringLiteral("h1 { font-size: 22pt; page-break-before: always; } "
                       "h1.title { page-break-before: auto; } h2 { font-size: 15pt; } "
                       "p.caption { font-style: italic; }"));
    QString html
        = QStringLiteral(
              "<h1 class=\"title\">Portiek — handleiding</h1>"
              "<p>Met Portiek volgt u uw zorg op uw computer: rapportages lezen en "
              "schrijven, plannen bekijken en goedkeuren, uw agenda, metingen, berichten en "
              "het prikbord, en wie wat mag zien. Deze handleiding laat elk scherm zien, "
              "zoals het er nu uitziet (gemaakt op %1). In Portiek zelf krijgt u bij elk "
              "scherm uitleg met F1.</p><h2>Inhoud</h2><ol>")
              .arg(QLocale(QLocale::Dutch)
                       .toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy")));
    QString body;
    for (const Chapter &chapter : chapters) {
        QFile page(helpDir.filePath(chapter.topic + QStringLiteral(".html")));
        if (!page.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(page.fileName()));
        const QString text = QString::fromUtf8(page.readAll());
        static const QRegularExpression title(QStringLiteral("<title>(.*)</title>"));
        html += QStringLiteral("<li>%1</li>").arg(title.match(text).captured(1));
        body += QStringLiteral("<a name=\"%1\"></a>").arg(chapter.topic) + chapterHtml(text);
        for (const Screenshot &shot : chapter.screenshots) {
            const QString file = shot.name + QStringLiteral(".png");
            const QImage image(shotDir.filePath(file));
            if (image.isNull())
                return fail(QStringLiteral("no screenshot %1 in %2").arg(file, shotDir.path()));
            if (!image.save(outDir.filePath(QStringLiteral("screenshots/") + file)))
                return fail(QStringLiteral("cannot write screenshot %1").arg(file));
            const QString name = QStringLiteral("screenshots/") + file;
            doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
            const int width = qMin(ImageWidth, image.width());
            body += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></p>"
                                   "<p class=\"caption\">%4</p>")
                        .arg(name)
                        .arg(width)
                        .arg(image.height() * width / image.width())
                        .arg(shot.caption.toHtmlEscaped());
        }
    }
    html += QStringLiteral("</ol>") + body;
    doc.setHtml(html);

    // Qt wraps Markdown at 80 columns, sometimes just before the closing ** of bold text, which
    // then no longer closes: the delimiter goes back to the end of its line.
    static const QRegularExpression strandedClose(
        QStringLiteral("\\n([ \\t]*)(\\*\\*?)(?=[\\s.,:;!?)]|$)"));
    QString text = doc.toMarkdown();
    text.replace(strandedClose, QStringLiteral("\\2\n\\1"));
    QFile markdown(outDir.filePath(QStringLiteral("handleiding.md")));
    if (!markdown.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || markdown.write(text.toUtf8()) < 0)
        return fail(QStringLiteral("cannot write %1").arg(markdown.fileName()));

    QPdfWriter pdf(outDir.filePath(QStringLiteral("handleiding.pdf")));
    pdf.setTitle(QStringLiteral("Portiek — handleiding"));
    pdf.setCreator(QStringLiteral("portiek-userguide"));
    pdf.setResolution(96);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                  QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
    doc.setPageSize(pdf.pageLayout().paintRectPixels(pdf.resolution()).size());
    doc.print(&pdf);
    std::printf("%s\n%s\n", qPrintable(markdown.fileName()),
                qPrintable(outDir.filePath(QStringLiteral("handleiding.pdf"))));
    return 0;
}
