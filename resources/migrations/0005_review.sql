-- Schema version 5: commissioning reviews. A review looks at one subject (a procurement
-- exercise, a contract, a whole commissioning system) through the outcome-based model in use
-- and the checklists it chose (keys of resources/content/review.json). Each item gets a
-- response (a rating and evidence notes), may be tailored with sub-questions, and may have
-- evidence files. Actions join the one action plan (table action, source 'review').

CREATE TABLE review (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    subject     TEXT NOT NULL DEFAULT '',   -- what is reviewed
    subject_kind TEXT NOT NULL DEFAULT 'system' CHECK (subject_kind IN ('procurement', 'contract', 'system')),
    reviewed_on TEXT NOT NULL DEFAULT '',
    reviewers   TEXT NOT NULL DEFAULT '',
    model       INTEGER NOT NULL CHECK (model BETWEEN 1 AND 3),
    checklists  TEXT NOT NULL,              -- JSON array of checklist keys, in order
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    rev         INTEGER NOT NULL
);

CREATE TABLE review_response (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    review_id     INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
    checklist_key TEXT NOT NULL,
    item_key      TEXT NOT NULL,
    rating        TEXT NOT NULL,            -- met, partly-met, ...; a step's status; yes/no/unsure
    note          TEXT NOT NULL DEFAULT '',
    changed_by    TEXT NOT NULL,
    changed_at    TEXT NOT NULL,
    rev           INTEGER NOT NULL,
    UNIQUE (review_id, checklist_key, item_key)
);

CREATE TABLE review_subquestion (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    review_id     INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
    checklist_key TEXT NOT NULL,
    item_key      TEXT NOT NULL,
    position      INTEGER NOT NULL,
    text          TEXT NOT NULL,
    changed_by    TEXT NOT NULL,
    changed_at    TEXT NOT NULL,
    rev           INTEGER NOT NULL
);

CREATE TABLE review_evidence (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    review_id     INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
    checklist_key TEXT NOT NULL,
    item_key      TEXT NOT NULL,
    file_name     TEXT NOT NULL,
    data          BLOB NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    changed_by    TEXT NOT NULL,
    changed_at    TEXT NOT NULL,
    rev           INTEGER NOT NULL
);

CREATE INDEX review_subquestion_item ON review_subquestion(review_id, checklist_key, item_key, position);
CREATE INDEX review_evidence_item ON review_evidence(review_id, checklist_key, item_key);
