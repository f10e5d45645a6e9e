#pragma once

#include <QStringList>

namespace qdf::catalyst {

// The people of a round in the order they are shown when the room is anonymised (the
// projector, an anonymised report or table): the first is Person A, the next Person B, ...
//
// Not their names' order, which would make Person A whoever comes first in the alphabet: each
// name is ranked by the SHA-256 of the round's id and the name. So the order is the same each
// time the round is shown — in the window, in the report and in the CSV, so Person C on the
// projector is Person C in print — and each round shuffles afresh. Someone joining moves the
// letters after them along, as a new name would in name order.
// It keeps who is who from the room, not from someone with the workbook and the list of names,
// who can work the order out: it is for a projector, not a secret.
QStringList anonymousOrder(const QString &roundUuid, QStringList names);

} // namespace qdf::catalyst
