#!/usr/bin/python3
"""What a screen reader (Orca) is given of the running window, read through AT-SPI.

Run by atspi-check.sh inside its own X server and session bus, once per view:
  atspi_check.py section|scoring|group
Prints what it found; exits 1 with the findings when something is missing.
"""
import sys
import time

import pyatspi


def find_app(timeout=40):
    end = time.time() + timeout
    while time.time() < end:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name and "qdf" in app.name.lower():
                return app
        time.sleep(0.5)
    return None


# A table's or a list's cells are read through its Table interface, not walked one by one.
CONTAINERS = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST, pyatspi.ROLE_COMBO_BOX}


def walk(acc, depth=0):
    if acc is None or depth > 40:
        return
    yield acc
    if acc.getRole() in CONTAINERS:
        return
    for child in acc:
        yield from walk(child, depth + 1)


def states(acc):
    return acc.getState()


def labelled(acc):
    return any(r.getRelationType() == pyatspi.RELATION_LABELLED_BY for r in acc.getRelationSet())


def showing(acc):
    s = states(acc)
    return s.contains(pyatspi.STATE_SHOWING) and s.contains(pyatspi.STATE_VISIBLE)


def table_named(app, words):
    for acc in walk(app):
        if acc.getRole() in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE) and words in acc.name and showing(acc):
            return acc
    return None


def cells(table):
    t = table.queryTable()
    for r in range(t.nRows):
        yield r, [t.getAccessibleAt(r, c) for c in range(t.nColumns)]


def check_navigation(app, findings, said):
    nav = table_named(app, "Workbook contents")
    if nav is None:
        findings.append("no navigation named 'Workbook contents'")
        return
    names = [row[0].name for _, row in cells(nav)]
    selected = [row[0].name for _, row in cells(nav) if states(row[0]).contains(pyatspi.STATE_SELECTED)]
    said.append("navigation: %s, %d entries (%s…), selected: %s" % (nav.getRoleName(), len(names), ", ".join(names[:3]), selected))
    if len(names) < 10 or not any("Care standards" in n for n in names):
        findings.append("the navigation's entries are not read: %s" % names)
    if len(selected) != 1:
        findings.append("the navigation's current page is not said as selected: %s" % selected)


def check_named(app, findings, said):
    controls = 0
    for acc in walk(app):
        s = states(acc)
        if not (s.contains(pyatspi.STATE_FOCUSABLE) and showing(acc) and s.contains(pyatspi.STATE_ENABLED)):
            continue
        controls += 1
        role = acc.getRole()
        if not acc.name.strip() and not labelled(acc):
            findings.append("%s without a name or label" % acc.getRoleName())
        if role == pyatspi.ROLE_COMBO_BOX and not labelled(acc):
            findings.append("combo box '%s' is not labelled by anything" % acc.name)
    said.append("%d focusable controls on show, each named" % controls if controls else "no focusable controls found")
    if controls < 5:
        findings.append("only %d focusable controls found" % controls)


def check_section(app, findings, said):
    edits = [a for a in walk(app) if a.getRole() == pyatspi.ROLE_TEXT and states(a).contains(pyatspi.STATE_EDITABLE) and showing(a)]
    named = [a for a in edits if a.name.strip() or labelled(a)]
    said.append("section page: %d answer boxes, %d named or labelled (e.g. '%s')" % (len(edits), len(named), named[0].name if named else ""))
    if not edits or len(named) != len(edits):
        findings.append("answer boxes without a name: %d of %d" % (len(edits) - len(named), len(edits)))


def check_scoring(app, findings, said):
    grid = table_named(app, "Self-assessment")
    if grid is None:
        findings.append("no scoring grid")
        return
    checkable = checked = 0
    example = ""
    for _, row in cells(grid):
        for cell in row:
            s = states(cell)
            if s.contains(pyatspi.STATE_CHECKABLE):
                checkable += 1
            if s.contains(pyatspi.STATE_CHECKED):
                checked += 1
                example = example or cell.name
    # Qt 6.4's bridge carries "checked" but not "checkable": the levels not chosen are plain cells.
    said.append("scoring grid: %d levels checked (e.g. '%s'); %d cells said to be checkable" % (checked, example[:50], checkable))
    if checked == 0:
        findings.append("the chosen level is not said as checked")


def check_group(app, findings, said):
    group = table_named(app, "Group view")
    if group is None:
        findings.append("no group view")
        return
    t = group.queryTable()
    headers = [t.getColumnDescription(c) or (t.getColumnHeader(c).name if t.getColumnHeader(c) else "") for c in range(t.nColumns)]
    agreed = next((c for c, h in enumerate(headers) if h.startswith("Agreed")), None)
    if agreed is None:
        findings.append("the group view has no column 'Agreed': %s" % headers)
        return
    levels = [t.getAccessibleAt(r, agreed) for r in range(t.nRows)]
    named = [c.name for c in levels if c.name.strip()]
    editable = [c for c in levels if states(c).contains(pyatspi.STATE_EDITABLE)]
    said.append("group view: %d rows, Agreed column says e.g. '%s'; %d of them said to be editable"
                % (t.nRows, named[0] if named else "", len(editable)))
    if not levels or len(named) != len(levels):
        findings.append("agreed levels without a name: %d of %d" % (len(levels) - len(named), len(levels)))


def main():
    view = sys.argv[1]
    app = find_app()
    if app is None:
        print("atspi: the window never appeared on the accessibility bus")
        return 1
    time.sleep(2)  # the page built and shown
    findings, said = [], []
    check_navigation(app, findings, said)
    check_named(app, findings, said)
    {"section": check_section, "scoring": check_scoring, "group": check_group}[view](app, findings, said)
    for line in said:
        print("atspi %s: %s" % (view, line))
    for line in findings:
        print("atspi %s: FINDING %s" % (view, line))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
