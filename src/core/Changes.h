#pragma once

#include "core/Error.h"

#include <QSet>
#include <QString>

namespace qdf {

class Workbook;

// What changed in a workbook between two revisions, as its change log (schema 8, written by
// triggers on every table, whoever writes) records it: the items (sync ids such as
// "answer:<question uuid>", "schedule:<uuid>") and the scopes the views follow ("question:<id>",
// "section:<id>", "structure", "plan", "catalyst", "review", "actions", "sync", "workbook").
struct ChangeSet {
    qint64 from = 0;  // after this revision...
    qint64 to = 0;    // ...up to and including this one
    QSet<QString> items;
    QSet<QString> scopes;
    QStringList otherWriters;  // who else wrote in between ("qdf merge (Rhian Morgan)"), if anyone did
    bool isEmpty() const { return from == to; }
};

// The revision the file is at now (another process may have written since this one last did).
Result<qint64> revisionOnDisk(const Workbook &workbook);

// What changed after revision `from`, up to what is on disk.
Result<ChangeSet> changesSince(const Workbook &workbook, qint64 from);

// The items revision `revision` changed (what one undo step touched).
Result<QSet<QString>> itemsOf(const Workbook &workbook, qint64 revision);

// Who, other than this open workbook, changed any of `items` after revision `after` ("qdf merge
// (Rhian Morgan)"); empty if nobody did.
Result<QStringList> changedElsewhere(const Workbook &workbook, const QSet<QString> &items, qint64 after);

} // namespace qdf
