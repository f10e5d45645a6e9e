#!/usr/bin/python3
"""Prints everything a merge left in a workbook, in a form two runs of the same merge share, so
that a change to how a merge works can be shown to leave the same outcome (issue 16).

Every row of every table (the search index's own tables aside: they follow the texts), with what
differs from run to run left out: the clock's times, the ids made afresh for rows a merge creates
(a contribution's, a conflict's, a rating's...), which open workbook wrote a revision, the backup's
path. Kept: every item's fields, every version of every text, every conflict with its four states
(as the references the import stored), every contribution, every import record and what undo
reads from it, who is recorded as an author of what, the change log, the revisions.

usage: tools/merge-outcome.py WORKBOOK.qdf [MERGE-OUTPUT.json]  > outcome.txt
       diff outcome-before.txt outcome-after.txt

MERGE-OUTPUT.json, if given, is `qdf merge --json`'s output: its counts per file are printed too.
"""
import hashlib
import json
import re
import sqlite3
import sys

# Times written from the clock, and where the backup went.
VOLATILE = {"changed_at", "imported_at", "resolved_at", "first_seen_at", "accepted_at", "created_at", "erased_at",
            "backup_path", "deleted_at"}
# Tables whose uuid is made where the row is written (not carried by a bundle).
MADE_HERE = {"answer", "contribution", "sync_conflict", "catalyst_rating", "catalyst_agreed", "catalyst_target",
             "review_response", "review_subquestion", "review_evidence", "action", "erasure", "plan_stage",
             "plan_milestone"}
SKIP_TABLES = {"sqlite_sequence"}


def dump(path):
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    # A uuid made here is named by its table and row wherever it appears (the change log, items).
    made = {}
    for table in sorted(MADE_HERE & set(tables)):
        for uuid, rowid in db.execute("SELECT uuid, id FROM %s" % table):
            made[uuid] = "%s#%d" % (table, rowid)
    changed_at = re.compile(r'"changedAt":"[^"]*"')
    uuid = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

    def stable(value):
        if isinstance(value, bytes):
            return "bytes:" + hashlib.sha256(value).hexdigest()
        if isinstance(value, str):
            value = changed_at.sub('"changedAt":"*"', value)  # the clock's, inside a kept state
            return uuid.sub(lambda m: made.get(m.group(0), m.group(0)), value)
        return value
    for table in tables:
        if table.startswith("search_index") or table in SKIP_TABLES:
            continue
        columns = [r[0] for r in db.execute("SELECT name FROM pragma_table_info(?)", (table,))]
        kept = [c for c in columns if c not in VOLATILE and not (c == "uuid" and table in MADE_HERE)
                and not (table == "revision_log" and c == "writer")]
        if table == "sync_blob":
            kept = ["hash"]  # the data is the state the hash names, compressed
        order = ", ".join(c for c in ("id", "rev", "item_id", "hash", "key") if c in columns) or "rowid"
        query = "SELECT %s FROM %s ORDER BY %s" % (", ".join('"%s"' % c for c in kept), table, order)
        rows = db.execute(query).fetchall()
        print("== %s (%d rows): %s" % (table, len(rows), ", ".join(kept)))
        for row in rows:
            print(json.dumps([stable(v) for v in row], ensure_ascii=False))


def counts(path):
    out = json.load(open(path))
    print("== qdf merge --json")
    for report in out.get("imports", []):
        report = {k: v for k, v in report.items() if k != "backup"}
        print(json.dumps(report, sort_keys=True))
    print(json.dumps({"openConflicts": out.get("openConflicts")}))


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    if len(argv) == 3:
        counts(argv[2])
    dump(argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
