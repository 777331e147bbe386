#pragma once

#include <QFrame>

class QLabel;

// A message box inside a page: an icon and a sentence, shown for errors and notices. The icon and
// the wording carry the meaning, the colour only supports it.
class StatusMessage : public QFrame
{
    Q_OBJECT

public:
    enum class Tone { Error, Info };

    explicit StatusMessage(QWidget *parent = nullptr);

    void showMessage(const QString &text, Tone tone = Tone::Error);
    void clear();
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
};
