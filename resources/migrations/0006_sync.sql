-- Schema version 6: sync with the master copy. Items are named across workbooks by an item id,
-- "kind:key" (answer:<question uuid>, example:<uuid>, schedule:<uuid>, ...; see
-- src/core/sync/ItemState.h). Decisions rest on revisions and content hashes, never on clocks.

-- Each item as it stood at the last exchange with the master (join, contribution or update):
-- the base of the three-way merge, and what "changed since" is measured against.
CREATE TABLE sync_base (
    item_id TEXT PRIMARY KEY,
    hash    TEXT NOT NULL,
    state   TEXT NOT NULL                 -- the item's fields as JSON
);

-- Every bundle or update taken in, so that taking it again changes nothing and it can be undone.
CREATE TABLE sync_import (
    id           INTEGER PRIMARY KEY,
    bundle_uuid  TEXT NOT NULL,           -- once more after an undo
    kind         TEXT NOT NULL CHECK (kind IN ('contribution', 'update')),
    source_uuid  TEXT NOT NULL,           -- the workbook it came from
    author       TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    sequence     INTEGER NOT NULL,
    new_revision INTEGER NOT NULL,        -- the source's revision when it was made
    content_hash TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    backup_path  TEXT NOT NULL,
    imported_by  TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    rev          INTEGER NOT NULL,
    undone_at    TEXT
);

-- What an import changed, to undo it: the item before (NULL: it did not exist) and after (NULL:
-- not written), and the merge base before, where the import moved it (base_changed).
CREATE TABLE sync_import_change (
    id           INTEGER PRIMARY KEY,
    import_id    INTEGER NOT NULL REFERENCES sync_import(id),
    item_id      TEXT NOT NULL,
    before       TEXT,
    after        TEXT,
    base_changed INTEGER NOT NULL DEFAULT 0,
    base_before  TEXT
);

-- A participant's answer kept beside the master's own, with its provenance.
CREATE TABLE contribution (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    item_id      TEXT NOT NULL,           -- answer:<question uuid>
    text         TEXT NOT NULL,
    author       TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    written_at   TEXT NOT NULL,           -- as the author's laptop said (for people to read)
    import_id    INTEGER NOT NULL REFERENCES sync_import(id),
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'used', 'set-aside')),
    rev          INTEGER NOT NULL
);

-- What waits for a person, and (once resolved) the conflict log: how, by whom, when.
CREATE TABLE sync_conflict (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    import_id    INTEGER NOT NULL REFERENCES sync_import(id),
    item_id      TEXT NOT NULL,
    reason       TEXT NOT NULL CHECK (reason IN ('overlap', 'different-values', 'delete-edit')),
    base         TEXT,                    -- JSON states; NULL where the item did not exist
    ours         TEXT,
    theirs       TEXT,
    suggestion   TEXT,                    -- the partial merge offered, if any
    their_author TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'withdrawn')),
    resolution   TEXT,                    -- base, ours, theirs or edited
    resolved_by  TEXT,
    resolved_at  TEXT,
    rev          INTEGER NOT NULL
);

-- Small facts about this workbook's exchanges (next contribution sequence, ...).
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE INDEX contribution_item ON contribution(item_id);
CREATE INDEX conflict_status ON sync_conflict(status);
CREATE INDEX import_bundle ON sync_import(bundle_uuid);
