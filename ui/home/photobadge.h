#pragma once

#include <QImage>
#include <QLabel>

// A person's photo as a circle, or a circle with their initials when there is none, with the
// name as its accessible name so a screen reader says whose picture it is.
class PhotoBadge : public QLabel
{
    Q_OBJECT

public:
    explicit PhotoBadge(int side, QWidget *parent = nullptr);

    void setName(const QString &name);
    void setPhoto(const QImage &photo);
    QImage photo() const { return m_photo; }
    bool hasPhoto() const { return !m_photo.isNull(); }

private:
    void render();

    int m_side;
    QString m_name;
    QImage m_photo;
};
