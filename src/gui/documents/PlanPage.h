#pragma once

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

    // The plan as a one-page document (A4 landscape), user text escaped.
    QString printHtml() const;
    // Prints to `printer` (a real printer, or PDF); scaled to fit one page.
    void printTo(QPrinter &printer) const;

private:
    void rebuild();
    WorkbookSession &m_session;
};

} // namespace qdf::gui
