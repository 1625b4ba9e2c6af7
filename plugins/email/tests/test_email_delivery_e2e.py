"""The delivery guarantees, end to end: the real CLI, real processes, a real SMTP server.

What arrives at the server is checked, not what the code says it did:

* a reviewed plan arrives as one message per person, with the headers and the footer that
  the preview showed, and the Message-ID recorded in the person's history;
* a sending process killed with SIGKILL half-way through 200 messages, then run again,
  delivers every message exactly once; the one message in flight at the kill is ``unknown``,
  listed, never retried, and settled by hand;
* two ``send`` processes started at once deliver each message once; two processes sending
  two plans share one daily cap;
* 4xx replies are retried, 5xx replies fail that message and the run goes on, a connection
  dropped after the data is ``unknown`` and never retried, and every outcome is counted in
  the summary;
* a name carrying CR/LF cannot add a header: that message fails, the rest go out; CR/LF in
  the sender settings refuses the whole run before anything is sent.

The library-level runner tests with a scriptable channel are in tests/test_delivery.py.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import signal
import time
from collections import Counter
from datetime import datetime, timedelta, timezone

import pytest

KILL_AT = 60  # the message in flight when the sending process is killed (of 200)


def expected_token(address: str, secret: str) -> str:
    """The unsubscribe token as documented in orchestrator_email.unsubscribe, recomputed."""
    digest = hmac.new(secret.encode(), b"orchestrator-email/unsubscribe/v1\0" + address.encode(),
                      hashlib.sha256).digest()
    return base64.b32encode(digest[:16]).decode().rstrip("=").lower()


def contact_ids(ws) -> dict[str, int]:
    """Contact id by email address."""
    return {i["key"]: c["id"] for c in ws.cli("contacts", "list", "--json").json()
            for i in c["identities"] if i["platform"] == "email"}


def outcomes(ws, plan_id: str) -> dict[str, dict]:
    """The plan's delivery rows by recipient address."""
    return {row["recipient_key"]: row for row in ws.cli(
        "deliveries", "list", "--plan", plan_id, "--json").json()}


def wait_for(condition, timeout: float = 30.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.005)


def finish(process, timeout: float = 60.0) -> tuple[int, str, str]:
    stdout, stderr = process.communicate(timeout=timeout)
    return process.returncode, stdout, stderr


def test_each_person_gets_one_message_with_the_headers_and_footer_the_preview_showed(
        email_workspace, email_people, unsubscribe_secret):
    ws = email_workspace
    people = email_people(4)
    ws.import_people(people)
    plan_id = ws.reviewed_plan(people)
    preview = ws.cli("preview", plan_id, "--json").json()
    shown = {d["recipient"]["key"]: d for d in preview["drafts"]}
    before = datetime.now(timezone.utc)

    summary = ws.cli("send", plan_id, "--json").json()

    assert (summary["sent"], summary["failed"], summary["unknown"]) == (4, 0, 0)
    assert ws.server.per_recipient() == Counter({p.email: 1 for p in people})
    ids = contact_ids(ws)
    by_address = {p.email: p for p in people}
    message_ids = set()
    for received in ws.server.messages:
        (address,) = received.rcpt_tos
        person, msg = by_address[address], received.parsed()
        assert received.mail_from == "robin@tidewater.example"
        assert msg["From"] == "Robin Ashdown <robin@tidewater.example>"
        assert msg.get_all("To") == [f"{person.first} {person.last} <{person.email}>"]
        assert msg["Subject"] == f"{person.first}, a note from Tidewater"
        assert msg["Reply-To"] == "replies@tidewater.example"
        assert "Bcc" not in msg and "Cc" not in msg
        sent_at = msg["Date"].datetime
        assert before - timedelta(minutes=1) <= sent_at <= before + timedelta(minutes=5)
        token = expected_token(person.email, unsubscribe_secret)
        assert msg["List-Unsubscribe"] == (
            f"<https://tidewater.example/unsubscribe/{token}>, "
            "<mailto:unsubscribe@tidewater.example?subject=unsubscribe>")
        assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        body = msg.get_content().replace("\r\n", "\n")  # CRLF on the wire
        assert body.startswith(f"Hi {person.first},\n\n{person.note}\n\n")
        assert (f"Unsubscribe: https://tidewater.example/unsubscribe/{token}\n"
                "Or email unsubscribe@tidewater.example with the subject: unsubscribe\n"
                "Tidewater Analytics\n3 Quay Street\nGalway H91 XY12\n") in body
        assert body == shown[person.email]["rendered_text"]  # the preview is what went out
        history = ws.cli("contacts", "show", ids[person.email], "--json").json()["touchpoints"]
        (touch,) = [t for t in history if t["direction"] == "out"]
        assert touch["external_id"] == msg["Message-ID"]
        assert (touch["platform"], touch["kind"], touch["status"]) == ("email", "email", "sent")
        message_ids.add(msg["Message-ID"])
    assert len(message_ids) == 4

    again = ws.cli("send", plan_id, "--json").json()
    assert (again["sent"], again["already_done"]) == (0, 4)
    assert len(ws.server.messages) == 4


def test_smtp_faults_each_get_their_own_outcome_and_the_run_goes_on(
        email_workspace, email_people):
    ws = email_workspace
    faults = {1: "greylist-once@dairy.example", 2: "unknown@bakery.example",
              3: "spam@cheese.example", 4: "drop@orchard.example"}
    people = email_people(7, emails=faults)
    ws.import_people(people)
    plan_id = ws.reviewed_plan(people)

    result = ws.cli("send", plan_id, code=1)  # something failed: exit code 1

    assert ("4 sent, 2 failed, 1 unknown, 0 held by quota, 0 refused by policy, "
            "0 waiting for you") in result.stdout
    rows = outcomes(ws, plan_id)
    received = ws.server.per_recipient()
    fine = [people[i].email for i in (0, 5, 6)]
    assert all(rows[a]["state"] == "sent" and received[a] == 1 for a in fine)
    # 450 to RCPT: retried on a new connection, delivered once, one claim
    greylisted = rows[faults[1]]
    assert faults[1] in ws.server.greylisted
    assert (greylisted["state"], greylisted["attempts"], received[faults[1]]) == ("sent", 1, 1)
    # 550 to RCPT and 554 to the data: failed for good, nothing arrived
    assert rows[faults[2]]["state"] == "failed" and "550" in rows[faults[2]]["error"]
    assert rows[faults[3]]["state"] == "failed" and "554" in rows[faults[3]]["error"]
    assert received[faults[2]] == received[faults[3]] == 0
    # the server took the data and hung up before its reply: unknown, not failed, not sent
    dropped = rows[faults[4]]
    assert dropped["state"] == "unknown" and "no final reply" in dropped["error"]
    assert received[faults[4]] == 1
    assert f"{dropped['draft_id']}: unknown:" in result.stdout
    assert "outreach deliveries resolve" in result.stdout

    again = ws.cli("send", plan_id, "--json").json()  # nothing new happened: exit 0
    assert (again["sent"], again["already_done"]) == (0, 7)
    assert ws.server.per_recipient() == received  # nothing retried, nothing re-sent

    ws.cli("deliveries", "resolve", dropped["id"], "sent")
    assert outcomes(ws, plan_id)[faults[4]]["state"] == "sent"
    history = ws.cli("contacts", "show", contact_ids(ws)[faults[4]], "--json").json()
    assert [t["status"] for t in history["touchpoints"] if t["direction"] == "out"] == ["sent"]


@pytest.mark.slow
def test_a_server_that_keeps_answering_4xx_leaves_the_message_for_the_next_run(
        email_workspace, email_people):
    """Four attempts with backoff (0.5-1, 1-2, 2-4 s of real sleeping), then ``planned``."""
    ws = email_workspace
    people = email_people(2, emails={0: "greylist@slowshop.example"})
    ws.import_people(people)
    plan_id = ws.reviewed_plan(people)

    summary = ws.cli("send", plan_id, "--json", code=1).json()  # 1: something to retry

    assert (summary["sent"], summary["retry_later"], summary["failed"]) == (1, 1, 0)
    row = outcomes(ws, plan_id)["greylist@slowshop.example"]
    assert row["state"] == "planned" and "450" in row["error"]
    assert ws.server.connections == 5  # four tries, each on a new connection, then the other
    assert ws.server.per_recipient() == Counter({people[1].email: 1})


def test_a_name_with_a_line_break_cannot_add_headers(email_workspace, email_people):
    ws = email_workspace
    people = email_people(4)
    people[2].first = "Eve\r\nBcc: victim@attacker.example"
    ws.import_people(people)
    ids = contact_ids(ws)
    stored = ws.cli("contacts", "show", ids[people[2].email], "--json").json()
    assert stored["first_name"] == "Eve\r\nBcc: victim@attacker.example"  # imported as is
    plan_id = ws.reviewed_plan(people)

    summary = ws.cli("send", plan_id, "--json", code=1).json()

    assert (summary["sent"], summary["failed"]) == (3, 1)
    (failure,) = [d for d in summary["details"] if d["outcome"] == "failed"]
    assert failure["contact_id"] == ids[people[2].email]
    assert "refused the To header" in failure["detail"]
    assert "line break" in failure["detail"] and "was not sent" in failure["detail"]
    assert outcomes(ws, plan_id)[people[2].email]["state"] == "failed"
    assert ws.server.per_recipient() == Counter({p.email: 1 for i, p in enumerate(people)
                                                 if i != 2})
    for received in ws.server.messages:
        assert received.rcpt_tos != ["victim@attacker.example"]
        assert b"attacker" not in received.content and b"\nBcc" not in received.content


@pytest.mark.parametrize("setting", ["from", "reply_to"])
def test_a_line_break_in_the_sender_settings_refuses_the_whole_run(
        email_workspace, email_people, setting):
    ws = email_workspace
    ws.configure(**{setting: "Robin\r\nBcc: all@attacker.example <robin@tidewater.example>"})
    people = email_people(2)
    ws.import_people(people)
    plan = ws.plan()
    ws.review(plan, people)

    refused = ws.cli("send", plan["plan_id"], code=3)

    assert refused.stderr.startswith("outreach: error: nothing was sent: ")
    assert f"Fix {setting} under [email]" in refused.stderr and "line break" in refused.stderr
    assert ws.server.messages == [] and ws.server.connections == 0
    assert ws.deliveries() == []


@pytest.mark.slow
def test_sigkill_mid_run_then_rerun_delivers_every_message_exactly_once(
        email_workspace, email_people):
    ws = email_workspace
    people = email_people(200)
    ws.import_people(people)
    plan_id = ws.reviewed_plan(people)
    ws.server.hold_at = KILL_AT  # the server takes message 60 and does not answer yet

    first = ws.spawn("send", plan_id, "--json")
    wait_for(lambda: len(ws.server.messages) >= KILL_AT or first.poll() is not None,
             what=f"message {KILL_AT} at the server")
    os.kill(first.pid, signal.SIGKILL)
    code, _, _ = finish(first)
    ws.server.release.set()
    assert code == -signal.SIGKILL
    assert len(ws.server.messages) == KILL_AT  # killed mid-run, waiting for the reply
    in_flight = ws.server.messages[-1].rcpt_tos[0]

    second = ws.run("send", plan_id, "--json")

    # exit 1: the interrupted message's outcome is unknown, and the summary says which
    assert second.returncode == 1, second.stderr
    rerun = json.loads(second.stdout)
    assert rerun["unknown"] == 1 and len(rerun["recovered"]) == 1
    assert rerun["sent"] == 200 - KILL_AT
    received = ws.server.per_recipient()
    rows = outcomes(ws, plan_id)
    assert set(rows) == {p.email for p in people}
    assert all(received[p.email] <= 1 for p in people)
    unknown = [address for address, row in rows.items() if row["state"] == "unknown"]
    assert unknown == [in_flight]  # the one message whose outcome the killed run never saw
    assert all(received[a] == 1 and rows[a]["state"] == "sent" for a in rows if a != in_flight)
    listed = ws.cli("deliveries", "list", "--state", "unknown", "--json").json()
    assert [row["recipient_key"] for row in listed] == [in_flight]
    assert "stopped before recording the outcome" in listed[0]["error"]

    third = ws.cli("send", plan_id, "--json").json()
    assert (third["sent"], third["already_done"]) == (0, 200)
    assert ws.server.per_recipient() == received  # the unknown one was not retried

    outcome = "sent" if received[in_flight] else "failed"  # the server has it: "sent"
    ws.cli("deliveries", "resolve", listed[0]["id"], outcome)
    assert outcomes(ws, plan_id)[in_flight]["state"] == outcome == "sent"
    assert ws.deliveries("unknown") == []
    assert len(ws.deliveries("sent")) == 200


@pytest.mark.slow
def test_two_send_processes_started_at_once_deliver_each_message_once(
        email_workspace, email_people):
    ws = email_workspace
    people = email_people(40)
    ws.import_people(people)
    plan_id = ws.reviewed_plan(people)
    ws.server.delay_seconds = 0.01

    processes = [ws.spawn("send", plan_id, "--json") for _ in range(2)]
    results = [finish(p) for p in processes]

    assert [code for code, _, _ in results] == [0, 0], [err for _, _, err in results]
    summaries = sorted((json.loads(out) for _, out, _ in results),
                       key=lambda s: s["sent"])
    assert [(s["sent"], s["already_done"]) for s in summaries] == [(0, 40), (40, 0)]
    assert ws.server.per_recipient() == Counter({p.email: 1 for p in people})


@pytest.mark.slow
def test_the_daily_cap_holds_across_two_processes(email_workspace, email_people):
    ws = email_workspace
    ws.configure(daily_cap=5)
    north, south = email_people(4, tag="north"), email_people(4, start=4, tag="south")
    ws.add_campaign("north", tag="north")
    ws.add_campaign("south", tag="south")
    ws.import_people(north + south)
    plans = [ws.reviewed_plan(north, "north"), ws.reviewed_plan(south, "south")]
    ws.server.delay_seconds = 0.05  # long enough for the two runs to overlap

    processes = [ws.spawn("send", plan_id, "--json") for plan_id in plans]
    results = [finish(p) for p in processes]

    assert [code for code, _, _ in results] == [0, 0], [err for _, _, err in results]
    summaries = [json.loads(out) for _, out, _ in results]
    assert sum(s["sent"] for s in summaries) == 5
    assert sum(s["held_by_quota"] for s in summaries) == 3
    held = [d for s in summaries for d in s["details"] if d["outcome"] == "held-by-quota"]
    assert all("emails per 24 hours: 5 of 5" in d["detail"] for d in held)
    assert len(ws.server.messages) == 5
    assert max(ws.server.per_recipient().values()) == 1
    assert len(ws.deliveries("planned")) == 3  # waiting for tomorrow's quota
