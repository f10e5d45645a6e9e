#pragma once

#include "core/Domain.h"
#include "core/Error.h"
#include "core/sync/ItemState.h"

#include <QMap>

#include <optional>

namespace qdf {
class Workbook;
}

namespace qdf::sync {

// Reading and writing a workbook's items as ItemStates. How each kind is read, written and
// removed is described once, in ItemKinds.h; writing goes through the stores, so an item that
// arrives is held to the same rules as a person's edit. Deleted examples and references appear
// from their tombstones.
struct ReadOptions {
    bool personalAnswers = true;  // answers to the production documents (the Baseline Questionnaire)
    bool structure = true;        // sections and questions (the production team's; updates carry them)
    QString kind;                 // only items of this kind (all if empty)
    // Only these items (and perhaps a few more of their kind): what an import needs, read by
    // the index, so that taking a bundle in costs what the bundle holds, not what the workbook does.
    std::optional<QStringList> ids;
};
Result<QMap<QString, ItemState>> readItems(Workbook &workbook, ReadOptions options = {});

// Inside a Workbook::write, whose origin and author are the change's: brings the item to `state`
// (inserting it if it is new) through its store. NotAllowed when a rule forbids it, with the
// reason. Whether an arriving answer is written or kept as a contribution is the caller's
// decision.
Status writeItem(Workbook &workbook, const ItemState &state);
// Inside a Workbook::write: deletes the item (a deletion that arrives, undoing an import).
Status removeItem(Workbook &workbook, const QString &itemId);

// Sections and questions: the production team's, which only updates carry.
bool travelsInContributions(const QString &kind);
// The order items are written in: what others refer to comes first.
int writeOrder(const QString &kind);

} // namespace qdf::sync
