#include "gui/app/EditKeys.h"

#include <QKeyEvent>

namespace qdf::gui::editkeys {

QList<QKeySequence> once(const QList<QKeySequence> &keys)
{
    QList<QKeySequence> result;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty() && !result.contains(key))
            result << key;
    }
    return result;
}

QList<QKeySequence> undoKeys()
{
    return once(QKeySequence::keyBindings(QKeySequence::Undo));
}

QList<QKeySequence> redoKeys()
{
    return once(QKeySequence::keyBindings(QKeySequence::Redo)
                + QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
}

namespace {
bool isOneOf(const QKeyEvent *event, const QList<QKeySequence> &keys)
{
    const QKeySequence pressed(QKeyCombination(event->modifiers() & ~Qt::KeypadModifier, Qt::Key(event->key())));
    return keys.contains(pressed);
}
} // namespace

bool isUndo(const QKeyEvent *event)
{
    return isOneOf(event, undoKeys());
}

bool isRedo(const QKeyEvent *event)
{
    return isOneOf(event, redoKeys());
}

} // namespace qdf::gui::editkeys
