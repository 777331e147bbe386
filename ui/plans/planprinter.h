#pragma once

#include <QByteArray>
#include <QFutureWatcher>
#include <QImage>
#include <QList>
#include <QObject>

#include <memory>

class QPainter;
class QPrinter;

// Prints a PDF the way Okular's Poppler generator does without a PostScript path: each page is
// rasterised at the printer's resolution (at most MaxDpi) and drawn into the printable area,
// keeping its proportions. Pages render one by one on a worker thread, so the window stays
// responsive and the person sees how far it is.
class PlanPrinter : public QObject
{
    Q_OBJECT

public:
    // Sharp text on paper without images of hundreds of megabytes per page.
    static constexpr int MaxDpi = 300;

    explicit PlanPrinter(QObject *parent = nullptr);
    ~PlanPrinter() override;

    // Prints the pages the printer's range asks (all when none is set); false when printing
    // cannot begin (the printer refuses, or there are no pages). The printer must outlive the job.
    bool start(const QByteArray &pdf, int pageCount, QPrinter *printer);
    void cancel();
    bool isRunning() const { return m_painter != nullptr; }

signals:
    void progress(int printed, int total);
    // `completed` is false after cancel() or when a page could not be rendered.
    void finished(bool completed);

private:
    void renderNext();
    void onPageRendered();
    void finish(bool completed);

    QByteArray m_pdf;
    QPrinter *m_printer = nullptr;
    std::unique_ptr<QPainter> m_painter;
    QList<int> m_pages; // 0-based, in printing order
    int m_next = 0;
    qreal m_dpi = MaxDpi;
    bool m_cancelled = false;
    QFutureWatcher<QImage> m_watcher;
};
