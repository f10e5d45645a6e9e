#pragma once

#include <QScrollArea>

namespace qdf::gui {

class WorkbookSession;

// The CAREMORE Plan on a Page: the three stages, their milestones, and a status per
// milestone that can be changed (saved at once, undoable).
class PlanPage : public QScrollArea {
    Q_OBJECT
public:
    PlanPage(WorkbookSession &session, QWidget *parent = nullptr);

private:
    void rebuild();
    WorkbookSession &m_session;
};

} // namespace qdf::gui
