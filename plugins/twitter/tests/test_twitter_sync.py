"""``outreach twitter sync`` end to end against the spec-checked fake X."""

from __future__ import annotations

import pytest

from orchestrator_twitter.sync import FOLLOWERS_CURSOR, NAMESPACE

from xapi_server import ME_ID, PROBLEMS, Fault

FOLLOWERS = "getUsersFollowers"
DM_EVENTS = "getDirectMessagesEvents"


def follow_touchpoints(app, contact_id=None):
    return [tp for tp in app.ledger.touchpoints.query(platform="twitter", kinds=("follow",),
                                                      direction="in")
            if contact_id is None or tp.contact_id == contact_id]


def test_thousands_of_followers_then_idempotent_then_one_new(x_cli, xapi, login_tokens,
                                                             make_app) -> None:
    ids = xapi.world.add_followers(ME_ID, 2500)
    login_tokens()
    first = x_cli("twitter", "sync", "--json")
    assert first.exit_code == 0, first.stderr
    summary = first.json()
    assert summary["followers_seen"] == 2500 and summary["first_sync"] is True
    assert (summary["followers_baseline"], summary["followers_new"]) == (2500, 0)
    assert summary["contacts_created"] == 2500
    calls = xapi.calls(FOLLOWERS)
    assert len(calls) == 3
    assert all(c.query["max_results"] == ["1000"] for c in calls)
    assert {"description", "url", "location", "entities"} <= set(
        calls[0].query["user.fields"][0].split(","))

    app = make_app()
    people = app.ledger.contacts.all()
    assert len(people) == 2500
    by_key = {c.identity("twitter").key: c for c in people}
    assert set(by_key) == set(ids)
    sample = by_key[ids[7]]
    assert sample.identity("twitter").display == "@" + xapi.world.users[ids[7]].username
    assert (sample.first_name, sample.last_name, sample.headline) == ("Follower", "7", "bio 7")
    assert {tp.status for tp in follow_touchpoints(app)} == {"baseline"}
    assert follow_touchpoints(app)[0].external_id.startswith("follow:in:")
    from orchestrator_twitter.audience import new_followers

    assert new_followers(app.context("twitter"), None, None) == []  # the baseline is not "new"

    again = x_cli("twitter", "sync", "--json").json()
    assert (again["followers_seen"], again["followers_new"], again["contacts_created"],
            again["first_sync"]) == (2500, 0, 0, False)
    assert len(follow_touchpoints(app)) == 2500 and app.ledger.contacts.count() == 2500

    newcomer = xapi.world.add_user("77", "newbie", "New Person", description="Robotics")
    xapi.world.followers[ME_ID].insert(0, newcomer.id)  # X lists newest followers first
    third = x_cli("twitter", "sync")
    assert third.exit_code == 0, third.stderr
    assert "2501 followers seen, 1 new" in third.stdout
    contact_id = app.ledger.contacts.by_identity("twitter", "77")
    follows = follow_touchpoints(app, contact_id)
    assert len(follows) == 1 and follows[0].status == "new"
    assert len(follow_touchpoints(app)) == 2501
    assert new_followers(app.context("twitter"), None, None) == [contact_id]


def test_first_sync_can_count_existing_followers_as_new(x_cli, xapi, login_tokens,
                                                        make_app) -> None:
    xapi.world.add_followers(ME_ID, 3)
    login_tokens()
    result = x_cli("twitter", "sync", "--include-existing", "--json").json()
    assert (result["followers_new"], result["followers_baseline"]) == (3, 0)
    from orchestrator_twitter.audience import new_followers

    assert len(new_followers(make_app().context("twitter"), None, None)) == 3


def test_rate_limit_mid_pagination_waits_with_a_countdown(x_cli, xapi, login_tokens,
                                                          clock) -> None:
    xapi.world.add_followers(ME_ID, 2500)
    xapi.world.limits[FOLLOWERS] = (2, 900)  # the third page hits the 15-minute window
    login_tokens()
    result = x_cli("twitter", "sync", "--no-dms", "--json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["followers_seen"] == 2500
    assert [c.status for c in xapi.calls(FOLLOWERS)] == [200, 200, 429, 200]
    assert "X rate limit on GET /2/users/{id}/followers: waiting" in result.stderr
    assert 890 <= sum(clock.slept) <= 905  # waited for x-rate-limit-reset, on the fake clock
    # the retried request asked for the same page
    tokens = [c.query.get("pagination_token") for c in xapi.calls(FOLLOWERS)]
    assert tokens[2] == tokens[3] is not None


def test_503_then_success(x_cli, xapi, login_tokens) -> None:
    xapi.world.add_followers(ME_ID, 5)
    xapi.inject(FOLLOWERS, Fault(status=503, content_type="application/problem+json",
                                 body={"type": PROBLEMS + "internal-error",
                                       "title": "Service Unavailable",
                                       "detail": "Service Unavailable", "status": 503}))
    login_tokens()
    result = x_cli("twitter", "sync", "--json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["followers_seen"] == 5
    assert [c.status for c in xapi.calls(FOLLOWERS)] == [503, 200]


def test_expired_token_is_refreshed_and_the_new_tokens_are_kept(x_cli, xapi, login_tokens,
                                                                 memory_keyring) -> None:
    xapi.world.add_followers(ME_ID, 3)
    old = login_tokens()
    xapi.world.expire(old.access_token)
    result = x_cli("twitter", "sync", "--json")
    assert result.exit_code == 0, result.stderr
    stored = {k[1]: v for k, v in memory_keyring.passwords.items()}
    assert stored["twitter.access_token"] != old.access_token
    assert stored["twitter.access_token"] in xapi.world.access_tokens
    assert stored["twitter.refresh_token"] != old.refresh_token  # single-use, rotated
    assert [c.status for c in xapi.calls("getUsersMe")] == [401, 200]


def test_dm_events_become_touch_points_once(x_cli, xapi, login_tokens, make_app,
                                            clock) -> None:
    xapi.world.add_user("42", "jane", "Jane Doe", description="Cold-chain nerd")
    xapi.world.add_user("43", "omar", "Omar K")
    xapi.world.followers[ME_ID].append("42")
    xapi.world.add_dm("42", ME_ID, "Loved your talk on cold chains!", clock.time() - 3600)
    xapi.world.add_dm(ME_ID, "42", "Thank you, Jane!", clock.time() - 1800)
    xapi.world.add_dm(ME_ID, "43", "Hi Omar, met you at the meetup.", clock.time() - 60)
    login_tokens()
    result = x_cli("twitter", "sync", "--json")
    assert result.exit_code == 0, result.stderr
    summary = result.json()
    assert (summary["dm_events_new"], summary["dm_in_new"], summary["dm_out_new"]) == (3, 1, 2)
    call = xapi.calls(DM_EVENTS)[0]
    assert call.query["event_types"] == ["MessageCreate"]
    assert set(call.query["expansions"][0].split(",")) == {"sender_id", "participant_ids"}

    app = make_app()
    jane = app.ledger.contacts.by_identity("twitter", "42")
    omar = app.ledger.contacts.by_identity("twitter", "43")  # unknown until he got a DM
    assert omar is not None and app.ledger.contacts.get(omar).first_name == "Omar"
    dms = app.ledger.touchpoints.query(platform="twitter", kinds=("dm",))
    inbound = [tp for tp in dms if tp.direction == "in"]
    assert [(tp.contact_id, tp.text) for tp in inbound] == \
        [(jane, "Loved your talk on cold chains!")]
    assert inbound[0].external_id == xapi.world.dm_events[0]["id"]
    assert sorted((tp.contact_id, tp.text) for tp in dms if tp.direction == "out") == \
        sorted([(jane, "Thank you, Jane!"), (omar, "Hi Omar, met you at the meetup.")])
    assert app.ledger.touchpoints.contacts_with(platform="twitter", kinds=("dm",),
                                                direction="in") == {jane}

    again = x_cli("twitter", "sync", "--json").json()
    assert again["dm_events_new"] == 0
    assert len(app.ledger.touchpoints.query(platform="twitter", kinds=("dm",))) == 3


def test_an_expired_cursor_restarts_the_pass(x_cli, xapi, login_tokens, make_app) -> None:
    xapi.world.add_followers(ME_ID, 4)
    login_tokens()
    app = make_app()
    app.workspace.init()
    app.ledger.state.set(NAMESPACE, FOLLOWERS_CURSOR, {"account": ME_ID, "token": "stale"})
    result = x_cli("twitter", "sync", "--no-dms", "--json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["followers_seen"] == 4
    assert [c.status for c in xapi.calls(FOLLOWERS)] == [400, 200]
    assert app.ledger.state.get(NAMESPACE, FOLLOWERS_CURSOR) is None
    xapi.violations.clear()  # the stale token broke the spec's pattern on purpose


def test_sync_without_login_says_how(x_cli, xapi) -> None:
    result = x_cli("twitter", "sync")
    assert result.exit_code == 3
    assert "not logged in to X" in result.stderr and "outreach twitter login" in result.stderr
    assert xapi.requests == []


@pytest.mark.parametrize("flag", [[], ["--json"]])
def test_sync_output_never_shows_a_token(x_cli, xapi, login_tokens, flag) -> None:
    xapi.world.add_followers(ME_ID, 2)
    tokens = login_tokens()
    result = x_cli("twitter", "sync", *flag)
    assert result.exit_code == 0, result.stderr
    assert tokens.access_token not in result.stdout + result.stderr


def test_a_contact_known_by_handle_gains_the_id(x_cli, xapi, login_tokens, make_app) -> None:
    added = x_cli("contacts", "add", "--first", "Jane", "--twitter", "@JaneDoe", "--json")
    assert added.exit_code == 0, added.stderr
    xapi.world.add_user("42", "JaneDoe", "Jane Doe", description="Reefers")
    xapi.world.followers[ME_ID].append("42")
    login_tokens()
    summary = x_cli("twitter", "sync", "--json").json()
    assert summary["contacts_created"] == 0
    contact = make_app().ledger.contacts.get(added.json()["id"])
    # One account, one identity: the handle folds into the numeric id (issue 12).
    assert [(i.key, i.display) for i in contact.identities if i.platform == "twitter"] == [
        ("42", "@JaneDoe")]
    assert contact.headline == "Reefers"


def test_a_handle_and_its_id_on_two_contacts_become_one(x_cli, xapi, login_tokens,
                                                         make_app) -> None:
    """Issue 12: an archive gave the id, a hand-added contact the handle; a sync that
    learns both makes them one identity on one contact."""
    added = x_cli("contacts", "add", "--first", "Jane", "--twitter", "@JaneDoe", "--json")
    by_id = x_cli("contacts", "add", "--first", "Jane", "--last", "Doe",
                  "--twitter", "https://x.com/i/user/42", "--json")
    assert added.exit_code == 0 and by_id.exit_code == 0, by_id.stderr
    xapi.world.add_user("42", "JaneDoe", "Jane Doe", description="Reefers")
    xapi.world.followers[ME_ID].append("42")
    login_tokens()
    assert x_cli("twitter", "sync").exit_code == 0
    app = make_app()
    people = [c for c in app.ledger.contacts.all() if c.identity("twitter")]
    assert len(people) == 1
    assert [i.key for i in people[0].identities if i.platform == "twitter"] == ["42"]


def test_a_reset_too_far_away_stops_with_pages_kept_then_resumes(x_cli, xapi, login_tokens,
                                                                 make_app, clock) -> None:
    xapi.world.add_followers(ME_ID, 2500)
    xapi.world.limits[FOLLOWERS] = (1, 3600)  # longer than the client will wait
    login_tokens()
    stopped = x_cli("twitter", "sync", "--no-dms")
    assert stopped.exit_code == 5
    assert "every page fetched so far is saved" in stopped.stderr
    assert "Run `outreach twitter sync` again after" in stopped.stderr
    app = make_app()
    assert app.ledger.contacts.count() == 1000
    assert app.ledger.state.get(NAMESPACE, FOLLOWERS_CURSOR)["token"]
    clock.advance(3600)
    xapi.world.limits[FOLLOWERS] = (300, 900)
    resumed = x_cli("twitter", "sync", "--no-dms", "--json")
    assert resumed.exit_code == 0, resumed.stderr
    assert resumed.json()["resumed"] == ["followers"]
    assert app.ledger.contacts.count() == 2500


def test_an_address_book_handle_finds_the_account_a_sync_keyed_by_id(x_cli, xapi, login_tokens,
                                                                    tmp_path) -> None:
    """Issue 12: a handle arriving after the id is known is the same identity, not a second."""
    xapi.world.add_user("42", "JaneDoe", "Jane Doe", description="Reefers")
    xapi.world.followers[ME_ID].append("42")
    login_tokens()
    assert x_cli("twitter", "sync").exit_code == 0
    book = tmp_path / "book.csv"
    book.write_text("First Name,Last Name,E-mail Address,Twitter\n"
                    "Jane,Doe,jane@example.org,@janedoe\n")
    result = x_cli("import", "csv", str(book), "--json")
    assert result.exit_code == 0, result.stderr
    people = x_cli("contacts", "list", "--json").json()
    assert len(people) == 1
    assert sorted((i["platform"], i["key"]) for i in people[0]["identities"]) == [
        ("email", "jane@example.org"), ("twitter", "42")]
