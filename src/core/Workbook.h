#pragma once

#include "core/Clock.h"
#include "core/Domain.h"
#include "core/Error.h"
#include "core/WorkbookFile.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace qdf {

// One open .qdf file. Reading goes through the stores (SectionStore, AnswerStore, ...);
// every change goes through write(), which makes it one transaction under a new revision, so
// each edit is saved the moment it is made and the file is whole after a crash.
class Workbook {
public:
    struct OpenOptions {
        bool readOnly = false;  // also forced when the file is read-only on disk
    };

    // Checks the file before SQLite touches it (missing, empty, not a workbook, newer schema,
    // truncated, damaged), then upgrades an older schema. A failed open writes nothing.
    static Result<std::unique_ptr<Workbook>> open(const QString &path, OpenOptions options);
    static Result<std::unique_ptr<Workbook>> open(const QString &path) { return open(path, OpenOptions{}); }

    ~Workbook() = default;
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    bool isMaster() const { return m_info.kind == WorkbookKind::Master; }
    const WorkbookInfo &info() const { return m_info; }
    const QSqlDatabase &database() const { return m_connection.database(); }

    const Clock &clock() const { return *m_clock; }
    void setClock(const Clock &clock) { m_clock = &clock; }

    // Runs fn in one write transaction under revision info().revision + 1, handing it the
    // Change (who, when, revision) to stamp on what it writes. Commits if fn succeeds.
    Status write(const std::function<Status(const Change &)> &fn);

private:
    Workbook(QString path, workbookfile::Connection connection, bool readOnly);
    Status loadInfo();

    QString m_path;
    workbookfile::Connection m_connection;
    bool m_readOnly = false;
    WorkbookInfo m_info;
    const Clock *m_clock = &Clock::system();
};

} // namespace qdf
