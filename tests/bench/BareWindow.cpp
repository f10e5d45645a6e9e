// The start-up peer of qdf-bench: a bare Qt Widgets window that opens, paints once, saves the
// picture and exits, as `qdf-workbench --screenshot FILE` does (same size, same steps).
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QPixmap>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1280, 800);
    window.show();
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    return argc > 1 && window.grab().save(QString::fromLocal8Bit(argv[1]), "PNG") ? 0 : 2;
}
