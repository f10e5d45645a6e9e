-- Schema version 17: each text carries its language, and answers, working examples and Schedules
-- may be written in Welsh, English or both (docs/file-format.md, "Texts in two languages").
--
-- An item's own columns (answer.text; title and body) hold its text in `language`, the language
-- it was first written in; the translation columns hold the other language ('' where there is
-- none). Each language records `*_from`: the version (SHA-256 of its words, core/Translation.h) the
-- other language had when it was made from it or marked as translated; '' never. A language is out
-- of date when the other's version is no longer that one. `*_changed_at`: when each language's
-- words last changed ('' before schema 17: the row's changed_at), for "the English changed on …".
-- Everything written before schema 17 is English.

ALTER TABLE answer ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'cy'));
ALTER TABLE answer ADD COLUMN translation TEXT NOT NULL DEFAULT '';
ALTER TABLE answer ADD COLUMN text_from TEXT NOT NULL DEFAULT '';
ALTER TABLE answer ADD COLUMN translation_from TEXT NOT NULL DEFAULT '';
ALTER TABLE answer ADD COLUMN text_changed_at TEXT NOT NULL DEFAULT '';
ALTER TABLE answer ADD COLUMN translation_changed_at TEXT NOT NULL DEFAULT '';
-- Each saved version is of one language: the one that changed.
ALTER TABLE answer_revision ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'cy'));

ALTER TABLE working_example ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'cy'));
ALTER TABLE working_example ADD COLUMN translation_title TEXT NOT NULL DEFAULT '';
ALTER TABLE working_example ADD COLUMN translation_body TEXT NOT NULL DEFAULT '';
ALTER TABLE working_example ADD COLUMN text_from TEXT NOT NULL DEFAULT '';
ALTER TABLE working_example ADD COLUMN translation_from TEXT NOT NULL DEFAULT '';
ALTER TABLE working_example ADD COLUMN text_changed_at TEXT NOT NULL DEFAULT '';
ALTER TABLE working_example ADD COLUMN translation_changed_at TEXT NOT NULL DEFAULT '';

ALTER TABLE schedule ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'cy'));
ALTER TABLE schedule ADD COLUMN translation_title TEXT NOT NULL DEFAULT '';
ALTER TABLE schedule ADD COLUMN translation_body TEXT NOT NULL DEFAULT '';
ALTER TABLE schedule ADD COLUMN text_from TEXT NOT NULL DEFAULT '';
ALTER TABLE schedule ADD COLUMN translation_from TEXT NOT NULL DEFAULT '';
ALTER TABLE schedule ADD COLUMN text_changed_at TEXT NOT NULL DEFAULT '';
ALTER TABLE schedule ADD COLUMN translation_changed_at TEXT NOT NULL DEFAULT '';
-- A version holds both languages (what is signed is both); an older version's translation body is
-- kept, like its body, as the line delta to the next version's (schema 9).
ALTER TABLE schedule_version ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'cy'));
ALTER TABLE schedule_version ADD COLUMN translation_title TEXT NOT NULL DEFAULT '';
ALTER TABLE schedule_version ADD COLUMN translation_body TEXT NOT NULL DEFAULT '';
ALTER TABLE schedule_version ADD COLUMN translation_delta TEXT;

-- A participant's answer arriving in the master is kept per language: a contribution is in one.
ALTER TABLE contribution ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'cy'));

-- Search finds a text in either language: the index row of an item holds both.
DROP TRIGGER answer_search_insert;
DROP TRIGGER answer_search_update;
DROP TRIGGER example_search_insert;
DROP TRIGGER example_search_update;
DROP TRIGGER schedule_search_insert;
DROP TRIGGER schedule_search_update;

CREATE TRIGGER answer_search_insert AFTER INSERT ON answer BEGIN
    INSERT INTO search_index(rowid, title, body) VALUES (new.id * 4 + 0, '', new.text || char(10) || new.translation);
END;
CREATE TRIGGER answer_search_update AFTER UPDATE OF text, translation ON answer BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 0;
    INSERT INTO search_index(rowid, title, body) VALUES (new.id * 4 + 0, '', new.text || char(10) || new.translation);
END;

CREATE TRIGGER example_search_insert AFTER INSERT ON working_example BEGIN
    INSERT INTO search_index(rowid, title, body)
    VALUES (new.id * 4 + 1, new.title || char(10) || new.translation_title, new.body || char(10) || new.translation_body);
END;
CREATE TRIGGER example_search_update AFTER UPDATE OF title, body, translation_title, translation_body ON working_example BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
    INSERT INTO search_index(rowid, title, body)
    VALUES (new.id * 4 + 1, new.title || char(10) || new.translation_title, new.body || char(10) || new.translation_body);
END;

CREATE TRIGGER schedule_search_insert AFTER INSERT ON schedule BEGIN
    INSERT INTO search_index(rowid, title, body)
    VALUES (new.id * 4 + 2, new.title || char(10) || new.translation_title, new.body || char(10) || new.translation_body);
END;
CREATE TRIGGER schedule_search_update AFTER UPDATE OF title, body, translation_title, translation_body ON schedule BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
    INSERT INTO search_index(rowid, title, body)
    VALUES (new.id * 4 + 2, new.title || char(10) || new.translation_title, new.body || char(10) || new.translation_body);
END;
