-- Schema version 3: the Catalyst for Change self-assessment. A workbook holds dated rounds;
-- in each, participants rate elements (levels 1-4), the group records agreed levels with a
-- note of the discussion, and a Prioritised Improvement Target per driver. Element and driver
-- keys are those of resources/content/catalyst.json.

CREATE TABLE catalyst_round (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE,
    completed_on TEXT NOT NULL DEFAULT '',
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    rev         INTEGER NOT NULL
);

CREATE TABLE catalyst_rating (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    round_id    INTEGER NOT NULL REFERENCES catalyst_round(id) ON DELETE CASCADE,
    participant TEXT NOT NULL,
    element_key TEXT NOT NULL,
    level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    note        TEXT NOT NULL DEFAULT '',
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    rev         INTEGER NOT NULL,
    UNIQUE (round_id, participant, element_key)
);

CREATE TABLE catalyst_agreed (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    round_id    INTEGER NOT NULL REFERENCES catalyst_round(id) ON DELETE CASCADE,
    element_key TEXT NOT NULL,
    level       INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    note        TEXT NOT NULL DEFAULT '',
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    rev         INTEGER NOT NULL,
    UNIQUE (round_id, element_key)
);

CREATE TABLE catalyst_target (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    round_id    INTEGER NOT NULL REFERENCES catalyst_round(id) ON DELETE CASCADE,
    driver_key  TEXT NOT NULL,
    text        TEXT NOT NULL,
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    rev         INTEGER NOT NULL,
    UNIQUE (round_id, driver_key)
);

CREATE INDEX catalyst_rating_round ON catalyst_rating(round_id, participant);
