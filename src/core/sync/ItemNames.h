#pragma once

#include "core/sync/ItemState.h"

namespace qdf {
class Workbook;
}

namespace qdf::sync {

// What a person calls an item: "Schedule 2.1: Visits", "Working example: Evening round", the
// question an answer answers, "Catalyst rating: Team · Shared vision"... from whichever state of
// it is at hand.
QString itemName(Workbook &workbook, const QString &itemId, const std::optional<ItemState> &state);

// The field a person reads and edits: an answer's text, a Schedule's or an example's body, a
// rating's note (level and rating are values, shown with describeState).
QString mainTextField(const QString &kind);

// A state for reading: its main text, then the named other fields as "field: value" lines.
QString describeState(const std::optional<ItemState> &state, const QStringList &otherFields);

// The fields other than the main text whose values differ between any of the states.
QStringList differingFields(const QVector<std::optional<ItemState>> &states);

} // namespace qdf::sync
