-- Schema version 19: the search index can wait for a batch of imports (issue 16).
--
-- `qdf merge` of many bundles changes the same Schedules once per bundle; each change took the
-- old multi-page text out of the index and put the new one in (FTS5 reads and tokenises both),
-- most of the cost of writing a Schedule. While search_hold has its row (core/Search.h,
-- SearchIndexHold), a text's change is only noted in search_pending, and the batch's end indexes
-- each noted row once, from what it then holds. Additions and deletions stay immediate, so the
-- index always lists every item and an item deleted meanwhile simply has nothing to index. Both
-- tables are in the file, in the transactions that change the texts: a batch whose process ended
-- before it let go leaves them for the next writer, which indexes the rows then (Workbook::write).

CREATE TABLE search_hold (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    writer TEXT NOT NULL   -- the open workbook that holds it (Workbook::writerId)
);
CREATE TABLE search_pending (
    rowid INTEGER PRIMARY KEY   -- the search index's rowid: id * 4 + kind (migration 0002)
);

DROP TRIGGER answer_search_update;
DROP TRIGGER example_search_update;
DROP TRIGGER schedule_search_update;
DROP TRIGGER reference_search_update;

CREATE TRIGGER answer_search_update AFTER UPDATE OF text, translation ON answer
WHEN NOT EXISTS (SELECT 1 FROM search_hold) BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 0;
    INSERT INTO search_index(rowid, title, body) VALUES (new.id * 4 + 0, '', new.text || char(10) || new.translation);
END;
CREATE TRIGGER answer_search_held AFTER UPDATE OF text, translation ON answer
WHEN EXISTS (SELECT 1 FROM search_hold) BEGIN
    INSERT OR IGNORE INTO search_pending (rowid) VALUES (new.id * 4 + 0);
END;

CREATE TRIGGER example_search_update AFTER UPDATE OF title, body, translation_title, translation_body ON working_example
WHEN NOT EXISTS (SELECT 1 FROM search_hold) BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
    INSERT INTO search_index(rowid, title, body)
    VALUES (new.id * 4 + 1, new.title || char(10) || new.translation_title, new.body || char(10) || new.translation_body);
END;
CREATE TRIGGER example_search_held AFTER UPDATE OF title, body, translation_title, translation_body ON working_example
WHEN EXISTS (SELECT 1 FROM search_hold) BEGIN
    INSERT OR IGNORE INTO search_pending (rowid) VALUES (new.id * 4 + 1);
END;

CREATE TRIGGER schedule_search_update AFTER UPDATE OF title, body, translation_title, translation_body ON schedule
WHEN NOT EXISTS (SELECT 1 FROM search_hold) BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
    INSERT INTO search_index(rowid, title, body)
    VALUES (new.id * 4 + 2, new.title || char(10) || new.translation_title, new.body || char(10) || new.translation_body);
END;
CREATE TRIGGER schedule_search_held AFTER UPDATE OF title, body, translation_title, translation_body ON schedule
WHEN EXISTS (SELECT 1 FROM search_hold) BEGIN
    INSERT OR IGNORE INTO search_pending (rowid) VALUES (new.id * 4 + 2);
END;

CREATE TRIGGER reference_search_update AFTER UPDATE OF file_name, note ON reference_material
WHEN NOT EXISTS (SELECT 1 FROM search_hold) BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
    INSERT INTO search_index(rowid, title, body) VALUES (new.id * 4 + 3, new.file_name, new.note);
END;
CREATE TRIGGER reference_search_held AFTER UPDATE OF file_name, note ON reference_material
WHEN EXISTS (SELECT 1 FROM search_hold) BEGIN
    INSERT OR IGNORE INTO search_pending (rowid) VALUES (new.id * 4 + 3);
END;
