#pragma once

// Sections and questions as sync items (part of Items; not part of its interface). They are the
// production team's: they travel in updates only, so a workbook joined from an update has the
// same questions, under the same ids, as the master.
//   section:<uuid>    key, kind, position, title, purpose, explanation
//   question:<uuid>   section, key, position, text, guidance, aboutSection

#include "core/Domain.h"
#include "core/Error.h"
#include "core/sync/ItemState.h"

#include <QMap>

namespace qdf {
class Workbook;
}

namespace qdf::sync::detail {

// Reads rows of `sql` into items (defined in Items.cpp): column 0 is the key, then the named
// fields, then changed_by and changed_at.
Status readKind(Workbook &workbook, QMap<QString, ItemState> &items, const QString &kind, const QString &sql,
                const QStringList &fields, const QVariantList &values = {});

bool isStructureKind(const QString &kind);
Status readStructure(Workbook &workbook, QMap<QString, ItemState> &items);
Status writeStructure(Workbook &workbook, const ItemState &state, const Change &change);
// Removes a section or question an undone update brought in, unless work hangs on it (an answer,
// an example, a reference, a Schedule): then it stays, and nothing is lost.
Status removeStructure(Workbook &workbook, const QString &itemId);

} // namespace qdf::sync::detail
