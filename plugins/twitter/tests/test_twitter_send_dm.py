"""Sending a DM: every outcome maps to the channel's delivery errors; POST never re-sent."""

from __future__ import annotations

import socket

import pytest

from orchestrator.channels import (AmbiguousDeliveryError, PermanentDeliveryError,
                                   TransientDeliveryError)
from orchestrator_twitter.client import SEND_DM, XClient
from orchestrator_twitter.errors import XAuthError
from orchestrator_twitter.tokens import TokenManager, TokenSet

from xapi_server import ME_ID, PROBLEMS, Fault

SEND = "createDirectMessagesByParticipantId"


@pytest.fixture
def jane(xapi) -> str:
    xapi.world.add_user("42", "jane", "Jane")
    return "42"


def test_sent_dm_returns_event_and_conversation(make_client, xapi, jane) -> None:
    client = make_client()
    sent = client.send_dm(jane, "Hi Jane, thanks for the note!")
    assert sent.dm_conversation_id == f"42-{ME_ID}"
    assert sent.dm_event_id == xapi.world.dm_events[-1]["id"]
    assert sent.errors == ()
    assert xapi.world.dm_events[-1]["text"] == "Hi Jane, thanks for the note!"
    info = client.rate_limit(SEND_DM)
    assert info is not None and info.window is not None and info.window.remaining == 14


def test_recipient_who_does_not_accept_dms_is_permanent(make_client, xapi) -> None:
    xapi.world.add_user("44", "closed", "Closed", accepts_dms=False)
    client = make_client()
    with pytest.raises(PermanentDeliveryError) as caught:
        client.send_dm("44", "hello")
    assert "only accept messages from accounts they follow" in str(caught.value)
    assert len(xapi.calls(SEND)) == 1


def test_unknown_recipient_is_permanent(make_client) -> None:
    client = make_client()
    with pytest.raises(PermanentDeliveryError, match="Could not find the recipient"):
        client.send_dm("4040", "hello")


def test_rate_limited_dm_is_transient_with_retry_after(make_client, xapi, jane,
                                                       clock) -> None:
    xapi.world.limits[SEND] = (1, 900)
    client = make_client()
    client.send_dm(jane, "first")
    with pytest.raises(TransientDeliveryError) as caught:
        client.send_dm(jane, "second")
    assert caught.value.retry_after is not None and 899 <= caught.value.retry_after <= 902
    assert [c.status for c in xapi.calls(SEND)] == [201, 429]
    assert clock.slept == []  # the core decides when to retry, not the client


def test_503_is_transient(make_client, xapi, jane) -> None:
    xapi.inject(SEND, Fault(status=503, content_type="application/problem+json",
                            headers={"retry-after": "30"},
                            body={"type": PROBLEMS + "internal-error",
                                  "title": "Service Unavailable",
                                  "detail": "Service Unavailable", "status": 503}))
    client = make_client()
    with pytest.raises(TransientDeliveryError) as caught:
        client.send_dm(jane, "hello")
    assert caught.value.retry_after == 30
    assert len(xapi.calls(SEND)) == 1


@pytest.mark.parametrize("status", [500, 502, 504])
def test_other_5xx_is_ambiguous(make_client, xapi, jane, status) -> None:
    xapi.inject(SEND, Fault(status=status, content_type="application/problem+json",
                            body={"type": PROBLEMS + "internal-error", "title": "Oops",
                                  "detail": "Upstream failed", "status": status}))
    client = make_client()
    with pytest.raises(AmbiguousDeliveryError):
        client.send_dm(jane, "hello")
    assert len(xapi.calls(SEND)) == 1


def test_connection_dropped_after_body_is_ambiguous_and_not_resent(make_client, xapi,
                                                                  jane) -> None:
    xapi.inject(SEND, Fault(drop=True))
    client = make_client()
    with pytest.raises(AmbiguousDeliveryError, match="may or may not"):
        client.send_dm(jane, "hello")
    calls = xapi.calls(SEND)
    assert len(calls) == 1 and calls[0].body == b'{"text": "hello"}'  # body arrived


def test_timeout_after_body_is_ambiguous(make_client, xapi, jane) -> None:
    xapi.inject(SEND, Fault(stall=5.0))
    # Only the read timeout is under test; a generous connect timeout keeps a loaded CI
    # machine, slow to accept on loopback, from turning this into a 'not sent' case.
    client = make_client(timeout=(30.0, 0.2))
    with pytest.raises(AmbiguousDeliveryError):
        client.send_dm(jane, "hello")
    assert len(xapi.calls(SEND)) == 1


def test_connection_refused_is_transient(clock) -> None:
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    manager = TokenManager(tokens=TokenSet("some-access-token"), clock=clock.time)
    client = XClient(manager, api_base=f"http://127.0.0.1:{port}", clock=clock.time,
                     sleep=clock.sleep)
    with pytest.raises(TransientDeliveryError, match="not sent"):
        client.send_dm("42", "hello")
    client.close()


def test_expired_token_on_send_is_refreshed_once(make_client, xapi, jane,
                                                login_tokens) -> None:
    old = login_tokens()
    client = make_client(login=False)
    xapi.world.expire(old.access_token)
    sent = client.send_dm(jane, "hello")
    assert sent.dm_event_id
    assert [c.status for c in xapi.calls(SEND)] == [401, 201]
    assert len(xapi.world.dm_events) == 1


def test_refreshed_token_refused_again_is_an_auth_error(make_client, xapi, jane,
                                                        login_tokens) -> None:
    login_tokens()
    client = make_client(login=False)
    xapi.inject(SEND, *[Fault(status=401, body={"code": 89,
                                                "message": "Invalid or expired token."})] * 2)
    with pytest.raises(XAuthError):
        client.send_dm(jane, "hello")
    assert [c.status for c in xapi.calls(SEND)] == [401, 401]


def test_invalid_input_is_refused_before_sending(make_client, xapi) -> None:
    client = make_client()
    with pytest.raises(PermanentDeliveryError):
        client.send_dm("@jane", "hello")
    with pytest.raises(PermanentDeliveryError):
        client.send_dm("42", "")
    assert xapi.calls(SEND) == []


def test_partial_errors_on_a_sent_dm_are_kept(make_client, xapi, jane) -> None:
    note = {"type": PROBLEMS + "resource-unavailable", "title": "Resource Unavailable",
            "detail": "Attachment could not be processed.", "resource_type": "media"}
    xapi.inject(SEND, Fault(partial_errors=[note]))
    sent = make_client().send_dm(jane, "hello")
    assert sent.dm_event_id and [e.kind for e in sent.errors] == ["resource-unavailable"]
