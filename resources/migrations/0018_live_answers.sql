-- Schema version 18: open questions in a live workshop (docs/workshop.md, "Open questions").
--
-- live_answer: what a participant posted from their phone to the question open in a live session,
-- kept as it arrives so that nothing is lost if the window closes. `session` names the session it
-- came in (an id of the session's, not its code); `participant` the person who held the token.
-- `contribution_uuid` is the contribution the facilitator kept it as (NULL: not kept): once only.
CREATE TABLE live_answer (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    session           TEXT NOT NULL,
    question_uuid     TEXT NOT NULL,
    participant       TEXT NOT NULL,
    text              TEXT NOT NULL,
    language          TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'cy')),
    posted_at         TEXT NOT NULL,
    contribution_uuid TEXT,
    rev               INTEGER NOT NULL
);
CREATE INDEX live_answer_question ON live_answer (question_uuid, id);

-- A contribution's source: 'bundle' (a participant's workbook sent it: import_id is that import)
-- or 'live-phone' (kept from a live answer: no import). SQLite cannot drop a NOT NULL, so the table
-- is made again, with its indexes (schemas 6, 9, 10) and change triggers (schema 8), and schema 17's language.
CREATE TABLE contribution_new (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    item_id      TEXT NOT NULL,           -- answer:<question uuid>
    text         TEXT NOT NULL,
    author       TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    written_at   TEXT NOT NULL,           -- as the author's laptop said (for people to read)
    import_id    INTEGER REFERENCES sync_import(id),
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'used', 'set-aside')),
    rev          INTEGER NOT NULL,
    language     TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'cy')),  -- schema 17
    source       TEXT NOT NULL DEFAULT 'bundle' CHECK (source IN ('bundle', 'live-phone')),
    CHECK ((source = 'bundle') = (import_id IS NOT NULL))
);
INSERT INTO contribution_new (id, uuid, item_id, text, author, organisation, written_at, import_id, status, rev, language)
    SELECT id, uuid, item_id, text, author, organisation, written_at, import_id, status, rev, language FROM contribution;
DROP TABLE contribution;
ALTER TABLE contribution_new RENAME TO contribution;

CREATE INDEX contribution_item ON contribution(item_id);
CREATE INDEX contribution_status ON contribution (status);
CREATE INDEX contribution_item_author ON contribution (item_id, author);

CREATE TRIGGER contribution_changed_insert AFTER INSERT ON contribution BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'contribution:' || NEW.uuid, 'sync' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER contribution_changed_update AFTER UPDATE ON contribution BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'contribution:' || NEW.uuid, 'sync' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER contribution_changed_delete AFTER DELETE ON contribution BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'contribution:' || OLD.uuid, 'sync' FROM workbook WHERE id = 1;
END;
