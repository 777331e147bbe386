// An empty Qt Widgets window: what `portiek --quit-after-first-paint` is compared with.
#include "firstpaint.h"

#include <QApplication>
#include <QWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("Portiek"));
    window.resize(1024, 720); // the size AppWindow opens with
    new FirstPaintQuit(&app);
    window.show();
    return QApplication::exec();
}
