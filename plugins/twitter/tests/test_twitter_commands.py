"""``outreach twitter login|status|logout`` and the sync before planning, through the CLI."""

from __future__ import annotations

import webbrowser

import pytest

from xapi_server import ME_ID, SimulatedBrowser

SOURCE_AUDIENCE = '[audience]\nsource = "twitter:new-followers"\n'


def test_login_status_logout(x_cli, xapi, monkeypatch, memory_keyring) -> None:
    browser = SimulatedBrowser(xapi)
    monkeypatch.setattr(webbrowser, "open", browser)
    result = x_cli("twitter", "login", "--port", "0", "--timeout", "10")
    assert result.exit_code == 0, result.stderr
    assert f"Logged in to X as @outreach_me ({ME_ID})" in result.stdout
    assert browser.opened and browser.opened[0] in result.stderr  # shown in case no browser
    stored = {k[1] for k in memory_keyring.passwords}
    assert {"twitter.access_token", "twitter.refresh_token"} <= stored

    status = x_cli("twitter", "status", "--json")
    assert status.exit_code == 0, status.stderr
    data = status.json()
    assert data["account"]["username"] == "outreach_me"
    assert (data["logged_in"], data["token_source"]) == (True, "keyring")
    assert data["has_refresh_token"] and data["last_sync"] is None
    assert "GET /2/users/me" in data["rate_limits"]
    text = x_cli("twitter", "status")
    assert "X account: @outreach_me" in text.stdout and "system keyring" in text.stdout
    assert "Last sync: never" in text.stdout

    out = x_cli("twitter", "logout")
    assert out.exit_code == 0 and memory_keyring.passwords == {}
    after = x_cli("twitter", "status", "--json").json()
    assert after["logged_in"] is False and after["account"] is None


def test_login_needs_a_client_id(x_cli, monkeypatch) -> None:
    monkeypatch.delenv("OUTREACH_X_CLIENT_ID")
    result = x_cli("twitter", "login", "--no-browser")
    assert result.exit_code == 3
    assert "no X client id" in result.stderr and "client_id" in result.stderr


def test_status_with_environment_tokens_never_prints_them(x_cli, xapi) -> None:
    token = xapi.world.issue_tokens(ME_ID)["access_token"]
    result = x_cli("twitter", "status", env={"OUTREACH_X_ACCESS_TOKEN": token})
    assert result.exit_code == 0, result.stderr
    assert "environment" in result.stdout and token not in result.stdout


def test_planning_an_x_source_campaign_syncs_first(x_cli, xapi, login_tokens,
                                                   x_workspace) -> None:
    x_workspace(SOURCE_AUDIENCE)
    xapi.world.add_followers(ME_ID, 2)
    login_tokens()
    assert x_cli("twitter", "sync").exit_code == 0  # the baseline
    xapi.world.add_user("77", "newbie", "Nia Bell", description="Cold-chain sensors")
    xapi.world.followers[ME_ID].insert(0, "77")
    before = len(xapi.calls("getUsersFollowers"))
    result = x_cli("plan", "x-hello", "--json")
    assert result.exit_code == 0, result.stderr
    assert len(xapi.calls("getUsersFollowers")) == before + 1
    assert "X sync: 3 followers seen, 1 new" in result.stderr
    drafts = result.json()["drafts"]
    assert [d["recipient"]["key"] for d in drafts] == ["77"]  # only the new follower
    assert drafts[0]["mode"] == "assisted"  # no welcome DMs by API to new followers


def test_a_dry_run_does_not_sync(x_cli, xapi, login_tokens, x_workspace) -> None:
    x_workspace(SOURCE_AUDIENCE)
    login_tokens()
    result = x_cli("run", "x-hello", "--dry-run", "--json")
    assert result.exit_code == 0, result.stderr
    assert xapi.requests == []


@pytest.mark.parametrize("setting", [True, False])
def test_sync_before_plan_can_be_turned_off_or_is_skipped_logged_out(
        x_cli, xapi, login_tokens, x_workspace, setting) -> None:
    home = x_workspace(SOURCE_AUDIENCE)
    if setting:
        with (home / "config.toml").open("a") as config:
            config.write("\n[twitter]\nsync_before_plan = false\n")
        login_tokens()
    result = x_cli("plan", "x-hello", "--json")
    assert result.exit_code == 0, result.stderr
    assert xapi.requests == []
    if not setting:
        assert "not logged in to X" in result.stderr


def test_a_failing_sync_before_plan_is_reported_and_planning_goes_on(
        x_cli, xapi, login_tokens, x_workspace, memory_keyring) -> None:
    x_workspace(SOURCE_AUDIENCE)
    tokens = login_tokens()
    xapi.world.access_tokens.clear()
    xapi.world.refresh_tokens.clear()  # X forgot the session: refresh fails too
    result = x_cli("plan", "x-hello", "--json")
    assert result.exit_code == 0, result.stderr
    assert "warning: X sync before planning x-hello failed" in result.stderr
    assert result.json()["drafts"] == []
    assert tokens.refresh_token not in result.stderr
