"""X archives as they come (issue 13 item 7; issue 15 items 10-11): names, handles and
direct messages from the archive itself, and zips that cannot hurt.

The files are written here in the shape X writes them (``window.YTD.<type>.partN = [...]``,
two-space JSON with `` : `` separators), about fictional accounts.
"""

from __future__ import annotations

import json
import struct
import zipfile
from pathlib import Path

import pytest

from orchestrator.api import ContactRecord, Identity, TouchPoint
from orchestrator.contacts.importing import import_file, import_records
from orchestrator.errors import ImportFailed
from orchestrator_twitter.archive import parse_archive

ME = "1500000000000000001"
ADA, BO, CY, DEV, EVE = ("2000000000000000001", "2000000000000000002", "2000000000000000003",
                         "2000000000000000004", "2000000000000000005")


def ytd(kind: str, rows: list) -> str:
    return f"window.YTD.{kind}.part0 = " + json.dumps(rows, indent=2).replace('": ', '" : ')


def follow(kind: str, account: str) -> dict:
    return {kind: {"accountId": account,
                   "userLink": f"https://twitter.com/intent/user?user_id={account}"}}


def message(sender: str, recipient: str | None, mid: str, when: str, text: str) -> dict:
    create = {"reactions": [], "urls": [], "text": text, "mediaUrls": [], "senderId": sender,
              "id": mid, "createdAt": when}
    if recipient is not None:
        create["recipientId"] = recipient
    return {"messageCreate": create}


def tweet(when: str, mentions: list[tuple[str, str, str]], reply: tuple[str, str] | None = None):
    inner = {"created_at": when, "full_text": "hello", "id_str": "1",
             "entities": {"hashtags": [], "symbols": [], "urls": [],
                          "user_mentions": [{"name": n, "screen_name": h, "indices": ["0", "5"],
                                             "id_str": i, "id": i} for i, h, n in mentions]}}
    if reply:
        inner["in_reply_to_user_id_str"], inner["in_reply_to_screen_name"] = reply
    return {"tweet": inner}


def files(**changes: str | None) -> dict[str, str]:
    manifest = {"userInfo": {"accountId": ME, "userName": "quilla_v", "displayName": "Quilla"},
                "archiveInfo": {"generationDate": "2026-01-10T08:00:00.000Z"}}
    out = {
        "data/manifest.js": "window.__THAR_CONFIG = " + json.dumps(manifest, indent=2),
        "data/account.js": ytd("account", [{"account": {
            "email": "quilla@example.org", "createdVia": "web", "username": "quilla_v",
            "accountId": ME, "createdAt": "2012-03-04T05:06:07.000Z",
            "accountDisplayName": "Quilla Varnè"}}]),
        "data/follower.js": ytd("follower", [follow("follower", ADA), follow("follower", BO)]),
        "data/following.js": ytd("following", [follow("following", ADA)]),
        "data/direct-messages.js": ytd("direct_messages", [{"dmConversation": {
            "conversationId": f"{ME}-{CY}", "messages": [
                message(CY, ME, "1700000000000000002", "2025-12-02T10:00:00.000Z", "Thanks!"),
                message(ME, CY, "1700000000000000001", "2025-12-01T09:00:00.000Z",
                        "Great talk on kettles"),
            ]}}]),
        "data/direct-messages-group.js": ytd("direct_messages_group", [{"dmConversation": {
            "conversationId": "1600000000000000001", "messages": [
                {"joinConversation": {"initiatingUserId": DEV,
                                      "participantsSnapshot": [ME, DEV, EVE],
                                      "createdAt": "2025-11-01T00:00:00.000Z"}},
                message(DEV, None, "1700000000000000010", "2025-11-02T00:00:00.000Z", "Hi all"),
                message(ME, None, "1700000000000000011", "2025-11-03T00:00:00.000Z", "Hello!"),
            ]}}]),
        "data/tweets.js": ytd("tweets", [
            tweet("Wed Oct 10 20:19:24 +0000 2018", [(ADA, "ada_old", "Ada Q")]),
            tweet("Fri Jan 02 10:00:00 +0000 2026", [(ADA, "ada_q", "Ada Quillfeather 🚀"),
                                                      (CY, "cy_r", "Cyrène Rowe")]),
            tweet("Sat Jan 03 10:00:00 +0000 2026", [], reply=(BO, "bo_rakewell")),
        ]),
        "data/tweets_media/1-abc.jpg": "not read",
    }
    for name, value in changes.items():
        key = f"data/{name.replace('_', '-')}.js"
        if value is None:
            out.pop(key, None)
        else:
            out[key] = value
    return out


def write_zip(path: Path, content: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in content.items():
            archive.writestr(name, text)
    return path


def by_id(result) -> dict[str, ContactRecord]:
    return {r.identities[0].key: r for r in result.records}


def test_names_handles_and_messages_come_from_the_archive(tmp_path: Path) -> None:
    result = parse_archive(write_zip(tmp_path / "twitter-2026.zip", files()))
    people = by_id(result)
    assert sorted(people) == sorted([ADA, BO, CY, DEV, EVE])  # never ME
    ada = people[ADA]
    assert (ada.first_name, ada.last_name) == ("Ada", "Quillfeather 🚀")  # the newest mention
    assert ada.identities[0].display == "@ada_q"
    assert people[BO].identities[0].display == "@bo_rakewell" and people[BO].first_name == ""
    assert people[DEV].identities[0].display == ""  # known by id only
    cy = people[CY]
    assert [(t.kind, t.direction, t.external_id, t.text) for t in cy.touchpoints] == [
        ("dm", "out", "1700000000000000001", "Great talk on kettles"),
        ("dm", "in", "1700000000000000002", "Thanks!")]
    assert "direct messages" in cy.identities[0].evidence
    assert [(t.kind, t.direction, t.external_id) for t in people[DEV].touchpoints] == [
        ("group-dm", "in", "group:1700000000000000010"),
        ("group-dm", "out", f"group:1700000000000000011:{DEV}")]
    assert [(t.kind, t.direction) for t in people[EVE].touchpoints] == [("group-dm", "out")]
    assert result.messages == 5 and result.owner_id == ME and result.notices == ()


def test_through_the_cli_names_are_cleaned_and_reimport_adds_nothing(run_cli, tmp_path):
    path = write_zip(tmp_path / "x.zip", files())
    first = run_cli("import", "twitter-archive", str(path), "--json")
    assert first.exit_code == 0, first.stderr
    # Ada: 2 follows; Bo: 1; Cy: 2 messages; Dev: 2 group messages; Eve: 1
    assert (first.json()["created"], first.json()["touchpoints"]) == (5, 8)
    people = {p["identities"][0]["key"]: p for p in run_cli("contacts", "list", "--json").json()}
    assert (people[ADA]["first_name"], people[ADA]["last_name"]) == ("Ada", "Quillfeather")
    assert people[DEV]["identities"][0]["display"] == f"https://x.com/i/user/{DEV}"
    again = run_cli("import", "twitter-archive", str(path), "--json").json()
    assert (again["created"], again["touchpoints"]) == (0, 0)


def test_an_archive_never_replaces_a_handle_with_an_id_url(make_app, tmp_path) -> None:
    app = make_app()
    import_records(app, "twitter", [ContactRecord(
        identities=[Identity("twitter", DEV, display="@dev_now")], first_name="Dev",
        touchpoints=[TouchPoint(platform="twitter", kind="follow", direction="in",
                                at=parse_archive(write_zip(tmp_path / "a.zip", files())).at,
                                external_id="sync-only")])])
    import_file(app, "twitter-archive", write_zip(tmp_path / "b.zip", files()))
    dev = next(c for c in app.ledger.contacts.all() if c.first_name == "Dev")
    assert dev.identity("twitter").display == "@dev_now"


def test_without_account_or_manifest_owner_messages_are_a_warning(tmp_path: Path) -> None:
    content = files(account=None)
    content["data/manifest.js"] = "window.__THAR_CONFIG = {}"
    result = parse_archive(write_zip(tmp_path / "x.zip", content))
    assert sorted(by_id(result)) == sorted([ADA, BO])  # the follows still import
    ((kind, text),) = result.notices
    assert kind.startswith("direct messages not imported") and "4 direct messages were" in text


def test_a_broken_tweets_file_is_only_a_warning(tmp_path: Path) -> None:
    result = parse_archive(write_zip(tmp_path / "x.zip", files(
        tweets="window.YTD.tweets.part0 = [ {\"tweet\" : { ]")))
    assert len(result.records) == 5
    ((kind, text),) = result.notices
    assert "invalid JSON" in text and kind.startswith("archive file not read")


@pytest.mark.parametrize("name, text, message", [
    ("direct_messages", "window.YTD.direct_messages.part0 = [ {\"dmConversation\" : "
                        "{\"conversationId\" : \"1-2\", \"messages\" : [ {\"messageCreate\" : "
                        "{\"senderId\" : \"x\", \"id\" : \"1\", \"recipientId\" : \"2\", "
                        "\"createdAt\" : \"2025-01-01T00:00:00Z\"} } ] } } ]", "senderId 'x'"),
    ("direct_messages", "window.YTD.direct_messages.part0 = [\n  {\"dmConversation\" : "
                        "{\"conversationId\" : \"1-2\", \"messages\" : [ {\"messageCreate\" : "
                        "{\"senderId\" : \"1\", \"id\" : \"1\", \"recipientId\" : \"2\", "
                        "\"createdAt\" : \"yesterday\"} } ] } } ]", "not an ISO 8601 time"),
    ("direct_messages_group", "window.YTD.direct_messages_group.part0 = [ 1 ]",
     "dmConversation"),
])
def test_a_malformed_message_file_fails_with_its_line(tmp_path, name, text, message) -> None:
    with pytest.raises(ImportFailed, match=message):
        parse_archive(write_zip(tmp_path / "x.zip", files(**{name: text})))


# --- zip bombs and damaged zips -----------------------------------------------------------

def test_an_x_archive_bomb_is_refused_quickly(run_cli, tmp_path: Path) -> None:
    content = files()
    content["data/follower.js"] = ytd("follower", [follow("follower", ADA)]) + " " * (
        96 * 1024 * 1024)
    path = write_zip(tmp_path / "bomb.zip", content)
    assert path.stat().st_size < 1024 * 1024
    result = run_cli("import", "twitter-archive", str(path))
    assert result.exit_code == 2 and "zip bomb" in result.stderr


@pytest.mark.parametrize("how", ["corrupt deflate stream", "unsupported compression method",
                                 "broken central directory"])
def test_a_damaged_x_archive_is_a_clear_error(run_cli, tmp_path: Path, how: str) -> None:
    content = files()
    content["data/follower.js"] = ytd("follower", [follow("follower", str(2 * 10**18 + i))
                                                   for i in range(300)])
    raw = bytearray(write_zip(tmp_path / "ok.zip", content).read_bytes())
    name = b"data/follower.js"
    local = raw.find(b"PK\x03\x04")
    while raw[local + 30: local + 30 + len(name)] != name:
        local = raw.find(b"PK\x03\x04", local + 4)
    start = local + 30 + len(name) + struct.unpack_from("<H", raw, local + 28)[0]
    central = raw.find(b"PK\x01\x02")
    while raw[central + 46: central + 46 + len(name)] != name:
        central = raw.find(b"PK\x01\x02", central + 4)
    if how == "corrupt deflate stream":
        for i in range(start + 20, start + 60):
            raw[i] ^= 0x5A
    elif how == "unsupported compression method":
        struct.pack_into("<H", raw, local + 8, 99)
        struct.pack_into("<H", raw, central + 10, 99)
    else:
        end = raw.rfind(b"PK\x05\x06")
        offset = struct.unpack_from("<I", raw, end + 16)[0]
        struct.pack_into("<I", raw, end + 16, offset + 7)  # points into the middle of it
    path = tmp_path / "damaged.zip"
    path.write_bytes(bytes(raw))
    result = run_cli("import", "twitter-archive", str(path))
    assert result.exit_code == 2, result.stderr
    assert "internal error" not in result.stderr and str(path) in result.stderr


def test_skip_invalid_leaves_out_rows_x_could_not_have_written(make_app, tmp_path) -> None:
    content = files()
    content["data/follower.js"] = ytd("follower", [follow("follower", ADA),
                                                   {"follower": {"accountId": "@nope"}}])
    path = write_zip(tmp_path / "x.zip", content)
    app = make_app()
    with pytest.raises(ImportFailed, match="not a numeric X user id"):
        import_file(app, "twitter-archive", path)
    summary = import_file(app, "twitter-archive", path, skip_invalid=True)
    assert summary.created == 4  # Ada, and Cy, Dev, Eve from the messages
    (notice,) = summary.notices
    assert notice.skipped and "accountId '@nope' is not a numeric X user id" in notice.message
