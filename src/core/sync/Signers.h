#pragma once

#include "core/Error.h"
#include "core/keys/Keys.h"
#include "core/sync/Bundle.h"

#include <optional>

namespace qdf {
class Workbook;
}

// Who may sign what (docs/security.md, "Keys and signatures"): a participant's update comes
// only from the key of the programme's master; a contribution only from the key its
// participant workbook used before. A key seen for the first time is trusted on first use and
// kept; a key that changed, or one that belongs to another workbook, is refused until a person
// accepts it (qdf keys accept).
namespace qdf::sync {

// How to write a bundle of `kind` from `workbook`: its signing key (made now for a workbook from
// before signatures) and whom to seal it to. A contribution is sealed to the master's key unless
// `open`; an update is sealed to the participants' keys the master holds only if `seal`.
Result<Sender> senderFor(Workbook &workbook, BundleKind kind, bool sealed);

// How a workbook reads the files it is sent: its own key, to open those sealed to it.
Result<BundleReadOptions> readOptionsFor(Workbook &workbook, bool allowUnsigned);

// The key that signed `bundle`, judged against the keys `workbook` holds: its fingerprint and
// trust (accepted, first-use: kept before and not yet confirmed, new: seen now for the first
// time, unsigned) and the key to remember when new; or a refusal that says who signed it and
// what to do. `file` names the file in messages.
struct SignerVerdict {
    QString fingerprint;
    QString trust;
    std::optional<keys::KnownKey> remember;
};
Result<SignerVerdict> judgeSigner(Workbook &workbook, const Bundle &bundle, const QString &file, const QString &now);

// The signer of the file at `path` as a key this workbook can accept (qdf keys accept FILE).
Result<keys::KnownKey> signerOf(Workbook &workbook, const QString &path);
// The key that signed the file at `path`, if the workbook holds another key for the file's
// workbook (a changed key, refused until a person accepts it): the new one and the one held.
struct ChangedKey {
    keys::KnownKey signer;
    keys::KnownKey held;
};
std::optional<ChangedKey> changedKeyOf(Workbook &workbook, const QString &path);

} // namespace qdf::sync
