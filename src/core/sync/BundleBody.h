#pragma once

// The body of a bundle or an update: its list of changes, read from the JSON the envelope
// (Bundle.cpp: format, manifest, hash) has let through. Kept apart so the fuzz target can feed
// the body reader directly, past any hash or signature, as an attacker who makes them would.

#include "core/Error.h"
#include "core/sync/Bundle.h"

#include <QJsonObject>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace qdf::sync {

// The changes of `body` ({"changes": [...]}), each state and base read as an ItemState. Refuses
// (naming `path` and the item) a change without a state, of no known kind, or too many of them.
Result<QVector<ItemChange>> readChanges(const nlohmann::json &body, const QString &path);

// The erasures an update's body carries (absent: none), each field of its type; what they must
// hold is BundleCheck's to judge.
Result<QVector<ErasureNotice>> readErasures(const nlohmann::json &body, const QString &path);

// The changes of a body read by Qt's parser (PayloadJson.h), as readChanges reads them; nullopt
// for a body readChanges would refuse, which the caller then gives it to say why.
std::optional<QVector<ItemChange>> quickChanges(const QJsonObject &body);

// The same from the body's bytes, then checked as a bundle of `kind` would be (BundleCheck.h):
// what the fuzz target feeds.
Result<QVector<ItemChange>> parseBody(const QByteArray &bytes, BundleKind kind, const QString &path);

} // namespace qdf::sync
