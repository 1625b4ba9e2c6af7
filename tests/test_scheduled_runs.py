"""Scheduled runs: ``outreach run --due`` and ``outreach schedule show|install``.

With a fake clock (library level, :func:`orchestrator.campaigns.due.run_due` with the real
runner and the real LinkedIn and email plugins):

* a campaign runs once for each scheduled time, in its own time zone; a machine that missed
  three Mondays runs one catch-up, not three;
* the run prepares the review queue - LinkedIn invitations to send by hand, ``.eml`` files
  to send from a mail client - and its summary says what waits for the user and what the
  policy refused.

With real processes: overlapping ``run --due`` invocations cannot run a campaign twice, and
``schedule install`` writes a crontab line (through a fake ``crontab`` on PATH) or systemd
user units (under a temporary XDG_CONFIG_HOME) whose command really runs the due campaigns.
Nothing here touches the real crontab, systemd or keyring.
"""

from __future__ import annotations

import fcntl
import json
import os
import shlex
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from orchestrator.campaigns.due import run_due
from orchestrator.campaigns.loader import load_campaign
from orchestrator.campaigns.planner import plan_campaign
from orchestrator.campaigns.review import apply_review
from orchestrator.cli.queue_cmd import queue_rows
from orchestrator.delivery.runner import Runner
from orchestrator.model import Contact, Identity

from ledger_sql import rows
from orchestrator.testing import FakeClock

CONFIG = """\
[sender]
name = "Robin Ashdown"
headline = "Founder of Tidewater Analytics"

[linkedin]
account = "premium"

[email]
from = "Robin Ashdown <robin@tidewater.example>"
postal_address = "Tidewater Analytics, 3 Quay Street, Galway"
unsubscribe = "mailto:unsubscribe@tidewater.example"
"""

CAMPAIGN = '''\
name = "weekly"
schedule = "0 9 * * MON"
timezone = "Europe/Dublin"
[audience]
tags = ["focus"]

[[steps]]
channel = "linkedin"
kind = "invitation"
body = "Hi {{ contact.first_name }}, {{ personal_note }} Robin, Tidewater Analytics"

[[steps]]
channel = "email"
kind = "email"
mode = "export"
fallback = true
subject = "{{ contact.first_name }}, a note from Tidewater"
body = """Hi {{ contact.first_name }},

{{ personal_note }}

I'm Robin from Tidewater; we forecast demand for small food shops.

{{ sender.name }}"""
'''

# (first, last, event, city, topic, on LinkedIn?)
PEOPLE = [
    ("Aoife", "Byrne", "Harvest Fair", "Galway", "sourdough starters", True),
    ("Brian", "Walsh", "Cheese Week", "Cork", "raw-milk labelling", True),
    ("Ciara", "Ryan", "Orchard Summit", "Kilkenny", "cider apple blight", False),
    ("Declan", "Doyle", "Seafood Expo", "Killybegs", "mackerel quotas", False),
]
LATECOMER = ("Eimear", "Kelly", "Dairy Forum", "Mallow", "oat milk margins", False)

MONDAY = datetime(2026, 11, 2, 9, 5, tzinfo=timezone.utc)  # 09:05 in Dublin (GMT in winter)


Clock = FakeClock  # the kit's clock; tests set clock.now


def add_person(app, person) -> int:
    first, last, event, city, topic, on_linkedin = person
    identities = [Identity("email", f"{first.lower()}@shops.example", f"{first.lower()}@shops.example")]
    if on_linkedin:
        url = f"https://www.linkedin.com/in/{first.lower()}-{last.lower()}"
        identities.append(app.normalize_identity("url", url))
    return app.ledger.contacts.create(Contact(
        first_name=first, last_name=last, tags=["focus"],
        notes=f"Met at the {event} in {city}; talked about {topic}.", identities=identities))


def note_for(person) -> str:
    _, _, event, city, topic, _ = person
    return f"Good talking about {topic} at the {event} in {city}."


def write_workspace(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "campaigns").mkdir(exist_ok=True)
    (home / "config.toml").write_text(CONFIG, encoding="utf-8")
    (home / "campaigns" / "weekly.toml").write_text(CAMPAIGN, encoding="utf-8")


def reviewed_weekly(app) -> dict[int, tuple]:
    """The people, and a plan of this week's campaign reviewed but not sent (the user wrote
    everyone's note on Friday); a scheduled run carries the notes over."""
    people = {add_person(app, p): p for p in PEOPLE}
    plan = plan_campaign(app, load_campaign(app.workspace.campaigns_dir / "weekly.toml"))
    drafts = apply_review(app, plan.plan_id,
                          notes={d.id: note_for(people[d.contact_id]) for d in plan.drafts})
    assert [d.verdict.decision for d in drafts] == ["allow"] * len(PEOPLE)
    return people


def due(app) -> list[dict]:
    return run_due(app, dry_run=False, runner_factory=lambda: Runner(app))


@pytest.fixture
def weekly(make_app, outreach_home) -> tuple[object, Clock]:
    """An App on a workspace with the weekly campaign, and its clock (Friday before
    ``MONDAY``, when the user reviews)."""
    write_workspace(outreach_home)
    clock = Clock(MONDAY - timedelta(days=3))
    return make_app(clock=clock), clock


def test_a_due_run_prepares_the_queue_and_says_what_waits(weekly, run_cli):
    app, clock = weekly
    people = reviewed_weekly(app)
    add_person(app, LATECOMER)  # imported after the review: nobody wrote a note for them
    clock.now = MONDAY

    (result,) = due(app)

    assert result["status"] == "done"
    assert result["scheduled_for"] == "2026-11-02T09:00:00+00:00"
    summary = result["summary"]
    assert (summary["waiting"], summary["refused_by_policy"], summary["sent"]) == (4, 1, 0)
    assert len(summary["exported"]) == 2
    assert result["message"] == (
        f"weekly (2026-11-02 09:00 UTC): plan {result['plan_id']}: 0 sent, 4 waiting for you, "
        "1 refused by policy, 0 held by quota, 0 failed, 0 unknown")
    queue = queue_rows(app)
    assert Counter((q["channel"], q["mode"]) for q in queue) == Counter(
        {("linkedin", "assisted"): 2, ("email", "export"): 2})
    by_contact = {q["contact_id"]: q for q in queue}
    for contact_id, person in people.items():
        assert note_for(person) in by_contact[contact_id]["text"]  # the Friday note, carried over
    for q in queue:
        if q["channel"] == "linkedin":
            assert q["link"].startswith("https://www.linkedin.com/in/")
        else:
            assert Path(q["export_path"]).suffix == ".eml"
    cli_queue = run_cli("queue", "--json").json()
    assert sorted(q["draft_id"] for q in cli_queue) == sorted(q["draft_id"] for q in queue)


def test_each_scheduled_time_runs_once(weekly):
    app, clock = weekly
    reviewed_weekly(app)
    clock.now = MONDAY

    assert [r["status"] for r in due(app)] == ["done"]
    assert due(app) == []  # the same Monday again: nothing
    clock.now = MONDAY + timedelta(days=6, hours=23)  # Sunday night
    assert due(app) == []
    clock.now = MONDAY + timedelta(days=7)

    (second,) = due(app)

    assert second["scheduled_for"] == "2026-11-09T09:00:00+00:00"
    assert due(app) == []
    assert len(app.ledger.plans.list(10)) == 3  # the reviewed one and one per Monday


def test_missed_mondays_run_once_not_once_each(weekly):
    app, clock = weekly
    reviewed_weekly(app)
    clock.now = MONDAY
    due(app)
    clock.now = MONDAY + timedelta(days=24)  # Thursday 26th: the 9th, 16th and 23rd missed

    results = due(app)

    assert [(r["status"], r["scheduled_for"]) for r in results] == [
        ("done", "2026-11-23T09:00:00+00:00")]
    assert due(app) == []
    runs = rows(app.ledger.path, "SELECT scheduled_for FROM campaign_runs ORDER BY scheduled_for")
    assert [r[0] for r in runs] == ["2026-11-02T09:00:00.000000+00:00",
                                    "2026-11-23T09:00:00.000000+00:00"]


def test_the_schedule_is_in_the_campaigns_time_zone(weekly):
    app, clock = weekly
    reviewed_weekly(app)
    clock.now = datetime(2026, 7, 6, 7, 59, tzinfo=timezone.utc)  # 08:59 in Dublin (IST)
    due(app)
    clock.now = datetime(2026, 7, 6, 8, 0, tzinfo=timezone.utc)  # 09:00 in Dublin

    (result,) = due(app)

    assert result["scheduled_for"] == "2026-07-06T08:00:00+00:00"


def test_a_dry_run_of_due_campaigns_claims_nothing(weekly):
    app, clock = weekly
    reviewed_weekly(app)
    clock.now = MONDAY

    (dry,) = run_due(app, dry_run=True, runner_factory=lambda: pytest.fail("nothing is sent"))

    assert dry["status"] == "due" and dry["drafts"] == len(PEOPLE)
    assert rows(app.ledger.path, "SELECT COUNT(*) FROM campaign_runs")[0][0] == 0
    assert [r["status"] for r in due(app)] == ["done"]


# --- real processes ---------------------------------------------------------------------


def process_env(home: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "OUTREACH_HOME": str(home),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring", **extra}


def outreach(*args: str) -> list[str]:
    return [sys.executable, "-m", "orchestrator", *args]


def count(home: Path, sql: str) -> int:
    with sqlite3.connect(f"file:{home / 'ledger.db'}?mode=ro", uri=True, timeout=10) as db:
        return db.execute(sql).fetchone()[0]


@pytest.fixture
def scheduled_home(make_app, outreach_home) -> Path:
    """A workspace on disk whose weekly campaign is due now (real clock), notes written."""
    write_workspace(outreach_home)
    app = make_app()
    reviewed_weekly(app)
    app.close()
    return outreach_home


@pytest.mark.slow
def test_overlapping_run_due_invocations_cannot_double_run(scheduled_home):
    home = scheduled_home
    env = process_env(home)
    # A manual `outreach send` holds the send lock, so the first run stops half-way (after
    # claiming its Monday and planning) and waits; meanwhile cron fires again.
    send_lock = os.open(home / ".send.lock", os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(send_lock, fcntl.LOCK_EX)
    try:
        first = subprocess.Popen(outreach("run", "--due", "--json"), env=env, text=True,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while count(home, "SELECT COUNT(*) FROM plans") < 2:  # the reviewed plan + its own
            assert first.poll() is None and time.monotonic() < deadline, first.stderr
            time.sleep(0.02)
        second = subprocess.run(outreach("run", "--due", "--json"), env=env, text=True,
                                capture_output=True, timeout=60)
    finally:
        fcntl.flock(send_lock, fcntl.LOCK_UN)
        os.close(send_lock)
    stdout, stderr = first.communicate(timeout=60)
    third = subprocess.run(outreach("run", "--due"), env=env, text=True, capture_output=True,
                           timeout=60)

    # Exit 1 as documented: the exported notes wait for the user. Busy is not a failure.
    assert first.returncode == 1, stderr
    assert second.returncode == 0, second.stderr
    (done,) = json.loads(stdout)
    (busy,) = json.loads(second.stdout)
    assert done["status"] == "done" and done["summary"]["waiting"] == len(PEOPLE)
    assert busy["status"] == "busy" and "another outreach run-due is running" in busy["message"]
    assert third.returncode == 0 and third.stdout.strip() == "No campaign is due."
    assert count(home, "SELECT COUNT(*) FROM campaign_runs") == 1
    assert count(home, "SELECT COUNT(*) FROM plans") == 2
    assert count(home, "SELECT COUNT(*) FROM deliveries") == len(PEOPLE)
    assert len(list((home / "exports").rglob("*.eml"))) == 2


@pytest.mark.slow
def test_run_due_started_twice_at_once_runs_once(scheduled_home):
    env = process_env(scheduled_home)
    processes = [subprocess.Popen(outreach("run", "--due", "--json"), env=env, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for _ in range(2)]
    outputs = [p.communicate(timeout=60) for p in processes]

    statuses = sorted(r["status"] for out, _ in outputs for r in json.loads(out))
    assert statuses in (["done"], ["busy", "done"])  # the other found it busy, or not due
    # The run that ran exits 1 (its notes wait for the user); the other 0 (busy or idle).
    assert sorted(p.returncode for p in processes) == [0, 1], [err for _, err in outputs]
    assert count(scheduled_home, "SELECT COUNT(*) FROM campaign_runs") == 1
    assert count(scheduled_home, "SELECT COUNT(*) FROM deliveries") == len(PEOPLE)


# --- schedule show / install ------------------------------------------------------------

FAKE_CRONTAB = """\
#!/bin/sh
# A stand-in for crontab(1): the table lives in $FAKE_CRONTAB_FILE.
if [ "$1" = "-l" ]; then
    [ -f "$FAKE_CRONTAB_FILE" ] || { echo "no crontab for $(id -un)" >&2; exit 1; }
    cat "$FAKE_CRONTAB_FILE"
elif [ "$1" = "-" ]; then
    cat > "$FAKE_CRONTAB_FILE"
else
    echo "fake crontab: unexpected arguments: $*" >&2; exit 2
fi
"""


@pytest.fixture
def fake_system(tmp_path) -> dict[str, str]:
    """PATH with a fake crontab first, XDG_CONFIG_HOME in tmp: the environment to run in."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    crontab = bin_dir / "crontab"
    crontab.write_text(FAKE_CRONTAB)
    crontab.chmod(0o755)
    return {"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
            "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
            "FAKE_CRONTAB_FILE": str(tmp_path / "crontab.txt")}


def test_schedule_install_adds_one_crontab_line_per_workspace(run_cli, outreach_home,
                                                              fake_system, tmp_path):
    write_workspace(outreach_home)
    table = Path(fake_system["FAKE_CRONTAB_FILE"])
    table.write_text("0 3 * * * /usr/local/bin/backup.sh\n")

    shown = run_cli("schedule", "show", env=fake_system)
    installed = run_cli("schedule", "install", env=fake_system)
    again = run_cli("schedule", "install", env=fake_system)

    assert installed.exit_code == again.exit_code == 0, installed.stderr
    line = shown.stdout.strip()
    assert f"Installed: {line}" in installed.stdout and "Already installed." in again.stdout
    assert table.read_text().splitlines() == ["0 3 * * * /usr/local/bin/backup.sh", line]
    assert line.startswith("*/15 * * * * ")
    assert f"OUTREACH_HOME={shlex.quote(str(outreach_home.resolve()))}" in line
    assert " run --due --quiet " in line and "password" not in line.lower()

    other = tmp_path / "other-workspace"
    write_workspace(other)
    run_cli("schedule", "install", env={**fake_system, "OUTREACH_HOME": str(other)})
    assert len(table.read_text().splitlines()) == 3


@pytest.mark.slow
def test_the_installed_crontab_line_runs_the_due_campaigns_and_is_quiet_otherwise(
        run_cli, scheduled_home, fake_system):
    assert run_cli("schedule", "install", env=fake_system).exit_code == 0
    (line,) = Path(fake_system["FAKE_CRONTAB_FILE"]).read_text().splitlines()
    command = line.split(" ", 5)[5].split(" # ")[0]  # what cron runs, without the marker
    cron_env = {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/"),
                "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}  # cron's is bare

    ran = subprocess.run(["/bin/sh", "-c", command], env=cron_env, capture_output=True,
                         text=True, timeout=60)
    idle = subprocess.run(["/bin/sh", "-c", command], env=cron_env, capture_output=True,
                          text=True, timeout=60)

    assert ran.returncode == 1, ran.stderr  # done, but notes wait for the user
    assert "4 waiting for you" in ran.stdout  # cron mails this: what waits for the user
    assert "0 people wait for your answer (`outreach inbox`)." in ran.stdout
    assert count(scheduled_home, "SELECT COUNT(*) FROM campaign_runs") == 1
    assert count(scheduled_home, "SELECT COUNT(*) FROM deliveries") == len(PEOPLE)
    # every 15 minutes with nothing due: no output, so cron sends no mail
    assert (idle.returncode, idle.stdout, idle.stderr) == (0, "", "")
    # ... and a trace of the run that did something, whatever became of cron's mail
    (logged,) = (scheduled_home / "runs.log").read_text().splitlines()
    assert "weekly" in logged and "4 waiting for you" in logged and "  exit 1  " in logged
    assert logged.endswith("| 0 waiting for your answer")
    assert (scheduled_home / "runs.log").stat().st_mode & 0o777 == 0o600


def test_schedule_install_systemd_writes_user_units_under_xdg_config_home(
        run_cli, outreach_home, fake_system):
    write_workspace(outreach_home)

    installed = run_cli("schedule", "install", "--systemd", env=fake_system)
    shown = run_cli("schedule", "show", "--systemd", env=fake_system)

    assert installed.exit_code == 0, installed.stderr
    units = Path(fake_system["XDG_CONFIG_HOME"]) / "systemd" / "user"
    service = (units / "outreach-due.service").read_text()
    timer = (units / "outreach-due.timer").read_text()
    assert f"Environment=OUTREACH_HOME={outreach_home.resolve()}" in service
    assert "run --due --quiet" in service and "Type=oneshot" in service
    assert f"EnvironmentFile=-{fake_system['XDG_CONFIG_HOME']}/outreach/env" in service
    assert "OnCalendar=*:0/15" in timer and "Persistent=true" in timer
    assert service in shown.stdout and timer in shown.stdout
    assert not Path(fake_system["FAKE_CRONTAB_FILE"]).exists()  # cron left alone
    assert "systemctl --user enable --now outreach-due.timer" in installed.stdout


# --- runs that did not finish are resumed, not stranded ---------------------------------


def test_a_due_run_killed_mid_send_is_resumed_with_its_own_plan(weekly):
    """The process died after claiming its Monday, planning, and claiming one delivery."""
    from orchestrator.campaigns.runs import claim_run

    app, clock = weekly
    reviewed_weekly(app)
    clock.now = MONDAY
    campaign = load_campaign(app.workspace.campaigns_dir / "weekly.toml")
    scheduled = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)
    claimed, _ = claim_run(app, campaign, scheduled, origin="due")
    plan = plan_campaign(app, campaign)
    app.ledger.runs.attach_plan(campaign.name, scheduled, plan.plan_id)
    first = app.ledger.deliveries.ensure(plan.drafts[0])
    assert claimed and app.ledger.deliveries.claim(first.id)  # ...and SIGKILL here
    plans_before = len(app.ledger.plans.list(10))
    clock.now = MONDAY + timedelta(minutes=15)  # cron's next tick
    (dry,) = run_due(app, dry_run=True, runner_factory=lambda: pytest.fail("a dry run"))
    assert dry["status"] == "resumable" and dry["plan_id"] == plan.plan_id

    recovered, resumed = due(app)

    assert recovered["status"] == "recovered" and recovered["deliveries"] == [first.id]
    assert "outreach deliveries resolve ID sent|failed|retry" in recovered["message"]
    assert resumed["status"] == "done" and resumed["resumed"] is True
    assert resumed["plan_id"] == plan.plan_id  # its plan, not a new one
    assert resumed["message"].startswith(f"weekly (2026-11-02 09:00 UTC): resumed plan "
                                         f"{plan.plan_id}: 0 sent, 3 waiting for you")
    assert len(app.ledger.plans.list(10)) == plans_before
    states = Counter(r.state for r in app.ledger.deliveries.list(plan_id=plan.plan_id))
    assert states == Counter(unknown=1, waiting=3)
    (run,) = [r for r in rows(app.ledger.path, "SELECT status, resumes FROM campaign_runs")]
    assert tuple(run) == ("done", 1)
    assert due(app) == []  # finished: nothing more to resume


def test_a_due_run_that_died_before_its_plan_existed_is_planned_again(weekly):
    from orchestrator.campaigns.runs import claim_run

    app, clock = weekly
    reviewed_weekly(app)
    clock.now = MONDAY
    campaign = load_campaign(app.workspace.campaigns_dir / "weekly.toml")
    scheduled = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)
    claim_run(app, campaign, scheduled, origin="due")  # ...and killed while planning

    (resumed,) = due(app)

    assert resumed["status"] == "done" and resumed["resumed"] is True
    assert resumed["scheduled_for"] == "2026-11-02T09:00:00+00:00"
    assert resumed["summary"]["waiting"] == 4
    assert due(app) == []


def test_a_send_blocked_by_another_process_leaves_the_run_to_resume(weekly):
    from orchestrator.errors import WorkspaceBusy

    app, clock = weekly
    reviewed_weekly(app)
    clock.now = MONDAY

    def busy():
        class Busy:
            def send_plan(self, plan_id):
                raise WorkspaceBusy("another outreach send is running")

            def recover_orphans(self):
                return []
        return Busy()

    first = run_due(app, dry_run=False, runner_factory=busy)
    assert [r["status"] for r in first] == ["busy"]
    (run,) = rows(app.ledger.path, "SELECT status, plan_id FROM campaign_runs")
    assert run[0] == "running" and run[1]

    (resumed,) = due(app)
    assert resumed["resumed"] is True and resumed["plan_id"] == run[1]


def test_a_run_the_circuit_breaker_stopped_goes_on_after_the_retry_time(world):
    from orchestrator.channels import ChannelUnavailable

    w = world(people=4)
    path = w.app.workspace.campaigns_dir / "intro.toml"
    path.write_text('schedule = "0 9 * * MON"\ntimezone = "UTC"\n' + path.read_text())
    w.plan()  # reviewed on Friday; the scheduled run carries the notes over
    w.clock.now = datetime(2026, 11, 2, 9, 1, tzinfo=timezone.utc)
    w.channel.outcomes = [ChannelUnavailable("could not connect: refused")] * 3

    def runs():
        return run_due(w.app, dry_run=False, runner_factory=w.runner)

    (first,) = runs()

    assert first["status"] == "done" and first["summary"]["retry_later"] == 4
    retry_at = datetime.fromisoformat(first["retry_at"])  # 15 minutes after it stopped
    assert retry_at == w.clock.now.replace(microsecond=0) + timedelta(minutes=15)
    assert f"4 to retry after {retry_at:%Y-%m-%d %H:%M} UTC" in first["message"]
    assert "fake stopped: could not connect: refused" in first["message"]
    w.clock.advance(minutes=10)
    assert runs() == []  # not yet
    w.clock.now = retry_at

    (second,) = runs()

    assert second["resumed"] is True and second["plan_id"] == first["plan_id"]
    assert second["summary"]["sent"] == 4 and second["retry_at"] is None
    assert len(w.channel.delivered) == 4
    assert runs() == []


def test_a_partial_run_backs_off_each_time_it_is_resumed(world):
    from orchestrator.channels import ChannelUnavailable

    w = world(people=2)
    path = w.app.workspace.campaigns_dir / "intro.toml"
    path.write_text('schedule = "0 9 * * MON"\ntimezone = "UTC"\n' + path.read_text())
    w.plan()
    w.clock.now = datetime(2026, 11, 2, 9, 1, tzinfo=timezone.utc)
    w.channel.outcomes = [ChannelUnavailable("refused")] * 1000  # down for days

    def runs():
        return run_due(w.app, dry_run=False, runner_factory=w.runner)

    retries = [runs()[0]["retry_at"]]
    for _ in range(3):
        w.clock.now = datetime.fromisoformat(retries[-1])
        retries.append(runs()[0]["retry_at"])
    gaps = [(datetime.fromisoformat(b) - datetime.fromisoformat(a)).total_seconds() // 60
            for a, b in zip(retries, retries[1:])]  # (a few seconds of backoff between tries)
    assert gaps == [30, 60, 120]
    w.clock.now = datetime(2026, 11, 9, 9, 1, tzinfo=timezone.utc)  # next Monday, server back
    w.channel.outcomes = []

    resumed, weekly_run = runs()

    assert resumed["resumed"] is True and resumed["summary"]["sent"] == 2
    assert weekly_run["resumed"] is False and weekly_run["summary"]["sent"] == 0
    assert len(w.channel.delivered) == 2
    assert runs() == []


def test_a_newer_scheduled_run_takes_over_a_run_still_waiting_to_retry(world):
    from orchestrator.channels import ChannelUnavailable

    w = world(people=2)
    path = w.app.workspace.campaigns_dir / "intro.toml"
    path.write_text('schedule = "0 9 * * *"\ntimezone = "UTC"\n' + path.read_text())
    w.plan()
    w.clock.now = datetime(2026, 11, 2, 9, 1, tzinfo=timezone.utc)
    w.channel.outcomes = [ChannelUnavailable("rate limited", retry_after=3 * 86400)] * 3

    def runs():
        return run_due(w.app, dry_run=False, runner_factory=w.runner)

    (first,) = runs()
    assert first["retry_at"].startswith("2026-11-05")
    w.clock.now = datetime(2026, 11, 3, 9, 1, tzinfo=timezone.utc)  # the next day's run

    (second,) = runs()

    assert second["resumed"] is False and second["summary"]["sent"] == 2
    statuses = rows(w.app.ledger.path,
                    "SELECT status FROM campaign_runs ORDER BY scheduled_for")
    assert [s[0] for s in statuses] == ["superseded", "done"]
    w.clock.now = datetime(2026, 11, 6, 9, 1, tzinfo=timezone.utc)
    assert [r["resumed"] for r in runs()] == [False]  # only that day's run, nothing resumed
