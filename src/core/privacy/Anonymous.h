#pragma once

// An anonymous contribution (qdf bundle export --anonymous, Sync › Export contribution
// anonymously…): the participant's name replaced by their role and organisation in everything
// the bundle carries — its author, every state's author, their sign-offs, the keys of their
// Catalyst ratings, any text that writes the name. It is still signed with the workbook's own
// key, so the master knows it comes from the same workbook as before (and refuses anyone else
// signing as it): anonymous to whoever reads the file or the master's records, pseudonymous to
// the production team, who can tell two anonymous bundles from one workbook apart from another's
// (docs/security.md, "Data protection").

#include "core/Domain.h"
#include "core/sync/Bundle.h"

namespace qdf::privacy {

// "Team lead, Health board"; the role or "a participant, <organisation>" when one is missing.
QString anonymousLabel(const Owner &owner);

// The bundle as it is sent anonymously (Manifest::anonymous set).
sync::Bundle anonymised(const sync::Bundle &bundle, const Owner &owner);

} // namespace qdf::privacy
