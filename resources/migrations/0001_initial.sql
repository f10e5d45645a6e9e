-- Schema version 1: the workbook, its CAREMORE sections and everything people write in them.
-- Every item has a stable UUID and records who changed it, when (for people to read) and at
-- which workbook revision (for sync to reason about; clocks on laptops disagree).

CREATE TABLE workbook (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    uuid              TEXT NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('master', 'participant')),
    programme_uuid    TEXT NOT NULL,
    programme_name    TEXT NOT NULL,
    owner_name        TEXT NOT NULL,
    owner_organisation TEXT NOT NULL DEFAULT '',
    owner_role        TEXT NOT NULL DEFAULT '',
    revision          INTEGER NOT NULL DEFAULT 0,
    base_revision     INTEGER,
    pack_name         TEXT NOT NULL,
    pack_version      INTEGER NOT NULL,
    created_at        TEXT NOT NULL
);

CREATE TABLE section (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    key         TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('caremore', 'document')),
    position    INTEGER NOT NULL,
    title       TEXT NOT NULL,
    purpose     TEXT NOT NULL DEFAULT '',
    explanation TEXT NOT NULL DEFAULT '',
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    rev         INTEGER NOT NULL
);

CREATE TABLE question (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    section_id  INTEGER NOT NULL REFERENCES section(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    guidance    TEXT NOT NULL DEFAULT '',
    about_section_key TEXT,
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    rev         INTEGER NOT NULL,
    UNIQUE (section_id, key)
);

-- The current answer; every saved version (including the current one) is in answer_revision.
CREATE TABLE answer (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    question_id INTEGER NOT NULL UNIQUE REFERENCES question(id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    version     INTEGER NOT NULL,
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    rev         INTEGER NOT NULL
);

CREATE TABLE answer_revision (
    id          INTEGER PRIMARY KEY,
    answer_id   INTEGER NOT NULL REFERENCES answer(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    text        TEXT NOT NULL,
    restored_from INTEGER,
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    rev         INTEGER NOT NULL,
    UNIQUE (answer_id, version)
);

CREATE TABLE working_example (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    section_id  INTEGER NOT NULL REFERENCES section(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    rev         INTEGER NOT NULL
);

CREATE TABLE reference_material (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    section_id  INTEGER NOT NULL REFERENCES section(id) ON DELETE CASCADE,
    file_name   TEXT NOT NULL,
    size        INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    data        BLOB NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    rev         INTEGER NOT NULL
);

CREATE TABLE schedule (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    section_id  INTEGER NOT NULL REFERENCES section(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    number      TEXT NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    maturity    TEXT NOT NULL CHECK (maturity IN ('draft', 'ready', 'signed-off', 'adopted')),
    version     INTEGER NOT NULL,
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    rev         INTEGER NOT NULL,
    UNIQUE (section_id, seq)
);

CREATE TABLE schedule_version (
    id          INTEGER PRIMARY KEY,
    schedule_id INTEGER NOT NULL REFERENCES schedule(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    maturity    TEXT NOT NULL,
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    rev         INTEGER NOT NULL,
    UNIQUE (schedule_id, version)
);

CREATE TABLE sign_off (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    schedule_id  INTEGER NOT NULL REFERENCES schedule(id) ON DELETE CASCADE,
    version      INTEGER NOT NULL,
    signer_name  TEXT NOT NULL,
    signer_organisation TEXT NOT NULL DEFAULT '',
    signer_role  TEXT NOT NULL DEFAULT '',
    signed_at    TEXT NOT NULL,
    rev          INTEGER NOT NULL,
    UNIQUE (schedule_id, version, signer_name)
);

CREATE TABLE plan_stage (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    number      INTEGER NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    outcome     TEXT NOT NULL DEFAULT '',
    timescale   TEXT NOT NULL DEFAULT '',
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    rev         INTEGER NOT NULL
);

CREATE TABLE plan_milestone (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    stage_id    INTEGER NOT NULL REFERENCES plan_stage(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title       TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'not-started'
                CHECK (status IN ('not-started', 'in-progress', 'done', 'at-risk')),
    due         TEXT NOT NULL DEFAULT '',
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    rev         INTEGER NOT NULL
);

-- Deleted items are remembered so that a later merge can tell "deleted here" from "never had".
CREATE TABLE tombstone (
    uuid        TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    deleted_by  TEXT NOT NULL,
    deleted_at  TEXT NOT NULL,
    rev         INTEGER NOT NULL
);

CREATE INDEX question_section ON question(section_id, position);
CREATE INDEX example_section ON working_example(section_id, position);
CREATE INDEX reference_section ON reference_material(section_id);
CREATE INDEX schedule_section ON schedule(section_id, seq);
CREATE INDEX milestone_stage ON plan_milestone(stage_id, position);
