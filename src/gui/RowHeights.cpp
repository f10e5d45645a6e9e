#include "gui/RowHeights.h"

#include <QHeaderView>
#include <QPointer>
#include <QTableView>
#include <QTimer>

namespace qdf::gui {

void fitRowsToColumns(QTableView *view)
{
    auto *pending = new QTimer(view);
    pending->setSingleShot(true);
    pending->setInterval(0);
    QObject::connect(pending, &QTimer::timeout, view, &QTableView::resizeRowsToContents);
    // Restarting a running single-shot timer is one pass, however many columns moved.
    QObject::connect(view->horizontalHeader(), &QHeaderView::sectionResized, pending, [pending] { pending->start(); });
}

} // namespace qdf::gui
