#pragma once

#include "core/Error.h"

#include <QByteArray>

// How a state sync keeps (sync_blob.data: a conflict's sides, a base, what an import replaced) is
// compressed. From schema 21, Zstandard at level 1: a conflict keeps two multi-page states, and
// zlib's default level (qCompress) made the compression 6% of an import into a full master, the
// largest cost that grows with the master (issue 16). zstd is four times as fast for 4% more bytes
// on these states (docs/performance.md) and a well-kept Debian library (libzstd). Files before
// schema 21 hold qCompress's form, and every reader takes both: a zstd frame starts with its
// magic number, which no qCompress length of a state can be.
namespace qdf::sync::keptblob {

QByteArray pack(const QByteArray &json);
// The JSON again; bytes in neither form are a damaged file, said with `name` (the state's hash).
Result<QByteArray> unpack(const QByteArray &data, const QString &name);

} // namespace qdf::sync::keptblob
