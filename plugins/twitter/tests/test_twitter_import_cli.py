"""``outreach import twitter-archive`` through the CLI: folders and zips, with and without login."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from xapi_server import ME_ID, PROBLEMS, Fault

LOOKUP = "getUsersByIds"
FOLLOWER_IDS = ["2000000000000000001", "2000000000000000002", "2000000000000000003"]
FOLLOWING_IDS = ["2000000000000000003", "2000000000000000004"]


def _ytd(kind: str, part: int, ids: list[str]) -> str:
    rows = [{kind: {"accountId": i,
                    "userLink": f"https://twitter.com/intent/user?user_id={i}"}} for i in ids]
    return f"window.YTD.{kind}.part{part} = " + json.dumps(rows, indent=2)


def _files() -> dict[str, str]:
    manifest = {"userInfo": {"accountId": ME_ID, "userName": "outreach_me"},
                "archiveInfo": {"generationDate": "2024-05-06T07:08:09.123Z"}}
    return {
        "data/manifest.js": "window.__THAR_CONFIG = " + json.dumps(manifest, indent=2),
        "data/follower.js": _ytd("follower", 0, FOLLOWER_IDS[:2]),
        "data/follower-part1.js": _ytd("follower", 1, FOLLOWER_IDS[2:]),
        "data/following.js": _ytd("following", 0, FOLLOWING_IDS),
    }


@pytest.fixture(params=["folder", "zip"])
def archive(request, tmp_path: Path) -> Path:
    if request.param == "folder":
        root = tmp_path / "twitter-2024-05-06"
        for name, text in _files().items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(text, encoding="utf-8")
        return root
    path = tmp_path / "twitter-2024-05-06.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in _files().items():
            zf.writestr(name, text)
    return path


@pytest.fixture
def known_accounts(xapi) -> None:
    xapi.world.add_user(FOLLOWER_IDS[0], "ada_l", "Ada Lovelace",
                        description="Analytical engines. ada@example.org")
    xapi.world.add_user(FOLLOWER_IDS[1], "grace_h", "Grace Hopper", location="Arlington")
    xapi.world.add_user(FOLLOWER_IDS[2], "alan_t", "Alan Turing")
    # FOLLOWING_IDS[1] is gone from X (deleted): it stays an id


def _people(x_cli) -> dict[str, dict]:
    people = x_cli("contacts", "list", "--json").json()
    return {next(i for i in p["identities"] if i["platform"] == "twitter")["key"]: p
            for p in people}


def test_logged_in_import_resolves_ids_to_handles(x_cli, xapi, archive, login_tokens,
                                                  known_accounts) -> None:
    login_tokens()
    result = x_cli("import", "twitter-archive", archive, "--json")
    assert result.exit_code == 0, result.stderr
    summary = result.json()
    assert (summary["records"], summary["created"]) == (4, 4)
    assert summary["touchpoints"] == 5  # 3 follows in, 2 out (one account is both)
    assert any("no longer exist" in w for w in summary["warnings"])
    assert len(xapi.calls(LOOKUP)) == 1
    people = _people(x_cli)
    ada = people[FOLLOWER_IDS[0]]
    assert (ada["first_name"], ada["last_name"]) == ("Ada", "Lovelace")
    assert ada["headline"] == "Analytical engines. ada@example.org"
    ada_x = next(i for i in ada["identities"] if i["platform"] == "twitter")
    assert ada_x["display"] == "@ada_l" and "X data archive of 2024-05-06" in ada_x["evidence"]
    # the email address in her bio was unclaimed: attached, with the evidence
    email = next(i for i in ada["identities"] if i["platform"] == "email")
    assert email["key"] == "ada@example.org" and "bio" in email["evidence"]
    assert people[FOLLOWER_IDS[1]]["location"] == "Arlington"
    gone = people[FOLLOWING_IDS[1]]
    assert gone["first_name"] == "" and gone["identities"][0]["display"].startswith(
        "https://x.com/i/user/")
    again = x_cli("import", "twitter-archive", archive, "--json").json()
    assert (again["created"], again["touchpoints"]) == (0, 0)


def test_without_login_ids_are_kept_silently(x_cli, xapi, archive, known_accounts) -> None:
    result = x_cli("import", "twitter-archive", archive, "--json")
    assert result.exit_code == 0, result.stderr
    summary = result.json()
    assert summary["records"] == 4 and summary["warnings"] == []
    assert xapi.requests == []  # no network without a login
    people = _people(x_cli)
    assert set(people) == set(FOLLOWER_IDS) | set(FOLLOWING_IDS)
    assert all(p["first_name"] == "" for p in people.values())


def test_a_failing_api_keeps_ids_with_a_warning(x_cli, xapi, archive, login_tokens,
                                                known_accounts) -> None:
    login_tokens()
    xapi.inject(LOOKUP, Fault(status=403, content_type="application/problem+json",
                              body={"type": PROBLEMS + "disallowed-resource", "title": "Forbidden",
                                    "detail": "This app cannot use this endpoint.",
                                    "status": 403}))
    result = x_cli("import", "twitter-archive", archive)
    assert result.exit_code == 0, result.stderr
    assert "Imported 4 records" in result.stdout
    assert "warning: X ids were kept as ids" in result.stderr
    assert "cannot use this endpoint" in result.stderr
    assert all(p["first_name"] == "" for p in _people(x_cli).values())


def test_archive_and_sync_share_follow_ids(x_cli, xapi, archive, login_tokens,
                                           known_accounts, make_app) -> None:
    login_tokens()
    assert x_cli("import", "twitter-archive", archive).exit_code == 0
    xapi.world.followers[ME_ID] += FOLLOWER_IDS
    summary = x_cli("twitter", "sync", "--json").json()
    assert summary["followers_seen"] == 3 and summary["contacts_created"] == 0
    assert summary["followers_baseline"] == 0  # the archive had them already
    app = make_app()
    follows = app.ledger.touchpoints.query(platform="twitter", kinds=("follow",),
                                           direction="in")
    assert len(follows) == 3 and {tp.source for tp in follows} == {"twitter-archive"}
