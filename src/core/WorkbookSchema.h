#pragma once

#include "core/Error.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace qdf::workbookfile {

// A workbook is a file someone may have sent: SQLite's own advice for databases from elsewhere
// ("Defense against the dark arts") is followed on every connection, and the file's schema is
// checked against the one QDF Workbench makes before anything in it can run.

// Defensive mode (no writable_schema, no shadow-table or page writes), trusted_schema off (no
// function with side effects from a trigger or view), no extension loading, no views, cell size
// checks, no memory mapping. Called on every connection before its first statement.
Status defend(const QSqlDatabase &db);

// Our own triggers keep the search index (an FTS5 table, which SQLite does not mark innocuous)
// current, which trusted_schema off forbids. So a connection trusts its schema only once it is
// known to be QDF's own: after checkSchema() passed, or on a file this program has just made.
Status trustSchema(const QSqlDatabase &db);

// Compares every table, index, trigger and view in sqlite_schema (names, kinds and SQL) with what
// migrations 1..`version` make. An extra, altered or missing object is refused as Damaged, naming
// it; so is a user_version that lies about the schema. Reading sqlite_schema parses it without
// running any of it.
// The schemas are compared first with those the build recorded (core/build/SchemaSnapshot.cpp),
// then, should they differ, with what the migrations make when run here.
Status checkSchema(const QSqlDatabase &db, const QString &path, int version);

// The versions (1..latest) whose schema as the build recorded it is not what the migrations make
// when run here: none, unless this SQLite records a schema otherwise (for the tests).
QVector<int> snapshotDifferences();

} // namespace qdf::workbookfile
