"""``[email] connections = N``: several SMTP connections at once, each message still once.

Each connection carries one message at a time. The run claims the next message (its one
durable commit, with the "sent" marks of the messages answered meanwhile) while the others
wait for the server's reply, so a busy server no longer sets the pace alone. What a crash
costs grows with N and no further: at most N deliveries are left ``unknown``.
"""

from __future__ import annotations

import json
import os
import signal
import time
from collections import Counter

import pytest


def outcomes(ws, plan_id: str) -> dict[str, dict]:
    rows = ws.cli("deliveries", "list", "--plan", plan_id, "--json").json()
    return {row["recipient_key"]: row for row in rows}


def test_three_connections_send_each_message_once_and_record_every_outcome(
        email_workspace, email_people):
    ws = email_workspace
    ws.configure(connections=3)
    faults = {1: "greylist-once@dairy.example", 2: "unknown@bakery.example",
              3: "spam@cheese.example", 4: "drop@orchard.example"}
    people = email_people(24, emails=faults)
    ws.import_people(people)
    plan_id = ws.reviewed_plan(people)
    ws.server.delay_seconds = 0.02  # a busy server: replies take a while

    summary = ws.cli("send", plan_id, "--json", code=1).json()  # one unknown: exit 1

    assert ws.server.most_at_once >= 2  # messages really were with the server at once
    assert (summary["sent"], summary["failed"], summary["unknown"]) == (21, 2, 1)
    rows = outcomes(ws, plan_id)
    received = ws.server.per_recipient()
    assert set(rows) == {p.email for p in people}
    for address, row in rows.items():
        expected = {faults[2]: "failed", faults[3]: "failed", faults[4]: "unknown"}
        assert row["state"] == expected.get(address, "sent"), (address, row)
        assert received[address] == (0 if address in (faults[2], faults[3]) else 1)
    assert {d["draft_id"] for d in summary["details"]} == {r["draft_id"] for r in rows.values()}
    # every sent message is one touch point in its person's history, with its Message-ID
    sent_ids = {m.parsed()["Message-ID"] for m in ws.server.messages}
    listed = ws.cli("contacts", "list", "--json").json()
    for person in people[5:8]:
        (contact,) = [c for c in listed
                      if (c["first_name"], c["last_name"]) == (person.first, person.last)]
        history = ws.cli("contacts", "show", contact["id"], "--json").json()["touchpoints"]
        (touch,) = [t for t in history if t["direction"] == "out"]
        assert touch["status"] == "sent" and touch["external_id"] in sent_ids

    again = ws.cli("send", plan_id, "--json").json()
    assert (again["sent"], again["already_done"]) == (0, 24)
    assert ws.server.per_recipient() == received


@pytest.mark.slow
def test_sigkill_with_two_connections_leaves_at_most_two_unknown_and_nothing_twice(
        email_workspace, email_people):
    ws = email_workspace
    ws.configure(connections=2)
    people = email_people(120)
    ws.import_people(people)
    plan_id = ws.reviewed_plan(people)
    ws.server.hold_at = 40  # the server takes message 40 and does not answer it yet

    first = ws.spawn("send", plan_id, "--json")
    deadline = time.monotonic() + 30
    while len(ws.server.messages) < 50 and first.poll() is None:  # the other one goes on
        assert time.monotonic() < deadline, "the second connection did not go on"
        time.sleep(0.005)
    os.kill(first.pid, signal.SIGKILL)
    first.communicate(timeout=60)
    ws.server.release.set()
    assert first.returncode == -signal.SIGKILL
    held = ws.server.messages[39].rcpt_tos[0]

    second = ws.run("send", plan_id, "--json")

    assert second.returncode == 1, second.stderr  # the interrupted ones are unknown
    rerun = json.loads(second.stdout)
    rows = outcomes(ws, plan_id)
    received = ws.server.per_recipient()
    unknown = sorted(a for a, row in rows.items() if row["state"] == "unknown")
    assert held in unknown and 1 <= len(unknown) <= 2
    assert rerun["unknown"] == len(unknown) == len(rerun["recovered"])
    assert all(count == 1 for count in received.values())  # nothing arrived twice
    assert all(received[a] == 1 for a, row in rows.items() if row["state"] == "sent")
    assert Counter(row["state"] for row in rows.values()) == Counter(
        {"sent": 120 - len(unknown), "unknown": len(unknown)})


@pytest.mark.parametrize("value", [0, 9, "many", True])
def test_a_connections_value_out_of_range_stops_the_send_naming_the_key(
        email_workspace, email_people, value):
    ws = email_workspace
    ws.configure(connections=value)
    people = email_people(2)
    ws.import_people(people)
    plan_id = ws.reviewed_plan(people)

    result = ws.cli("send", plan_id, code=3)

    assert "connections under [email]" in result.stderr
    assert "whole number from 1 to 8" in result.stderr
    assert ws.server.messages == []
