#pragma once

#include "core/Error.h"

#include <QScrollArea>

class QPrinter;

namespace qdf::gui {

class WorkbookSession;

// The CAREMORE Plan on a Page: the three stages, their milestones, and a status per
// milestone that can be changed (saved at once, undoable).
class PlanPage : public QScrollArea {
    Q_OBJECT
public:
    PlanPage(WorkbookSession &session, QWidget *parent = nullptr);

    // The plan as a one-page document (A4 landscape), user text escaped; an error (also in the
    // window's banner) if the plan cannot be read.
    Result<QString> printHtml() const;
    // Prints to `printer` (a real printer, or PDF); scaled to fit one page. False, and nothing
    // printed, if the plan cannot be read.
    bool printTo(QPrinter &printer) const;

private:
    void rebuild();
    WorkbookSession &m_session;
};

} // namespace qdf::gui
