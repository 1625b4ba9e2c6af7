"""The X data-archive parser on folders and zips shaped like real archives."""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orchestrator.errors import ImportFailed
from orchestrator_twitter.archive import parse_archive, parse_data_file

GENERATED = "2024-05-06T07:08:09.123Z"
MANIFEST = """window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1500000000000000001",
    "userName" : "outreach_me",
    "displayName" : "Me Myself"
  },
  "archiveInfo" : {
    "sizeBytes" : "3750078",
    "generationDate" : "%s",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "dataTypes" : {
    "follower" : {
      "files" : [ {
        "fileName" : "data/follower.js",
        "globalName" : "YTD.follower.part0",
        "count" : "3"
      } ]
    }
  }
}"""


def link(account_id: str) -> str:
    return f"https://twitter.com/intent/user?user_id={account_id}"


def ytd(kind: str, part: int, rows: list[dict]) -> str:
    """A data file the way X writes it: two-space JSON after the window.YTD prefix."""
    return f"window.YTD.{kind}.part{part} = " + json.dumps(rows, indent=2).replace(
        '": ', '" : ')


def row(kind: str, account_id: str | None, with_link: bool = True) -> dict:
    inner: dict = {}
    if account_id is not None:
        inner["accountId"] = account_id
    if with_link and account_id is not None:
        inner["userLink"] = link(account_id)
    return {kind: inner}


def archive_files(manifest: bool = True) -> dict[str, str]:
    files = {
        "data/follower.js": ytd("follower", 0, [row("follower", "111"),
                                                row("follower", "222")]),
        "data/follower-part1.js": ytd("follower", 1, [
            {"follower": {"userLink": link("333")}},  # no accountId, only the link
            row("follower", "111"),  # a duplicate across parts
        ]),
        "data/following.js": ytd("following", 0, [row("following", "222"),
                                                  row("following", "444")]),
        "data/tweets.js": "window.YTD.tweets.part0 = [ ]",  # ignored
    }
    if manifest:
        files["data/manifest.js"] = MANIFEST % GENERATED
    return files


def write_folder(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def write_zip(path: Path, files: dict[str, str], prefix: str = "") -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in files.items():
            archive.writestr(prefix + name, text)
    return path


def summary(result) -> list[tuple]:
    return [(r.identities[0].key, tuple((t.kind, t.direction, t.external_id, t.at)
                                        for t in r.touchpoints)) for r in result.records]


def test_folder_with_parts_and_missing_account_ids(tmp_path: Path) -> None:
    result = parse_archive(write_folder(tmp_path / "twitter-2024", archive_files()))
    at = datetime(2024, 5, 6, 7, 8, 9, 123000, tzinfo=timezone.utc)
    assert result.at == at and result.at_source == "manifest"
    assert result.owner_id == "1500000000000000001"
    assert (result.followers, result.following) == (3, 2)
    assert summary(result) == [
        ("111", (("follow", "in", "follow:in:111", at),)),
        ("222", (("follow", "in", "follow:in:222", at), ("follow", "out", "follow:out:222", at))),
        ("333", (("follow", "in", "follow:in:333", at),)),
        ("444", (("follow", "out", "follow:out:444", at),)),
    ]
    first = result.records[0]
    identity = first.identities[0]
    assert (identity.platform, identity.source) == ("twitter", "twitter-archive")
    assert identity.display == ""  # no handle in the archive: never displayed as an id URL
    assert "follower.js line 2" in identity.evidence and "follows you" in identity.evidence
    assert "you follow them" in result.records[1].identities[0].evidence
    assert first.origin.endswith("data/follower.js:2")
    assert all(t.source == "twitter-archive" for r in result.records for t in r.touchpoints)
    assert [Path(f).name for f in result.files] == ["follower.js", "follower-part1.js",
                                                    "following.js"]


def test_zip_gives_the_same_records_as_the_folder(tmp_path: Path) -> None:
    folder = parse_archive(write_folder(tmp_path / "folder", archive_files()))
    zipped = parse_archive(write_zip(tmp_path / "twitter-2024-05-06-abc.zip", archive_files()))
    nested = parse_archive(write_zip(tmp_path / "nested.zip", archive_files(), "archive/"))
    assert summary(folder) == summary(zipped) == summary(nested)
    assert zipped.records[0].origin == f"{tmp_path}/twitter-2024-05-06-abc.zip/data/follower.js:2"


def test_data_folder_itself_can_be_given(tmp_path: Path) -> None:
    root = write_folder(tmp_path / "a", archive_files())
    assert summary(parse_archive(root / "data")) == summary(parse_archive(root))


def test_without_manifest_the_file_time_is_used(tmp_path: Path) -> None:
    root = write_folder(tmp_path / "a", archive_files(manifest=False))
    stamp = datetime(2023, 1, 2, 3, 4, 5, tzinfo=timezone.utc).timestamp()
    for file in (root / "data").iterdir():
        os.utime(file, (stamp, stamp))
    result = parse_archive(root)
    assert result.at_source == "file-mtime"
    assert result.at == datetime(2023, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    with zipfile.ZipFile(tmp_path / "z.zip", "w") as archive:
        info = zipfile.ZipInfo("data/follower.js", date_time=(2022, 3, 4, 5, 6, 8))
        archive.writestr(info, ytd("follower", 0, [row("follower", "1")]))
    assert parse_archive(tmp_path / "z.zip").at == datetime(2022, 3, 4, 5, 6, 8,
                                                            tzinfo=timezone.utc)


def test_reimport_is_identical(tmp_path: Path) -> None:
    root = write_folder(tmp_path / "a", archive_files())
    assert parse_archive(root) == parse_archive(root)


def test_malformed_json_names_file_and_line(tmp_path: Path) -> None:
    files = archive_files()
    files["data/follower-part1.js"] = (
        'window.YTD.follower.part1 = [\n'
        '  {\n    "follower" : {\n      "accountId" : "333",\n'
        '      "userLink" : "https://twitter.com/intent/user?user_id=333"\n    }\n  },\n'
        '  {\n    "follower" : {\n      "accountId" : "444"\n      "userLink" : "x"\n'
        '    }\n  }\n]')
    with pytest.raises(ImportFailed) as caught:
        parse_archive(write_folder(tmp_path / "a", files))
    assert caught.value.path.endswith("data/follower-part1.js")
    assert caught.value.line == 11
    assert "invalid JSON" in str(caught.value) and "Nothing was imported" in str(caught.value)


@pytest.mark.parametrize("text,line,message", [
    ("var followers = []", 1, "window.YTD"),
    ("window.YTD.following.part0 = []", 1, "`following` data where `follower`"),
    ("window.YTD.follower.part0 = {}", 1, "expected `[`"),
    ("window.YTD.follower.part0 = [\n  {\"follower\": {}}\n]", 2, "neither accountId"),
    ("window.YTD.follower.part0 = [\n  {\"followers\": {\"accountId\": \"1\"}}\n]", 2,
     "expected a row"),
    ("window.YTD.follower.part0 = [\n  \"1\"\n]", 2, "expected a row"),
    ("window.YTD.follower.part0 = [\n  {\"follower\": {\"accountId\": \"@jane\"}}\n]", 2,
     "not a numeric"),
    ("window.YTD.follower.part0 = [\n  {\"follower\": {\"accountId\": \"1\", "
     "\"userLink\": \"https://twitter.com/intent/user?user_id=2\"}}\n]", 2, "disagree"),
    ("window.YTD.follower.part0 = [\n  {\"follower\": {\"userLink\": "
     "\"https://example.com/x\"}}\n]", 2, "does not name"),
    ("window.YTD.follower.part0 = [\n  {\"follower\": {\"accountId\": \"1\"}}\n\n", 4,
     "not closed"),
    ("window.YTD.follower.part0 = [\n  {\"follower\": {\"accountId\": \"1\"}}\n  "
     "{\"follower\": {\"accountId\": \"2\"}}\n]", 3, "expected `,`"),
    ("window.YTD.follower.part0 = [\n  {\"follower\": {\"accountId\": \"1\"}},\n]", 3,
     "invalid JSON"),
    ("window.YTD.follower.part0 = []\nalert(1)", 2, "unexpected text"),
])
def test_invalid_data_files(text: str, line: int, message: str) -> None:
    with pytest.raises(ImportFailed) as caught:
        parse_data_file(text, "data/follower.js", "follower")
    assert caught.value.line == line, str(caught.value)
    assert message in str(caught.value)


def test_accepted_variations() -> None:
    text = '\ufeffwindow.YTD.follower.part3=[{"follower":{"accountId":"7"}}];\n'
    [only] = parse_data_file(text, "f.js", "follower")
    assert (only.account_id, only.line) == ("7", 1)
    assert parse_data_file("window.YTD.follower.part0 = [ ]", "f.js", "follower") == []


def test_not_an_archive(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="does not exist"):
        parse_archive(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ImportFailed, match="no data/follower.js"):
        parse_archive(tmp_path / "empty")
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(ImportFailed, match="neither a folder nor a zip"):
        parse_archive(tmp_path / "notes.txt")
    (tmp_path / "bad" / "data").mkdir(parents=True)
    (tmp_path / "bad" / "data" / "follower.js").write_bytes(b"window.YTD \xff\xfe")
    with pytest.raises(ImportFailed, match="not UTF-8"):
        parse_archive(tmp_path / "bad")


# --- properties ----------------------------------------------------------------------------

ids = st.integers(min_value=0, max_value=10**19 - 1).map(str)
rows = st.lists(st.tuples(st.sampled_from(["follower", "following"]), ids,
                          st.sampled_from(["both", "id", "link"])), max_size=25)


def _files_for(generated: list[tuple[str, str, str]], indent: int | None) -> dict[str, str]:
    by_kind: dict[str, list[dict]] = {"follower": [], "following": []}
    for kind, account_id, shape in generated:
        inner = {}
        if shape in ("both", "id"):
            inner["accountId"] = account_id
        if shape in ("both", "link"):
            inner["userLink"] = link(account_id)
        by_kind[kind].append({kind: inner})
    files = {"data/manifest.js": MANIFEST % GENERATED}
    for kind, items in by_kind.items():
        half = len(items) // 2
        files[f"data/{kind}.js"] = f"window.YTD.{kind}.part0 = " + json.dumps(items[:half],
                                                                              indent=indent)
        files[f"data/{kind}-part1.js"] = f"window.YTD.{kind}.part1 = " + json.dumps(
            items[half:], indent=indent)
    return files


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(generated=rows, indent=st.sampled_from([None, 2, 4]))
def test_property_every_account_once_and_parsing_is_stable(generated, indent) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = write_folder(Path(tmp), _files_for(generated, indent))
        first = parse_archive(root)
        assert parse_archive(root) == first
        expected = {(account_id, kind) for kind, account_id, _ in generated}
        got = {(r.identities[0].key, "follower" if t.direction == "in" else "following")
               for r in first.records for t in r.touchpoints}
        assert got == expected
        keys = [r.identities[0].key for r in first.records]
        assert len(keys) == len(set(keys))
        external = [t.external_id for r in first.records for t in r.touchpoints]
        assert len(external) == len(set(external))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300) | st.builds(
    lambda body: "window.YTD.follower.part0 = " + body, st.text(max_size=200)))
def test_property_any_text_is_parsed_or_refused_consistently(text: str) -> None:
    def attempt():
        try:
            return parse_data_file(text, "data/follower.js", "follower")
        except ImportFailed as exc:
            assert exc.line is not None and exc.line >= 1
            return ("refused", exc.line, str(exc))

    assert attempt() == attempt()
