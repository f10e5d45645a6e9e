-- Schema version 2: full-text search over what people write (answers, working examples,
-- Schedules and reference notes), kept current by triggers. The FTS rowid encodes the source
-- table (rowid = id * 4 + kind) so that updates and deletes find their row without a scan.

CREATE VIRTUAL TABLE search_index USING fts5(
    title, body,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER answer_search_insert AFTER INSERT ON answer BEGIN
    INSERT INTO search_index(rowid, title, body) VALUES (new.id * 4 + 0, '', new.text);
END;
CREATE TRIGGER answer_search_update AFTER UPDATE OF text ON answer BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 0;
    INSERT INTO search_index(rowid, title, body) VALUES (new.id * 4 + 0, '', new.text);
END;
CREATE TRIGGER answer_search_delete AFTER DELETE ON answer BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 0;
END;

CREATE TRIGGER example_search_insert AFTER INSERT ON working_example BEGIN
    INSERT INTO search_index(rowid, title, body) VALUES (new.id * 4 + 1, new.title, new.body);
END;
CREATE TRIGGER example_search_update AFTER UPDATE OF title, body ON working_example BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
    INSERT INTO search_index(rowid, title, body) VALUES (new.id * 4 + 1, new.title, new.body);
END;
CREATE TRIGGER example_search_delete AFTER DELETE ON working_example BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
END;

CREATE TRIGGER schedule_search_insert AFTER INSERT ON schedule BEGIN
    INSERT INTO search_index(rowid, title, body) VALUES (new.id * 4 + 2, new.title, new.body);
END;
CREATE TRIGGER schedule_search_update AFTER UPDATE OF title, body ON schedule BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
    INSERT INTO search_index(rowid, title, body) VALUES (new.id * 4 + 2, new.title, new.body);
END;
CREATE TRIGGER schedule_search_delete AFTER DELETE ON schedule BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
END;

CREATE TRIGGER reference_search_insert AFTER INSERT ON reference_material BEGIN
    INSERT INTO search_index(rowid, title, body) VALUES (new.id * 4 + 3, new.file_name, new.note);
END;
CREATE TRIGGER reference_search_update AFTER UPDATE OF file_name, note ON reference_material BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
    INSERT INTO search_index(rowid, title, body) VALUES (new.id * 4 + 3, new.file_name, new.note);
END;
CREATE TRIGGER reference_search_delete AFTER DELETE ON reference_material BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
END;

-- Index what version 1 workbooks already hold.
INSERT INTO search_index(rowid, title, body) SELECT id * 4 + 0, '', text FROM answer;
INSERT INTO search_index(rowid, title, body) SELECT id * 4 + 1, title, body FROM working_example;
INSERT INTO search_index(rowid, title, body) SELECT id * 4 + 2, title, body FROM schedule;
INSERT INTO search_index(rowid, title, body) SELECT id * 4 + 3, file_name, note FROM reference_material;
