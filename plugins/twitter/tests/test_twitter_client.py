"""The X client against the spec-checked fake X over loopback: reads, pages, failures."""

from __future__ import annotations

import pytest

from orchestrator import secrets
from orchestrator_twitter.client import DM_EVENTS, FOLLOWERS, USER_FIELDS
from orchestrator_twitter.errors import XApiError, XAuthError, XNotFound, XRateLimited
from orchestrator_twitter.models import first_senders
from orchestrator_twitter.tokens import ACCESS_TOKEN_KEY, REFRESH_TOKEN_KEY, TokenStore

from xapi_server import ME_HANDLE, ME_ID, PROBLEMS, Fault


def test_me_and_user_by_username(make_client, xapi) -> None:
    xapi.world.add_user("42", "JaneDoe", "Jane Doe", description="Builder. jane@example.com",
                        url="https://t.co/abc", location="Lisbon",
                        entities={"url": {"urls": [{
                            "start": 0, "end": 16, "url": "https://t.co/abc",
                            "expanded_url": "https://linkedin.com/in/jane"}]}})
    client = make_client()
    me = client.me()
    assert (me.id, me.username) == (ME_ID, ME_HANDLE)
    jane = client.user_by_username("@janedoe")
    assert (jane.id, jane.username, jane.name, jane.location) == ("42", "JaneDoe", "Jane Doe",
                                                                 "Lisbon")
    assert jane.created_at is not None and jane.created_at.year == 2020
    assert jane.entities["url"]["urls"][0]["expanded_url"] == "https://linkedin.com/in/jane"
    # the client asked for the fields contact records need
    query = xapi.calls("getUsersByUsername")[0].query
    assert query["user.fields"] == [",".join(USER_FIELDS)]


def test_unknown_username_is_not_found(make_client) -> None:
    client = make_client()
    with pytest.raises(XNotFound) as caught:
        client.user_by_username("nobody_here")
    assert "nobody_here" in str(caught.value)
    assert caught.value.problem is not None
    assert caught.value.problem.kind == "resource-not-found"
    with pytest.raises(ValueError):
        client.user_by_username("not a handle")


def test_users_by_ids_chunks_and_keeps_partial_errors(make_client, xapi) -> None:
    known = xapi.world.add_followers("77", 150)
    client = make_client()
    result = client.users_by_ids([*known, "999", known[0]])
    assert [u.id for u in result.users] == known
    assert len(xapi.calls("getUsersByIds")) == 2  # 100 per request
    assert [(e.kind, e.resource_id) for e in result.errors] == [("resource-not-found", "999")]


def test_thousands_of_followers_over_pages(make_client, xapi) -> None:
    ids = xapi.world.add_followers(ME_ID, 2500)
    client = make_client()
    pages = list(client.follower_pages(ME_ID))
    assert [len(p.items) for p in pages] == [1000, 1000, 500]
    assert [u.id for p in pages for u in p.items] == ids
    assert pages[0].token is None
    assert [p.token for p in pages[1:]] == [p.next_token for p in pages[:-1]]
    assert pages[-1].next_token is None and pages[-1].is_last
    assert pages[0].items[0].description == "bio 0"
    info = client.rate_limit(FOLLOWERS)
    assert info is not None and info.window is not None
    assert (info.window.limit, info.window.remaining) == (300, 297)
    assert pages[-1].rate_limit == info


def test_sync_resumes_from_a_saved_cursor(make_client, xapi) -> None:
    ids = xapi.world.add_followers(ME_ID, 2500)
    client = make_client()
    saved = None
    seen = []
    for page in client.follower_pages(ME_ID, max_results=1000):
        seen += [u.id for u in page.items]
        saved = page.next_token
        break  # the process is killed after the first page was stored
    resumed = list(make_client().follower_pages(ME_ID, start_token=saved))
    assert resumed[0].token == saved
    assert seen + [u.id for p in resumed for u in p.items] == ids


def test_rate_limit_mid_pagination_waits_for_reset_and_goes_on(make_client, xapi,
                                                               clock) -> None:
    ids = xapi.world.add_followers(ME_ID, 500)
    xapi.world.limits["getUsersFollowers"] = (2, 900)
    ticks: list[tuple[float, str]] = []
    client = make_client(on_wait=lambda left, why: ticks.append((left, why)))
    start = clock.time()
    pages = list(client.follower_pages(ME_ID, max_results=100))
    assert [u.id for p in pages for u in p.items] == ids
    statuses = [c.status for c in xapi.calls("getUsersFollowers")]
    assert statuses.count(429) == 2 and statuses.count(200) == 5
    # same cursor asked again after the wait: nothing skipped, nothing repeated
    tokens = [c.query.get("pagination_token", [None])[0] for c in xapi.calls("getUsersFollowers")]
    assert tokens[2] == tokens[3]
    assert clock.time() - start >= 900  # waited for the window, on the fake clock
    assert ticks and ticks[0][0] > ticks[1][0] and "rate limit" in ticks[0][1]


def test_injected_429_with_reset_one_second_ahead(make_client, xapi, clock) -> None:
    xapi.world.add_followers(ME_ID, 30)
    reset = int(clock.time()) + 1
    xapi.inject("getUsersFollowers", Fault(
        status=429, body={"code": 88, "message": "Rate limit exceeded"},
        headers={"x-rate-limit-limit": "15", "x-rate-limit-remaining": "0",
                 "x-rate-limit-reset": str(reset)}))
    client = make_client()
    pages = list(client.follower_pages(ME_ID, max_results=10))
    assert sum(len(p.items) for p in pages) == 30
    assert 1.0 <= sum(clock.slept) <= 3.0


def test_rate_limit_beyond_max_wait_raises_with_reset(make_client, xapi, clock) -> None:
    xapi.world.add_followers(ME_ID, 300)
    xapi.world.limits["getUsersFollowers"] = (1, 900)
    client = make_client(max_rate_limit_wait=60)
    cursor = None
    got = []
    with pytest.raises(XRateLimited) as caught:
        for page in client.follower_pages(ME_ID, max_results=100):
            got += page.items
            cursor = page.next_token
    assert len(got) == 100 and cursor is not None
    assert caught.value.reset_at is not None and caught.value.reset_at > clock.time() + 800
    assert caught.value.endpoint == FOLLOWERS
    assert caught.value.exit_code == 5
    clock.advance(901)
    rest = list(make_client().follower_pages(ME_ID, start_token=cursor, max_results=100))
    assert len(got) + sum(len(p.items) for p in rest) == 300


def test_503_then_success_is_retried_with_backoff(make_client, xapi, clock) -> None:
    unavailable = {"type": PROBLEMS + "internal-error", "title": "Service Unavailable",
                   "detail": "Service Unavailable", "status": 503}
    xapi.inject("getUsersMe", Fault(status=503, body=unavailable,
                                    content_type="application/problem+json"),
                Fault(status=503, body=unavailable, content_type="application/problem+json"))
    client = make_client()
    assert client.me().id == ME_ID
    assert [c.status for c in xapi.calls("getUsersMe")] == [503, 503, 200]
    assert len(clock.slept) == 2 and clock.slept[1] >= 1.0  # exponential, on the fake clock


def test_5xx_retries_are_bounded(make_client, xapi) -> None:
    broken = {"type": PROBLEMS + "internal-error", "title": "Internal Error",
              "detail": "Something broke", "status": 500}
    xapi.inject("getUsersMe", *[Fault(status=500, body=broken,
                                      content_type="application/problem+json")] * 3)
    client = make_client(max_attempts=3)
    with pytest.raises(XApiError) as caught:
        client.me()
    assert caught.value.status == 500 and "Something broke" in str(caught.value)
    assert len(xapi.calls("getUsersMe")) == 3


def test_a_body_nested_too_deeply_is_no_json_not_a_crash(make_client, xapi) -> None:
    # json recurses into nested arrays: a hostile or broken answer must not raise
    # RecursionError out of the client (an internal error) but read as "not JSON".
    deep = Fault(status=500, raw=b"[" * 100_000, off_spec="a hostile body")
    xapi.inject("getUsersMe", deep, deep, deep)
    client = make_client(max_attempts=3)
    with pytest.raises(XApiError) as caught:
        client.me()
    assert caught.value.status == 500 and "HTTP 500" in str(caught.value)
    assert len(xapi.calls("getUsersMe")) == 3


def test_dropped_connection_on_get_is_retried(make_client, xapi) -> None:
    xapi.inject("getUsersMe", Fault(drop=True))
    client = make_client()
    assert client.me().id == ME_ID
    assert len(xapi.calls("getUsersMe")) == 2


def test_other_4xx_is_never_retried(make_client, xapi) -> None:
    xapi.inject("getUsersMe", Fault(
        status=403, content_type="application/problem+json",
        body={"type": PROBLEMS + "disallowed-resource", "title": "Forbidden",
              "detail": "Your app is not allowed to use this endpoint.", "status": 403}))
    client = make_client()
    with pytest.raises(XApiError) as caught:
        client.me()
    assert caught.value.status == 403
    assert "not allowed to use this endpoint" in str(caught.value)
    assert len(xapi.calls("getUsersMe")) == 1


def test_errors_inside_a_200_are_surfaced_on_the_page(make_client, xapi) -> None:
    xapi.world.add_followers(ME_ID, 5)
    hidden = {"type": PROBLEMS + "not-authorized-for-field", "title": "Field Authorization Error",
              "detail": "Sorry, you are not authorized to access 'entities' on a User.",
              "resource_type": "user", "field": "entities", "section": "data",
              "resource_id": "3000000001"}
    xapi.inject("getUsersFollowers", Fault(partial_errors=[hidden]))
    client = make_client()
    [page] = list(client.follower_pages(ME_ID))
    assert len(page.items) == 5
    assert len(page.errors) == 1
    assert page.errors[0].kind == "not-authorized-for-field"
    assert "entities" in page.errors[0].message


def test_expired_token_is_refreshed_on_401_and_persisted(make_client, xapi, login_tokens,
                                                        memory_keyring) -> None:
    old = login_tokens()
    client = make_client(login=False)
    xapi.world.expire(old.access_token)
    assert client.me().id == ME_ID
    assert [c.status for c in xapi.calls("getUsersMe")] == [401, 200]
    stored = TokenStore().load()
    assert stored is not None
    assert stored.access_token != old.access_token
    assert stored.refresh_token not in (None, old.refresh_token)
    assert old.refresh_token not in xapi.world.refresh_tokens  # single-use, spent
    assert stored.access_token in xapi.world.access_tokens
    assert len(xapi.calls("oauth2.token")) == 1


def test_known_expiry_refreshes_before_sending(make_client, xapi, login_tokens, clock) -> None:
    login_tokens(expires_in=600)
    client = make_client(login=False)
    clock.advance(601)
    assert client.me().id == ME_ID
    assert [c.status for c in xapi.calls("getUsersMe")] == [200]
    assert len(xapi.calls("oauth2.token")) == 1


def test_refused_refresh_is_an_auth_error(make_client, xapi, login_tokens) -> None:
    old = login_tokens()
    client = make_client(login=False)
    xapi.world.expire(old.access_token)
    xapi.world.refresh_tokens.clear()  # revoked at X
    with pytest.raises(XAuthError) as caught:
        client.me()
    assert caught.value.exit_code == 3
    assert "twitter login" in str(caught.value)


def test_env_token_without_refresh_token_fails_cleanly(xapi, monkeypatch, clock) -> None:
    from orchestrator_twitter.client import XClient

    monkeypatch.setenv("OUTREACH_X_ACCESS_TOKEN", "expired-env-token")
    client = XClient.from_settings({}, clock=clock.time, sleep=clock.sleep)
    with pytest.raises(XAuthError) as caught:
        client.me()
    assert "expired-env-token" not in str(caught.value)
    client.close()


def test_no_tokens_at_all(make_client) -> None:
    client = make_client(login=False)
    with pytest.raises(XAuthError, match="not logged in"):
        client.me()


def test_dm_events_pages_and_who_wrote_first(make_client, xapi, clock) -> None:
    world = xapi.world
    world.add_user("42", "jane", "Jane")
    world.add_user("43", "omar", "Omar")
    base = clock.time() - 3600
    world.add_dm("42", ME_ID, "hi, saw your talk", created_at=base)
    world.add_dm(ME_ID, "42", "thanks Jane!", created_at=base + 60)
    world.add_dm(ME_ID, "43", "hello Omar", created_at=base + 120)
    world.add_dm("43", ME_ID, "hey", created_at=base + 180)
    world.add_dm("42", "43", "not ours", created_at=base + 200)
    world.add_dm("43", ME_ID, "too old", created_at=clock.time() - 31 * 86400)
    client = make_client()
    pages = list(client.dm_event_pages(max_results=2))
    events = [e for p in pages for e in p.items]
    assert [e.text for e in events] == ["hey", "hello Omar", "thanks Jane!",
                                        "hi, saw your talk"]
    assert len(pages) == 2
    assert all(e.sender_id and e.dm_conversation_id and e.created_at for e in events)
    assert {u.username for p in pages for u in p.includes_users} == {"jane", "omar",
                                                                    ME_HANDLE}
    assert first_senders(events) == {f"42-{ME_ID}": "42", f"43-{ME_ID}": ME_ID}
    query = xapi.calls("getDirectMessagesEvents")[0].query
    assert query["event_types"] == ["MessageCreate"]
    assert client.rate_limit(DM_EVENTS) is not None


def test_off_spec_about_blank_problem_is_understood(make_client, xapi) -> None:
    xapi.inject("getUsersMe", Fault(
        status=403, content_type="application/problem+json",
        body={"title": "Forbidden", "type": "about:blank", "status": 403,
              "detail": "Forbidden"},
        off_spec="X's real generic problem; spec 2.167's Problem union lacks about:blank"))
    client = make_client()
    with pytest.raises(XApiError) as caught:
        client.me()
    assert caught.value.problem is not None and caught.value.problem.type == "about:blank"
    assert "Forbidden" in str(caught.value)
    assert xapi.off_spec


def test_base_url_must_be_https_or_loopback(monkeypatch) -> None:
    from orchestrator.errors import ConfigError
    from orchestrator_twitter import config

    assert config.api_base({}) == "https://api.x.com"
    monkeypatch.setenv("OUTREACH_X_API_BASE", "http://api.example.com")
    with pytest.raises(ConfigError, match="https"):
        config.api_base({})
    monkeypatch.setenv("OUTREACH_X_API_BASE", "http://127.0.0.1:9/")
    assert config.api_base({}) == "http://127.0.0.1:9"
    monkeypatch.delenv("OUTREACH_X_API_BASE")
    assert config.api_base({"api_base": "https://api.example.com/"}) == "https://api.example.com"
    assert config.client_id({"client_id": "abc"}) == "abc"
    monkeypatch.setenv("OUTREACH_X_CLIENT_ID", "from-env")
    assert config.client_id({"client_id": "abc"}) == "from-env"


def test_secrets_are_remembered_for_masking(make_client, login_tokens) -> None:
    tokens = login_tokens()
    assert secrets.mask(f"x {tokens.access_token} y {tokens.refresh_token}") == \
        f"x {secrets.MASK} y {secrets.MASK}"
    assert ACCESS_TOKEN_KEY and REFRESH_TOKEN_KEY


def test_exhausted_24_hour_limit_is_not_waited_for(make_client, xapi, clock) -> None:
    reset = int(clock.time()) + 20 * 3600
    xapi.inject("getUsersMe", Fault(
        status=429, body={"code": 88, "message": "Rate limit exceeded"},
        headers={"x-user-limit-24hour-limit": "1440", "x-user-limit-24hour-remaining": "0",
                 "x-user-limit-24hour-reset": str(reset)}))
    client = make_client()
    with pytest.raises(XRateLimited) as caught:
        client.me()
    assert caught.value.reset_at == reset
    info = client.rate_limits()["GET /2/users/me"]
    assert info.user_24h is not None and info.user_24h.remaining == 0
    assert info.exhausted and info.reset_at() == reset
    assert clock.slept == []
