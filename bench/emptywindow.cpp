// An empty Qt Widgets window: what `portiek --quit-after-first-paint` is compared with. With
// --with-text it shows one line of text, so the second baseline includes Qt's own font set-up
// (fontconfig), which an empty window never needs and every real window does.
#include "firstpaint.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("Portiek"));
    window.resize(1024, 720); // the size AppWindow opens with
    if (QApplication::arguments().contains(QStringLiteral("--with-text")))
        (new QVBoxLayout(&window))->addWidget(new QLabel(QStringLiteral("Welkom bij Portiek")));
    new FirstPaintQuit(&app);
    window.show();
    return QApplication::exec();
}
