#pragma once

#include <QScrollArea>

namespace qdf {
class Workbook;
}

namespace qdf::gui {

// The CAREMORE Plan on a Page: the three stages, their milestones, and a status per
// milestone that can be changed (saved at once).
class PlanPage : public QScrollArea {
    Q_OBJECT
public:
    PlanPage(Workbook &workbook, QWidget *parent = nullptr);

Q_SIGNALS:
    void saved();
    void saveFailed(const QString &message);
};

} // namespace qdf::gui
