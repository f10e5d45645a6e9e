#pragma once

#include "core/Domain.h"
#include "gui/section/SectionPanel.h"

class QTextBrowser;

namespace qdf::gui {

// A section's Working Examples: add, edit, remove and reorder (each undoable).
class ExamplesPanel : public SectionPanel {
    Q_OBJECT
public:
    ExamplesPanel(WorkbookSession &session, qint64 sectionId, QWidget *parent);
    const QVector<WorkingExample> &examples() const { return m_examples; }

    // The buttons' actions, callable directly (tests, keyboard).
    bool add(const QString &title, const QString &body);
    bool editSelected(const QString &title, const QString &body);
    bool removeSelected();
    bool moveSelected(int delta);

protected:
    void reload() override;

private:
    const WorkingExample *selected() const;
    void openDialog(const WorkingExample *example);

    QVector<WorkingExample> m_examples;
    QTextBrowser *m_preview = nullptr;
};

} // namespace qdf::gui
