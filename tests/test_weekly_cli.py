"""The weekly loop through the CLI (issue 10): what the user types and reads across weeks.

The review editor keeps notes on a parse error; ``contacts log`` records a touch point from
elsewhere; an opt-out empties the queue and ``confirm`` refuses; ``campaigns show`` says
when each step goes; ``plan`` says which LinkedIn account it assumed; the preview renders
with the settings of now.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

SENDER = '[sender]\nname = "Robin Ashdown"\nheadline = "Founder of Tidewater Analytics"\n'
EMAIL = ('[email]\nfrom = "Robin Ashdown <robin@tidewater.example>"\n'
         'unsubscribe = "mailto:unsubscribe@tidewater.example"\n')
POSTAL = 'postal_address = "1 Quay Street, Galway H91 XY12"\n'
BODY = ("Hi {{ contact.first_name }}, {% if personal_note %}{{ personal_note }} {% endif %}"
        "I'm Robin from Tidewater; we forecast demand for small food shops.")
PEOPLE = [
    ("Ada", "Harvest Fair", "Galway", "sourdough starters"),
    ("Ben", "Cheese Week", "Cork", "raw-milk labelling"),
]


def note(index: int) -> str:
    _, event, city, topic = PEOPLE[index]
    return f"Good talking about {topic} at the {event} in {city}."


@pytest.fixture
def home(run_cli, outreach_home) -> Path:
    assert run_cli("init", "--name", "Robin Ashdown").exit_code == 0
    (outreach_home / "config.toml").write_text(SENDER + EMAIL + POSTAL)
    for first, event, city, topic in PEOPLE:
        added = run_cli("contacts", "add", "--first", first, "--last", "Example",
                        "--tag", "focus", "--email", f"{first.lower()}@example.com",
                        "--linkedin", f"https://www.linkedin.com/in/{first.lower()}-example",
                        "--notes", f"Met at the {event} in {city}; talked about {topic}.")
        assert added.exit_code == 0, added.stderr
    return outreach_home


def campaign(home: Path, steps: str, name: str = "weekly", extra: str = "") -> None:
    (home / "campaigns" / f"{name}.toml").write_text(
        f'name = "{name}"\n{extra}[audience]\ntags = ["focus"]\n' + steps)


INVITE = f"""
[[steps]]
channel = "linkedin"
kind = "invitation"
body = \"\"\"{BODY}\"\"\"
"""
EMAIL_STEP = f"""
[[steps]]
channel = "email"
kind = "email"
mode = "export"
subject = "Hello {{{{ contact.first_name }}}}"
body = \"\"\"{BODY}\"\"\"
"""


def ids(run_cli) -> dict[str, int]:
    return {c["first_name"]: c["id"] for c in run_cli("contacts", "list", "--json").json()}


# --- plan: real ids, and the LinkedIn account it assumed ----------------------------------


def test_plan_says_once_which_linkedin_account_it_assumed(run_cli, home):
    campaign(home, INVITE)
    result = run_cli("plan", "weekly")
    assert result.exit_code == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if "account" in line]
    assert len(lines) == 1 and "'free' is assumed" in lines[0]
    assert "draft-" not in result.stdout
    as_json = run_cli("plan", "weekly", "--json").json()
    assert len(as_json["notices"]) == 1
    assert all(d["id"].startswith(as_json["plan_id"] + "-") for d in as_json["drafts"])
    with (home / "config.toml").open("a") as config:
        config.write('[linkedin]\naccount = "premium"\n')
    assert "assumed" not in run_cli("plan", "weekly").stdout


# --- campaigns show explains each step ------------------------------------------------------


def test_campaigns_show_explains_each_steps_condition_in_words(run_cli, home):
    campaign(home, INVITE + f"""
[[steps]]
name = "nudge"
channel = "email"
kind = "follow-up"
subject = "Re: hello"
after = "7d"
when = "no-reply"
body = \"\"\"{BODY}\"\"\"

[[steps]]
name = "fallback-mail"
channel = "email"
kind = "email"
subject = "Hello"
fallback = true
body = \"\"\"{BODY}\"\"\"
""", extra='schedule = "0 9 * * MON"\n')
    shown = run_cli("campaigns", "show", "weekly")
    assert shown.exit_code == 0, shown.stderr
    text = " ".join(shown.stdout.split())
    assert "Reaches everyone in the audience; once per person." in text
    assert ("Only if they have not written back (on any channel) since this campaign first "
            "reached them; 7 days after the previous step that reached them went out; never "
            "after they wrote back (stop_on_reply)") in text
    assert "Only for people no earlier step of this campaign reached, in this run or any " \
           "earlier one" in text
    steps = run_cli("campaigns", "show", "weekly", "--json").json()["steps"]
    assert [s["when"] for s in steps] == [None, "no-reply", None]
    assert all(s["condition"].endswith(".") for s in steps)


# --- the review editor keeps notes ------------------------------------------------------------


EDITOR = """\
import json, pathlib, sys
path = pathlib.Path(sys.argv[-1])
state = pathlib.Path({state!r})
calls = json.loads(state.read_text()) if state.exists() else []
text = path.read_text()
calls.append({{"argv": sys.argv[1:-1], "text": text}})
state.write_text(json.dumps(calls))
script = {script!r}
step = script[min(len(calls), len(script)) - 1]
if step == "quit":
    sys.exit(0)  # closes without saving
for old, new in step:
    text = text.replace(old, new)
path.write_text(text)
"""


def editor(tmp_path: Path, script: list) -> tuple[dict, Path]:
    state = tmp_path / "editor-calls.json"
    program = tmp_path / "editor.py"
    program.write_text(EDITOR.format(state=str(state), script=script))
    return {"EDITOR": f"{sys.executable} {program}"}, state


def test_a_review_file_with_an_error_reopens_with_the_notes_kept(run_cli, home, tmp_path):
    campaign(home, EMAIL_STEP)
    plan = run_cli("plan", "weekly", "--json").json()
    first, second = (d["id"] for d in plan["drafts"])
    typed = [(f"== {first} keep", f"== {first} keep"),
             ("note: \n\n== " + second, f"note: {note(0)}\n\n== {second}"),
             (f"== {second} keep", f"== {second} kep")]  # a typo on the entry line
    fixed = [(f"== {second} kep", f"== {second} keep")]
    env, state = editor(tmp_path, [typed, fixed])
    result = run_cli("review", plan["plan_id"], env=env)
    assert result.exit_code == 0, result.stderr
    calls = json.loads(state.read_text())
    assert len(calls) == 2
    assert "reopening the editor there" in result.stderr
    reopened = calls[1]["text"]
    assert reopened.startswith("# ERROR line ") and note(0) in reopened  # nothing lost
    error_line = int(reopened.split()[3].rstrip(":"))
    assert reopened.splitlines()[error_line - 1].startswith(f"== {second} kep")
    drafts = {d["id"]: d for d in run_cli("preview", plan["plan_id"], "--json").json()["drafts"]}
    assert drafts[first]["personal_note"] == note(0)


def test_quitting_after_an_error_keeps_the_notes_for_the_next_review(run_cli, home, tmp_path):
    campaign(home, EMAIL_STEP)
    plan = run_cli("plan", "weekly", "--json").json()
    first = plan["drafts"][0]["id"]
    broken = [("note: \n", f"note: {note(0)}\n"), ("# Plan", "oops, text before\n# Plan")]
    env, _ = editor(tmp_path, [broken, "quit"])
    result = run_cli("review", plan["plan_id"], env=env)
    assert result.exit_code == 0 and "No changes." in result.stdout
    kept = home / f".review-{plan['plan_id']}.txt"
    assert note(0) in kept.read_text() and kept.stat().st_mode & 0o777 == 0o600
    # The next review starts from the kept buffer; once it reads, the file goes.
    (tmp_path / "again").mkdir()
    env, _ = editor(tmp_path / "again", [[("oops, text before\n", "")]])
    result = run_cli("review", plan["plan_id"], env=env)
    assert result.exit_code == 0, result.stderr
    assert "Resuming the review you left unfinished" in result.stderr
    assert not kept.exists()
    drafts = {d["id"]: d for d in run_cli("preview", plan["plan_id"], "--json").json()["drafts"]}
    assert drafts[first]["personal_note"] == note(0)


def test_the_editor_is_opened_at_the_error_line_when_it_takes_one(monkeypatch):
    from orchestrator.cli.review_cmd import ReviewFileError, editor_at, with_error

    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", "vim")
    assert editor_at(7) == "vim +7"
    monkeypatch.setenv("EDITOR", "/usr/bin/nano -w")
    assert editor_at(3) == "/usr/bin/nano -w +3"
    monkeypatch.setenv("EDITOR", "code --wait")
    assert editor_at(3) is None  # unknown: opened as usual
    text, line = with_error("# header\n== p1-1 kep\nnote: hi\n",
                            ReviewFileError(2, "expected ..."))
    assert text.splitlines()[line - 1] == "== p1-1 kep" and "note: hi" in text
    again, line = with_error(text, ReviewFileError(line, "expected ..."))  # one banner only
    assert again.count("# ERROR") == 2 and again.splitlines()[line - 1] == "== p1-1 kep"


# --- contacts log -----------------------------------------------------------------------------


def test_contacts_log_records_a_touch_point_from_elsewhere(run_cli, home):
    ada = ids(run_cli)["Ada"]
    logged = run_cli("contacts", "log", ada, "--platform", "phone", "--kind", "call", "--in",
                     "--at", "2026-10-30 15:00", "--text", "Called about the pilot")
    assert logged.exit_code == 0, logged.stderr
    assert "Logged phone call from contact" in logged.stdout
    inbox = run_cli("inbox", "--json").json()
    assert [(w["contact_id"], w["platform"]) for w in inbox] == []  # a call is no message
    run_cli("contacts", "log", ada, "--platform", "email", "--kind", "reply", "--in",
            "--at", "2026-10-31", "--text", "Yes, let's talk")
    inbox = run_cli("inbox", "--json").json()
    assert [(w["contact_id"], w["kind"], w["text"]) for w in inbox] == [
        (ada, "reply", "Yes, let's talk")]
    again = run_cli("contacts", "log", ada, "--platform", "email", "--kind", "reply", "--in",
                    "--at", "2026-10-31", "--text", "Yes, let's talk")
    assert "Already logged" in again.stdout  # the same thing twice is one touch point
    answered = run_cli("contacts", "log", ada, "--platform", "meeting", "--kind", "meeting",
                       "--out", "--json")
    assert answered.exit_code == 0 and answered.json()["direction"] == "out"
    assert run_cli("inbox", "--json").json() == []  # an answer on any channel
    history = run_cli("contacts", "show", ada, "--json").json()["touchpoints"]
    assert [(t["platform"], t["kind"], t["source"]) for t in history] == [
        ("phone", "call", "manual"), ("email", "reply", "manual"),
        ("meeting", "meeting", "manual")]


@pytest.mark.parametrize("args, message", [
    (["--platform", "email", "--kind", "reply"], "say --in"),
    (["--platform", "email", "--kind", "reply", "--in", "--at", "yesterday"], "not a date"),
    (["--platform", "email", "--kind", "reply", "--in", "--at", "2999-01-01"], "future"),
    (["--platform", "E mail!", "--kind", "reply", "--in"], "is not a name"),
])
def test_contacts_log_refuses_what_it_cannot_record(run_cli, home, args, message):
    result = run_cli("contacts", "log", ids(run_cli)["Ada"], *args)
    assert result.exit_code == 2 and message in result.stderr
    assert run_cli("contacts", "show", ids(run_cli)["Ada"], "--json").json()["touchpoints"] == []


# --- opt-out empties the queue; confirm refuses ------------------------------------------------


def test_opting_out_cancels_the_queue_and_confirm_refuses(run_cli, home):
    campaign(home, INVITE)
    plan = run_cli("plan", "weekly", "--json").json()
    notes = [a for i, d in enumerate(plan["drafts"]) for a in ("--note", d["id"], note(i))]
    assert run_cli("review", plan["plan_id"], *notes).exit_code == 0
    sent = run_cli("send", plan["plan_id"], "--json")
    assert sent.json()["waiting"] == 2
    ada = ids(run_cli)["Ada"]
    ada_draft = next(d["id"] for d in plan["drafts"] if d["contact_id"] == ada)
    out = run_cli("contacts", "opt-out", ada, "--reason", "asked at the fair")
    assert f"Cancelled 1 message(s) waiting for you to send: {ada_draft}." in out.stdout
    assert [r["name"] for r in run_cli("queue", "--json").json()] == ["Ben Example"]
    refused = run_cli("confirm", ada_draft)
    assert refused.exit_code == 2
    assert "opted out" in refused.stderr and "asked at the fair" in refused.stderr
    assert "outreach contacts log" in refused.stderr
    states = {d["draft_id"]: d["state"] for d in run_cli("deliveries", "list", "--json").json()}
    assert states[ada_draft] == "cancelled"


# --- the preview renders with the settings of now ----------------------------------------------


def test_the_preview_renders_with_the_settings_of_now(run_cli, home):
    (home / "config.toml").write_text(SENDER + EMAIL)  # no postal address yet
    campaign(home, EMAIL_STEP)
    plan = run_cli("plan", "weekly", "--json").json()
    assert all(d["render_error"] for d in plan["drafts"])
    (home / "config.toml").write_text(SENDER + EMAIL + POSTAL)  # fixed
    preview = run_cli("preview", plan["plan_id"], "--json").json()
    assert [d["render_error"] for d in preview["drafts"]] == [None, None]
    assert all("1 Quay Street" in d["rendered_text"] for d in preview["drafts"])
    # ... while the text reviewed stays the text the plan stores and sends
    assert [d["text"] for d in preview["drafts"]] == [d["text"] for d in plan["drafts"]]
