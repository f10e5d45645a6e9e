#include "gui/app/PaneCycle.h"

#include <QApplication>
#include <QHash>
#include <QPointer>
#include <QShortcut>
#include <QStackedWidget>

namespace qdf::gui {
namespace {

QWidget *firstControl(QWidget *page)
{
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            return w;
    }
    return page;
}

} // namespace

void installPaneCycle(QWidget *window, QWidget *navigation, QStackedWidget *pages)
{
    // The control last focused on each page, to come back to.
    auto *last = new QHash<QWidget *, QPointer<QWidget>>;
    QObject::connect(window, &QObject::destroyed, [last] { delete last; });
    QObject::connect(qApp, &QApplication::focusChanged, window, [pages, last](QWidget *, QWidget *now) {
        QWidget *page = pages->currentWidget();
        if (now && page && page->isAncestorOf(now))
            last->insert(page, now);
    });
    auto cycle = [navigation, pages, last] {
        QWidget *page = pages->currentWidget();
        QWidget *focus = QApplication::focusWidget();
        if (!page || (focus && page->isAncestorOf(focus))) {
            navigation->setFocus(Qt::ShortcutFocusReason);
            return;
        }
        QWidget *back = last->value(page);
        (back && back->isVisible() && back->isEnabled() ? back : firstControl(page))->setFocus(Qt::ShortcutFocusReason);
    };
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_F6), QKeySequence(Qt::SHIFT | Qt::Key_F6)}) {
        auto *shortcut = new QShortcut(keys, window);
        shortcut->setContext(Qt::WindowShortcut);
        QObject::connect(shortcut, &QShortcut::activated, window, cycle);
    }
}

} // namespace qdf::gui
