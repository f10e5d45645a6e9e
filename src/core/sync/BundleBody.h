#pragma once

// The body of a bundle or an update: its list of changes, read from the JSON the envelope
// (Bundle.cpp: format, manifest, hash) has let through. Kept apart so the fuzz target can feed
// the body reader directly, past any hash or signature, as an attacker who makes them would.

#include "core/Error.h"
#include "core/sync/Bundle.h"

#include <nlohmann/json_fwd.hpp>

namespace qdf::sync {

// The changes of `body` ({"changes": [...]}), each state and base read as an ItemState. Refuses
// (naming `path` and the item) a change without a state, of no known kind, or too many of them.
Result<QVector<ItemChange>> readChanges(const nlohmann::json &body, const QString &path);

// The erasures an update's body carries (absent: none), each field of its type; what they must
// hold is BundleCheck's to judge.
Result<QVector<ErasureNotice>> readErasures(const nlohmann::json &body, const QString &path);

// The same from the body's bytes, then checked as a bundle of `kind` would be (BundleCheck.h):
// what the fuzz target feeds.
Result<QVector<ItemChange>> parseBody(const QByteArray &bytes, BundleKind kind, const QString &path);

} // namespace qdf::sync
