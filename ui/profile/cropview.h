#pragma once

#include <QImage>
#include <QWidget>

// A photo with a square selection on it, for cutting out a profile photo. The selection moves
// with the mouse (drag inside it) and the arrow keys, and grows or shrinks by dragging a corner or
// with + and -. Selections are in the image's own pixels.
class CropView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MinimumSide = 64; // the portal refuses smaller photos

    explicit CropView(QWidget *parent = nullptr);

    // Shows `image` with the largest square in its middle selected.
    void setImage(const QImage &image);
    QImage image() const { return m_image; }
    QRect selection() const { return m_selection; }
    // Kept square and inside the image.
    void setSelection(const QRect &selection);
    // The selected part of the image.
    QImage selectedImage() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void selectionChanged(const QRect &selection);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    enum class Drag { None, Move, Resize };

    QRectF imageArea() const;
    qreal scale() const;
    QPointF toImage(const QPointF &widgetPoint) const;
    QRectF toWidget(const QRect &imageRect) const;
    int keyStep() const;
    void resizeBy(int delta);
    void describe();

    QImage m_image;
    QRect m_selection;
    Drag m_drag = Drag::None;
    QPointF m_dragStart;
    QRect m_dragSelection;
    QPointF m_anchor; // the corner that stays put while resizing, in image pixels
};
