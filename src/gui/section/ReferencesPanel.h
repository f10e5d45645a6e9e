#pragma once

#include "core/Domain.h"
#include "gui/section/SectionPanel.h"

namespace qdf::gui {

// A section's Reference Materials: files kept inside the workbook. Attach by dialog or by
// dropping files on the panel; open, export, annotate and remove (attach, note and remove
// are undoable).
class ReferencesPanel : public SectionPanel {
    Q_OBJECT
public:
    ReferencesPanel(WorkbookSession &session, qint64 sectionId, QWidget *parent);
    const QVector<ReferenceMaterial> &references() const { return m_references; }

    // Attaches local files; returns how many were attached. Problems are reported by the session.
    int attachFiles(const QStringList &paths);
    bool setSelectedNote(const QString &note);
    bool removeSelected();
    // Writes the selected file to `path` (replaced whole, never half-written, never executable).
    bool exportSelected(const QString &path);
    // Opens the selected file as its kind allows (gui/OpenCopy.h): what Open and a double-click do.
    void openSelected();

protected:
    void reload() override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    const ReferenceMaterial *selected() const;

    QVector<ReferenceMaterial> m_references;
};

} // namespace qdf::gui
