#pragma once

#include "core/Error.h"
#include "core/keys/Crypto.h"

#include <optional>

// Where a workbook's secret signing key is kept: never in the workbook file, so a copy of the
// file (an e-mailed master, a participant's copy flagged as a master) cannot sign as its owner.
// One file per workbook, named by the workbook's id, in the user's own data folder
// ($QDF_KEY_DIR, else ~/.local/share/qdf-workbench/keys), readable by that user only. Why not
// the desktop keyring: docs/security.md.
namespace qdf::keys {

QString keyFolder();
QString keyFilePath(const QString &workbookUuid);

// The workbook's key pair, if this account holds its secret half.
Result<std::optional<KeyPair>> loadSecretKey(const QString &workbookUuid);
// Keeps the workbook's key pair (a new one replaces the old only once it is written whole).
Status storeSecretKey(const QString &workbookUuid, const KeyPair &key);

} // namespace qdf::keys
