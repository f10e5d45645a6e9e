-- Schema version 7: who else made the same change. When two people send the same edit of an item
-- (or a merge combines theirs with ours), the item keeps one state but every author of it is
-- recorded here, against the state's hash and the import that brought it.
CREATE TABLE item_author (
    id           INTEGER PRIMARY KEY,
    item_id      TEXT NOT NULL,
    hash         TEXT NOT NULL,
    author       TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    import_id    INTEGER NOT NULL REFERENCES sync_import(id),
    UNIQUE (item_id, hash, author)
);
CREATE INDEX item_author_item ON item_author (item_id);
