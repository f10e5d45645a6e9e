#pragma once

#include <QByteArray>
#include <QString>

namespace qdf::siblings {

// The files that sit beside a workbook and are named after it: SQLite's rollback journal
// (NAME-journal) and WAL (NAME-wal, NAME-shm), our lock (NAME.lock), the backups folder
// (BASE.backups) and a workbook being made (NAME.part-…). A file name may have at most 255 bytes
// (NAME_MAX on ext4, btrfs, xfs, tmpfs; fewer on some), so a workbook named with 248 bytes or
// more has no room for all of them, and could not be opened.
//
// Each sibling's name is `name + suffix` while that fits the folder; otherwise it is the start of
// the name, a '~' and 8 hexadecimal digits of the SHA-256 of the whole name, then the suffix with a
// '.' for its '-' ("<start>~1a2b3c4d.journal"): the same for every program that asks, different
// for every name, and within the folder's limit.

// `path + suffix`, or the short form where that would not fit. `room`: bytes the sibling's own
// name must leave free (a database being made needs room for its own "-journal").
QString sibling(const QString &path, const QString &suffix, int room = 0);
QByteArray sibling(const QByteArray &path, const QByteArray &suffix, int room = 0);  // as SQLite holds names: UTF-8

// Whether SQLite's WAL can work beside `path`. SQLite names the -shm itself (its unix VFS opens it
// from the database's own name, past any VFS), so a workbook whose name leaves no room for "-shm"
// keeps a rollback journal instead: one writer at a time and readers beside it, as with WAL, and
// its -journal named by sibling().
bool walFits(const QString &path);

// Installs, once, SQLite's default VFS: the system's (unix), with the journal's and the WAL's
// names taken from sibling() (docs/file-format.md, "Files beside a workbook"). Every connection
// of the program opens through it; names that fit are untouched.
void installSqliteNames();

} // namespace qdf::siblings
