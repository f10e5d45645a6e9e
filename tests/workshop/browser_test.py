#!/usr/bin/python3
"""A real browser in a live workshop (issue 24): Debian's chromium, headless at a phone's size,
driven through chromedriver over W3C WebDriver (JSON over HTTP, from the standard library alone).

It joins `qdf workshop serve` with the session code, picks its name, scores the open driver one
element at a time (one of them "not sure"), and is shown only its own scores while another
participant scores beside it; after the facilitator's reveal it shows the group's spread, with
nobody's name. The round then holds the browser's scores as that participant's own ratings, given
live. Then the facilitator opens a question: the browser answers it, with script in the answer,
and lists its answer as text; the master holds it as typed. With --screenshots DIR it also saves the pictures of the user guide's "Running a live
workshop" (English and Welsh).

    browser_test.py --qdf build/bin/qdf [--screenshots docs/images]

Exit status 0 when every check holds, 1 when one fails, 77 (skipped) without chromium or
chromedriver (scripts/setup.sh installs both).
"""
import argparse
import base64
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

SKIPPED = 77
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"  # the W3C key of an element reference
DRIVER = "building-partnerships"
ELEMENTS = [DRIVER + "-%d" % i for i in range(1, 6)]
DAFYDD = "Dafydd Price"
SIONED = "Sioned Evans"
# What the browser chooses for each element (0: not sure), and what Sioned sends beside it.
CHOICES = [3, 2, 1, 0, 2]
SIONED_LEVELS = [4, 4, 4, 4, 4]
# An answer to the open question, with script a page that built markup from it would run.
ANSWER = "<b>One plan</b> per person <script>window.qdfScriptRan = 1</script><img src=x onerror=\"window.qdfScriptRan=2\">"

checks = 0


def check(condition, what):
    global checks
    checks += 1
    if not condition:
        raise AssertionError(what)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http(method, url, body=None, token=None):
    headers = {}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    if token:
        headers["Authorization"] = "Bearer " + token
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as reply:
            raw = reply.read()
            return reply.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as e:
        raw = e.read()
        return e.code, json.loads(raw) if raw else None


class Browser:
    """A WebDriver session: the few commands this test needs."""

    def __init__(self, driver_url, profile, languages):
        self.base = driver_url
        options = {
            "binary": shutil.which("chromium"),
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--user-data-dir=" + profile, "--no-first-run", "--disable-extensions",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-default-apps", "--lang=" + languages.split(",")[0]],
            "prefs": {"intl.accept_languages": languages},
            "mobileEmulation": {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 1.0, "mobile": True}},
        }
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": options}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        status, reply = http(method, self.base + path, body if body is not None or method != "POST" else {})
        if status != 200:
            raise RuntimeError("WebDriver %s %s: %s %s" % (method, path, status, reply))
        return reply["value"]

    def command(self, method, path, body=None):
        return self.call(method, "/session/%s%s" % (self.session, path), body)

    def open(self, url):
        self.command("POST", "/url", {"url": url})

    def run(self, script, *args):
        return self.command("POST", "/execute/sync", {"script": script, "args": list(args)})

    def find(self, css):
        return self.command("POST", "/element", {"using": "css selector", "value": css})[ELEMENT]

    def click(self, css):
        self.command("POST", "/element/%s/click" % self.find(css), {})

    def type(self, css, text):
        self.command("POST", "/element/%s/value" % self.find(css), {"text": text})

    def text(self, css):
        return self.command("GET", "/element/%s/text" % self.find(css))

    def wait(self, script, what, *args, seconds=20):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.run(script, *args):
                return
            time.sleep(0.1)
        raise AssertionError("waited %d s for %s" % (seconds, what))

    def wait_shown(self, section):
        self.wait("return !document.getElementById(arguments[0]).hidden", "the section " + section, section)

    def screenshot(self, path):
        self.run("window.scrollTo(0, 0)")  # the page from its top, as it first shows
        with open(path, "wb") as f:
            f.write(base64.b64decode(self.command("GET", "/screenshot")))

    def quit(self):
        try:
            self.call("DELETE", "/session/" + self.session)
        except Exception:
            pass


def serve(qdf, master):
    process = subprocess.Popen([qdf, "workshop", "serve", master, "--round", "Workshop", "--person", DAFYDD,
                                "--person", SIONED], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = process.stdout.readline().split()
    token = process.stdout.readline().strip()
    check(len(first) == 2 and first[0].startswith("http://127.0.0.1:"), "qdf workshop serve's first line: %r" % first)
    return process, first[0], first[1], token


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--qdf", required=True)
    parser.add_argument("--screenshots", help="save the user guide's phone pictures here")
    options = parser.parse_args()
    for program in ("chromium", "chromedriver"):
        if not shutil.which(program):
            print("skipped: %s is not installed (Debian: apt-get install chromium chromium-driver; "
                  "scripts/setup.sh does)" % program)
            return SKIPPED

    work = tempfile.mkdtemp(prefix="qdf-browser-")
    master = os.path.join(work, "master.qdf")
    for command in (["new", master, "--owner", "Rhian Morgan", "--master", "--programme", "Afon Vale"],
                    ["catalyst", "round", "add", master, "Workshop"]):
        subprocess.run([options.qdf] + command, check=True, stdout=subprocess.DEVNULL)
    server, url, code, facilitator = serve(options.qdf, master)
    port = free_port()
    driver = subprocess.Popen(["chromedriver", "--port=%d" % port], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    browsers = []
    try:
        driver_url = "http://127.0.0.1:%d" % port
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                if http("GET", driver_url + "/status")[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)

        # A Welsh phone: the page speaks Welsh by itself, and its switch goes to English and back.
        cy = Browser(driver_url, os.path.join(work, "profile-cy"), "cy-GB,cy")
        browsers.append(cy)
        cy.open(url)
        cy.wait_shown("join-code")
        check(cy.run("return document.documentElement.lang") == "cy", "a Welsh phone gets the Welsh page")
        check(cy.text("#join-code h1") == "Ymuno â'r gweithdy", "the Welsh heading")
        check(cy.text("#language") == "English", "the switch offers English")
        if options.screenshots:
            cy.screenshot(os.path.join(options.screenshots, "cy-workshop-phone-join.png"))
        cy.click("#language")
        check(cy.text("#join-code h1") == "Join the workshop", "the switch turns the page English")
        # A link naming the language wins over the choice this phone saved; choosing again drops it.
        cy.open(url + "?lang=cy")
        cy.wait_shown("join-code")
        check(cy.text("#join-code h1") == "Ymuno â'r gweithdy", "?lang=cy in the link gives the Welsh page")
        cy.click("#language")
        check(cy.text("#join-code h1") == "Join the workshop", "the switch still turns it English")
        check(cy.run("return location.search") == "", "and the address no longer names a language")
        cy.quit()
        browsers.remove(cy)

        # Sioned scores from her own phone (a client of the interface), beside the browser.
        status, joined = http("POST", url + "api/join", {"code": code, "name": SIONED})
        check(status == 201, "Sioned joins")
        for key, level in zip(ELEMENTS, SIONED_LEVELS):
            check(http("POST", url + "api/rate", {"element": key, "level": level}, joined["token"])[0] == 204, "Sioned scores")

        phone = Browser(driver_url, os.path.join(work, "profile-en"), "en-GB,en")
        browsers.append(phone)
        phone.open(url)
        phone.wait_shown("join-code")
        check(phone.run("return document.documentElement.lang") == "en", "an English phone gets the English page")
        if options.screenshots:
            phone.screenshot(os.path.join(options.screenshots, "workshop-phone-join.png"))
        phone.type("#code", code.lower())
        phone.click("#code-form button[type=submit]")
        phone.wait_shown("join-name")
        names = phone.run("return [...document.querySelectorAll('#people input')].map(i => i.value)")
        check(names == [DAFYDD, SIONED], "the programme's people to pick from: %r" % names)
        phone.run("document.querySelector('#people input[value=\"' + arguments[0] + '\"]').click()", DAFYDD)
        phone.click("#name-form button[type=submit]")
        phone.wait_shown("scoring")
        check(phone.text("#driver-name") == "Building partnerships", "the open driver")

        for i, level in enumerate(CHOICES):
            phone.wait("return document.getElementById('element-position').textContent.startsWith('Element ' + arguments[0])",
                       "element %d" % (i + 1), i + 1)
            check(phone.run("return document.querySelectorAll('#levels .level').length") == 4, "four levels")
            check(all(len(d) > 20 for d in phone.run("return [...document.querySelectorAll('#levels .level span:last-child')]"
                                                      ".map(s => s.textContent)")), "each level's descriptor in full")
            chosen = "#not-sure" if level == 0 else "#level-%d" % level
            phone.click(chosen)
            # Saved when the server has said so: the page then marks the level chosen and says it.
            phone.wait("return document.querySelector(arguments[0]).getAttribute('aria-pressed') === 'true'",
                       "the chosen level pressed", chosen)
            check(phone.text("#status").startswith("Saved: "), "the page says the score is saved")
            check(phone.run("return document.querySelectorAll('[aria-pressed=\"true\"]').length") == 1, "one level chosen")
            if options.screenshots and i == 1:
                phone.screenshot(os.path.join(options.screenshots, "workshop-phone-scoring.png"))
            if i + 1 < len(CHOICES):
                phone.click("#next-element")

        # Only its own scores: the overview lists the browser's choices, and nothing of Sioned's.
        overview = phone.run("return [...document.querySelectorAll('#overview li')].map(li => li.textContent)")
        expected = ["Not sure" if level == 0 else "Level %d" % level for level in CHOICES]
        check(all(item.endswith(" — " + want) for item, want in zip(overview, expected)), "own scores: %r" % overview)
        page = phone.run("return document.body.innerText")
        check(SIONED not in page, "nothing of Sioned's before the reveal")
        check(phone.run("return document.getElementById('results').hidden"), "no group view before the reveal")
        check(phone.run("return document.getElementById('result-list').children.length") == 0, "no spread before the reveal")

        # The reveal: the phone shows the spread, biggest differences first, nobody named.
        check(http("POST", url + "api/facilitator/reveal", {}, facilitator)[0] == 200, "the facilitator reveals")
        phone.wait_shown("results")
        results = phone.run("return [...document.querySelectorAll('#result-list .result')].map(r => r.innerText)")
        check(len(results) == 5, "the spread of the five elements")
        check("Your score: 1" in results[0] and "from level 1 to level 4" in results[0], "biggest difference first: %r" % results[0])
        shown = phone.run("return document.getElementById('results').innerText")
        check(SIONED not in shown and DAFYDD not in shown, "no names in the group view")
        if options.screenshots:
            phone.screenshot(os.path.join(options.screenshots, "workshop-phone-results.png"))

        # An open question: the phone shows it with a box, sends an answer typed with script in
        # it, and lists it as the text it is.
        check(http("POST", url + "api/facilitator/question", {"section": "care-standards", "question": "intended-product"},
                   facilitator)[0] == 200, "the facilitator opens a question")
        phone.wait_shown("question")
        check(phone.text("#question-text") == "What is the intended product?", "the question's text")
        check(phone.run("return document.getElementById('answer').labels[0].textContent") == "Your answer",
              "the box is labelled")
        phone.type("#answer", ANSWER)
        phone.click("#answer-form button[type=submit]")
        phone.wait("return document.querySelectorAll('#own-answers li').length === 1", "the answer listed")
        check(phone.text("#own-answers li") == ANSWER, "the answer shown as typed")
        check(phone.run("return document.querySelectorAll('#own-answers script, #own-answers b').length") == 0,
              "no markup made from the answer")
        check(phone.run("return window.qdfScriptRan === undefined"), "the script in the answer never ran")
        check(phone.run("return document.getElementById('answer').value") == "", "the box is emptied once sent")
        check(phone.text("#status").startswith("Sent: "), "the page says the answer is sent")
        if options.screenshots:
            phone.run("document.getElementById('question').scrollIntoView()")
            with open(os.path.join(options.screenshots, "workshop-phone-question.png"), "wb") as f:
                f.write(base64.b64decode(phone.command("GET", "/screenshot")))
        phone.quit()
        browsers.remove(phone)
    finally:
        for b in browsers:
            b.quit()
        driver.terminate()
        driver.wait(timeout=30)
        server.terminate()  # SIGTERM: the session ends, everything received saved
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    check(server.returncode == 0, "qdf workshop serve ends cleanly on SIGTERM (status %s)" % server.returncode)

    # The round holds the browser's scores as Dafydd's own ratings, given live; "not sure" is none.
    db = sqlite3.connect("file:%s?mode=ro" % master, uri=True)
    rows = db.execute("SELECT element_key, level, source, changed_by FROM catalyst_rating WHERE participant = ?"
                      " ORDER BY element_key", (DAFYDD,)).fetchall()
    db.close()
    want = [(key, level, "live-phone", DAFYDD) for key, level in zip(ELEMENTS, CHOICES) if level]
    check(rows == want, "the round's ratings: %r" % rows)
    db = sqlite3.connect("file:%s?mode=ro" % master, uri=True)
    answers = db.execute("SELECT participant, text FROM live_answer").fetchall()
    db.close()
    check(answers == [(DAFYDD, ANSWER)], "the answer in the master, as typed: %r" % answers)
    shutil.rmtree(work, ignore_errors=True)
    print("browser_test: %d checks passed (chromium %s)" % (checks, subprocess.run(
        ["chromium", "--version"], capture_output=True, text=True).stdout.strip()))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except AssertionError as failure:
        print("browser_test: FAILED: %s" % failure)
        sys.exit(1)
