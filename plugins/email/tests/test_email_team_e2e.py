"""A team on one PostgreSQL ledger, end to end: two members' workspaces, real processes,
a real PostgreSQL started by the suite and the loopback SMTP server.

What arrives at the server is checked, not what the code says it did:

* two members sending the same plan at once: every person gets exactly one message, and
  both members sent some (neither waited for the other);
* two members with different campaigns and a 30-day cooldown over one audience, both
  planned before either sent: each person is reached once, team-wide; the next plan says
  who reached them ("reached by ana ...");
* an opt-out recorded by one member while the other sends is honoured at the claim;
* SIGKILL of one sender mid-run: the other goes on; the killed one's message in flight
  becomes ``unknown``, never sent again;
* `outreach ledger migrate` SQLite -> PostgreSQL -> SQLite gives identical exports, and
  `outreach ledger status` shows the backend, the schema and the members.
"""

from __future__ import annotations

import json
import os
import re
import signal
import time
from collections import Counter

import pytest

from orchestrator.testing import invoke

MEMBERS = ("ana", "ben")


@pytest.fixture(scope="module")
def postgres():
    """A real PostgreSQL server for this module (skips, saying why, where none can run)."""
    from pg_server import serving

    yield from serving(pytest.skip)


@pytest.fixture
def team_url(postgres, monkeypatch) -> str:
    """An empty team database, which every workspace of the test uses."""
    url = postgres.fresh_database()
    monkeypatch.setenv("OUTREACH_LEDGER_URL", url)
    return url


def _as_member(ws, name: str) -> None:
    config = ws.home / "config.toml"
    config.write_text(config.read_text().replace("[sender]\n", f'[sender]\nmember = "{name}"\n',
                                                 1))


@pytest.fixture
def team(team_url, email_workspace, tmp_path):
    """Two members' workspaces on one ledger: ana (``email_workspace``) and ben."""
    ana = email_workspace
    _as_member(ana, "ana")
    home = tmp_path / "ben"

    def run(*args, input=None, env=None):
        return invoke(args, input=input, env={"OUTREACH_HOME": str(home), **(env or {})})

    ben = type(ana)(home, ana.port, ana.server, run)
    ben.cli("init", "--name", "Ben Okafor")
    ben.configure()
    _as_member(ben, "ben")
    ben.add_campaign()
    return ana, ben


def finish(process, timeout: float = 120.0) -> tuple[int, str, str]:
    stdout, stderr = process.communicate(timeout=timeout)
    return process.returncode, stdout, stderr


def wait_for(condition, timeout: float = 60.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.005)


def with_cooldown(ws, name: str, body: str) -> None:
    """Campaign ``name`` over the ``focus`` audience with a 30-day cooldown."""
    ws.add_campaign(name, body=body)
    path = ws.home / "campaigns" / f"{name}.toml"
    path.write_text(path.read_text().replace("[audience]\n", '[audience]\ncooldown = "30d"\n'))


def reviewed_in_own_words(ws, people, campaign: str) -> str:
    """Plan and review with a note of this member's own (not a colleague's sentence)."""
    plan = ws.plan(campaign)
    by_address = {p.email.lower(): p for p in people}
    pairs: list[str] = []
    for draft in plan["drafts"]:
        p = by_address[draft["recipient"]["key"]]
        pairs += ["--note", draft["id"], f"Ben here: after the {p.event} in {p.city} I priced "
                  f"out what you said about {p.topic}, and the numbers surprised me."]
    ws.cli("review", plan["plan_id"], *pairs)
    drafts = ws.cli("preview", plan["plan_id"], "--json").json()["drafts"]
    assert [d["verdict"] for d in drafts] == ["allow"] * len(people)
    return plan["plan_id"]


# --- two members, one plan, at once ---------------------------------------------------


def test_two_members_sending_one_plan_at_once_reach_each_person_once(team, email_people):
    ana, ben = team
    people = email_people(40)
    ana.import_people(people)
    plan_id = ana.reviewed_plan(people)
    ana.server.delay_seconds = 0.01  # each message takes a while: both are mid-send together
    ana.server.hold_at = 3  # ana's third message waits at the server for its reply

    processes = [ana.spawn("send", plan_id, "--json")]
    wait_for(lambda: len(ana.server.messages) >= 3, what="ana's third message at the server")
    processes.append(ben.spawn("send", plan_id, "--json"))
    # ben's claims skip the row ana holds and go on: nobody waits for a colleague
    wait_for(lambda: len(ana.server.messages) >= 6, what="ben sending while ana waits")
    ana.server.release.set()
    results = [finish(p) for p in processes]

    for code, _, stderr in results:
        assert code == 0, stderr
    summaries = [json.loads(stdout) for _, stdout, _ in results]
    assert ana.server.per_recipient() == Counter({p.email: 1 for p in people})  # 0 dup, 0 lost
    assert sum(s["sent"] for s in summaries) == len(people)
    assert all(s["sent"] > 0 for s in summaries), summaries  # row claims: nobody waited
    rows = ben.deliveries()
    assert Counter(r["state"] for r in rows) == Counter(sent=len(people))
    by_member = Counter(r["member"] for r in rows)
    assert by_member == Counter({"ana": summaries[0]["sent"], "ben": summaries[1]["sent"]})
    again = json.loads(ben.run("send", plan_id, "--json").stdout)
    assert again["sent"] == 0 and again["already_done"] == len(people)


# --- two campaigns, one cooldown ------------------------------------------------------


def test_a_colleagues_campaign_within_the_cooldown_reaches_nobody_twice(team, email_people):
    ana, ben = team
    people = email_people(12)
    ana.import_people(people)
    with_cooldown(ana, "intro", "Hi {{ contact.first_name }},\n\n{{ personal_note }}\n\n"
                  "I'm Ana from Tidewater; we forecast demand for small food shops.\n\nAna")
    with_cooldown(ben, "hello", "Hello {{ contact.first_name }},\n\n{{ personal_note }}\n\n"
                  "Ben here, from the Tidewater pricing desk; happy to share our notes.\n\nBen")
    # both plan the same week, before either has sent anything
    ana_plan = ana.reviewed_plan(people, "intro")
    ben_plan = reviewed_in_own_words(ben, people, "hello")
    ana.server.delay_seconds = 0.02

    processes = [ana.spawn("send", ana_plan, "--json"), ben.spawn("send", ben_plan, "--json")]
    results = [finish(p) for p in processes]

    for code, stdout, stderr in results:
        assert code == 0, (stdout, stderr)
    ana_sent, ben_sent = (json.loads(stdout) for _, stdout, _ in results)
    assert ana.server.per_recipient() == Counter({p.email: 1 for p in people})
    assert ana_sent["sent"] + ben_sent["sent"] == len(people)
    assert ana_sent["cooled_down"] + ben_sent["cooled_down"] == len(people)
    for summary in (ana_sent, ben_sent):
        for item in summary["details"]:
            if item["outcome"] == "cooled-down":
                assert re.search(r"reached by (ana|ben) (\d+ \w+ ago|just now) "
                                 r"with '(intro|hello)'", item["detail"]), item

    # the next plan of either campaign drafts nobody, and names who reached each person
    # (which member won each person's race is up to the scheduler)
    sent_by = {name: {item["contact_id"] for item in summary["details"]
                      if item["outcome"] == "sent"}
               for name, summary in (("ana", ana_sent), ("ben", ben_sent))}
    for me, campaign, colleague in (("ben", "hello", "ana"), ("ana", "intro", "ben")):
        again = team[MEMBERS.index(me)].plan(campaign)
        assert again["drafts"] == []
        reasons = {s["contact_id"]: s["reason"] for s in again["skipped"]}
        for contact_id in sent_by[colleague]:
            assert re.match(rf"reached by {colleague} (\d+ \w+ ago|just now)",
                            reasons[contact_id]), reasons
        for contact_id in sent_by[me]:
            assert reasons[contact_id] == "already reached by this step", reasons


# --- consent across members -----------------------------------------------------------


def test_an_opt_out_recorded_by_one_member_stops_the_others_send(team, email_people):
    ana, ben = team
    people = email_people(8)
    ana.import_people(people)
    plan_id = ana.reviewed_plan(people)
    ids = {i["key"]: c["id"] for c in ben.cli("contacts", "list", "--json").json()
           for i in c["identities"] if i["platform"] == "email"}
    ana.server.hold_at = 2  # ana's second message waits at the server

    sending = ana.spawn("send", plan_id, "--json")
    wait_for(lambda: len(ana.server.messages) >= 2 or sending.poll() is not None,
             what="message 2 at the server")
    assert sending.poll() is None, sending.communicate()
    waiting = [p for p in people if p.email not in
               {m.rcpt_tos[0] for m in ana.server.messages}]
    ben.cli("contacts", "opt-out", ids[waiting[-1].email])  # ben, in his own workspace
    ana.server.release.set()
    code, stdout, stderr = finish(sending)

    assert code == 0, stderr
    assert json.loads(stdout)["opted_out"] == 1
    received = ana.server.per_recipient()
    assert received[waiting[-1].email] == 0
    assert sum(received.values()) == len(people) - 1 and max(received.values()) == 1


# --- a sender killed mid-run ------------------------------------------------------------


def test_a_killed_senders_message_in_flight_becomes_unknown_and_the_other_goes_on(
        team, email_people):
    ana, ben = team
    people = email_people(30)
    ana.import_people(people)
    plan_id = ana.reviewed_plan(people)
    ana.server.hold_at = 3  # ana's third message: at the server, its reply held

    doomed = ana.spawn("send", plan_id, "--json")
    wait_for(lambda: len(ana.server.messages) >= 3 or doomed.poll() is not None,
             what="ana's message 3 at the server")
    assert doomed.poll() is None, doomed.communicate()
    in_flight = ana.server.messages[2].rcpt_tos[0]
    ana.server.delay_seconds = 0.02
    going_on = ben.spawn("send", plan_id, "--json")
    wait_for(lambda: len(ana.server.messages) >= 6, what="ben sending")
    os.kill(doomed.pid, signal.SIGKILL)
    finish(doomed)
    ana.server.release.set()  # the held reply goes to a dead connection
    code, stdout, stderr = finish(going_on)

    summary = json.loads(stdout)
    assert code == 1 and summary["unknown"] == 1, (summary, stderr)  # said, not hidden
    received = ana.server.per_recipient()
    assert max(received.values()) == 1 and set(received) == {p.email for p in people}
    rows = {r["recipient_key"]: r for r in ben.deliveries()}
    assert rows[in_flight]["state"] == "unknown"
    assert Counter(r["state"] for r in rows.values()) == Counter(sent=29, unknown=1)
    again = json.loads(ana.run("send", plan_id, "--json").stdout)
    assert again["sent"] == 0 and ana.server.per_recipient() == received  # never retried


# --- moving a ledger, and what status says ------------------------------------------------


def test_migrate_sqlite_to_postgresql_and_back_keeps_every_row(postgres, email_workspace,
                                                              email_people, tmp_path,
                                                              monkeypatch):
    ws = email_workspace  # working alone, on the workspace's SQLite ledger
    people = email_people(10)
    ws.import_people(people)
    plan_id = ws.reviewed_plan(people)
    ws.cli("send", plan_id)
    ws.cli("contacts", "opt-out", ws.cli("contacts", "list", "--json").json()[0]["id"])
    ws.cli("export", tmp_path / "alone")
    url = postgres.fresh_database()

    moved = ws.cli("ledger", "migrate", "--to", url, "--json").json()
    assert moved["tables"]["contacts"] == 10 and moved["tables"]["deliveries"] == 10
    assert "counts verified" in ws.cli("ledger", "migrate", "--to",
                                       f"sqlite:{tmp_path / 'x.db'}").stdout
    refused = ws.cli("ledger", "migrate", "--to", url, code=2)
    assert "is not empty" in refused.stderr  # never into a ledger already in use

    monkeypatch.setenv("OUTREACH_LEDGER_URL", url)
    ws.cli("export", tmp_path / "team")
    status = ws.cli("ledger", "status", "--json").json()
    assert status["backend"] == "postgresql" and "@127.0.0.1" in status["location"]
    assert status["schema_version"] == ws.cli("ledger", "status", "--json").json()[
        "schema_version"] and status["tables"]["deliveries"] == 10
    back = tmp_path / "back" / "ledger.db"
    ws.cli("ledger", "migrate", "--to", f"sqlite:{back}")
    assert back.stat().st_mode & 0o777 == 0o600
    monkeypatch.delenv("OUTREACH_LEDGER_URL")
    (ws.home / "ledger.db").unlink()
    back.rename(ws.home / "ledger.db")
    ws.cli("export", tmp_path / "again")

    for name in sorted(os.listdir(tmp_path / "alone")):
        alone = (tmp_path / "alone" / name).read_text()
        assert (tmp_path / "team" / name).read_text() == alone, name
        assert (tmp_path / "again" / name).read_text() == alone, name


def test_ledger_status_names_the_members(team, email_people):
    ana, ben = team
    people = email_people(4)
    ana.import_people(people)
    ana.cli("send", ana.reviewed_plan(people))
    ben.plan()
    status = ben.cli("ledger", "status", "--json").json()
    members = {m["member"]: m for m in status["members"]}
    assert status["member"] == "ben" and status["backend"] == "postgresql"
    assert members["ana"]["plans"] == 1 and members["ana"]["touchpoints"] == 4
    assert members["ben"]["plans"] == 1 and members["ben"]["touchpoints"] == 0
    text = ben.cli("ledger", "status").stdout
    assert "Backend: postgresql" in text and "ana: 1 plans" in text
    assert {p["member"] for p in ben.cli("plans", "--json").json()} == {"ana", "ben"}
    assert "by ana" in ben.cli("plans").stdout
    assert "password" not in text


def test_contacts_show_and_the_preview_say_who_last_reached_a_person(team, email_people,
                                                                      tmp_path):
    ana, ben = team
    people = email_people(3)
    ana.import_people(people)
    ana.cli("send", ana.reviewed_plan(people))
    contact_id = ben.cli("contacts", "list", "--json").json()[0]["id"]

    shown = ben.cli("contacts", "show", str(contact_id), "--json").json()
    assert shown["last_reached"]["member"] == "ana"
    assert shown["last_reached"]["platform"] == "email"
    assert shown["last_reached"]["campaign"] == "intro"
    assert re.search(r"last reached by ana (\d+ \w+ ago|just now) \(\d{4}-\d\d-\d\d\) on email "
                     r"with 'intro'", ben.cli("contacts", "show", str(contact_id)).stdout)
    assert "last reached by you" in ana.cli("contacts", "show", str(contact_id)).stdout

    # ben's own campaign (no cooldown) drafts the same people; his preview names ana
    ben.add_campaign("hello", body="Hello {{ contact.first_name }},\n\n{{ personal_note }}\n\n"
                     "Ben here, from the Tidewater pricing desk.\n\nBen")
    plan_id = ben.plan("hello")["plan_id"]
    terminal = ben.cli("preview", plan_id).stdout
    assert terminal.count("Last reached by ana") == len(people)
    page = tmp_path / "preview.html"
    ben.cli("preview", plan_id, "--html", str(page))
    assert page.read_text().count("Last reached by ana") == len(people)
