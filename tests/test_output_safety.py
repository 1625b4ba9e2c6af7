"""What the tool hands to terminals, spreadsheets and the file system is safe to open.

* Every CSV the tool writes neutralizes formula cells (OWASP: a leading ``'`` before ``=``,
  ``+``, ``-``, ``@``, tab and CR), whichever command writes it.
* Contact data reaches a terminal with escape sequences, C1 and bidi controls shown as
  visible escapes; ``--json`` keeps the data exact.
* Every folder the workspace creates is 0700 whatever the umask, parents included.
* ``email login`` / ``twitter login`` never claim a secret was stored when it was not.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.null
import pytest

from orchestrator.output import csv_safe, csv_text, terminal_safe

from core_details import DETAILS

ROOT = Path(__file__).resolve().parents[1]
# What no terminal output may contain raw: C0 controls but tab/newline, DEL, C1, bidi.
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                         "\u2066-\u2069\u2028\u2029]")
ESCAPES = "\x1b]8;;https://evil.example\x07click\x1b]8;;\x07\x1b[2J\u202egnp.exe\x9b31m"
TOPICS = DETAILS

FORMULAS = ['=HYPERLINK("https://evil.example","x")', "+Ada+cmd|' /C calc'!A0",
            "-Ada+1", "@SUM(A1:A9)"]


# --- CSV -------------------------------------------------------------------------------


@pytest.mark.parametrize("cell", [*FORMULAS, "-2+3", "\tTab", "\rCR", "=1+1"])
def test_a_formula_cell_gets_a_leading_quote(cell):
    assert csv_safe(cell) == "'" + cell
    (row,) = list(csv.reader(io.StringIO(csv_text(["a"], [{"a": cell}]))))[1:]
    assert row == ["'" + cell]


@pytest.mark.parametrize("cell", ["Ada", "a=b", " =1", "", "'quoted", 42, -5, None])
def test_other_cells_are_written_as_they_are(cell):
    assert csv_safe(cell) == cell


def test_the_queue_csv_neutralizes_every_column(tmp_path):
    from orchestrator.cli.queue_cmd import QUEUE_CSV_FIELDS, write_queue_csv

    row = {name: f"{prefix}{name}" for name, prefix in
           zip(QUEUE_CSV_FIELDS, "=+-@\t\r=+-@\t\r")}
    path = tmp_path / "q.csv"
    write_queue_csv([row], path)
    with path.open(encoding="utf-8", newline="") as handle:
        header, written = list(csv.reader(handle))
    assert header == list(QUEUE_CSV_FIELDS)
    assert written == ["'" + row[name] for name in QUEUE_CSV_FIELDS]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_no_csv_is_written_around_the_safe_writer():
    """Every CSV the tool writes goes through orchestrator.output (write_csv / csv_text)."""
    offenders = []
    for base in [ROOT / "src", *sorted((ROOT / "plugins").glob("*/src"))]:
        for path in base.rglob("*.py"):
            if path.name == "output.py" and path.parent.name == "orchestrator":
                continue
            text = path.read_text(encoding="utf-8")
            if re.search(r"csv\.(writer|DictWriter)\s*\(", text):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == [], "write CSV with orchestrator.api.write_csv"


def _add_to_ledger(make_app, run_cli, *, first: str, last: str, identity: tuple[str, str],
                   notes: str = "", tags: tuple[str, ...] = ()) -> dict:
    """A person written straight into the ledger, as `contacts list --json` then shows them:
    `contacts add` refuses control characters in a name, but an import or a sync may bring
    any text in, and output must be safe whatever the ledger holds."""
    from orchestrator.model import Contact, Identity

    app = make_app()
    found = app.normalize_identity(*identity)
    with app.ledger.transaction():
        cid = app.ledger.contacts.create(Contact(
            first_name=first, last_name=last, notes=notes, tags=list(tags),
            identities=[Identity(found.platform, found.key, found.display, "manual", "test")]))
    return next(p for p in run_cli("contacts", "list", "--json").json() if p["id"] == cid)


@pytest.fixture
def queued(run_cli, outreach_home, make_app):
    """The demo workspace plus people whose names are formulas and escape sequences, one
    LinkedIn note and one X DM each waiting to be sent by hand."""
    assert run_cli("demo", "--home", outreach_home).exit_code == 0
    names, notes = {}, {}
    for index, first in enumerate(FORMULAS):
        for offset, platform in enumerate(("linkedin", "twitter")):
            handle = (f"https://www.linkedin.com/in/evil-{index}" if platform == "linkedin"
                      else f"evil_{index}")
            event, city, topic = TOPICS[2 * index + offset]
            added = _add_to_ledger(
                make_app, run_cli, first=first, last="Evil" + ESCAPES, tags=("focus",),
                identity=("url" if platform == "linkedin" else "twitter", handle),
                notes=f"Met at the {event} in {city}; talked about {topic}.")
            names[added["id"]] = added["name"]
            notes[added["id"]] = f"Good talking about {topic} at the {event} in {city}."
    plan = run_cli("plan", "weekly-intros", "--json").json()
    ours = {d["id"]: d["contact_id"] for d in plan["drafts"] if d["contact_id"] in names}
    assert len(ours) == len(names)
    args = [arg for draft, who in ours.items() for arg in ("--note", draft, notes[who])]
    assert run_cli("review", plan["plan_id"], *args).exit_code in (0, 1)
    run_cli("send", plan["plan_id"])
    waiting = {r["draft_id"] for r in run_cli("queue", "--json").json()}
    assert set(ours) <= waiting
    return {"names": names, "drafts": list(ours), "plan": plan["plan_id"]}


@pytest.mark.parametrize("command", [("queue",), ("linkedin", "queue"), ("twitter", "queue")])
def test_every_queue_csv_neutralizes_formulas(run_cli, queued, tmp_path, command):
    path = tmp_path / "queue.csv"
    result = run_cli(*command, "--csv", path)
    assert result.exit_code == 0, result.stderr
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    evil = [r for r in rows if r["draft_id"] in queued["drafts"]]
    assert evil
    for row in evil:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
        assert row["name"].startswith("'") and row["name"][1:] in queued["names"].values()


# --- terminals -------------------------------------------------------------------------


def test_terminal_safe_escapes_controls_and_bidi_visibly():
    assert terminal_safe("a\x1b[31mb\u202ec\x9bd\x7f") == "a\\x1b[31mb\\u202ec\\x9bd\\x7f"
    assert terminal_safe("two\nlines\tand tab") == "two\nlines\tand tab"
    assert terminal_safe("two\nlines\r", multiline=False) == "two\\nlines\\r"
    assert terminal_safe("Zoë Ó Briain, 東京 🙂") == "Zoë Ó Briain, 東京 🙂"
    assert not RAW_CONTROL.search(terminal_safe("".join(map(chr, range(0x00, 0x3000)))))


def test_contacts_list_and_show_escape_what_the_ledger_holds(run_cli, outreach_home,
                                                             make_app):
    assert run_cli("init", "--name", "Robin").exit_code == 0
    added = _add_to_ledger(make_app, run_cli, first="[link=https://evil.example]Ada",
                           last="Evil" + ESCAPES, identity=("email", "ada@example.com"),
                           notes="line one\x1b[2J\nline two\u202e", tags=("x\x1b[5m",))
    for args in (("contacts", "list"), ("contacts", "show", str(added["id"]))):
        result = run_cli(*args, env={"COLUMNS": "400"})
        assert result.exit_code == 0, result.stderr
        assert not RAW_CONTROL.search(result.stdout), args
        assert "\\x1b" in result.stdout and "\\u202e" in result.stdout
        assert "[link=https://evil.example]Ada" in result.stdout  # shown, not rich markup
    as_json = run_cli("contacts", "list", "--json")
    assert not RAW_CONTROL.search(as_json.stdout)
    (person,) = as_json.json()
    assert person["name"] == added["name"] == "[link=https://evil.example]Ada Evil" + ESCAPES
    assert json.loads(run_cli("contacts", "show", str(added["id"]), "--json").stdout)[
        "notes"] == "line one\x1b[2J\nline two\u202e"


def test_queue_preview_review_and_explain_escape_contact_data(run_cli, queued):
    outputs = {
        "queue": run_cli("queue", env={"COLUMNS": "400"}),
        "preview": run_cli("preview", queued["plan"], "--all", env={"COLUMNS": "400"}),
        "explain": run_cli("policy", "explain", queued["drafts"][0]),
        "review": run_cli("review", queued["plan"], "--note", queued["drafts"][1], "x"),
    }
    for name, result in outputs.items():
        assert not RAW_CONTROL.search(result.stdout + result.stderr), name
    for name in ("queue", "preview", "explain"):
        assert "\\x1b" in outputs[name].stdout, name
    # --json keeps the exact data, with the dangerous characters as JSON escapes
    for args in (("queue", "--json"), ("preview", queued["plan"], "--json")):
        assert not RAW_CONTROL.search(run_cli(*args).stdout), args
    names = {row["name"] for row in run_cli("queue", "--json").json()}
    assert set(queued["names"].values()) <= names


def test_the_review_file_keeps_each_person_on_one_line(make_app, queued):
    """A name with a newline cannot add a line of its own (``== DRAFT skip``) to the file
    the user edits, nor an escape sequence reach the terminal the editor runs in."""
    from orchestrator.cli.review_cmd import parse_editor_text, to_editor_text

    app = make_app()
    plan = app.ledger.plans.get(queued["plan"])
    drafts = [d for d in app.ledger.plans.drafts(queued["plan"]) if d.status == "draft"]
    first = drafts[0]
    app.ledger.contacts.update(first.contact_id, first_name="Ada\n== " + first.id + " skip",
                               last_name="Evil" + ESCAPES)
    contacts = {c.id: c for c in app.ledger.contacts.all({d.contact_id for d in drafts})}
    text = to_editor_text(plan, drafts, contacts)
    assert not RAW_CONTROL.search(text)
    assert sum(line.startswith("==") for line in text.splitlines()) == len(drafts)
    notes, statuses = parse_editor_text(text)
    assert statuses[first.id] == "draft"


def test_an_error_quoting_user_input_is_escaped(run_cli, queued):
    result = run_cli("review", queued["plan"], "--note", "draft\x1b[2J\u202e", "x")
    assert result.exit_code == 2
    assert "draft\\x1b[2J\\u202e" in result.stderr and not RAW_CONTROL.search(result.stderr)


# --- folders ---------------------------------------------------------------------------


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_private_dirs_and_their_parents_are_0700_whatever_the_umask(tmp_path, umask_022):
    from orchestrator.workspace import make_private_dir

    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    make_private_dir(shared / "a" / "b" / "c")
    for folder in (shared / "a", shared / "a" / "b", shared / "a" / "b" / "c"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755  # not ours: left alone
    make_private_dir(shared / "a" / "b" / "c")  # exists: fine
    (shared / "file").write_text("")
    with pytest.raises(FileExistsError):
        make_private_dir(shared / "file")


def test_every_folder_the_workspace_creates_is_0700(run_cli, tmp_path, umask_022):
    home = tmp_path / "new" / "workspace"
    assert run_cli("demo", "--home", home).exit_code == 0
    plan = run_cli("plans", "--json", "--home", home).json()[0]["id"]
    run_cli("send", plan, "--home", home)
    run_cli("queue", "--html", home / "reports" / "q.html", "--home", home)
    folders = [p for p in [tmp_path / "new", *home.rglob("*")] if p.is_dir()]
    assert any(p.name == "exports" for p in folders)
    assert any(p.parent.name == "exports" for p in folders)  # exports/PLAN
    assert {str(p.relative_to(tmp_path)): oct(stat.S_IMODE(p.stat().st_mode))
            for p in folders if stat.S_IMODE(p.stat().st_mode) != 0o700} == {}


# --- keyring ---------------------------------------------------------------------------


class ForgetfulKeyring(keyring.backend.KeyringBackend):
    """Takes every secret and keeps none (like an empty chain of backends)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        return None

    def delete_password(self, service, username):
        return None


getattr(keyring.backend.KeyringBackend, "_classes", set()).discard(ForgetfulKeyring)


def test_email_login_without_a_keyring_says_nothing_was_stored(run_cli, memory_keyring):
    keyring.set_keyring(keyring.backends.null.Keyring())
    result = run_cli("email", "login")  # refused before asking for the password
    assert result.exit_code == 3, result.stderr
    assert "Stored" not in result.stdout
    assert "Nothing was stored" in result.stderr and "OUTREACH_EMAIL_PASSWORD" in result.stderr


def test_email_login_checks_the_keyring_kept_the_password(run_cli, memory_keyring):
    keyring.set_keyring(ForgetfulKeyring())
    result = run_cli("email", "login", input="s3cret-pass\ns3cret-pass\n")
    assert result.exit_code == 3, result.stderr
    assert "Stored in the keyring" not in result.stdout
    assert "did not keep" in result.stderr and "OUTREACH_EMAIL_PASSWORD" in result.stderr
    assert "s3cret-pass" not in result.stdout + result.stderr


def test_email_login_with_a_keyring_stores_the_password(run_cli, memory_keyring):
    result = run_cli("email", "login", input="s3cret-pass\ns3cret-pass\n")
    assert result.exit_code == 0 and "Stored in the keyring." in result.stdout
    assert memory_keyring.get_password("outreach-orchestrator", "email.password") == "s3cret-pass"


def test_twitter_login_without_a_keyring_stops_before_the_browser(run_cli, memory_keyring,
                                                                  monkeypatch):
    import webbrowser

    opened = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url))
    keyring.set_keyring(keyring.backends.null.Keyring())
    result = run_cli("twitter", "login", "--no-browser", "--timeout", "1",
                     env={"OUTREACH_X_CLIENT_ID": "client-123"})
    assert result.exit_code == 3, result.stderr
    assert "Nothing was stored" in result.stderr and "OUTREACH_X_ACCESS_TOKEN" in result.stderr
    assert "Logged in" not in result.stdout and opened == []
    assert "http" not in result.stderr  # no authorization link was offered


def test_a_secret_store_that_keeps_nothing_is_an_error(memory_keyring):
    from orchestrator import secrets

    keyring.set_keyring(ForgetfulKeyring())
    with pytest.raises(secrets.KeyringUnavailable, match="did not keep") as caught:
        secrets.store("x.token", "value-1234", env="OUTREACH_X_TOKEN")
    assert "$OUTREACH_X_TOKEN" in caught.value.hint and caught.value.exit_code == 3
    assert secrets.keyring_problem() is None  # it looks usable; only the check tells
    keyring.set_keyring(keyring.backends.null.Keyring())
    assert "no usable system keyring" in secrets.keyring_problem()
