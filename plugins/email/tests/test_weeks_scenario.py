"""Four Mondays of one campaign through the real CLI, with a clock the test moves (issue 10).

A weekly campaign - a LinkedIn invitation, an email for whoever has no LinkedIn
(``fallback``), and a ``when = "no-reply"`` email nudge 7 days later - runs on four
Mondays as cron would run it (``outreach run --due``), after the user wrote the week's
notes in the morning (``plan`` + ``review``). Between the runs replies arrive in a real
IMAP mailbox (Dovecot), a message bounces, an out-of-office answers, the user confirms a
hand-sent invitation and logs a call. Sent mail goes to a real SMTP server.

``OUTREACH_NOW`` (test only) sets the CLI's clock for each command.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime, timedelta, timezone

import pytest
from test_email_imap_sync import dsn, message

pytestmark = pytest.mark.slow

MONDAY = datetime(2026, 11, 2, tzinfo=timezone.utc)  # Europe/Dublin is on UTC in November
INVITE = "Hi {{ contact.first_name }}, {{ personal_note }} Robin"
BODY = ("Hi {{ contact.first_name }},\n\n{{ personal_note }}\n\nI'm Robin from Tidewater; "
        "we forecast demand for small food shops.\n\n{{ sender.name }}")
CAMPAIGN = f'''name = "weekly"
schedule = "0 9 * * MON"
timezone = "Europe/Dublin"
[audience]
tags = ["focus"]

[[steps]]
name = "invite"
channel = "linkedin"
kind = "invitation"
body = """{INVITE}"""

[[steps]]
name = "intro"
channel = "email"
kind = "email"
fallback = true
subject = "{{{{ contact.first_name }}}}, a note from Tidewater"
body = """{BODY}"""

[[steps]]
name = "nudge"
channel = "email"
kind = "follow-up"
after = "7d"
when = "no-reply"
subject = "Re: a note from Tidewater"
body = """{BODY}"""
'''
FRAMES = ("Good talking about {topic} at the {event} in {city}.",
          "Still thinking about your point on {topic} from the {event} in {city}.",
          "Your {topic} question at the {event} in {city} stayed with me.")


def at(week: int, hour: int, minute: int = 0, day: int = 0) -> datetime:
    return MONDAY + timedelta(weeks=week, days=day, hours=hour, minutes=minute)


class Weeks:
    def __init__(self, ws, people, mailbox) -> None:
        self.ws, self.mailbox = ws, mailbox
        self.people = {p.first: p for p in people}
        self.week = 0

    def cli(self, when: datetime, *args, code: int | None = 0):
        return self.ws.cli(*args, code=code, env={"OUTREACH_NOW": when.isoformat()})

    def contact(self, first: str) -> int:
        return next(c["id"] for c in self.ws.cli("contacts", "list", "--json").json()
                    if c["first_name"] == first)

    def name(self, contact_id: int) -> str:
        return next(c["first_name"] for c in self.ws.cli("contacts", "list", "--json").json()
                    if c["id"] == contact_id)

    def morning(self, week: int) -> dict:
        """08:00: read the mail, plan, and write each draft's note for the day's run."""
        self.cli(at(week, 8), "email", "sync")
        plan = self.cli(at(week, 8, 5), "plan", "weekly", "--json").json()
        pairs = []
        for draft in plan["drafts"]:
            person = self.people[self.name(draft["contact_id"])]
            frame = FRAMES[week % len(FRAMES)]
            pairs += ["--note", draft["id"], frame.format(topic=person.topic,
                                                          event=person.event, city=person.city)]
        if pairs:
            self.cli(at(week, 8, 10), "review", plan["plan_id"], *pairs)
        return plan

    def run_due(self, week: int):
        """09:30: what cron runs."""
        result = self.cli(at(week, 9, 30), "run", "--due", "--json", code=None)
        return result.exit_code, json.loads(result.stdout)

    def reply(self, first: str, delivery: dict, when: datetime, text: str, **kw) -> None:
        person = self.people[first]
        self.mailbox.append(message(f"{person.first} {person.last} <{person.email}>",
                                    "Re: a note from Tidewater", text, at=when,
                                    answers=delivery["external_id"],
                                    msgid=f"<{first}-{when:%d%H%M}@shops.example>", **kw),
                            when=when)


def test_four_mondays_of_a_weekly_campaign(email_workspace, email_people, mailbox):
    ws = email_workspace
    people = email_people(6)
    people[0].linkedin = "https://www.linkedin.com/in/ada-linkedin"  # Aoife
    people[4].linkedin = "https://www.linkedin.com/in/eve-linkedin"  # Eimear
    aoife, brian, ciara, declan, eimear, fionn = (p.first for p in people)
    ws.import_people(people)
    ws.configure(imap_host="127.0.0.1", imap_port=mailbox.port, imap_security="none",
                 imap_username=mailbox.user)
    (ws.home / "campaigns" / "intro.toml").unlink()
    (ws.home / "campaigns" / "weekly.toml").write_text(CAMPAIGN)
    w = Weeks(ws, people, mailbox)
    shown = w.cli(at(0, 7), "campaigns", "show", "weekly").stdout
    assert "Only if they have not written back" in " ".join(shown.split())

    # --- Monday 1: invitations for the two on LinkedIn, the intro email for the rest ---
    w.morning(0)
    code, results = w.run_due(0)
    run = next(r for r in results if r.get("campaign") == "weekly")
    assert run["summary"]["sent"] == 4 and run["summary"]["waiting"] == 2
    assert code == 1  # two notes wait for the user to send them by hand
    sent = {d["recipient_key"]: d for d in ws.deliveries("sent")}
    queue = {w.name(r["contact_id"]): r["draft_id"] for r in w.cli(at(0, 9, 35), "queue",
                                                                    "--json").json()}
    assert sorted(queue) == [aoife, eimear]
    w.cli(at(0, 9, 40), "confirm", queue[eimear])  # Aoife's note is never sent
    # The week's answers: Ciara replies, Declan's address bounces, Fionn is away.
    mailbox.append(dsn(people[3].email, sent[people[3].email]["external_id"], status="5.1.1",
                       msgid="<dsn-declan@mail.tidewater.example>", at=at(0, 9, 31)),
                   when=at(0, 9, 31))
    w.reply(ciara, sent[people[2].email], at(0, 15, day=2), "Yes - call me Thursday?")
    w.reply(fionn, sent[people[5].email], at(0, 11, day=1), "I am out of the office.",
            headers="Auto-Submitted: auto-replied")

    # --- Monday 2: the nudge goes to whoever did not answer, and nobody else ---
    plan = w.morning(1)
    nudged = sorted(w.name(d["contact_id"]) for d in plan["drafts"])
    assert nudged == sorted([brian, eimear, fionn])
    skipped = {(w.name(s["contact_id"]), s["step"]): s["reason"] for s in plan["skipped"]}
    assert skipped[(ciara, "nudge")].startswith("wrote to you on 2026-11-04")
    assert "is suppressed (bounced: 5.1.1" in skipped[(declan, "nudge")]
    assert skipped[(aoife, "nudge")] == ("waiting for you to send the previous step "
                                         "(`outreach queue`)")
    assert skipped[(aoife, "intro")].startswith("reached by invite on 2026-11-02")
    assert skipped[(eimear, "intro")].startswith("reached by invite on 2026-11-02")
    code, results = w.run_due(1)
    run = next(r for r in results if r.get("campaign") == "weekly")
    assert (run["summary"]["sent"], code) == (3, 0)

    # Between Mondays: Eimear answers the nudge, Brian writes about something else,
    # and the user calls Ciara back.
    nudges = {d["recipient_key"]: d for d in ws.deliveries("sent") if d["step_key"] == "nudge"}
    w.reply(eimear, nudges[people[4].email], at(1, 10, day=2), "Thanks - let's meet.")
    mailbox.append(message(people[1].email, "Fair stand", "Will you have a stand in May?",
                           msgid="<brian-may@shops.example>", at=at(1, 12, day=3)),
                   when=at(1, 12, day=3))
    w.cli(at(1, 16, day=3), "contacts", "log", w.contact(ciara), "--platform", "phone",
          "--kind", "call", "--out", "--text", "Called back about the pilot")

    # --- Mondays 3 and 4: nothing new goes out ---
    for week in (2, 3):
        plan = w.morning(week)
        assert plan["drafts"] == []
        code, results = w.run_due(week)
        run = next(r for r in results if r.get("campaign") == "weekly")
        assert run["summary"]["sent"] == 0 and code == 0

    # Each person reached at most once per step, and by one introduction only.
    reached = [d for d in ws.deliveries() if d["state"] in ("sent", "waiting", "bounced")]
    per_step = Counter((d["contact_id"], d["step_key"]) for d in reached)
    assert set(per_step.values()) == {1}
    intros = Counter(d["contact_id"] for d in reached if d["step_key"] in ("invite", "intro"))
    assert set(intros.values()) == {1} and len(intros) == 6
    # Nobody who wrote back got the nudge; the bounced address got nothing more.
    nudged = {w.name(d["contact_id"]) for d in reached if d["step_key"] == "nudge"}
    assert nudged == {brian, eimear, fionn}
    received = ws.server.per_recipient()
    assert received[people[3].email] == 1
    assert received[people[2].email] == 1  # Ciara: the intro only
    # Who waits: the people who wrote and were not answered, oldest first.
    inbox = w.cli(at(3, 12), "inbox", "--json").json()
    assert [w.name(e["contact_id"]) for e in inbox] == [eimear, brian]
    # And a trace of every run.
    log = (ws.home / "runs.log").read_text().splitlines()
    assert len(log) == 4
    assert ["  exit 1  " in line for line in log] == [True, False, False, False]
    assert all("Email sync:" in line and "weekly (2026-11-" in line for line in log)
    assert log[-1].endswith("| 2 waiting for your answer")
