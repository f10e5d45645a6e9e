#pragma once

#include "core/Error.h"
#include "core/report/Report.h"

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace qdf {
class Workbook;
}

namespace qdf::gui::reports {

// What File › Export and File › Publish ask for.
struct ExportChoice {
    QString path;
    bool includeDrafts = false;
};

// Asks where to write (and, for the Framework, whether to include drafts); nothing if cancelled.
std::optional<ExportChoice> askExport(QWidget *parent, bool framework);

// Writes the Workbook printout, or the Framework (master only), to `path`; the format follows
// the suffix (.pdf, .docx, .odt, .html).
Status exportTo(Workbook &workbook, const QString &path, bool framework, bool includeDrafts);

// The save dialog's filters for a report (PDF first) and for a table (XLSX first), and
// writing either to the path chosen, in the format its suffix names. Every page that exports
// a report or a table goes through these, so each offers the same formats.
QString reportFilters();
// `build` runs once the path's suffix is known to name a format.
Status writeReportFile(const std::function<Result<report::Report>()> &build, const QString &path);
QString tableFilters();
Status writeTableFile(const Result<report::Table> &table, const QString &path, const QString &title);

// Shows the Workbook printout in a print preview, from which it can be printed.
Status printPreview(QWidget *parent, Workbook &workbook);

} // namespace qdf::gui::reports
