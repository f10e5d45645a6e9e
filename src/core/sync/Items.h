#pragma once

#include "core/Domain.h"
#include "core/Error.h"
#include "core/sync/ItemState.h"

#include <QMap>

namespace qdf {
class Workbook;
}

namespace qdf::sync {

// Reading and writing a workbook's items as ItemStates: the one place that knows how each
// kind of item is stored. Deleted examples and references appear from their tombstones.
struct ReadOptions {
    bool personalAnswers = true;  // answers to the production documents (the Baseline Questionnaire)
    bool structure = true;        // sections and questions (the production team's; updates carry them)
    QString kind;                 // only items of this kind (all if empty)
};
Result<QMap<QString, ItemState>> readItems(Workbook &workbook, ReadOptions options = {});

// Inside a Workbook::write: brings the item to `state` (inserting it if it is new). Whether an
// arriving answer is written or kept as a contribution is the caller's decision.
Status writeItem(Workbook &workbook, const ItemState &state, const Change &change);
// Inside a Workbook::write: deletes the item (undoing an import that brought it in).
Status removeItem(Workbook &workbook, const QString &itemId, const Change &change);

} // namespace qdf::sync
