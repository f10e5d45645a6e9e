#pragma once

#include "core/Domain.h"
#include "gui/section/SectionPanel.h"

namespace qdf::gui {

// A section's Draft Schedules: a list with number, title and maturity; New… drafts one,
// Open… (or Enter) opens the Schedule editor.
class SchedulesPanel : public SectionPanel {
    Q_OBJECT
public:
    SchedulesPanel(WorkbookSession &session, qint64 sectionId, QWidget *parent);
    const QVector<Schedule> &schedules() const { return m_schedules; }

Q_SIGNALS:
    void scheduleOpened(const QString &uuid);

protected:
    void reload() override;

private:
    QVector<Schedule> m_schedules;
};

} // namespace qdf::gui
