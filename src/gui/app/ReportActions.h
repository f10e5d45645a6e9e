#pragma once

#include "core/Error.h"

#include <QString>

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
// the suffix (.pdf, .odt, .html).
Status exportTo(Workbook &workbook, const QString &path, bool framework, bool includeDrafts);

// Shows the Workbook printout in a print preview, from which it can be printed.
Status printPreview(QWidget *parent, Workbook &workbook);

} // namespace qdf::gui::reports
