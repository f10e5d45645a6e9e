#pragma once

#include "core/Error.h"
#include "core/sync/Bundle.h"

namespace qdf::sync {

// Every bundle and update is checked here, whichever way it arrives (read from a file, joined
// from, previewed or built in code), before anything of it is written: a file someone sent is
// hostile until checked. Each item against its kind: the fields it has and their types, ranges
// (a level 1-4, a model 1-3, a rating of its checklist's scale, a position), keys that exist in
// the content packs (sections, Catalyst elements, checklists and their items), lengths and an
// attachment's size and hash (core/Limits.h). A contribution is held to what a participant's own
// workbook can make: no sections or questions, no Schedule adopted, signed off only with their
// own sign-off, no sign-off by anyone but its author, no sign-off withdrawn. A refusal names the
// file and the item, and nothing is written.
Status checkBundle(const Bundle &bundle, const QString &path);

// The same for the changes alone, as a bundle of `kind` from `author` carries them.
Status checkChanges(const QVector<ItemChange> &changes, BundleKind kind, const QString &author, const QString &path);

// The erasures an update carries: only updates carry them; each with a uuid, a time, a role that
// is a name's length and holds no control character, a SHA-256 name check, rounds by uuid.
Status checkErasures(const QVector<ErasureNotice> &erasures, BundleKind kind, const QString &path);

} // namespace qdf::sync
