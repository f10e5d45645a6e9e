#include "gui/app/Presentation.h"

#include <QAction>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

namespace qdf::gui {

Presentation::Presentation(QMainWindow &window, QAction *action) : QObject(&window), m_window(window), m_action(action)
{
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_F5));
    m_action->setStatusTip(tr("Full screen, larger text, and participants shown as Person A, B, … instead of by name"));
    m_indicator = new QLabel(tr("Presenting: F5 or Escape leaves"), &window);
    m_indicator->setObjectName(QStringLiteral("presentationIndicator"));
    m_indicator->setProperty("role", QStringLiteral("status"));
    m_indicator->hide();
    window.statusBar()->addPermanentWidget(m_indicator);
    connect(m_action, &QAction::toggled, this, &Presentation::setOn);
    window.installEventFilter(this);
}

void Presentation::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    {
        const QSignalBlocker block(m_action);
        m_action->setChecked(on);
    }
    // Full screen on the way in; on the way out, the window as it was (maximised stays maximised).
    if (on) {
        m_wasFullScreen = m_window.isFullScreen();
        m_window.setWindowState(m_window.windowState() | Qt::WindowFullScreen);
    } else if (!m_wasFullScreen) {
        m_window.setWindowState(m_window.windowState() & ~Qt::WindowFullScreen);
    }
    m_indicator->setVisible(on);
    Q_EMIT toggled(on);
    // The status bar is a live region: a screen reader hears the change (gui/LiveRegion.h).
    // It goes after a while: the indicator stays.
    m_window.statusBar()->showMessage(on ? tr("Presentation mode: participants shown as Person A, B, …; F5 or Escape leaves")
                                         : tr("Presentation mode ended: names and totals shown again."),
                                      10'000);
}

bool Presentation::eventFilter(QObject *watched, QEvent *event)
{
    if (m_on && watched == &m_window && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        setOn(false);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace qdf::gui
