#pragma once

#include <QString>

#include <optional>

namespace qdf {

// A Schedule matures Draft -> Ready for sign-off -> Signed off -> Adopted into the Framework.
enum class Maturity { Draft, Ready, SignedOff, Adopted };

// Stable slugs used in the file, the CLI and JSON: draft, ready, signed-off, adopted.
QString maturitySlug(Maturity maturity);
std::optional<Maturity> maturityFromSlug(const QString &slug);
// The name a person reads (translated).
QString maturityTitle(Maturity maturity);
// The same in a given language ("cy", "en"), whichever is spoken: for documents.
QString maturityTitleIn(Maturity maturity, const QString &language);

// Whether a Schedule may move from one maturity to another by an explicit move. Editing a
// signed-off or adopted Schedule is not a move: it starts a new Draft version.
//   draft -> ready            a draft is put forward for sign-off
//   ready -> draft            sent back for more work
//   ready -> signed-off       needs at least one sign-off of the current version
//   signed-off -> adopted     production team only (the master)
bool isAllowedMove(Maturity from, Maturity to);

// True where a participant may no longer edit: the Schedule has been signed off.
inline bool isLocked(Maturity maturity)
{
    return maturity == Maturity::SignedOff || maturity == Maturity::Adopted;
}

} // namespace qdf
