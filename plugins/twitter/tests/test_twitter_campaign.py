"""An X DM campaign end to end: who wrote first gets an API reply, everyone else a link."""

from __future__ import annotations

import json
import logging
from urllib.parse import parse_qs, urlsplit

import pytest

from xapi_server import ME_ID, Fault

SEND = "createDirectMessagesByParticipantId"
NOTES = {
    "42": ("Met at the Lisbon robotics meetup; she is building a cold-chain startup.",
           "Your cold-chain startup pitch at the Lisbon robotics meetup stuck with me."),
    "43": ("Gave a talk on warehouse drones at Web Summit.",
           "Your Web Summit talk on warehouse drones was the best of the day."),
}


@pytest.fixture
def people(xapi, clock, x_cli, login_tokens, x_workspace, make_app):
    """Jane (42) wrote to us first; Omar (43) did not. Both synced, with notes."""
    x_workspace()
    xapi.world.add_user("42", "jane", "Jane Doe", description="Cold-chain founder")
    xapi.world.add_user("43", "omar", "Omar Khan", description="Drones for warehouses")
    xapi.world.followers[ME_ID] += ["42", "43"]
    xapi.world.add_dm("42", ME_ID, "Hi! Loved your post on reefer containers.",
                      clock.time() - 7200)
    login_tokens()
    assert x_cli("twitter", "sync").exit_code == 0
    app = make_app()
    ids = {}
    for user_id, (note, _) in NOTES.items():
        ids[user_id] = app.ledger.contacts.by_identity("twitter", user_id)
        assert x_cli("contacts", "note", str(ids[user_id]), note).exit_code == 0
    return ids


def plan_and_review(x_cli, people) -> tuple[str, dict]:
    result = x_cli("plan", "x-hello", "--json")
    assert result.exit_code == 0, result.stderr
    plan = result.json()
    drafts = {d["recipient"]["key"]: d for d in plan["drafts"]}
    args = []
    for user_id, (_, personal) in NOTES.items():
        if user_id in drafts:
            args += ["--note", drafts[user_id]["id"], personal]
    reviewed = x_cli("review", plan["plan_id"], *args)
    assert reviewed.exit_code == 0, reviewed.stdout + reviewed.stderr
    after = x_cli("preview", plan["plan_id"], "--json").json()["drafts"]
    return plan["plan_id"], {d["recipient"]["key"]: d for d in after}


def test_wrote_first_gets_an_api_reply_others_a_compose_link(x_cli, xapi, people,
                                                            make_app, outreach_home) -> None:
    plan_id, drafts = plan_and_review(x_cli, people)
    jane, omar = drafts["42"], drafts["43"]
    assert (jane["mode"], omar["mode"]) == ("api", "assisted")
    assert jane["verdict"] == omar["verdict"] == "allow", (jane["reasons"], omar["reasons"])
    link = urlsplit(omar["link"])
    assert f"{link.scheme}://{link.netloc}{link.path}" == "https://x.com/messages/compose"
    assert parse_qs(link.query) == {"recipient_id": ["43"], "text": [omar["text"]]}
    assert jane["link"] is None

    sent = x_cli("send", plan_id, "--json")
    assert sent.exit_code == 0, sent.stderr
    summary = sent.json()
    assert (summary["sent"], summary["waiting"], summary["failed"]) == (1, 1, 0)
    posts = xapi.calls(SEND)
    assert len(posts) == 1 and posts[0].path == "/2/dm_conversations/with/42/messages"
    assert json.loads(posts[0].body) == {"text": jane["text"]}  # exactly the reviewed text
    event = xapi.world.dm_events[-1]
    app = make_app()
    out = [tp for tp in app.ledger.touchpoints.for_contact(people["42"])
           if tp.direction == "out"]
    assert len(out) == 1 and out[0].external_id == event["id"]
    assert out[0].text == jane["text"]
    # The next sync sees the same DM event and does not record it twice.
    assert x_cli("twitter", "sync", "--json").json()["dm_out_new"] == 0
    assert len([tp for tp in app.ledger.touchpoints.for_contact(people["42"])
                if tp.direction == "out"]) == 1

    queue = x_cli("queue", "--json").json()
    assert [q["draft_id"] for q in queue] == [omar["id"]]
    assert queue[0]["link"] == omar["link"]
    html, table = outreach_home / "x-queue.html", outreach_home / "x-queue.csv"
    exported = x_cli("twitter", "queue", "--html", html, "--csv", table)
    assert exported.exit_code == 0, exported.stderr
    assert omar["link"].replace("&", "&amp;") in html.read_text() and "data-copy" in html.read_text()
    assert omar["id"] in table.read_text()
    confirmed = x_cli("confirm", omar["id"])
    assert confirmed.exit_code == 0, confirmed.stderr
    assert len(xapi.calls(SEND)) == 1  # the human sent it, not us


def test_no_token_reaches_the_ledger_plans_or_logs(x_cli, xapi, people, outreach_home,
                                                   caplog) -> None:
    caplog.set_level(logging.DEBUG)
    plan_id, _ = plan_and_review(x_cli, people)
    assert x_cli("send", plan_id).exit_code == 0
    assert x_cli("twitter", "sync").exit_code == 0
    stored = b"".join(p.read_bytes() for p in outreach_home.rglob("*") if p.is_file())
    assert xapi.world.issued and not [t for t in xapi.world.issued if t.encode() in stored]
    assert "X API POST" in caplog.text  # the client did log, at debug level
    assert not [t for t in xapi.world.issued if t in caplog.text]


def test_a_recipient_who_refuses_dms_fails_and_the_run_goes_on(x_cli, xapi, people) -> None:
    xapi.world.add_dm("43", ME_ID, "Hello from Omar", xapi.clock.time() - 60)
    assert x_cli("twitter", "sync").exit_code == 0
    xapi.world.users["42"].accepts_dms = False  # Jane (planned first) closed her DMs
    plan_id, drafts = plan_and_review(x_cli, people)
    assert drafts["42"]["mode"] == drafts["43"]["mode"] == "api"
    result = x_cli("send", plan_id, "--json")
    assert result.exit_code == 1  # something failed
    summary = result.json()
    assert (summary["failed"], summary["sent"]) == (1, 1)
    failed = next(d for d in summary["details"] if d["outcome"] == "failed")
    assert failed["draft_id"] == drafts["42"]["id"]
    assert "only accept messages from accounts they follow" in failed["detail"]
    assert [c.status for c in xapi.calls(SEND)] == [403, 201]
    rows = {r["draft_id"]: r for r in x_cli("deliveries", "list", "--json").json()}
    assert rows[drafts["42"]["id"]]["state"] == "failed"
    assert "only accept messages" in rows[drafts["42"]["id"]]["error"]


def test_a_dropped_connection_is_unknown_and_never_resent(x_cli, xapi, people) -> None:
    plan_id, drafts = plan_and_review(x_cli, people)
    xapi.inject(SEND, Fault(drop=True))
    first = x_cli("send", plan_id, "--json")
    assert first.exit_code == 1
    assert first.json()["unknown"] == 1
    assert "may or may not" in first.json()["details"][0]["detail"]
    assert len(xapi.calls(SEND)) == 1 and xapi.calls(SEND)[0].body  # the body went out
    again = x_cli("send", plan_id, "--json")
    assert again.json()["unknown"] == 0 and again.json()["already_done"] >= 1
    assert len(xapi.calls(SEND)) == 1  # not retried


def test_api_drafts_need_a_login_before_anything_is_sent(x_cli, xapi, people,
                                                        memory_keyring) -> None:
    plan_id, _ = plan_and_review(x_cli, people)
    memory_keyring.passwords.clear()
    result = x_cli("send", plan_id)
    assert result.exit_code == 3
    assert "outreach twitter login" in result.stderr
    assert xapi.calls(SEND) == []
