#pragma once

#include "core/Error.h"

#include <QStringList>

namespace qdf {

// Builds the demo programme shipped in resources/demo/demo.json into `folder`: a master
// workbook and three participant workbooks with realistic, clearly fictional content, made
// through the same stores every user edit goes through. Returns the paths, master first.
// Existing files are left alone (the demo is rebuilt only where missing).
Result<QStringList> buildDemo(const QString &folder);

} // namespace qdf
