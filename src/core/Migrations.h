#pragma once

#include "core/Error.h"

#include <QSqlDatabase>

namespace qdf::migrations {

// Numbered SQL scripts in resources/migrations (NNNN_name.sql); the schema version is the
// number of the last one applied, kept in PRAGMA user_version.
int latestVersion();

// Applies migrations from+1 .. to, each in its own transaction with its user_version, so a
// crash leaves the file at a whole version.
Status migrate(const QSqlDatabase &db, int from, int to);

// The text of one migration (empty for a version that has none).
QByteArray script(int version);

} // namespace qdf::migrations
