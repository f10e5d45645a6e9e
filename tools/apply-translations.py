#!/usr/bin/python3
"""Apply translations written as JSON to a Qt .ts catalogue (docs/translation.md).

Each JSON file is a list of {"source", "comment", "translation"} or, for a message with %n,
{"source", "comment", "forms": {"one", "other"[, "zero"]}}. A translation is keyed by its exact
English source and disambiguation, not by context: it is written into every context holding that
message, and marked finished. Run `cmake --build build --target update_translations` afterwards
to have lupdate lay the file out again.

usage: tools/apply-translations.py CATALOGUE.ts FILE.json [FILE.json ...]
"""
import json
import sys
import xml.etree.ElementTree as ET

# Qt's Welsh plural forms, in order: n == 0, n == 1, 2 <= n <= 5, n == 6, any other n.
WELSH_FORMS = ("zero", "one", "other", "other", "other")


def forms_for(entry):
    forms = entry["forms"]
    return [forms.get("zero", forms["other"]) if f == "zero" else forms[f] for f in WELSH_FORMS]


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 1
    catalogue, files = argv[1], argv[2:]
    wanted = {}
    for path in files:
        for entry in json.load(open(path, encoding="utf-8")):
            wanted[(entry["source"], entry.get("comment") or "")] = entry
    tree = ET.parse(catalogue)
    applied = 0
    for message in tree.getroot().iter("message"):
        key = (message.findtext("source"), message.findtext("comment") or "")
        entry = wanted.get(key)
        if entry is None:
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if message.get("numerus") == "yes":
            if "forms" not in entry:
                print(f"skipped (needs plural forms): {key[0]!r}", file=sys.stderr)
                continue
            for text in forms_for(entry):
                ET.SubElement(translation, "numerusform").text = text
        else:
            text = entry.get("translation")
            if text is None:
                print(f"skipped (plural forms for a message without %n): {key[0]!r}", file=sys.stderr)
                continue
            translation.text = text
        translation.attrib.pop("type", None)
        applied += 1
    tree.write(catalogue, encoding="utf-8", xml_declaration=True)
    print(f"{applied} messages translated in {catalogue}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
