#pragma once

#include <QStringList>

namespace qdf {

class Workbook;

// `qdf check`: SQLite's integrity and foreign-key checks, then the workbook's own invariants
// (one workbook record, every CAREMORE section present, current answers and Schedules equal
// to their newest saved version, every signed-off or adopted Schedule signed at its current version,
// the search index whole). Returns the problems; empty is good.
QStringList checkIntegrity(Workbook &workbook);

} // namespace qdf
