"""OAuth 2.0 PKCE login end to end: a simulated browser, the loopback callback, the fake X."""

from __future__ import annotations

import socket
import threading
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from orchestrator_twitter import oauth
from orchestrator_twitter.errors import XApiError, XAuthError
from orchestrator_twitter.oauth import (SCOPES, OAuthClient, Pkce, build_authorize_url,
                                        challenge_for, login)
from orchestrator_twitter.tokens import (ACCESS_TOKEN_KEY, EXPIRES_AT_KEY, REFRESH_TOKEN_KEY,
                                         TokenStore)

from xapi_server import ME_ID, Fault, SimulatedBrowser


def test_pkce_s256_matches_rfc7636_appendix_b() -> None:
    assert challenge_for("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == \
        "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    pkce = Pkce.generate()
    assert len(pkce.verifier) == 43 and challenge_for(pkce.verifier) == pkce.challenge
    assert pkce.verifier not in repr(pkce)
    assert Pkce.generate().verifier != pkce.verifier


def test_authorize_url_carries_the_contract() -> None:
    url = build_authorize_url("cid", "http://127.0.0.1:8765/callback", "st", "ch")
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "https://x.com/i/oauth2/authorize"
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert query == {"response_type": "code", "client_id": "cid",
                     "redirect_uri": "http://127.0.0.1:8765/callback",
                     "scope": "tweet.read users.read dm.read dm.write follows.read "
                              "offline.access",
                     "state": "st", "code_challenge": "ch", "code_challenge_method": "S256"}
    assert SCOPES == ("tweet.read", "users.read", "dm.read", "dm.write", "follows.read",
                      "offline.access")


def test_login_end_to_end_stores_tokens(xapi, clock, memory_keyring) -> None:
    browser = SimulatedBrowser(xapi)
    said: list[str] = []
    tokens = login(xapi.world.client_id, api_base=xapi.url, store=TokenStore(),
                   open_browser=browser, port=0, timeout=10, clock=clock.time,
                   say=said.append)
    assert len(browser.opened) == 1 and browser.opened[0] in said[0]
    assert browser.landed[0].status_code == 200
    assert "close this tab" in browser.landed[0].text
    grant = xapi.world.access_tokens[tokens.access_token]
    assert grant.user_id == ME_ID and set(grant.scopes) == set(SCOPES)
    assert tokens.refresh_token in xapi.world.refresh_tokens
    assert tokens.expires_at == clock.time() + 7200
    stored = memory_keyring.passwords
    assert stored[("outreach-orchestrator", ACCESS_TOKEN_KEY)] == tokens.access_token
    assert stored[("outreach-orchestrator", REFRESH_TOKEN_KEY)] == tokens.refresh_token
    assert stored[("outreach-orchestrator", EXPIRES_AT_KEY)] == str(int(clock.time() + 7200))
    # the code exchange carried the PKCE verifier and the exact redirect URI
    [exchange] = xapi.calls("oauth2.token")
    form = {k: v[0] for k, v in parse_qs(exchange.body.decode()).items()}
    authorize = {k: v[0] for k, v in parse_qs(urlsplit(browser.opened[0]).query).items()}
    assert form["grant_type"] == "authorization_code"
    assert form["redirect_uri"] == authorize["redirect_uri"]
    assert challenge_for(form["code_verifier"]) == authorize["code_challenge"]
    assert form["client_id"] == xapi.world.client_id


def test_state_mismatch_is_refused(xapi, clock) -> None:
    def forge(target: str) -> str:
        return target.replace("state=", "state=forged")

    with pytest.raises(XAuthError, match="state mismatch"):
        login(xapi.world.client_id, api_base=xapi.url,
              open_browser=SimulatedBrowser(xapi, forge), port=0, timeout=10,
              clock=clock.time)
    assert xapi.calls("oauth2.token") == []


def test_user_denies_access(xapi, clock) -> None:
    xapi.world.deny_authorization = True
    with pytest.raises(XAuthError, match="access_denied"):
        login(xapi.world.client_id, api_base=xapi.url, open_browser=SimulatedBrowser(xapi),
              port=0, timeout=10, clock=clock.time)


def test_no_callback_times_out(xapi, clock) -> None:
    with pytest.raises(XAuthError, match="no answer"):
        login(xapi.world.client_id, api_base=xapi.url, open_browser=lambda url: True,
              port=0, timeout=0.2, clock=clock.time)


def test_stray_requests_do_not_end_the_login(xapi, clock) -> None:
    browser = SimulatedBrowser(xapi)

    def with_favicon(url: str) -> bool:
        # Browsers ask for /favicon.ico; only /callback counts.
        redirect = parse_qs(urlsplit(url).query)["redirect_uri"][0]
        assert requests.get(redirect.replace("/callback", "/favicon.ico"),
                            timeout=5).status_code == 404
        return browser(url)

    tokens = login(xapi.world.client_id, api_base=xapi.url, open_browser=with_favicon,
                   port=0, timeout=10, clock=clock.time)
    assert tokens.access_token in xapi.world.access_tokens


def test_code_older_than_30_seconds_is_refused(xapi, clock) -> None:
    class SlowBrowser(SimulatedBrowser):
        def __call__(self, url: str) -> bool:
            result = super().__call__(url)
            clock.advance(31)  # codes must be exchanged within 30 s (docs)
            return result

    with pytest.raises(XAuthError, match="authorization code was invalid"):
        login(xapi.world.client_id, api_base=xapi.url, open_browser=SlowBrowser(xapi),
              port=0, timeout=10, clock=clock.time)


def test_wrong_client_id_is_reported(xapi, clock) -> None:
    with pytest.raises(XAuthError, match="unauthorized_client"):
        login("someone-else", api_base=xapi.url, open_browser=SimulatedBrowser(xapi),
              port=0, timeout=10, clock=clock.time)


def test_port_in_use_is_a_clear_error(xapi, clock) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        with pytest.raises(XAuthError, match="cannot listen"):
            login(xapi.world.client_id, api_base=xapi.url,
                  open_browser=SimulatedBrowser(xapi), port=busy.getsockname()[1], timeout=1,
                  clock=clock.time)


def test_refresh_rotates_and_spends_the_old_token(xapi, clock) -> None:
    issued = xapi.world.issue_tokens(ME_ID)
    client = OAuthClient(xapi.world.client_id, api_base=xapi.url, clock=clock.time)
    new = client.refresh(issued["refresh_token"])
    assert new.access_token in xapi.world.access_tokens
    assert new.refresh_token and new.refresh_token != issued["refresh_token"]
    with pytest.raises(XAuthError, match="token was invalid"):
        client.refresh(issued["refresh_token"])


def test_refresh_is_retried_only_when_surely_not_sent(xapi, clock) -> None:
    issued = xapi.world.issue_tokens(ME_ID)
    xapi.inject("oauth2.token", Fault(drop=True))
    client = OAuthClient(xapi.world.client_id, api_base=xapi.url, clock=clock.time)
    with pytest.raises(XApiError, match="unreachable"):
        client.refresh(issued["refresh_token"])
    assert len(xapi.calls("oauth2.token")) == 1  # dropped after sending: not repeated


def test_concurrent_401s_spend_the_refresh_token_once(make_client, xapi, login_tokens) -> None:
    old = login_tokens()
    client = make_client(login=False)
    xapi.world.expire(old.access_token)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            client.me()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert errors == []
    assert len(xapi.calls("oauth2.token")) == 1


def test_missing_client_id_is_a_config_error() -> None:
    with pytest.raises(XAuthError, match="client id"):
        OAuthClient("", api_base="https://api.x.com")
    assert oauth.DEFAULT_REDIRECT_PORT == 8765
