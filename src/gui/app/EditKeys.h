#pragma once

#include <QKeySequence>
#include <QList>

class QKeyEvent;

namespace qdf::gui::editkeys {

// The keys of Undo and Redo, one set for the window and every editor in it: the desktop's
// standard keys (QKeySequence::Undo, QKeySequence::Redo, as many as it has), with Ctrl+Y and
// Ctrl+Shift+Z for Redo on every desktop, each key once. A key an action lists twice is an
// "Ambiguous shortcut overload" in Qt and does nothing; and converting a standard key to one
// QKeySequence keeps only its first binding, which is how Ctrl+Y went missing on X11.
QList<QKeySequence> undoKeys();
QList<QKeySequence> redoKeys();
// `keys` with repeats and empty sequences left out, in their order.
QList<QKeySequence> once(const QList<QKeySequence> &keys);

bool isUndo(const QKeyEvent *event);
bool isRedo(const QKeyEvent *event);

} // namespace qdf::gui::editkeys
