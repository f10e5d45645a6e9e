#pragma once

#include "core/Domain.h"
#include "core/Error.h"
#include "core/keys/Crypto.h"
#include "core/sync/ItemState.h"

#include <QVector>

#include <optional>

namespace qdf::sync {

// A contribution bundle (participant → master) or an update (master → participants): one JSON
// file, read and written with nlohmann_json. Format 2 (docs/sync.md, "Files"): a payload of a
// manifest and a body, signed by the workbook that made it (Ed25519, over the payload's exact
// bytes) and, by default for contributions, sealed to the master's key (sync/Envelope.h).
// Format 1, before signatures: the manifest and body in the open, only a content hash anyone can
// recompute; read only when a person asks for it (BundleReadOptions::allowUnsigned). Who may sign what
// is the importer's to judge (sync/Signers.h), as is the programme.
inline constexpr int kBundleFormatVersion = 2;
inline constexpr int kUnsignedFormatVersion = 1;

enum class BundleKind { Contribution, Update };

struct Manifest {
    BundleKind kind = BundleKind::Contribution;
    int formatVersion = kBundleFormatVersion;
    QString bundleId;
    QString programmeId;
    QString programmeName;
    QString sourceWorkbookId;
    Owner author;
    qint64 baseRevision = 0;  // contribution: the master revision the participant stood on; update: the previous update's
    qint64 newRevision = 0;   // the source workbook's revision when the bundle was made
    qint64 sequence = 0;      // the source's count of bundles of this kind
    QString createdAt;        // for people to read
    QString contentHash;      // SHA-256 of the body as canonical JSON
    // A contribution sent anonymously (core/privacy/Anonymous.h): the author is the participant's
    // role and organisation, not their name. Written only when true.
    bool anonymous = false;
    // An update: the language the programme's content is laid out in (kContentLanguageKey), so
    // that a workbook joined from it gets its sections and questions in that language. Empty in
    // bundles made before it was carried, and in contributions: English, as then.
    QString contentLanguage;
};

// Whether a manifest's content language is one this program lays content out in (empty: not said).
bool knownContentLanguage(const QString &code);

// One item's change: the state it was made against (absent: new there) and the state now.
struct ItemChange {
    std::optional<ItemState> base;
    ItemState state;
};

// A person erased from the master (core/privacy/Erasure.h), as an update carries the erasure to
// the participants so that their copies drop the person's data too. It names nobody: a
// participant's workbook finds the person among the names it holds by `nameCheck`.
struct ErasureNotice {
    QString id;                    // the erasure's uuid, also the salt of nameCheck
    QString erasedAt;              // for people to read
    QString replacedBy;            // the role written where the name was ("a participant, Health board")
    QString nameCheck;             // privacy::nameCheck(id, name): SHA-256 in hex
    QStringList ratingsRemovedIn;  // the rounds whose Catalyst ratings by the person were removed (elsewhere kept, anonymised)
};

struct Bundle {
    Manifest manifest;
    QVector<ItemChange> changes;
    QVector<ErasureNotice> erasures;  // updates only: every erasure the master has made
    QByteArray signerKey;  // the Ed25519 key whose signature was checked; empty: an unsigned file (format 1)
    bool sealed = false;   // it arrived sealed (to this reader)
};

// Who writes a bundle: its signing key, and whom to seal it to (nobody: in the open).
struct Sender {
    keys::KeyPair key;
    QVector<QByteArray> sealTo;
};

struct BundleReadOptions {
    bool allowUnsigned = false;             // take a format 1 file, which nothing proves the origin of
    std::optional<keys::KeyPair> openWith;  // the reader's key, to open a sealed file
    std::optional<Programme> programme;     // the reader's: another programme's file is refused as such first
};

QString bundleKindSlug(BundleKind kind);  // contribution, update

// Signed by `sender` (sealed if it names recipients); through a temporary file and a rename:
// never half a bundle on the stick.
Status writeBundle(const QString &path, Bundle bundle, const Sender &sender);
// Refuses (with a message naming the file) anything that is not a whole bundle of a known format
// whose signature verifies over its exact bytes; nothing of the payload is parsed before that.
Result<Bundle> readBundle(const QString &path, const BundleReadOptions &options = {});
// The same from bytes already read (`path` names the file in messages).
Result<Bundle> parseBundle(const QByteArray &bytes, const QString &path, const BundleReadOptions &options = {});
// The signed payload alone ({"manifest": …, "body": …}), as it is read once its signature has
// been checked: what the body fuzz target feeds, past the signature.
// A payload in the plain shape this program writes is read by Qt's parser after a strict scan
// (PayloadJson.h); any other by parsePayloadGeneral (nlohmann's, bounded), which makes the same
// bundle of what both read, and alone refuses.
Result<Bundle> parsePayload(const QByteArray &payload, const QString &path);
Result<Bundle> parsePayloadGeneral(const QByteArray &payload, const QString &path);

} // namespace qdf::sync
