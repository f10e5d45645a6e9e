#pragma once

#include "core/Libraries.h"

namespace qdf::report {

// The report renderer's libraries: QuaZip (the word-processor formats' zip) and qpdf (the PDF's
// bookmarks and language).
QVector<Library> reportLibraries();

} // namespace qdf::report
