-- Schema version 4: one action plan for the whole workbook. An action comes from an assessment
-- (the Catalyst self-assessment, or a commissioning review) and is linked to what it improves:
-- a driver or element of a Catalyst round, or an item of a review. The columns follow the
-- seed's "Action planning" table and its "Detailed action planning" sheet.

CREATE TABLE action (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    source       TEXT NOT NULL CHECK (source IN ('catalyst', 'review')),
    context_uuid TEXT NOT NULL,             -- the Catalyst round or the review
    subject_key  TEXT NOT NULL,             -- driver or element key, or review item key
    position     INTEGER NOT NULL,
    achieve      TEXT NOT NULL,             -- We need to achieve...
    so_that      TEXT NOT NULL DEFAULT '',  -- So that we can...
    step1        TEXT NOT NULL DEFAULT '',  -- By doing... 1.
    step2        TEXT NOT NULL DEFAULT '',  --             2.
    step3        TEXT NOT NULL DEFAULT '',  --             3.
    by_when      TEXT NOT NULL DEFAULT '',
    involving    TEXT NOT NULL DEFAULT '',
    criticality  TEXT NOT NULL DEFAULT '',  -- How critical, how well
    resources    TEXT NOT NULL DEFAULT '',  -- Resources needed...
    purpose      TEXT NOT NULL DEFAULT '',  -- What we are trying to achieve
    lead         TEXT NOT NULL DEFAULT '',  -- Lead person for delivery
    support      TEXT NOT NULL DEFAULT '',  -- Support roles and what is required
    difference   TEXT NOT NULL DEFAULT '',  -- What will really make the difference?
    changed_by   TEXT NOT NULL,
    changed_at   TEXT NOT NULL,
    rev          INTEGER NOT NULL
);

-- The delivery plan of an action's sheet: its review points in order.
CREATE TABLE action_review_point (
    id        INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    due       TEXT NOT NULL DEFAULT '',     -- Review point
    expected  TEXT NOT NULL DEFAULT '',     -- What we expect to have achieved
    achieved  TEXT NOT NULL DEFAULT '',     -- What we have achieved
    learning  TEXT NOT NULL DEFAULT ''      -- Learning points and plan to progress
);

CREATE INDEX action_context ON action(source, context_uuid, position);
CREATE INDEX action_review_point_action ON action_review_point(action_id, position);
