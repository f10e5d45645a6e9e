#pragma once

#include "core/sync/ItemState.h"

#include <QStringList>

#include <optional>

namespace qdf::sync {

// The three-way merge of one item, field by field, against the base both sides started from:
// a change on one side only is taken; the same change on both sides is taken once; different
// changes to a text field are merged word by word (dtl's Diff3); anything else that differs on
// both sides, and any deletion, waits for a person.
enum class Outcome {
    New,          // only they have it
    FastForward,  // only they changed it
    AlreadyHad,   // the same on both sides, or only we changed it
    Merged,       // both changed it, and the changes merged cleanly
    Conflict,     // a person decides
    Held,         // a rule forbids it here (core/Rules.h): it waits for a person as a proposal
};

struct MergeResult {
    Outcome outcome = Outcome::AlreadyHad;
    ItemState result;               // to apply (New, FastForward, Merged); a Conflict's suggestion
    QString reason;                 // a Conflict's: overlap, different-values, delete-edit
    QStringList conflictingFields;
};

MergeResult mergeItem(const std::optional<ItemState> &base, const std::optional<ItemState> &ours, const ItemState &theirs);

QString outcomeSlug(Outcome outcome);  // new, fast-forward, already-had, merged, conflict, held

} // namespace qdf::sync
