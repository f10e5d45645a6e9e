-- Schema version 11: signing keys (docs/security.md, "Keys and signatures"). Only public keys
-- are kept here: a workbook's secret key is never in the file (core/keys/KeyFiles.h).
--  own          this workbook's own key (one row);
--  master       in a participant: the programme's master's key (from the master file it was made
--               from, or the first update it took in);
--  participant  in the master: each participant workbook's key, from its first contribution.
-- trust: own; first-use (taken on first sight, not yet confirmed by a person); accepted (a
-- person compared the fingerprint, or the key came with the master file itself).
CREATE TABLE sync_key (
    id            INTEGER PRIMARY KEY,
    workbook_uuid TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('own', 'master', 'participant')),
    public_key    BLOB NOT NULL CHECK (length(public_key) = 32),
    owner_name    TEXT NOT NULL DEFAULT '',
    organisation  TEXT NOT NULL DEFAULT '',
    trust         TEXT NOT NULL CHECK (trust IN ('own', 'first-use', 'accepted')),
    first_seen_at TEXT NOT NULL,
    accepted_by   TEXT,
    accepted_at   TEXT,
    UNIQUE (role, workbook_uuid)
);
-- One key, one workbook: a key met again under another workbook's name is a re-signed file.
CREATE UNIQUE INDEX sync_key_public ON sync_key(public_key);
