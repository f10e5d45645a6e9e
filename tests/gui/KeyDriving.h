#pragma once

// Driving the window by keys alone, as the keyboard-only tests do: every key goes to whatever
// has the focus (or the open list of a combo box), so a control Tab cannot reach or a key that
// does nothing fails the test that needs it.

#include <QApplication>
#include <QKeySequence>
#include <QStringList>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <catch2/catch.hpp>

namespace qdf::test::keys {

inline QWidget *focus()
{
    return QApplication::focusWidget();
}

inline bool within(QWidget *target)
{
    return focus() && (focus() == target || target->isAncestorOf(focus()));
}

// Where the keyboard's next key goes: an open list (a combo box's popup) takes it first.
inline QWidget *keyTarget()
{
    return QApplication::activePopupWidget() ? QApplication::activePopupWidget() : focus();
}

inline void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    REQUIRE(keyTarget());
    QTest::keyClick(keyTarget(), Qt::Key(key), modifiers);
}

// Key by key, each to whatever has the focus then (the first may open a cell's editor).
inline void type(const QString &text)
{
    for (const QChar c : text) {
        REQUIRE(keyTarget());
        QTest::keyClick(keyTarget(), c.toLatin1());
    }
}

// Tab (or Shift+Tab) until the focus is on `target` or inside it: what a keyboard user does.
inline void tabTo(QWidget *target, bool back = false)
{
    for (int i = 0; i < 60 && !within(target); ++i)
        press(Qt::Key_Tab, back ? Qt::ShiftModifier : Qt::NoModifier);
    INFO("the focus is on " << (focus() ? focus()->metaObject()->className() : "nothing"));
    REQUIRE(within(target));
}

// From inside a tab widget's page: back to its tabs, along to `index`, and Tab into the page.
inline void switchTab(QTabWidget *tabs, int index)
{
    tabTo(tabs->tabBar(), true);
    while (tabs->currentIndex() != index)
        press(tabs->currentIndex() < index ? Qt::Key_Right : Qt::Key_Left);
    tabTo(tabs->currentWidget());
}

// The same steps for inside a modal dialog's event loop, where Catch's exceptions must not
// cross Qt's event handlers: each says what went wrong in `problems` and returns false.
class Quiet {
public:
    bool expect(bool ok, const QString &what)
    {
        if (!ok)
            m_problems << what;
        return ok;
    }
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        if (expect(keyTarget() != nullptr, QStringLiteral("nothing has the focus for key %1").arg(key)))
            QTest::keyClick(keyTarget(), Qt::Key(key), modifiers);
    }
    // A button's mnemonic or shortcut clicks it the way a mouse would, a moment later
    // (animateClick): this waits until `done` says it happened.
    template <typename Done>
    bool pressUntil(const QKeySequence &keys, Done done, const QString &what)
    {
        press(keys[0].key(), keys[0].keyboardModifiers());
        return expect(QTest::qWaitFor(done), QStringLiteral("%1 does not %2").arg(keys.toString(), what));
    }
    void type(const QString &text)
    {
        for (const QChar c : text) {
            if (!expect(keyTarget() != nullptr, QStringLiteral("nothing has the focus for typing")))
                return;
            QTest::keyClick(keyTarget(), c.toLatin1());
        }
    }
    bool tabTo(QWidget *target, const QString &what, bool back = false)
    {
        for (int i = 0; i < 60 && !within(target) && focus(); ++i)
            QTest::keyClick(focus(), Qt::Key_Tab, back ? Qt::ShiftModifier : Qt::NoModifier);
        return expect(within(target), QStringLiteral("Tab does not reach %1 (the focus is on %2)")
                                          .arg(what, focus() ? QString::fromLatin1(focus()->metaObject()->className())
                                                             : QStringLiteral("nothing")));
    }
    QStringList problems() const { return m_problems; }

private:
    QStringList m_problems;
};

// Runs `step` once a modal window of type T is active (it polls, so it can be set up before
// the key that opens the window, whose handler does not return until the window closes). If
// none comes, the modal window there is closed, so the test fails rather than waits for ever.
template <typename T, typename Step>
void whenModal(Quiet &quiet, const QString &what, Step step, int tries = 250)
{
    QTimer::singleShot(20, [&quiet, what, step, tries]() mutable {
        auto *modal = qobject_cast<T *>(QApplication::activeModalWidget());
        if (modal && modal->isActiveWindow()) {
            step(modal);
            return;
        }
        if (tries > 0) {
            whenModal<T>(quiet, what, step, tries - 1);
            return;
        }
        quiet.expect(false, QStringLiteral("%1 did not open").arg(what));
        if (QWidget *other = QApplication::activeModalWidget())
            other->close();
    });
}

} // namespace qdf::test::keys
