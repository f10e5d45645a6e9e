#include "gui/RowHeights.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

namespace qdf::gui {
namespace {

// Measures the rows again, once, after the columns moved or the font changed (the zoom,
// presentation mode): a larger font in the same widths needs taller rows, or the text is cut.
class RowFitter : public QTimer {
public:
    explicit RowFitter(QTableView *view) : QTimer(view)
    {
        setSingleShot(true);
        setInterval(0);
        connect(this, &QTimer::timeout, view, &QTableView::resizeRowsToContents);
        // Restarting a running single-shot timer is one pass, however many columns moved.
        connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] { start(); });
        view->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
            start();
        return QTimer::eventFilter(watched, event);
    }
};

} // namespace

void fitRowsToColumns(QTableView *view)
{
    new RowFitter(view);
}

} // namespace qdf::gui
