"""Tokens never show up in logs, exception messages, tracebacks or reprs."""

from __future__ import annotations

import logging
import traceback

import pytest

from orchestrator.channels import PermanentDeliveryError
from orchestrator_twitter.errors import XApiError, XAuthError
from orchestrator_twitter.oauth import login
from orchestrator_twitter.tokens import TokenManager, TokenSet, TokenStore

from xapi_server import PROBLEMS, Fault, SimulatedBrowser


def _leaks(text: str, tokens: list[str]) -> list[str]:
    return [t for t in tokens if t and t in text]


def _all_tokens(xapi) -> list[str]:
    world = xapi.world
    return [*world.access_tokens, *world.refresh_tokens, *world.codes]


def test_no_token_in_logs_or_errors_across_a_session(xapi, clock, caplog,
                                                     make_client) -> None:
    caplog.set_level(logging.DEBUG)  # urllib3's and ours
    tokens = login(xapi.world.client_id, api_base=xapi.url, store=TokenStore(),
                   open_browser=SimulatedBrowser(xapi), port=0, timeout=10,
                   clock=clock.time)
    spent_refresh = tokens.refresh_token or ""
    client = make_client(login=False)
    xapi.world.expire(tokens.access_token)
    client.me()  # 401 -> refresh -> retry
    xapi.world.add_user("42", "jane", "Jane")
    current = TokenStore().load()
    assert current is not None
    echoed = {"type": PROBLEMS + "invalid-request", "title": "Invalid Request",
              "detail": f"bad token {current.access_token} / {current.refresh_token}",
              "status": 400}
    xapi.inject("getUsersMe", Fault(status=400, body=echoed,
                                    content_type="application/problem+json"))
    xapi.inject("createDirectMessagesByParticipantId",
                Fault(status=400, body=echoed, content_type="application/problem+json"))
    failures: list[BaseException] = []
    with pytest.raises(XApiError) as api_error:
        client.me()
    failures.append(api_error.value)
    with pytest.raises(PermanentDeliveryError) as dm_error:
        client.send_dm("42", "hello")
    failures.append(dm_error.value)
    xapi.world.refresh_tokens.clear()
    xapi.world.expire(current.access_token)
    with pytest.raises(XAuthError) as auth_error:
        client.me()
    failures.append(auth_error.value)

    secrets_seen = _all_tokens(xapi) + [tokens.access_token, spent_refresh,
                                        current.access_token, current.refresh_token or ""]
    texts = [caplog.text]
    for exc in failures:
        texts += [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    texts += [repr(tokens), str(tokens), repr(current), repr(TokenStore().load())]
    for text in texts:
        assert _leaks(text, secrets_seen) == [], text
    assert "********" in str(api_error.value)


def test_token_set_repr_hides_tokens() -> None:
    tokens = TokenSet("access-abcdef", "refresh-ghijkl", 123.0, ("dm.read",))
    for text in (repr(tokens), str(tokens), f"{tokens}", repr([tokens])):
        assert "access-abcdef" not in text and "refresh-ghijkl" not in text
    assert "123.0" in repr(tokens)


def test_env_tokens_override_keyring_and_are_masked(monkeypatch, memory_keyring) -> None:
    TokenStore().save(TokenSet("keyring-access", "keyring-refresh", 99.0))
    monkeypatch.setenv("OUTREACH_X_ACCESS_TOKEN", "env-access-token")
    monkeypatch.setenv("OUTREACH_X_REFRESH_TOKEN", "env-refresh-token")
    loaded = TokenStore().load()
    assert loaded is not None
    assert (loaded.access_token, loaded.refresh_token, loaded.expires_at) == \
        ("env-access-token", "env-refresh-token", None)
    from orchestrator import secrets

    assert secrets.mask("env-access-token env-refresh-token") == "******** ********"


def test_unsaveable_refresh_keeps_working_and_logs_no_token(caplog, monkeypatch) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    fresh = TokenSet("new-access-xyz", "new-refresh-xyz", None)
    manager = TokenManager(TokenStore(), lambda refresh: fresh,
                           tokens=TokenSet("old-access-xyz", "old-refresh-xyz", 0.0),
                           clock=lambda: 10.0)
    caplog.set_level(logging.DEBUG)
    assert manager.access_token() == "new-access-xyz"
    assert "could not be saved" in caplog.text
    assert _leaks(caplog.text, ["new-access-xyz", "new-refresh-xyz", "old-refresh-xyz"]) == []
