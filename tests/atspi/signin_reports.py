#!/usr/bin/python3
"""Signs in to the real Portiek and reads a report through the accessibility tree (AT-SPI only).

Finds controls only by their accessible role and name, as a screen reader user hears them (the
Dutch interface), never by coordinates or Qt object names: types the demo representative's
username and password, signs in, types the SMS code from the server's outbox, picks the client
Gerard van Dijk, opens the part "Rapportages" and the newest report, and checks that the report's
text is in the tree. Started by run-atspi-test, which provides the display, buses and server.
"""

import argparse
import json
import re
import sqlite3
import subprocess
import sys
import time

import pyatspi

USERNAME = "mvandijk"
PASSWORD = "lente in het park bij de vijver"
CLIENT_ID = "100482"
CLIENT_NAME = "Gerard van Dijk"

TIMEOUT = 30.0  # seconds per wait: generous for a busy 2-core machine
POLL = 0.25

R = pyatspi  # roles: R.ROLE_...


class Failure(Exception):
    pass


def role_name(obj):
    try:
        return obj.getRoleName()
    except Exception:  # noqa: BLE001 - the object went away
        return "?"


def showing(obj):
    try:
        states = obj.getState()
        return states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_VISIBLE)
    except Exception:  # noqa: BLE001
        return False


def children(obj):
    try:
        return [obj.getChildAtIndex(i) for i in range(obj.childCount)]
    except Exception:  # noqa: BLE001
        return []


def text_of(obj):
    """The whole text of an object with the Text interface, or None."""
    try:
        text = obj.queryText()
    except NotImplementedError:
        return None
    except Exception:  # noqa: BLE001
        return None
    return text.getText(0, text.characterCount)


def walk(obj, only_showing=True, depth=0, limit=60):
    """Every descendant of obj (showing ones only, by default), depth first."""
    if depth > limit:
        return
    for child in children(obj):
        if child is None or (only_showing and not showing(child)):
            continue
        yield child
        yield from walk(child, only_showing, depth + 1, limit)


def dump(obj, out, depth=0, max_lines=600, lines=None):
    """The accessible tree under obj: role, name, notable states, text (shortened)."""
    lines = lines if lines is not None else [0]
    for child in children(obj):
        if lines[0] >= max_lines:
            return
        if child is None or not showing(child):
            continue
        states = []
        try:
            state_set = child.getState()
            for state, word in ((pyatspi.STATE_FOCUSED, "focused"),
                                (pyatspi.STATE_SELECTED, "selected"),
                                (pyatspi.STATE_ENABLED, None)):
                if word and state_set.contains(state):
                    states.append(word)
            if not state_set.contains(pyatspi.STATE_ENABLED):
                states.append("disabled")
        except Exception:  # noqa: BLE001
            pass
        text = text_of(child)
        extra = ""
        if text and text != child.name:
            extra = " text=%r" % (text[:120] + ("…" if len(text) > 120 else ""))
        out.write("%s[%s] %r%s%s\n" % ("  " * depth, role_name(child), child.name,
                                      " (" + ", ".join(states) + ")" if states else "", extra))
        lines[0] += 1
        dump(child, out, depth + 1, max_lines, lines)


class App:
    def __init__(self, pid):
        self.pid = pid
        self.root = None

    def find_application(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for app in children(desktop):
            try:
                if app is not None and app.get_process_id() == self.pid:
                    return app
            except Exception:  # noqa: BLE001
                continue
        return None

    def refresh(self):
        if self.root is not None:
            try:
                self.root.clearCache()
            except Exception:  # noqa: BLE001
                self.root = None

    def fail(self, message):
        sys.stderr.write("FAIL: %s\n" % message)
        if self.root is not None:
            sys.stderr.write("The accessible tree of Portiek (showing objects only):\n")
            try:
                self.root.clearCache()
                dump(self.root, sys.stderr)
            except Exception as error:  # noqa: BLE001
                sys.stderr.write("(cannot dump the tree: %s)\n" % error)
        raise Failure(message)

    def wait(self, what, probe, timeout=TIMEOUT):
        """Polls probe() until it returns something true; fails with the tree after timeout."""
        deadline = time.monotonic() + timeout
        while True:
            self.refresh()
            try:
                result = probe()
            except Exception:  # noqa: BLE001 - objects come and go while the UI changes
                result = None
            if result:
                return result
            if time.monotonic() > deadline:
                self.fail("waited %.0f s for %s" % (timeout, what))
            time.sleep(POLL)

    def start(self):
        self.root = self.wait("Portiek to appear on the AT-SPI bus", self.find_application,
                              timeout=60)

    def find(self, role, name=None, under=None, contains=None):
        """The first showing object with this role and name (exact), or whose name contains."""
        for obj in walk(under or self.root):
            if obj.getRole() != role:
                continue
            if name is not None and obj.name != name:
                continue
            if contains is not None and contains not in (obj.name or ""):
                continue
            return obj
        return None

    def wait_for(self, role, name=None, under=None, contains=None, timeout=TIMEOUT):
        what = "a showing %s named %r" % (pyatspi.Role(role).value_nick if hasattr(
            pyatspi.Role(role), "value_nick") else role, name if name is not None else contains)
        return self.wait(what, lambda: self.find(role, name, under, contains), timeout)


def press(obj):
    """Presses a button through its accessible action, as a screen reader's 'activate' does."""
    action = obj.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("press", "Press", "click", "activate"):
            action.doAction(i)
            return
    action.doAction(0)


def type_text(app, field, text):
    """Puts text in an editable field and checks the field now holds it."""
    field.queryComponent().grabFocus()
    field.queryEditableText().setTextContents(text)
    app.wait("%r to hold the typed text" % field.name, lambda: text_of(field) == text)


def choose_in_list(app, listbox, wanted, item_role):
    """Selects the first item of the list whose name starts with `wanted` through its accessible
    action ("Toggle"), as a screen reader's 'select' does, and waits until it is selected."""

    def item():
        for candidate in walk(listbox):
            if candidate.getRole() == item_role and (candidate.name or "").startswith(wanted):
                return candidate
        return None

    found = app.wait("an item %r in list %r" % (wanted, listbox.name), item)
    if not found.getState().contains(pyatspi.STATE_SELECTED):
        action = found.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        if "Toggle" not in names:
            app.fail("item %r has no action Toggle, only %r" % (found.name, names))
        action.doAction(names.index("Toggle"))
    app.wait("item %r to be selected" % found.name,
             lambda: found.getState().contains(pyatspi.STATE_SELECTED))
    return found


def latest_sms_code(server, config):
    output = subprocess.run([server, "outbox", "--json", "--config", config], check=True,
                            capture_output=True, timeout=30).stdout
    code = None
    for message in json.loads(output):
        if message.get("channel") == "sms":
            match = re.search(r"\b(\d{6})\b", message.get("body", ""))
            if match:
                code = match.group(1)
    return code


def newest_report_text(database):
    with sqlite3.connect(database) as db:
        row = db.execute("SELECT body FROM reports WHERE client_id = ? "
                         "ORDER BY created_at DESC, id DESC LIMIT 1", (CLIENT_ID,)).fetchone()
    if not row:
        raise Failure("the demo data has no reports for client %s" % CLIENT_ID)
    return row[0]


def run(args):
    app = App(args.pid)
    app.start()
    started = time.monotonic()

    # The sign-in page: "Gebruikersnaam", "Wachtwoord", "Inloggen".
    username = app.wait_for(R.ROLE_TEXT, "Gebruikersnaam")
    password = app.wait_for(R.ROLE_PASSWORD_TEXT, "Wachtwoord")
    type_text(app, username, USERNAME)
    password.queryComponent().grabFocus()
    password.queryEditableText().setTextContents(PASSWORD)
    # A password field does not give its text away; its length is all it shows.
    app.wait("the password field to hold the password",
             lambda: password.queryText().characterCount == len(PASSWORD))
    press(app.wait_for(R.ROLE_PUSH_BUTTON, "Inloggen"))

    # The code page: the code from the text message (in the server's outbox here).
    code_field = app.wait_for(R.ROLE_TEXT, "Code uit het sms-bericht", timeout=45)
    code = app.wait("an SMS code in the server's outbox",
                    lambda: latest_sms_code(args.server, args.config))
    type_text(app, code_field, code)
    press(app.wait_for(R.ROLE_PUSH_BUTTON, "Verder met deze code"))

    # Whose portal: the list of people Mark acts for.
    clients = app.wait_for(R.ROLE_LIST, "Personen voor wie u mag optreden", timeout=45)
    choose_in_list(app, clients, CLIENT_NAME, R.ROLE_LIST_ITEM)
    press(app.wait_for(R.ROLE_PUSH_BUTTON, "Het portaal van de gekozen persoon openen"))

    # The home page: the parts of the portal, then "Rapportages".
    parts = app.wait_for(R.ROLE_LIST, "Onderdelen van het portaal", timeout=45)
    choose_in_list(app, parts, "Rapportages", R.ROLE_LIST_ITEM)
    app.wait_for(R.ROLE_LABEL, "Rapportages")  # the part's heading

    reports = app.wait_for(R.ROLE_LIST, "Rapportages, nieuwste eerst")
    app.wait("the reports to load",
             lambda: any(item.getRole() == R.ROLE_LIST_ITEM for item in walk(reports)))
    first = choose_in_list(app, reports, "", R.ROLE_LIST_ITEM)  # the first: the newest

    expected = newest_report_text(args.database)
    # Qt exposes a read-only text browser as a label (with the Text interface).
    reader = app.wait("the report reader 'De gekozen rapportage'",
                      lambda: app.find(R.ROLE_LABEL, "De gekozen rapportage")
                      or app.find(R.ROLE_TEXT, "De gekozen rapportage"))
    # The reader shows the text as a paragraph; compare with whitespace made single spaces.
    wanted = " ".join(expected.split())
    app.wait("the chosen report's text in the reader %r" % reader.name,
             lambda: wanted in " ".join((text_of(reader) or "").split()))
    if wanted[:60] not in " ".join((first.name or "").split()):
        app.fail("the first report in the list is not named by its text: %r" % first.name)

    print("PASS: signed in, chose %s, read the newest report (%d characters) in %.1f s"
          % (CLIENT_NAME, len(expected), time.monotonic() - started))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pid", type=int, required=True, help="Portiek's process id")
    parser.add_argument("--server", required=True, help="the portiek-server binary")
    parser.add_argument("--config", required=True, help="the server's configuration file")
    parser.add_argument("--database", required=True, help="the server's SQLite database")
    args = parser.parse_args()
    try:
        run(args)
    except Failure:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
