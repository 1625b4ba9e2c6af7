"""Followers and followings from an X data archive (a folder or the downloaded zip).

Format (docs/platform-rules.md 2f; rust-utilities/twitter-archive, community-archive): each data file
is JavaScript that assigns one JSON array, ``window.YTD.follower.part0 = [ {...}, ... ]``.
Rows are ``{"follower": {"accountId": "2222", "userLink":
"https://twitter.com/intent/user?user_id=2222"}}`` (``"following"`` in following.js); some
rows carry only ``userLink``. There is no handle and no date. Large archives split a data
type into parts: ``data/follower.js`` (``part0``), ``data/follower-part1.js``
(``window.YTD.follower.part1``), ... and every one of them is read.

When did the follow happen? The archive does not say. Every touch point gets the archive's
generation time from ``data/manifest.js`` (``window.__THAR_CONFIG = {"archiveInfo":
{"generationDate": ...}}``): the follow existed then, which is the only true statement the
archive supports. Without a readable manifest the data file's modification time is used
(for zips the member's timestamp, which zip stores without a time zone; read as UTC).

Re-importing is idempotent: touch points have the deterministic ``external_id``
``follow:in:<id>`` / ``follow:out:<id>`` and the identity key is the numeric account id.

Errors: anything malformed raises :class:`orchestrator.api.ImportFailed` naming the file
and line, and nothing is returned: every file is parsed before any record is built.
"""

from __future__ import annotations

import json
import re
import zipfile
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import Any, Iterable

from attrs import frozen

from orchestrator.api import ContactRecord, ImportFailed, TouchPoint

from .identity import PLATFORM, is_user_id, parse_account, user_identity

SOURCE = "twitter-archive"
DIRECTIONS = {"follower": "in", "following": "out"}
_DATA_FILE_RE = re.compile(r"(?:^|/)data/(follower|following)(?:-part(\d+))?\.js$")
_MANIFEST_RE = re.compile(r"(?:^|/)data/manifest\.js$")
_PREFIX_RE = re.compile(r"\A\s*window\.YTD\.([A-Za-z_]+)\.part(\d+)\s*=\s*")
_MANIFEST_PREFIX_RE = re.compile(r"\A\s*window\.(?:__THAR_CONFIG|YTD\.manifest\.part0)\s*=\s*")
_WS = " \t\r\n"
# Refuse absurd zip members (a zip bomb) rather than filling memory.
MAX_FILE_BYTES = 1 << 30


@frozen
class ArchiveRow:
    kind: str  # "follower" or "following"
    account_id: str
    user_link: str
    file: str
    line: int


@frozen
class ArchiveImport:
    """What an archive holds: one record per account, and how ``at`` was chosen."""

    records: tuple[ContactRecord, ...]
    at: datetime
    at_source: str  # "manifest" or "file-mtime"
    owner_id: str | None
    files: tuple[str, ...]
    followers: int
    following: int


class _Lines:
    """Line numbers for increasing offsets without rescanning the text each time."""

    def __init__(self, text: str):
        self._text = text
        self._pos = 0
        self._line = 1

    def __call__(self, pos: int) -> int:
        if pos < self._pos:
            self._pos, self._line = 0, 1
        self._line += self._text.count("\n", self._pos, pos)
        self._pos = pos
        return self._line


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _WS:
        pos += 1
    return pos


def parse_data_file(text: str, name: str, kind: str) -> list[ArchiveRow]:
    """The rows of one ``follower``/``following`` data file; ``ImportFailed`` if malformed."""
    if text.startswith("\ufeff"):
        text = text[1:]
    head = _PREFIX_RE.match(text)
    if head is None:
        raise ImportFailed(name, 1, "does not start with `window.YTD.<type>.partN =`; "
                                    "is this a file from an X data archive?")
    lines = _Lines(text)
    if head.group(1) != kind:
        raise ImportFailed(name, lines(head.start(1)),
                           f"holds `{head.group(1)}` data where `{kind}` was expected")
    pos = head.end()
    if text[pos:pos + 1] != "[":
        raise ImportFailed(name, lines(pos), "expected `[` after `=`")
    decoder = json.JSONDecoder()
    rows: list[ArchiveRow] = []
    pos = _skip(text, pos + 1)
    if text[pos:pos + 1] == "]":
        pos += 1
    else:
        while True:
            try:
                obj, end = decoder.raw_decode(text, pos)
            except json.JSONDecodeError as exc:
                raise ImportFailed(name, lines(exc.pos), f"invalid JSON: {exc.msg}") from None
            rows.append(_row(obj, kind, name, lines(pos)))
            pos = _skip(text, end)
            separator = text[pos:pos + 1]
            if separator == ",":
                pos = _skip(text, pos + 1)
                continue
            if separator == "]":
                pos += 1
                break
            raise ImportFailed(name, lines(pos), "expected `,` or `]` between rows"
                               if separator else "the array is not closed with `]`")
    rest = text[pos:].strip(_WS)
    if rest not in ("", ";"):
        raise ImportFailed(name, lines(_skip(text, pos)), "unexpected text after the array")
    return rows


def _row(obj: Any, kind: str, name: str, line: int) -> ArchiveRow:
    inner = obj.get(kind) if isinstance(obj, dict) else None
    if not isinstance(inner, dict):
        raise ImportFailed(name, line, f'expected a row like {{"{kind}": {{"accountId": ...}}}}')
    account = inner.get("accountId")
    link = inner.get("userLink")
    if isinstance(account, int) and not isinstance(account, bool):
        account = str(account)
    if account is not None and not (isinstance(account, str) and is_user_id(account)):
        raise ImportFailed(name, line, f"accountId {account!r} is not a numeric X user id")
    link_id = None
    if link is not None:
        if not isinstance(link, str):
            raise ImportFailed(name, line, "userLink is not a string")
        try:
            link_id = parse_account(link).user_id
        except ValueError:
            link_id = None
        if link_id is None:
            raise ImportFailed(name, line, f"userLink {link!r} does not name an X user id")
    if account and link_id and account != link_id:
        raise ImportFailed(name, line, f"accountId {account} and userLink {link!r} disagree")
    account_id = account or link_id
    if not account_id:
        raise ImportFailed(name, line, "row has neither accountId nor userLink")
    return ArchiveRow(kind, account_id, link or "", name, line)


def parse_manifest(text: str) -> tuple[datetime | None, str | None]:
    """``(generationDate, owner accountId)`` from ``data/manifest.js``; ``None`` if absent."""
    head = _MANIFEST_PREFIX_RE.match(text.lstrip("\ufeff"))
    if head is None:
        return None, None
    try:
        data, _ = json.JSONDecoder().raw_decode(text.lstrip("\ufeff"), head.end())
    except json.JSONDecodeError:
        return None, None
    if not isinstance(data, dict):
        return None, None
    info = data.get("archiveInfo") if isinstance(data.get("archiveInfo"), dict) else {}
    user = data.get("userInfo") if isinstance(data.get("userInfo"), dict) else {}
    generated = None
    raw = info.get("generationDate")
    if isinstance(raw, str):
        try:
            generated = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            generated = None
        if generated is not None and generated.tzinfo is None:
            generated = generated.replace(tzinfo=timezone.utc)
    owner = user.get("accountId")
    return generated, owner if isinstance(owner, str) and is_user_id(owner) else None


# --- reading folders and zips ---------------------------------------------------------

class _Source:
    """Files of an archive by their path inside it (``data/follower.js``)."""

    def __init__(self, path: Path):
        self.path = path
        self._zip: zipfile.ZipFile | None = None
        self._files: dict[str, Path] = {}
        if path.is_dir():
            for pattern in ("data/*.js", "*/data/*.js"):
                for file in sorted(path.glob(pattern)):
                    self._files[file.relative_to(path).as_posix()] = file
            if path.name == "data":
                for file in sorted(path.glob("*.js")):
                    self._files["data/" + file.name] = file
        elif zipfile.is_zipfile(path):
            self._zip = zipfile.ZipFile(path)
        else:
            raise ImportFailed(str(path), None, "is neither a folder nor a zip file")

    def names(self) -> list[str]:
        if self._zip is not None:
            return [n for n in self._zip.namelist() if not n.endswith("/")]
        return list(self._files)

    def display(self, name: str) -> str:
        if self._zip is not None:
            return f"{self.path}/{name}"
        return str(self._files[name])

    def read(self, name: str) -> str:
        try:
            if self._zip is not None:
                if self._zip.getinfo(name).file_size > MAX_FILE_BYTES:
                    raise ImportFailed(self.display(name), None, "is too large to read")
                data = self._zip.read(name)
            else:
                data = self._files[name].read_bytes()
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ImportFailed(self.display(name), None,
                               f"is not UTF-8 text ({exc.reason})") from None
        except (OSError, zipfile.BadZipFile) as exc:
            raise ImportFailed(self.display(name), None, f"cannot be read ({exc})") from None

    def mtime(self, name: str) -> datetime:
        if self._zip is not None:
            return datetime(*self._zip.getinfo(name).date_time, tzinfo=timezone.utc)
        stamp = self._files[name].stat().st_mtime
        return datetime.fromtimestamp(int(stamp), tz=timezone.utc)

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()


def _data_files(names: Iterable[str]) -> list[tuple[str, int, str]]:
    found = []
    for name in names:
        match = _DATA_FILE_RE.search(name)
        if match:
            found.append((match.group(1), int(match.group(2) or 0), name))
    # Followers before followings, parts in order: records come out in a stable order.
    return sorted(found, key=lambda f: (f[0] != "follower", f[1], f[2]))


def parse_archive(path: str | Path) -> ArchiveImport:
    """Read ``data/follower*.js`` and ``data/following*.js`` of an archive folder or zip."""
    root = Path(path)
    if not root.exists():
        raise ImportFailed(str(root), None, "does not exist")
    source = _Source(root)
    try:
        names = source.names()
        files = _data_files(names)
        if not files:
            raise ImportFailed(str(root), None, "holds no data/follower.js or "
                                                "data/following.js; is it an X data archive?")
        rows: list[ArchiveRow] = []
        for kind, _part, name in files:
            rows += parse_data_file(source.read(name), source.display(name), kind)
        generated, owner = None, None
        manifests = [n for n in names if _MANIFEST_RE.search(n)]
        if manifests:
            generated, owner = parse_manifest(source.read(manifests[0]))
        if generated is not None:
            at, at_source = generated.astimezone(timezone.utc), "manifest"
        else:
            at, at_source = max(source.mtime(name) for _k, _p, name in files), "file-mtime"
    finally:
        source.close()
    return _build(rows, at, at_source, owner, tuple(source.display(n) for _k, _p, n in files))


def _build(rows: list[ArchiveRow], at: datetime, at_source: str, owner: str | None,
           files: tuple[str, ...]) -> ArchiveImport:
    first_seen: dict[str, ArchiveRow] = {}
    kinds: dict[str, list[str]] = {}
    for row in rows:
        first_seen.setdefault(row.account_id, row)
        seen = kinds.setdefault(row.account_id, [])
        if row.kind not in seen:
            seen.append(row.kind)
    stamp = at.date().isoformat()
    records = []
    for account_id, row in first_seen.items():
        relations = "; ".join("follows you" if k == "follower" else "you follow them"
                              for k in kinds[account_id])
        evidence = (f"X data archive of {stamp} ({PurePosixPath(row.file).name} line "
                    f"{row.line}): {relations}")
        records.append(ContactRecord(
            identities=[user_identity(account_id, source=SOURCE, evidence=evidence)],
            touchpoints=[TouchPoint(platform=PLATFORM, kind="follow", direction=DIRECTIONS[k],
                                    at=at, external_id=f"follow:{DIRECTIONS[k]}:{account_id}",
                                    source=SOURCE)
                         for k in kinds[account_id]],
            origin=f"{row.file}:{row.line}",
        ))
    followers = sum(1 for k in kinds.values() if "follower" in k)
    following = sum(1 for k in kinds.values() if "following" in k)
    return ArchiveImport(tuple(records), at, at_source, owner, files, followers, following)
