"""People and history from an X data archive (a folder or the downloaded zip).

Format (docs/platform-rules.md 2f; rust-utilities/twitter-archive, community-archive): each
data file is JavaScript that assigns one JSON array, ``window.YTD.follower.part0 = [ {...}, ... ]``.
Large archives split a data type into parts: ``data/follower.js`` (``part0``),
``data/follower-part1.js`` (``window.YTD.follower.part1``), ... and every one of them is read.
What is read:

``follower.js``, ``following.js``
    ``{"follower": {"accountId": "2222", "userLink": "https://twitter.com/intent/user?user_id=2222"}}``
    (``"following"`` in following.js); some rows carry only ``userLink``. No handle, no name,
    no date: one ``follow`` touch point per row, ``in`` or ``out``.
``direct-messages.js``, ``direct-messages-group.js``
    ``{"dmConversation": {"conversationId": "111-222", "messages": [{"messageCreate":
    {"senderId", "recipientId", "id", "text", "createdAt"}}]}}`` (group conversations have no
    ``recipientId``; ``joinConversation``/``participantsJoin`` events list who is in them).
    Each message is a touch point: ``dm`` (one-to-one) or ``group-dm``, ``out`` when you sent
    it, ``in`` otherwise. The people you wrote with become contacts even if no follow links you.
``account.js``
    ``{"account": {"accountId", "username", "accountDisplayName"}}``: who *you* are, so that
    messages get their direction; else ``manifest.js``'s ``userInfo``. You are never a contact.
``tweets.js`` (``tweet.js`` in older archives)
    Only for names and handles: the ``entities.user_mentions`` of your tweets
    (``{"name", "screen_name", "id_str"}``) and ``in_reply_to_screen_name`` name people the
    archive otherwise knows by id. A mention never makes anyone a contact. Unreadable or
    too large, it is skipped with a warning: it is only a source of names.

A person whose handle the archive names gets ``@handle`` as the display of their identity; a
person known only by id gets no display, so the import never replaces a handle a sync found
with an id URL. When did a follow happen? The archive does not say: follow touch points get
the archive's generation time from ``data/manifest.js`` (``window.__THAR_CONFIG = {"archiveInfo":
{"generationDate": ...}}``), else the data file's modification time (zips store it without a
time zone; read as UTC). Messages have their own ``createdAt``.

Re-importing is idempotent: ``external_id`` is ``follow:in:<id>`` / ``follow:out:<id>`` for
follows (what a sync uses too), the message id for ``dm`` (the ``dm_event_id`` a sync
records), ``group:<message id>`` and ``group:<message id>:<recipient id>`` for group
messages; the identity key is the numeric account id.

Zips are read through ``orchestrator.api.safezip`` (sizes and compression ratios checked
before reading, members streamed with a cap). Anything malformed in the follow and message
files raises :class:`orchestrator.api.ImportFailed` naming the file and line, and nothing
is returned: every file is parsed before any record is built.
"""

from __future__ import annotations

import json
import re
import zipfile
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import Any, Iterable, Iterator

from attrs import define, field, frozen

from orchestrator.api import ContactRecord, Identity, ImportFailed, TouchPoint, safezip

from .identity import HANDLE_RE, PLATFORM, handle_key, is_user_id, parse_account

SOURCE = "twitter-archive"
DIRECTIONS = {"follower": "in", "following": "out"}
_DATA_FILE_RE = re.compile(r"(?:^|/)data/(follower|following)(?:-part(\d+))?\.js$")
_DM_FILE_RE = re.compile(
    r"(?:^|/)data/(direct-messages|direct-messages-group)(?:-part(\d+))?\.js$")
_TWEETS_RE = re.compile(r"(?:^|/)data/(tweets|tweet)(?:-part(\d+))?\.js$")
_ACCOUNT_RE = re.compile(r"(?:^|/)data/account\.js$")
_MANIFEST_RE = re.compile(r"(?:^|/)data/manifest\.js$")
_PREFIX_RE = re.compile(r"\A\s*window\.YTD\.([A-Za-z_]+)\.part(\d+)\s*=\s*")
_MANIFEST_PREFIX_RE = re.compile(r"\A\s*window\.(?:__THAR_CONFIG|YTD\.manifest\.part0)\s*=\s*")
_WS = " \t\r\n"
LIMITS = safezip.Limits(member=256 * 1024 * 1024, total=1024 * 1024 * 1024)
MAX_FILE_BYTES = LIMITS.member
_GLOBALS = {"direct-messages": "direct_messages", "direct-messages-group": "direct_messages_group"}
_MONTHS = {m: i for i, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}

NOT_READ = "archive file not read (only names come from it)"
INVALID_ROW = "invalid row (left out with --skip-invalid)"
NO_OWNER = "direct messages not imported (the archive does not say who you are)"


@frozen
class ArchiveRow:
    kind: str  # "follower" or "following"
    account_id: str
    user_link: str
    file: str
    line: int


@frozen
class DmRow:
    """One message of a one-to-one (``recipient`` set) or group conversation."""

    conversation: str
    id: str
    sender: str
    recipient: str | None
    at: datetime
    text: str
    file: str
    line: int


@frozen
class Mention:
    """What a tweet says about an account: its handle and (from mentions) its name."""

    account_id: str
    handle: str
    name: str
    at: datetime | None


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
    messages: int = 0
    notices: tuple[tuple[str, str], ...] = ()  # (kind, message) for the import summary


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


def _items(text: str, name: str, kinds: tuple[str, ...]) -> Iterator[tuple[Any, int]]:
    """``(object, line)`` of each element of a ``window.YTD.<kind>.partN = [...]`` file."""
    if text.startswith("\ufeff"):
        text = text[1:]
    head = _PREFIX_RE.match(text)
    if head is None:
        raise ImportFailed(name, 1, "does not start with `window.YTD.<type>.partN =`; "
                                    "is this a file from an X data archive?")
    lines = _Lines(text)
    if head.group(1) not in kinds:
        raise ImportFailed(name, lines(head.start(1)),
                           f"holds `{head.group(1)}` data where `{kinds[0]}` was expected")
    pos = head.end()
    if text[pos:pos + 1] != "[":
        raise ImportFailed(name, lines(pos), "expected `[` after `=`")
    decoder = json.JSONDecoder()
    pos = _skip(text, pos + 1)
    if text[pos:pos + 1] == "]":
        pos += 1
    else:
        while True:
            try:
                obj, end = decoder.raw_decode(text, pos)
            except json.JSONDecodeError as exc:
                raise ImportFailed(name, lines(exc.pos), f"invalid JSON: {exc.msg}") from None
            except RecursionError:
                raise ImportFailed(name, lines(pos), "JSON nested too deeply") from None
            yield obj, lines(pos)
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


def parse_data_file(text: str, name: str, kind: str,
                    skipped: list[tuple[str, str]] | None = None) -> list[ArchiveRow]:
    """The rows of one ``follower``/``following`` data file; ``ImportFailed`` if malformed.

    With ``skipped`` (``--skip-invalid``) a row that is valid JSON but not a follow row is
    left out and noted there instead; broken JSON still fails the file."""
    rows = []
    for obj, line in _items(text, name, (kind,)):
        try:
            rows.append(_row(obj, kind, name, line))
        except ImportFailed as exc:
            if skipped is None:
                raise
            skipped.append((INVALID_ROW, f"{exc.message}; row left out"))
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


def _user_id(value: Any, what: str, name: str, line: int, *, required: bool = True) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if value is None and not required:
        return None
    if not (isinstance(value, str) and is_user_id(value)):
        raise ImportFailed(name, line, f"{what} {value!r} is not a numeric X id")
    return value


def _iso(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)).astimezone(
        timezone.utc)


def parse_dm_file(text: str, name: str, group: bool,
                  skipped: list[tuple[str, str]] | None = None,
                  ) -> tuple[list[DmRow], dict[str, set[str]]]:
    """The messages of a ``direct-messages(-group)`` file, and each group's participants;
    with ``skipped`` a conversation X could not have written is left out and noted."""
    kind = "direct_messages_group" if group else "direct_messages"
    rows: list[DmRow] = []
    participants: dict[str, set[str]] = {}
    for obj, line in _items(text, name, (kind,)):
        try:
            found = _conversation(obj, name, line, group, participants)
        except ImportFailed as exc:
            if skipped is None:
                raise
            skipped.append((INVALID_ROW, f"{exc.message}; conversation left out"))
            continue
        rows += found
    return rows, participants


def _conversation(obj: Any, name: str, line: int, group: bool,
                  participants: dict[str, set[str]]) -> list[DmRow]:
    rows: list[DmRow] = []
    conversation = obj.get("dmConversation") if isinstance(obj, dict) else None
    if not isinstance(conversation, dict):
        raise ImportFailed(name, line, 'expected a row like {"dmConversation": {...}}')
    conversation_id = conversation.get("conversationId")
    messages = conversation.get("messages", [])
    if not isinstance(conversation_id, str) or not conversation_id:
        raise ImportFailed(name, line, "a conversation without a conversationId")
    if not isinstance(messages, list):
        raise ImportFailed(name, line, "`messages` is not a list")
    people = participants.setdefault(conversation_id, set())
    for item in messages:
        if not isinstance(item, dict):
            raise ImportFailed(name, line, "a message that is not an object")
        for key in ("joinConversation", "participantsJoin"):
            event = item.get(key)
            if isinstance(event, dict):
                for value in [*(event.get("participantsSnapshot") or []),
                              *(event.get("userIds") or []), event.get("initiatingUserId")]:
                    if isinstance(value, str) and is_user_id(value):
                        people.add(value)
        create = item.get("messageCreate")
        if create is None:
            continue  # reactions, joins, renames: not messages
        if not isinstance(create, dict):
            raise ImportFailed(name, line, "messageCreate is not an object")
        message_id = _user_id(create.get("id"), "message id", name, line)
        sender = _user_id(create.get("senderId"), "senderId", name, line)
        recipient = None if group else _user_id(create.get("recipientId"), "recipientId",
                                                name, line)
        at = _iso(create.get("createdAt"))
        if at is None:
            raise ImportFailed(name, line, f"createdAt {create.get('createdAt')!r} of message "
                                           f"{message_id} is not an ISO 8601 time")
        text_value = create.get("text", "")
        if not isinstance(text_value, str):
            raise ImportFailed(name, line, f"the text of message {message_id} is not a string")
        assert message_id is not None and sender is not None
        people.add(sender)
        if recipient:
            people.add(recipient)
        rows.append(DmRow(conversation_id, message_id, sender, recipient, at, text_value,
                          name, line))
    return rows


def parse_account_file(text: str, name: str) -> tuple[str | None, str, str]:
    """``(accountId, username, accountDisplayName)`` of ``account.js``."""
    for obj, _line in _items(text, name, ("account",)):
        account = obj.get("account") if isinstance(obj, dict) else None
        if isinstance(account, dict):
            user_id = account.get("accountId")
            username = account.get("username")
            display = account.get("accountDisplayName")
            return (user_id if isinstance(user_id, str) and is_user_id(user_id) else None,
                    username if isinstance(username, str) else "",
                    display if isinstance(display, str) else "")
    return None, "", ""


def _tweet_time(value: Any) -> datetime | None:
    """``Wed Oct 10 20:19:24 +0000 2018`` (tweets.js), month names in English."""
    if not isinstance(value, str):
        return None
    parts = value.split()
    try:
        _dow, month, day, clock, _zone, year = parts
        hour, minute, second = (int(x) for x in clock.split(":"))
        return datetime(int(year), _MONTHS[month], int(day), hour, minute, second,
                        tzinfo=timezone.utc)
    except (ValueError, KeyError):
        return None


def parse_mentions(text: str, name: str) -> dict[str, Mention]:
    """Account id -> the most recent handle (and name) your tweets give it."""
    found: dict[str, Mention] = {}

    def note(account_id: Any, handle: Any, person: Any, at: datetime | None) -> None:
        if not (isinstance(account_id, str) and is_user_id(account_id)):
            return
        if not (isinstance(handle, str) and HANDLE_RE.match(handle)):
            return
        person = " ".join(person.split()) if isinstance(person, str) else ""
        old = found.get(account_id)
        if old is None or (at is not None and (old.at is None or at > old.at)):
            found[account_id] = Mention(account_id, handle, person or (old.name if old else ""), at)
        elif not old.name and person:
            found[account_id] = Mention(account_id, old.handle, person, old.at)

    for obj, _line in _items(text, name, ("tweets", "tweet")):
        tweet = obj.get("tweet") if isinstance(obj, dict) else None
        if not isinstance(tweet, dict):
            continue
        at = _tweet_time(tweet.get("created_at"))
        entities = tweet.get("entities")
        mentions = entities.get("user_mentions") if isinstance(entities, dict) else None
        for mention in mentions if isinstance(mentions, list) else ():
            if isinstance(mention, dict):
                note(mention.get("id_str"), mention.get("screen_name"), mention.get("name"), at)
        note(tweet.get("in_reply_to_user_id_str"), tweet.get("in_reply_to_screen_name"), "", at)
    return found


def parse_manifest(text: str) -> tuple[datetime | None, str | None]:
    """``(generationDate, owner accountId)`` from ``data/manifest.js``; ``None`` if absent."""
    head = _MANIFEST_PREFIX_RE.match(text.lstrip("\ufeff"))
    if head is None:
        return None, None
    try:
        data, _ = json.JSONDecoder().raw_decode(text.lstrip("\ufeff"), head.end())
    except (json.JSONDecodeError, RecursionError):
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
        self._budget = [LIMITS.total]
        if path.is_dir():
            try:
                for pattern in ("data/*.js", "*/data/*.js"):
                    for file in sorted(path.glob(pattern)):
                        self._files[file.relative_to(path).as_posix()] = file
                if path.name == "data":
                    for file in sorted(path.glob("*.js")):
                        self._files["data/" + file.name] = file
            except OSError as exc:
                raise ImportFailed(str(path), None, f"cannot read the folder ({exc})") from None
        elif _is_zip(path):
            self._zip = safezip.open_zip(path, LIMITS)
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

    def too_large(self, name: str) -> bool:
        """Whether ``name`` is over the size one file may have (checked before reading)."""
        if self._zip is not None:
            info = self._zip.getinfo(name)
            safezip.check_member(info, self.display(name), LIMITS)  # a bomb is refused, not skipped
            return False
        try:
            return self._files[name].stat().st_size > LIMITS.member
        except OSError:
            return False

    def read(self, name: str) -> str:
        where = self.display(name)
        if self._zip is not None:
            data = safezip.read_member(self._zip, self._zip.getinfo(name), where, LIMITS,
                                       self._budget)
        else:
            data = safezip.read_file(self._files[name], where, LIMITS, self._budget)
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ImportFailed(where, data[: exc.start].count(b"\n") + 1,
                               f"is not UTF-8 text ({exc.reason})") from None

    def mtime(self, name: str) -> datetime:
        if self._zip is not None:
            try:
                return datetime(*self._zip.getinfo(name).date_time, tzinfo=timezone.utc)
            except ValueError:  # a zip date of 0000-00-00
                return datetime(1980, 1, 1, tzinfo=timezone.utc)
        stamp = self._files[name].stat().st_mtime
        return datetime.fromtimestamp(int(stamp), tz=timezone.utc)

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()


def _is_zip(path: Path) -> bool:
    try:
        return zipfile.is_zipfile(path)
    except OSError:
        return False


def _files_of(regex: re.Pattern[str], names: Iterable[str]) -> list[tuple[str, int, str]]:
    found = []
    for name in names:
        match = regex.search(name)
        if match:
            found.append((match.group(1), int(match.group(2) or 0), name))
    return sorted(found, key=lambda f: (f[0], f[1], f[2]))


def _data_files(names: Iterable[str]) -> list[tuple[str, int, str]]:
    # Followers before followings, parts in order: records come out in a stable order.
    return sorted(_files_of(_DATA_FILE_RE, names), key=lambda f: (f[0] != "follower", f[1], f[2]))


def parse_archive(path: str | Path, *, skip_invalid: bool = False) -> ArchiveImport:
    """Read an archive folder or zip: follows, messages, and the names the archive knows.

    With ``skip_invalid`` a follow row or conversation that is valid JSON but not what X
    writes is left out with a notice instead of failing the import."""
    root = Path(path)
    if not root.exists():
        raise ImportFailed(str(root), None, "does not exist")
    source = _Source(root)
    notices: list[tuple[str, str]] = []
    skipped = notices if skip_invalid else None
    try:
        names = source.names()
        files = _data_files(names)
        dm_files = _files_of(_DM_FILE_RE, names)
        if not files and not dm_files:
            raise ImportFailed(str(root), None, "holds no data/follower.js, data/following.js "
                                                "or data/direct-messages.js; is it an X data "
                                                "archive?")
        rows: list[ArchiveRow] = []
        for kind, _part, name in files:
            rows += parse_data_file(source.read(name), source.display(name), kind, skipped)
        dms: list[DmRow] = []
        groups: dict[str, set[str]] = {}
        for kind, _part, name in dm_files:
            found, people = parse_dm_file(source.read(name), source.display(name),
                                          kind == "direct-messages-group", skipped)
            dms += found
            for conversation, ids in people.items():
                groups.setdefault(conversation, set()).update(ids)
        generated, owner = None, None
        manifests = [n for n in names if _MANIFEST_RE.search(n)]
        if manifests:
            generated, owner = parse_manifest(source.read(manifests[0]))
        owner = _account_owner(source, names, notices) or owner
        mentions = _mentions(source, names, notices)
        if generated is not None:
            at, at_source = generated.astimezone(timezone.utc), "manifest"
        else:
            at = max(source.mtime(name) for _k, _p, name in files + dm_files)
            at_source = "file-mtime"
    finally:
        source.close()
    shown = tuple(source.display(n) for _k, _p, n in files + dm_files)
    return _build(rows, at, at_source, owner, shown, dms, groups, mentions, notices)


def _account_owner(source: _Source, names: list[str], notices: list[tuple[str, str]]) -> str | None:
    accounts = [n for n in names if _ACCOUNT_RE.search(n)]
    if not accounts:
        return None
    try:
        owner, _username, _display = parse_account_file(source.read(accounts[0]),
                                                         source.display(accounts[0]))
    except ImportFailed as exc:
        notices.append((NOT_READ, f"{exc.message}; your account id is taken from manifest.js"))
        return None
    return owner


def _mentions(source: _Source, names: list[str],
              notices: list[tuple[str, str]]) -> dict[str, Mention]:
    found: dict[str, Mention] = {}
    for _kind, _part, name in _files_of(_TWEETS_RE, names):
        if source.too_large(name):
            notices.append((NOT_READ, f"{source.display(name)}: larger than "
                                      f"{LIMITS.member >> 20} MiB; names and handles of the "
                                      "people you mention were not read from it"))
            continue
        try:
            for account_id, mention in parse_mentions(source.read(name),
                                                      source.display(name)).items():
                old = found.get(account_id)
                if old is None or (mention.at and (old.at is None or mention.at > old.at)):
                    found[account_id] = mention
        except ImportFailed as exc:
            notices.append((NOT_READ, f"{exc.message} (only names come from it)"))
    return found


@define
class _Person:
    account_id: str
    file: str
    line: int
    relations: list[str] = field(factory=list)
    touchpoints: list[TouchPoint] = field(factory=list)


def _build(rows: list[ArchiveRow], at: datetime, at_source: str, owner: str | None,
           files: tuple[str, ...], dms: list[DmRow] = (), groups: dict[str, set[str]] | None = None,
           mentions: dict[str, Mention] | None = None,
           notices: list[tuple[str, str]] | None = None) -> ArchiveImport:
    groups = groups or {}
    mentions = mentions or {}
    notices = list(notices or [])
    people: dict[str, _Person] = {}

    def person(account_id: str, file: str, line: int) -> _Person:
        found = people.get(account_id)
        if found is None:
            found = people[account_id] = _Person(account_id, file, line)
        return found

    followers: set[str] = set()
    following: set[str] = set()
    for row in rows:
        if row.account_id == owner:
            continue
        p = person(row.account_id, row.file, row.line)
        relation = "follows you" if row.kind == "follower" else "you follow them"
        if relation in p.relations:
            continue
        p.relations.append(relation)
        (followers if row.kind == "follower" else following).add(row.account_id)
        direction = DIRECTIONS[row.kind]
        p.touchpoints.append(TouchPoint(platform=PLATFORM, kind="follow", direction=direction,
                                        at=at, external_id=f"follow:{direction}:{row.account_id}",
                                        source=SOURCE))
    messages = 0
    if dms and owner is None:
        notices.append((NO_OWNER, f"{len(dms)} direct messages were not imported: neither "
                                  "account.js nor manifest.js says which account is yours"))
    elif dms:
        seen: set[str] = set()
        for dm in sorted(dms, key=lambda d: (d.at, d.id)):
            if dm.id in seen:
                continue
            seen.add(dm.id)
            messages += _dm_touchpoints(dm, owner, groups, person)
    stamp = at.date().isoformat()
    records = []
    for account_id, p in people.items():
        if not p.touchpoints:
            continue
        relations = "; ".join(p.relations)
        evidence = (f"X data archive of {stamp} ({PurePosixPath(p.file).name} line "
                    f"{p.line}): {relations}")
        mention = mentions.get(account_id)
        first, _, last = (" ".join(mention.name.split()) if mention else "").partition(" ")
        display = f"@{mention.handle}" if mention else ""
        records.append(ContactRecord(
            identities=[Identity(PLATFORM, account_id, display=display, source=SOURCE,
                                 evidence=evidence)],
            first_name=first, last_name=last,
            touchpoints=sorted(p.touchpoints, key=lambda t: (t.at, t.kind, t.direction,
                                                             t.external_id)),
            origin=f"{p.file}:{p.line}",
            # the handle a contact may be known by (added by hand): the same account
            aliases=({(PLATFORM, account_id): handle_key(mention.handle)}
                     if mention and HANDLE_RE.match(mention.handle or "") else {}),
        ))
    return ArchiveImport(tuple(records), at, at_source, owner, files, len(followers),
                         len(following), messages, tuple(notices))


def _dm_touchpoints(dm: DmRow, owner: str, groups: dict[str, set[str]], person) -> int:
    """Touch points of one message on the people it went between; how many were added."""
    added = 0
    if dm.recipient is not None:  # one-to-one
        if owner not in (dm.sender, dm.recipient) or dm.sender == dm.recipient:
            return 0
        out = dm.sender == owner
        other = dm.recipient if out else dm.sender
        p = person(other, dm.file, dm.line)
        if "direct messages" not in p.relations:
            p.relations.append("direct messages")
        p.touchpoints.append(TouchPoint(platform=PLATFORM, kind="dm",
                                        direction="out" if out else "in", at=dm.at,
                                        text=dm.text, external_id=dm.id, source=SOURCE))
        return 1
    if dm.sender != owner:
        p = person(dm.sender, dm.file, dm.line)
        if "group messages" not in p.relations:
            p.relations.append("group messages")
        p.touchpoints.append(TouchPoint(platform=PLATFORM, kind="group-dm", direction="in",
                                        at=dm.at, text=dm.text, external_id=f"group:{dm.id}",
                                        source=SOURCE))
        return 1
    for other in sorted(groups.get(dm.conversation, set()) - {owner}):
        p = person(other, dm.file, dm.line)
        if "group messages" not in p.relations:
            p.relations.append("group messages")
        p.touchpoints.append(TouchPoint(platform=PLATFORM, kind="group-dm", direction="out",
                                        at=dm.at, text=dm.text,
                                        external_id=f"group:{dm.id}:{other}", source=SOURCE))
        added += 1
    return added
