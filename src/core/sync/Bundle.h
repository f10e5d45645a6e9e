#pragma once

#include "core/Domain.h"
#include "core/Error.h"
#include "core/sync/ItemState.h"

#include <QVector>

#include <optional>

namespace qdf::sync {

// A contribution bundle (participant → master) or an update (master → participants): one JSON
// file, a manifest and a body, read and written with nlohmann_json. The manifest's content hash
// covers the body, so a truncated or edited file is refused; so are a newer format and a file of
// another programme (by the importer, which knows its programme).
inline constexpr int kBundleFormatVersion = 1;

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
};

// One item's change: the state it was made against (absent: new there) and the state now.
struct ItemChange {
    std::optional<ItemState> base;
    ItemState state;
};

struct Bundle {
    Manifest manifest;
    QVector<ItemChange> changes;
};

QString bundleKindSlug(BundleKind kind);  // contribution, update

// Writes through a temporary file and a rename: never half a bundle on the stick.
Status writeBundle(const QString &path, Bundle bundle);
// Refuses (with a message naming the file) anything that is not a whole bundle of a known format.
Result<Bundle> readBundle(const QString &path);
// The same from bytes already read (`path` names the file in messages).
Result<Bundle> parseBundle(const QByteArray &bytes, const QString &path);

} // namespace qdf::sync
