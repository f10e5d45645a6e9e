-- Schema version 9: the states sync keeps, each once.
--
-- sync_blob: an item's state as sync keeps it (a base, what an import replaced and wrote, the
-- sides of a conflict), as compressed JSON keyed by the SHA-256 of that JSON. The columns that
-- hold states (sync_base.state, sync_import_change.before/after/base_before, sync_conflict.base/
-- ours/theirs/suggestion) refer to it as "blob:<hash>"; rows from before this version hold the
-- JSON itself, and both are read. The same Schedule text met by every participant's import is
-- kept once, not once per import and per conflict.
CREATE TABLE sync_blob (
    hash TEXT PRIMARY KEY,
    data BLOB NOT NULL
) WITHOUT ROWID;

-- The sync status counts open contributions after every save.
CREATE INDEX contribution_status ON contribution (status);

-- A Schedule's newest version is kept whole; each older one as the line delta to the one after
-- it (delta, body left empty): every import that merges a word into a long Schedule adds a
-- version, and it should cost the word, not the pages. state_hash (of title and text) lets sync
-- refer to a version instead of keeping another copy of the text (a "version:" state). Versions
-- from before this schema keep their whole text and no hash.
ALTER TABLE schedule_version ADD COLUMN delta TEXT;
ALTER TABLE schedule_version ADD COLUMN state_hash TEXT;
CREATE INDEX schedule_version_hash ON schedule_version (schedule_id, state_hash);

-- Who changed an item since a revision is asked by revision first (what changed since is
-- little); the index by item cost more room than it saved.
DROP INDEX change_log_item;
