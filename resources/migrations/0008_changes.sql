-- Schema version 8: every change announced where it is written, and proposals with their reason.
--
-- change_log: which items each revision changed, written by triggers on every table a person's
-- work lives in, so no writer can change an item unannounced: the window reads what changed
-- after its own writes and after another process's (docs/architecture.md, "Changes"). `item` is
-- the item's sync id where it has one; `scope` says which view shows it (question:<id>,
-- section:<id>, structure, plan, catalyst, review, actions, sync, workbook).
-- revision_log: which open workbook (a writer's session id) wrote each revision, so an undo can
-- tell a change of its own from someone else's.
CREATE TABLE change_log (
    id    INTEGER PRIMARY KEY,
    rev   INTEGER NOT NULL,
    item  TEXT NOT NULL,
    scope TEXT NOT NULL
);
CREATE INDEX change_log_rev ON change_log (rev);
CREATE INDEX change_log_item ON change_log (item, rev);

CREATE TABLE revision_log (
    rev        INTEGER PRIMARY KEY,
    writer     TEXT NOT NULL,   -- the open workbook's id (Workbook::writerId)
    program    TEXT NOT NULL,   -- "QDF Workbench", "qdf merge"
    changed_by TEXT NOT NULL
);

-- A change that arrived and a rule forbids waits as a proposal (reason 'not-allowed'), with why in
-- words a person reads (detail). SQLite cannot widen a CHECK in place: the table is rebuilt.
CREATE TABLE sync_conflict_v8 (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    import_id    INTEGER NOT NULL REFERENCES sync_import(id),
    item_id      TEXT NOT NULL,
    reason       TEXT NOT NULL CHECK (reason IN ('overlap', 'different-values', 'delete-edit', 'not-allowed')),
    detail       TEXT NOT NULL DEFAULT '',
    base         TEXT,                    -- JSON states; NULL where the item did not exist
    ours         TEXT,
    theirs       TEXT,
    suggestion   TEXT,                    -- the partial merge offered, if any
    their_author TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'withdrawn')),
    resolution   TEXT,                    -- base, ours, theirs or edited
    resolved_by  TEXT,
    resolved_at  TEXT,
    rev          INTEGER NOT NULL
);
INSERT INTO sync_conflict_v8 (id, uuid, import_id, item_id, reason, base, ours, theirs, suggestion, their_author, status,
                              resolution, resolved_by, resolved_at, rev)
    SELECT id, uuid, import_id, item_id, reason, base, ours, theirs, suggestion, their_author, status, resolution,
           resolved_by, resolved_at, rev FROM sync_conflict;
DROP TABLE sync_conflict;
ALTER TABLE sync_conflict_v8 RENAME TO sync_conflict;
CREATE INDEX conflict_status ON sync_conflict(status);

CREATE TRIGGER section_changed_insert AFTER INSERT ON section BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'section:' || NEW.uuid, 'structure' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER section_changed_update AFTER UPDATE ON section BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'section:' || NEW.uuid, 'structure' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER section_changed_delete AFTER DELETE ON section BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'section:' || OLD.uuid, 'structure' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER question_changed_insert AFTER INSERT ON question BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'question:' || NEW.uuid, 'structure' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER question_changed_update AFTER UPDATE ON question BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'question:' || NEW.uuid, 'structure' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER question_changed_delete AFTER DELETE ON question BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'question:' || OLD.uuid, 'structure' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER answer_changed_insert AFTER INSERT ON answer BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'answer:' || COALESCE((SELECT uuid FROM question WHERE id = NEW.question_id), ''), 'question:' || NEW.question_id FROM workbook WHERE id = 1;
END;

CREATE TRIGGER answer_changed_update AFTER UPDATE ON answer BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'answer:' || COALESCE((SELECT uuid FROM question WHERE id = NEW.question_id), ''), 'question:' || NEW.question_id FROM workbook WHERE id = 1;
END;

CREATE TRIGGER answer_changed_delete AFTER DELETE ON answer BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'answer:' || COALESCE((SELECT uuid FROM question WHERE id = OLD.question_id), ''), 'question:' || OLD.question_id FROM workbook WHERE id = 1;
END;

CREATE TRIGGER working_example_changed_insert AFTER INSERT ON working_example BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'example:' || NEW.uuid, 'section:' || NEW.section_id FROM workbook WHERE id = 1;
END;

CREATE TRIGGER working_example_changed_update AFTER UPDATE ON working_example BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'example:' || NEW.uuid, 'section:' || NEW.section_id FROM workbook WHERE id = 1;
END;

CREATE TRIGGER working_example_changed_delete AFTER DELETE ON working_example BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'example:' || OLD.uuid, 'section:' || OLD.section_id FROM workbook WHERE id = 1;
END;

CREATE TRIGGER reference_material_changed_insert AFTER INSERT ON reference_material BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'reference:' || NEW.uuid, 'section:' || NEW.section_id FROM workbook WHERE id = 1;
END;

CREATE TRIGGER reference_material_changed_update AFTER UPDATE ON reference_material BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'reference:' || NEW.uuid, 'section:' || NEW.section_id FROM workbook WHERE id = 1;
END;

CREATE TRIGGER reference_material_changed_delete AFTER DELETE ON reference_material BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'reference:' || OLD.uuid, 'section:' || OLD.section_id FROM workbook WHERE id = 1;
END;

CREATE TRIGGER schedule_changed_insert AFTER INSERT ON schedule BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'schedule:' || NEW.uuid, 'section:' || NEW.section_id FROM workbook WHERE id = 1;
END;

CREATE TRIGGER schedule_changed_update AFTER UPDATE ON schedule BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'schedule:' || NEW.uuid, 'section:' || NEW.section_id FROM workbook WHERE id = 1;
END;

CREATE TRIGGER schedule_changed_delete AFTER DELETE ON schedule BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'schedule:' || OLD.uuid, 'section:' || OLD.section_id FROM workbook WHERE id = 1;
END;

CREATE TRIGGER sign_off_changed_insert AFTER INSERT ON sign_off BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'signoff:' || NEW.uuid, COALESCE('section:' || (SELECT section_id FROM schedule WHERE id = NEW.schedule_id), 'schedules') FROM workbook WHERE id = 1;
END;

CREATE TRIGGER sign_off_changed_update AFTER UPDATE ON sign_off BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'signoff:' || NEW.uuid, COALESCE('section:' || (SELECT section_id FROM schedule WHERE id = NEW.schedule_id), 'schedules') FROM workbook WHERE id = 1;
END;

CREATE TRIGGER sign_off_changed_delete AFTER DELETE ON sign_off BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'signoff:' || OLD.uuid, COALESCE('section:' || (SELECT section_id FROM schedule WHERE id = OLD.schedule_id), 'schedules') FROM workbook WHERE id = 1;
END;

CREATE TRIGGER plan_milestone_changed_insert AFTER INSERT ON plan_milestone BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'milestone:' || NEW.uuid, 'plan' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER plan_milestone_changed_update AFTER UPDATE ON plan_milestone BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'milestone:' || NEW.uuid, 'plan' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER plan_milestone_changed_delete AFTER DELETE ON plan_milestone BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'milestone:' || OLD.uuid, 'plan' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER catalyst_round_changed_insert AFTER INSERT ON catalyst_round BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'catalyst-round:' || NEW.uuid, 'catalyst' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER catalyst_round_changed_update AFTER UPDATE ON catalyst_round BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'catalyst-round:' || NEW.uuid, 'catalyst' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER catalyst_round_changed_delete AFTER DELETE ON catalyst_round BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'catalyst-round:' || OLD.uuid, 'catalyst' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER catalyst_rating_changed_insert AFTER INSERT ON catalyst_rating BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'catalyst-rating:' || COALESCE((SELECT uuid FROM catalyst_round WHERE id = NEW.round_id), '') || '/' || NEW.participant || '/' || NEW.element_key, 'catalyst' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER catalyst_rating_changed_update AFTER UPDATE ON catalyst_rating BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'catalyst-rating:' || COALESCE((SELECT uuid FROM catalyst_round WHERE id = NEW.round_id), '') || '/' || NEW.participant || '/' || NEW.element_key, 'catalyst' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER catalyst_rating_changed_delete AFTER DELETE ON catalyst_rating BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'catalyst-rating:' || COALESCE((SELECT uuid FROM catalyst_round WHERE id = OLD.round_id), '') || '/' || OLD.participant || '/' || OLD.element_key, 'catalyst' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER catalyst_agreed_changed_insert AFTER INSERT ON catalyst_agreed BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'catalyst-agreed:' || NEW.round_id || '/' || NEW.element_key, 'catalyst' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER catalyst_agreed_changed_update AFTER UPDATE ON catalyst_agreed BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'catalyst-agreed:' || NEW.round_id || '/' || NEW.element_key, 'catalyst' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER catalyst_agreed_changed_delete AFTER DELETE ON catalyst_agreed BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'catalyst-agreed:' || OLD.round_id || '/' || OLD.element_key, 'catalyst' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER catalyst_target_changed_insert AFTER INSERT ON catalyst_target BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'catalyst-target:' || NEW.round_id || '/' || NEW.driver_key, 'catalyst' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER catalyst_target_changed_update AFTER UPDATE ON catalyst_target BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'catalyst-target:' || NEW.round_id || '/' || NEW.driver_key, 'catalyst' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER catalyst_target_changed_delete AFTER DELETE ON catalyst_target BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'catalyst-target:' || OLD.round_id || '/' || OLD.driver_key, 'catalyst' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER action_changed_insert AFTER INSERT ON action BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'action:' || NEW.uuid, 'actions' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER action_changed_update AFTER UPDATE ON action BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'action:' || NEW.uuid, 'actions' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER action_changed_delete AFTER DELETE ON action BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'action:' || OLD.uuid, 'actions' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER action_review_point_changed_insert AFTER INSERT ON action_review_point BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'action:' || COALESCE((SELECT uuid FROM action WHERE id = NEW.action_id), ''), 'actions' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER action_review_point_changed_update AFTER UPDATE ON action_review_point BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'action:' || COALESCE((SELECT uuid FROM action WHERE id = NEW.action_id), ''), 'actions' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER action_review_point_changed_delete AFTER DELETE ON action_review_point BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'action:' || COALESCE((SELECT uuid FROM action WHERE id = OLD.action_id), ''), 'actions' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER review_changed_insert AFTER INSERT ON review BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'review:' || NEW.uuid, 'review' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER review_changed_update AFTER UPDATE ON review BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'review:' || NEW.uuid, 'review' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER review_changed_delete AFTER DELETE ON review BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'review:' || OLD.uuid, 'review' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER review_response_changed_insert AFTER INSERT ON review_response BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'review-response:' || COALESCE((SELECT uuid FROM review WHERE id = NEW.review_id), '') || '/' || NEW.checklist_key || '/' || NEW.item_key, 'review' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER review_response_changed_update AFTER UPDATE ON review_response BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'review-response:' || COALESCE((SELECT uuid FROM review WHERE id = NEW.review_id), '') || '/' || NEW.checklist_key || '/' || NEW.item_key, 'review' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER review_response_changed_delete AFTER DELETE ON review_response BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'review-response:' || COALESCE((SELECT uuid FROM review WHERE id = OLD.review_id), '') || '/' || OLD.checklist_key || '/' || OLD.item_key, 'review' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER review_subquestion_changed_insert AFTER INSERT ON review_subquestion BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'review-subquestion:' || NEW.uuid, 'review' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER review_subquestion_changed_update AFTER UPDATE ON review_subquestion BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'review-subquestion:' || NEW.uuid, 'review' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER review_subquestion_changed_delete AFTER DELETE ON review_subquestion BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'review-subquestion:' || OLD.uuid, 'review' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER review_evidence_changed_insert AFTER INSERT ON review_evidence BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'review-evidence:' || NEW.uuid, 'review' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER review_evidence_changed_update AFTER UPDATE ON review_evidence BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'review-evidence:' || NEW.uuid, 'review' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER review_evidence_changed_delete AFTER DELETE ON review_evidence BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'review-evidence:' || OLD.uuid, 'review' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER contribution_changed_insert AFTER INSERT ON contribution BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'contribution:' || NEW.uuid, 'sync' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER contribution_changed_update AFTER UPDATE ON contribution BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'contribution:' || NEW.uuid, 'sync' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER contribution_changed_delete AFTER DELETE ON contribution BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'contribution:' || OLD.uuid, 'sync' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER sync_conflict_changed_insert AFTER INSERT ON sync_conflict BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'conflict:' || NEW.uuid, 'sync' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER sync_conflict_changed_update AFTER UPDATE ON sync_conflict BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'conflict:' || NEW.uuid, 'sync' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER sync_conflict_changed_delete AFTER DELETE ON sync_conflict BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'conflict:' || OLD.uuid, 'sync' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER sync_import_changed_insert AFTER INSERT ON sync_import BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'import:' || NEW.bundle_uuid, 'sync' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER sync_import_changed_update AFTER UPDATE ON sync_import BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'import:' || NEW.bundle_uuid, 'sync' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER sync_import_changed_delete AFTER DELETE ON sync_import BEGIN
    INSERT INTO change_log (rev, item, scope) SELECT revision + 1, 'import:' || OLD.bundle_uuid, 'sync' FROM workbook WHERE id = 1;
END;

CREATE TRIGGER workbook_changed AFTER UPDATE OF kind, programme_name, owner_name, owner_organisation, owner_role, base_revision ON workbook BEGIN
    INSERT INTO change_log (rev, item, scope) VALUES (NEW.revision + 1, 'workbook', 'workbook');
END;
