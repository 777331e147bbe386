#pragma once

#include <QImage>
#include <QWidget>

// One page in the viewer: white paper of the page's size at the current zoom, with its rendered
// image once it has come back from the worker thread ("Page 3 is being prepared…" until then).
// An image made at another zoom is shown stretched until the sharp one arrives.
class PdfPageWidget : public QWidget
{
    Q_OBJECT

public:
    PdfPageWidget(int page, int pageCount, QWidget *parent = nullptr);

    int page() const { return m_page; }
    void setImage(const QImage &image, int zoomGeneration);
    void clearImage();
    bool hasImage() const { return !m_image.isNull(); }
    QImage image() const { return m_image; }
    // The zoom the image was made for; -1 without an image.
    int zoomGeneration() const { return m_zoomGeneration; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_page;
    int m_pageCount;
    QImage m_image;
    int m_zoomGeneration = -1;
};
