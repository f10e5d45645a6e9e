#pragma once

// Every key a window answers to at one moment, gathered as Qt's shortcut map would see them:
// the shortcuts of its actions and QShortcuts, and the mnemonics (Alt+letter) of the menu bar,
// the visible tab bars, buttons, group boxes and labels with a buddy. Two claims on one key are
// an ambiguous shortcut: Qt then either warns "Ambiguous shortcut overload" and does nothing, or
// does the wrong one (a menu opening instead of a tab).

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QWidget>

#include <functional>

namespace qdf::test {

// key -> who claims it ("action actionRedo", "tab “Final scores”", ...)
using KeyClaims = QMap<QString, QStringList>;

inline QString mnemonicOf(const QString &text)
{
    return QKeySequence::mnemonic(text).toString(QKeySequence::PortableText);
}

// Whether the action's shortcut is live in `window`: an associated widget is shown there, or it
// is in a menu reachable from the window's menu bar, or it was added to the window itself.
inline bool actionIsLive(QAction *action, QWidget *window, const std::function<bool(QMenu *)> &menuIsLive)
{
    for (QObject *object : action->associatedObjects()) {
        auto *widget = qobject_cast<QWidget *>(object);
        if (!widget || widget->window() != window)
            continue;
        if (auto *menu = qobject_cast<QMenu *>(widget)) {
            if (menuIsLive(menu))
                return true;
        } else if (widget->isVisible()) {
            return true;
        }
    }
    return false;
}

inline KeyClaims keyClaims(QWidget *window)
{
    KeyClaims claims;
    const auto claim = [&claims](const QString &key, const QString &who) {
        if (!key.isEmpty())
            claims[key] << who;
    };
    QMenuBar *bar = window->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly);
    std::function<bool(QMenu *)> menuIsLive = [&](QMenu *menu) {
        const QAction *own = menu->menuAction();
        for (QObject *object : own->associatedObjects()) {
            if (object == bar)
                return true;
            if (auto *parent = qobject_cast<QMenu *>(object); parent && parent != menu && menuIsLive(parent))
                return true;
        }
        return false;
    };
    if (bar && bar->isVisible()) {
        for (QAction *top : bar->actions()) {
            if (top->isVisible() && !top->isSeparator())
                claim(mnemonicOf(top->text()), QStringLiteral("menu “%1”").arg(top->text()));
        }
    }
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->shortcutContext() == Qt::WidgetShortcut)
            continue;
        if (!actionIsLive(action, window, menuIsLive))
            continue;
        const QString who = QStringLiteral("action %1 “%2”").arg(action->objectName(), action->text());
        // Each key the action holds, once per time it holds it: an action that lists a key
        // twice (a standard key plus the same key by hand) is ambiguous on its own.
        for (const QKeySequence &key : action->shortcuts())
            claim(key.toString(QKeySequence::PortableText), who);
    }
    for (QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        auto *parent = qobject_cast<QWidget *>(shortcut->parent());
        if (!shortcut->isEnabled() || !parent || !parent->isVisible() || parent->window() != window || shortcut->context() == Qt::WidgetShortcut)
            continue;
        for (const QKeySequence &key : shortcut->keys())
            claim(key.toString(QKeySequence::PortableText), QStringLiteral("shortcut on %1").arg(parent->objectName()));
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        auto *tool = qobject_cast<QToolButton *>(button);
        if (!button->isVisible() || button->window() != window || (tool && tool->defaultAction()))
            continue;  // a tool button showing an action: the action's claim is counted
        const QString who = QStringLiteral("button “%1”").arg(button->text());
        claim(mnemonicOf(button->text()), who);
        // A button's own shortcut (setShortcut) is a claim too, unless it is its mnemonic.
        if (!button->shortcut().isEmpty() && button->shortcut() != QKeySequence::mnemonic(button->text()))
            claim(button->shortcut().toString(QKeySequence::PortableText), who);
    }
    for (QTabBar *tabs : window->findChildren<QTabBar *>()) {
        if (!tabs->isVisible() || tabs->window() != window)
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->isTabEnabled(i))
                claim(mnemonicOf(tabs->tabText(i)), QStringLiteral("tab “%1”").arg(tabs->tabText(i)));
        }
    }
    for (QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (box->isVisible() && box->window() == window)
            claim(mnemonicOf(box->title()), QStringLiteral("group “%1”").arg(box->title()));
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisible() && label->window() == window && label->buddy() && label->textFormat() != Qt::RichText)
            claim(mnemonicOf(label->text()), QStringLiteral("label “%1”").arg(label->text()));
    }
    return claims;
}

// The keys claimed more than once, described for a failure message.
inline QStringList ambiguous(const KeyClaims &claims)
{
    QStringList found;
    for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
        if (it.value().size() > 1)
            found << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    }
    return found;
}

// Mnemonics repeated inside one menu (each menu is its own scope while it is open).
inline QStringList ambiguousInMenus(QWidget *window)
{
    QStringList found;
    for (QMenu *menu : window->findChildren<QMenu *>()) {
        if (menu->parentWidget() && menu->parentWidget()->window() != window)
            continue;
        KeyClaims inMenu;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator() && action->isVisible() && !mnemonicOf(action->text()).isEmpty())
                inMenu[mnemonicOf(action->text())] << action->text();
        }
        for (const QString &clash : ambiguous(inMenu))
            found << QStringLiteral("%1 — %2").arg(menu->title(), clash);
    }
    return found;
}

} // namespace qdf::test
