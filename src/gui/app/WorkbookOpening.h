#pragma once

#include "core/Error.h"
#include "core/sync/SharedMaster.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QWidget;

namespace qdf {
class Workbook;
}

namespace qdf::gui {

class WorkbookSession;

// A master on a network folder, worked on through a local copy (sync::SharedMaster): the shared
// master's lock is held while the window has it open, and the copy goes back a few seconds after
// each change and when the window closes it.
class SharedWriteBack : public QObject {
    Q_OBJECT
public:
    SharedWriteBack(sync::SharedMaster shared, QObject *parent = nullptr);
    ~SharedWriteBack() override;
    const sync::SharedMaster &shared() const { return m_shared; }
    void follow(WorkbookSession &session);
    // Writes the working copy back now; false (and failed) if it could not.
    bool writeBack();
    // Writes back whatever is left and lets the shared master go (the session closed first).
    Status finish();

Q_SIGNALS:
    void wroteBack(const QString &sharedPath);
    void failed(const QString &message);

private:
    sync::SharedMaster m_shared;
    QTimer m_pause;
    bool m_dirty = false;
};

// How the window opens a workbook file: for writing, holding its lock for as long as it is open
// (WorkbookLock); when someone else holds it, read-only if the person agrees; a master on a
// network folder through a SharedWriteBack.
struct OpenedWorkbook {
    std::unique_ptr<Workbook> workbook;
    std::unique_ptr<SharedWriteBack> shared;
};
Result<OpenedWorkbook> openForWindow(QWidget *parent, const QString &path);

} // namespace qdf::gui
