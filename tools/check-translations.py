#!/usr/bin/python3
"""Fails when a message in the sources has no finished Welsh translation (docs/translation.md).

Runs a fresh lupdate over the sources into a copy of the catalogue, so a string added to the code
and not yet in the catalogue counts as missing too, and checks that every translation keeps the
English's placeholders (%1, %n…). Prints each message missing or wrong, with its context.

usage: tools/check-translations.py LUPDATE SOURCE_DIR CATALOGUE.ts
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")


def sources(root):
    for top in ("src", "ui"):
        for folder, _, names in os.walk(os.path.join(root, top)):
            for name in sorted(names):
                if name.endswith((".cpp", ".h", ".ui")):
                    yield os.path.join(folder, name)


def main(argv):
    if len(argv) != 4:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    lupdate, root, catalogue = argv[1:]
    with tempfile.TemporaryDirectory() as scratch:
        fresh = os.path.join(scratch, os.path.basename(catalogue))
        shutil.copyfile(catalogue, fresh)
        listing = os.path.join(scratch, "sources.lst")
        with open(listing, "w") as f:
            f.write("\n".join(sources(root)) + "\n")
        run = subprocess.run([lupdate, "-silent", "-locations", "none", "@" + listing, "-ts", fresh],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if run.returncode != 0:
            print(run.stdout)
            return 2
        problems = []
        total = 0
        for context in ET.parse(fresh).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                state = translation.get("type") if translation is not None else "unfinished"
                if state in ("obsolete", "vanished"):
                    continue
                total += 1
                source = message.findtext("source")
                texts = [f.text or "" for f in translation.findall("numerusform")] if message.get("numerus") == "yes" \
                    else [translation.text or ""]
                if state == "unfinished" or not all(t.strip() for t in texts):
                    problems.append(f"no Welsh: [{name}] {source!r}")
                    continue
                wanted = set(PLACEHOLDER.findall(source)) - ({"%n"} if message.get("numerus") == "yes" else set())
                for t in texts:
                    if not wanted <= set(PLACEHOLDER.findall(t)):
                        problems.append(f"placeholders {sorted(wanted)} lost: [{name}] {source!r} -> {t!r}")
                        break
    for p in problems:
        print(p)
    print(f"{total - len(problems)} of {total} messages have a finished Welsh translation")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
