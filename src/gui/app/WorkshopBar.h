#pragma once

#include <QToolBar>

namespace qdf::gui {

class WorkshopClock;
class WorkshopTimer;

// The window's workshop timer: a tool bar over the window's WorkshopClock. It is the window's,
// not the Catalyst page's, because the window rebuilds its pages after an import or an update
// (MainWindow::reloadWorkbook) — a timer on the page was reset to five minutes by each import —
// and a facilitator who moves to another page mid-driver still needs to see the time.
// Shown on the Catalyst page, and on every page while the workshop is under way (started and
// not reset).
class WorkshopBar : public QToolBar {
    Q_OBJECT
public:
    explicit WorkshopBar(QWidget *parent = nullptr);

    WorkshopClock *clock() const { return m_clock; }
    WorkshopTimer *timer() const { return m_timer; }
    // The window moved to a page; `catalyst`: the Catalyst page.
    void pageShown(bool catalyst);
    void setPresenting(bool on);

private:
    void follow();

    WorkshopClock *m_clock = nullptr;
    WorkshopTimer *m_timer = nullptr;
    bool m_onCatalyst = false;
};

} // namespace qdf::gui
