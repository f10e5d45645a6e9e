-- What an update found: the participant's base revision before it (-1: none yet), so that undoing
-- the update puts it back; NULL for imports made before schema 12.
ALTER TABLE sync_import ADD COLUMN base_revision_before INTEGER;

-- A person erased from the master (qdf person erase): when, the role that took their place in
-- what they wrote, and what was removed or anonymised. Never their name.
CREATE TABLE erasure (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    erased_at   TEXT NOT NULL,
    erased_by   TEXT NOT NULL,   -- the production team member who did it
    replaced_by TEXT NOT NULL,   -- the role written where the person's name was
    counts      TEXT NOT NULL,   -- JSON: {"contributions": n, "ratings": n, ...}
    rev         INTEGER NOT NULL
);

-- A Schedule arriving is numbered by asking whether its number is taken: without this index
-- each asking read every Schedule, and merging n of them took n² steps.
CREATE INDEX schedule_number ON schedule (number);
