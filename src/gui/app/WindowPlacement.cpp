#include "gui/app/WindowPlacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace qdf::gui {
namespace {
// Before the window is shown its frame is unknown: room for a title bar and the borders.
constexpr int kTitleBar = 40;
constexpr int kBorder = 8;
} // namespace

void fitToScreen(QWidget &window)
{
    QScreen *screen = QGuiApplication::screenAt(window.geometry().center());
    if (!screen)
        screen = window.screen();
    if (!screen)
        return;
    const QRect free = screen->availableGeometry();
    const QSize room(free.width() - 2 * kBorder, free.height() - kTitleBar - kBorder);
    const QSize size = window.size().boundedTo(room).expandedTo(window.minimumSize());
    if (size != window.size())
        window.resize(size);
    QRect placed(window.pos(), QSize(size.width() + 2 * kBorder, size.height() + kTitleBar + kBorder));
    if (!free.contains(placed)) {
        placed.moveCenter(free.center());
        placed.moveTopLeft(QPoint(qMax(free.left(), placed.left()), qMax(free.top(), placed.top())));
        window.move(placed.topLeft());
    }
}

} // namespace qdf::gui
