"""Consent and sender obligations, end to end through the CLI against a real SMTP server.

* An opt-out recorded after the plan was reviewed (``outreach email unsubscribe``, or a
  suppression list imported with ``outreach import email-suppression``) stops that message
  at send time; the person is opted out on every channel, and an address not yet known is
  added opted out so that a later import cannot make it reachable.
* A campaign whose ``[email]`` settings lack the postal address or the unsubscribe target is
  refused before anything is sent, with exit code 3 and a sentence saying what to add.
* ``export`` mode needs no SMTP server: it writes private ``.eml`` files, which wait in the
  queue until the user confirms sending them.
"""

from __future__ import annotations

import email
import email.policy
import stat
from collections import Counter
from pathlib import Path

import pytest

LINKEDIN_NOTE = "Hi {{ contact.first_name }}, {{ personal_note }} Robin, Tidewater Analytics"


def contact_by_email(ws, address: str) -> dict:
    (contact,) = [c for c in ws.cli("contacts", "list", "--json").json()
                  if any(i["key"] == address for i in c["identities"])]
    return contact


def skip_reasons(plan: dict) -> dict[int, str]:
    return {s["contact_id"]: s["reason"] for s in plan["skipped"]}


def test_an_unsubscribe_after_review_stops_that_message_at_send_time(
        email_workspace, email_people):
    ws = email_workspace
    people = email_people(3)
    ws.import_people(people)
    plan_id = ws.reviewed_plan(people)

    said = ws.cli("email", "unsubscribe", people[1].email.upper())
    summary = ws.cli("send", plan_id, "--json").json()

    leaving = contact_by_email(ws, people[1].email)
    assert f"opted out on every channel (contact {leaving['id']})" in said.stdout
    assert leaving["opted_out"] and len(ws.cli("contacts", "list", "--json").json()) == 3
    assert (summary["sent"], summary["opted_out"]) == (2, 1)
    assert [d["contact_id"] for d in summary["details"] if d["outcome"] == "opted-out"] == [
        leaving["id"]]
    assert ws.server.per_recipient() == Counter({people[0].email: 1, people[2].email: 1})
    assert people[1].email not in {row["recipient_key"] for row in ws.deliveries()}
    assert skip_reasons(ws.plan())[leaving["id"]] == "opted out"


def test_a_suppression_list_opts_people_out_on_every_channel(email_workspace, email_people):
    ws = email_workspace
    people = email_people(3)
    for p in people:
        p.linkedin = f"https://www.linkedin.com/in/{p.first.lower()}-{p.last.lower()}-{p.index}"
    ws.add_campaign("connect", channel="linkedin", kind="invitation", subject="",
                    body=LINKEDIN_NOTE)
    ws.import_people(people)
    plan_id = ws.reviewed_plan(people)
    suppression = ws.home.parent / "suppressed.csv"
    suppression.write_text("Email Address,Reason\n"
                           f"{people[1].email.upper()},unsubscribed\n"
                           "new.person@elsewhere.example,complaint\n", encoding="utf-8")

    ws.cli("import", "email-suppression", suppression)

    summary = ws.cli("send", plan_id, "--json").json()
    assert (summary["sent"], summary["opted_out"]) == (2, 1)
    assert people[1].email not in ws.server.per_recipient()
    leaving = contact_by_email(ws, people[1].email)
    assert leaving["opted_out"]
    linkedin = ws.plan("connect")
    assert skip_reasons(linkedin)[leaving["id"]] == "opted out"
    assert sorted(d["recipient"]["display"] for d in linkedin["drafts"]) == [
        people[0].linkedin, people[2].linkedin]
    # someone who was never a contact: added opted out, and an import cannot undo it
    stranger = contact_by_email(ws, "new.person@elsewhere.example")
    assert stranger["opted_out"]
    newcomer = email_people(1, start=50)[0]
    newcomer.email = "new.person@elsewhere.example"
    ws.import_people([newcomer], name="later")
    assert contact_by_email(ws, newcomer.email)["opted_out"]
    assert skip_reasons(ws.plan())[stranger["id"]] == "opted out"


@pytest.mark.parametrize("missing", [("postal_address",), ("unsubscribe",),
                                     ("postal_address", "unsubscribe")])
def test_missing_postal_address_or_unsubscribe_refuses_the_run_before_anything_is_sent(
        email_workspace, email_people, missing):
    ws = email_workspace
    ws.configure(**{key: None for key in missing})
    people = email_people(3)
    ws.import_people(people)
    plan = ws.plan()
    ws.review(plan, people)
    wanted = [f"Add {key} = " for key in missing]
    assert all(any(w in problem for problem in plan["problems"]) for w in wanted)

    refused = ws.cli("send", plan["plan_id"], code=3)

    assert refused.stderr.startswith("outreach: error: nothing was sent: ")
    assert all(w in refused.stderr and "under [email] in config.toml" in refused.stderr
               for w in wanted)
    assert ws.server.messages == [] and ws.server.connections == 0
    assert ws.deliveries() == []

    ws.configure()  # the user adds what was asked for; the same plan now goes out
    assert ws.cli("send", plan["plan_id"], "--json").json()["sent"] == 3


def test_export_mode_writes_private_eml_files_that_wait_for_the_user(
        email_workspace, email_people):
    ws = email_workspace
    ws.configure(host=None, port=None, security=None)  # no SMTP server at all
    ws.add_campaign(mode="export")
    people = email_people(3)
    ws.import_people(people)
    plan_id = ws.reviewed_plan(people)

    summary = ws.cli("send", plan_id, "--json").json()

    assert (summary["sent"], summary["waiting"]) == (0, 3)
    assert ws.server.messages == [] and ws.server.connections == 0
    by_address = {p.email: p for p in people}
    exports_dir = ws.home / "exports"
    for name in summary["exported"]:
        path = Path(name)
        assert path.suffix == ".eml" and path.is_relative_to(exports_dir)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        data = path.read_bytes()
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")  # as SMTP sends it
        msg = email.message_from_bytes(data, policy=email.policy.default)
        person = by_address[msg["To"].addresses[0].addr_spec]
        assert msg["X-Unsent"] == "1" and msg["From"] == "Robin Ashdown <robin@tidewater.example>"
        assert msg["Subject"] == f"{person.first}, a note from Tidewater"
        assert msg["List-Unsubscribe"] and msg["Message-ID"]
        body = msg.get_content().replace("\r\n", "\n")
        assert person.note in body and "Galway H91 XY12" in body and "Unsubscribe: " in body
    queue = ws.cli("queue", "--json").json()
    assert sorted(q["export_path"] for q in queue) == sorted(summary["exported"])

    ws.cli("confirm", queue[0]["draft_id"])

    assert Counter(r["state"] for r in ws.deliveries()) == Counter(sent=1, waiting=2)
    history = ws.cli("contacts", "show", queue[0]["contact_id"], "--json").json()["touchpoints"]
    assert [(t["kind"], t["status"]) for t in history if t["direction"] == "out"] == [
        ("email", "confirmed")]
    again = ws.cli("send", plan_id, "--json").json()
    assert (again["waiting"], again["already_done"], again["exported"]) == (0, 3, [])
    assert len(list(exports_dir.rglob("*.eml"))) == 3
