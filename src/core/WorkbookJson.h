#pragma once

#include "core/Error.h"

#include <QByteArray>

namespace qdf {

class Workbook;

// The JSON documents other tools script against (see docs/file-format.md). Field names are
// a contract: add freely, never rename.

// `qdf info --json`: schema, kind, programme, owner, revisions, and per section its counts.
Result<QByteArray> infoJson(Workbook &workbook);

// `qdf export --json`: the whole workbook, every item with its UUID, change record and
// history; reference files inline as base64.
Result<QByteArray> exportJson(Workbook &workbook);

} // namespace qdf
