"""Parse a LinkedIn data export into contact records for the ledger.

``parse_export(path)`` reads the export (zip, extracted folder or one CSV file, see
:mod:`.archive`), validates every file completely, and only then returns one
:class:`~orchestrator.model.ContactRecord` per person, with all their touch points. Nothing
is returned half-done: a file LinkedIn could not have written raises
:class:`~orchestrator.errors.ImportFailed` naming the file and the physical line; usable
files with unusable rows import, and each left-out row is a warning naming ``file:line``
(policy in :mod:`.report`).

People and identities
    A person is keyed by their normalized profile (``in/<slug>``, :mod:`.urls`); a
    ``Connections.csv`` row without a URL (exports before 2023) by its email address
    (``email:<address>``). A person named without URL or address is resolved by name to
    someone the same export identifies, when exactly one person has that name
    (:mod:`.names`); otherwise the row is skipped with a warning, because the ledger can
    only merge a record that has an identity. A connection's email address becomes an
    ``email`` identity next to the LinkedIn one, linking both for the ledger. The export's
    owner (:mod:`.owner`) is never a contact.

Touch points (platform ``linkedin``; ``source`` is ``linkedin:<file>:<line>``)
    ============ ========== ========= ====================================================
    row          kind       direction ``external_id`` and notes
    ============ ========== ========= ====================================================
    connection   connection in        ``connection:<person>``; status ``accepted``
    invitation   invitation out, in   ``invitation:<person>:<sent at>``; note in ``text``
    message      message    out, in   ``message:<conversation>:<person>:<date>``
    ============ ========== ========= ====================================================

    ``<person>`` is the person's key, times are written ``2026-02-12T11:44:00Z``; the
    2018 ``Messages.csv`` has no conversation ids and writes ``-``.

    A connection is mutual and the export does not say who asked, so it is recorded as
    ``in``/``accepted``: the person accepted (or offered) the link. Whether an invitation
    you sent was accepted is for the ledger to derive (an ``out`` invitation followed by a
    connection), so both are emitted as they are. A message you sent to several people is
    one touch point per recipient; a message you received is one touch point for its
    sender. Times are UTC (:mod:`.dates`).

Idempotency
    Output is sorted, and every touch point has an external id that a later export
    reproduces (the ledger refuses a second touch point with the same platform, kind,
    direction and external id), so re-importing the same or a newer export adds only what
    is new. Two messages in one conversation from and to the same people within the same
    second get a digest of their content appended to tell them apart; exact duplicate rows
    collapse to one. A person first known by email and later by URL gets a second
    connection touch point: the key changed.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

from attrs import define, field, frozen

from orchestrator.api import ContactRecord, Direction, Identity, ImportFailed, TouchPoint

from . import connections as connections_mod
from . import invitations as invitations_mod
from . import messages as messages_mod
from . import profile as profile_mod
from .archive import ExportFile, locate
from .connections import Connection, read_connections
from .csvfiles import find_spec
from .emails import email_identity
from .invitations import Invitation, read_invitations
from .messages import Message, read_messages
from .names import NameIndex, is_placeholder, name_key, split_names
from .owner import Owner, find_owner, why_no_owner
from .profile import read_owner_name
from .report import BAD_EMAIL, SHARED_EMAIL, ExportWarning, FileCounts, Report
from .urls import normalize_profile_url

PLATFORM = "linkedin"
_BY_HEADER = (
    ("connections", connections_mod.SPECS),
    ("invitations", invitations_mod.SPECS),
    ("messages", messages_mod.SPECS),
    ("profile", profile_mod.SPECS),
)


@frozen
class LinkedInExport:
    """The result of :func:`parse_export`.

    ``records``: one per person, sorted by key. ``owner``: whose export it is (None when
    not needed and not found). ``warnings``: rows left out, each naming ``file:line``.
    ``counts``: per file name, rows read, touch points made, and rows (or, for a message to
    several people, recipients) skipped by reason: ``draft``, ``spam``, ``unidentified``,
    ``duplicate``, ``self``, ``no recipient``.
    """

    records: list[ContactRecord]
    owner: Owner | None
    warnings: list[ExportWarning]
    counts: dict[str, FileCounts]

    def touchpoints(self, kind: str) -> int:
        return sum(1 for r in self.records for tp in r.touchpoints if tp.kind == kind)


def parse_export(path: Path | str, *, owner: str | None = None,
                 skip_invalid: bool = False) -> LinkedInExport:
    """Read and validate the whole export at ``path``; see the module docstring.

    ``owner`` is the user's own profile URL, or their name as the export writes it, for
    exports whose files do not reveal it. With ``skip_invalid`` a row LinkedIn could not
    have written is left out with a warning instead of failing the import.
    Raises :class:`~orchestrator.errors.ImportFailed` for a bad file, and
    :class:`~orchestrator.errors.InputError` for a bad ``owner``.
    """
    given, given_name = _given_owner(owner)
    files = _files(Path(path))
    report = Report(skip_invalid=skip_invalid)
    connections = read_connections(files["connections"], report) \
        if "connections" in files else []
    invitations = read_invitations(files["invitations"], report) \
        if "invitations" in files else []
    messages = read_messages(files["messages"], report) if "messages" in files else []
    profile_name = given_name or (
        read_owner_name(files["profile"], report) if "profile" in files else "")
    me = find_owner(given, profile_name, invitations, messages)
    if me is None and any(m.direction is None for m in messages):
        raise ImportFailed(
            files["messages"].where, None,
            "cannot tell which of these messages you sent: "
            + why_no_owner("profile" in files, invitations, messages),
            'Give your name as the export writes it, or your profile URL: '
            '-o owner="Your Name" (or -o owner=https://www.linkedin.com/in/you).',
        )
    assembler = _Assembler(me, report, {k: f.name for k, f in files.items()})
    records = assembler.run(connections, invitations, messages)
    warnings = sorted(report.warnings, key=lambda w: (w.file, w.line or 0))  # stable
    return LinkedInExport(records, me, warnings, report.counts)


def _given_owner(owner: str | None) -> tuple[Identity | None, str]:
    """``-o owner=``: a profile URL, or a name."""
    value = (owner or "").strip()
    if not value:
        return None, ""
    if "linkedin." in value.lower() or "/" in value or value.lower().startswith("in/"):
        return normalize_profile_url(value), ""
    return None, " ".join(value.split())


def _files(path: Path) -> dict[str, ExportFile]:
    files, unknown = locate(path)
    for file in unknown:
        kind = next((k for k, specs in _BY_HEADER if find_spec(file, specs)), None)
        if kind is None:
            raise ImportFailed(
                file.where, None, "not a LinkedIn export file",
                "Give Connections.csv, Invitations.csv or messages.csv from the export, "
                "the export's folder or its zip.",
            )
        files[kind] = file
    if not any(k in files for k in ("connections", "invitations", "messages")):
        raise ImportFailed(str(path), None, "Profile.csv alone names no contacts",
                           "Import the whole export.")
    return files


@define
class _Touch:
    point: TouchPoint
    base_id: str
    digest: str
    file: str
    line: int


@define
class _Person:
    key: str
    linkedin: Identity | None
    origin: str
    first_name: str = ""
    last_name: str = ""
    company: str = ""
    title: str = ""
    emails: dict[str, Identity] = field(factory=dict)
    touches: list[_Touch] = field(factory=list)

    def record(self) -> ContactRecord:
        identities = [self.linkedin] if self.linkedin else []
        identities += [self.emails[k] for k in sorted(self.emails)]
        return ContactRecord(
            identities=identities, first_name=self.first_name, last_name=self.last_name,
            company=self.company, title=self.title, origin=self.origin,
            touchpoints=[t.point for t in self.touches],
        )


class _Assembler:
    """Turns validated rows into people; one instance per import."""

    def __init__(self, me: Owner | None, report: Report, names: dict[str, str]) -> None:
        self.me = me
        self.report = report
        self.names = names  # kind -> file name as the export spells it
        self.index = NameIndex()
        self.identities: dict[str, Identity] = {}  # in/<slug> -> first identity seen
        self.people: dict[str, _Person] = {}
        self.email_owner: dict[str, tuple[str, str]] = {}  # address -> (person, where)

    def run(self, connections: list[Connection], invitations: list[Invitation],
            messages: list[Message]) -> list[ContactRecord]:
        self._index_urls(connections, invitations, messages)
        for c in connections:
            self._connection(c)
        for inv in invitations:
            self._invitation(inv)
        for m in messages:
            self._message(m)
        return [self._finish(self.people[k]).record() for k in sorted(self.people)]

    # -- who is who ----------------------------------------------------------------------

    def _is_me(self, identity: Identity | None, name: str = "") -> bool:
        return self.me is not None and self.me.is_me(identity, name)

    def _where(self, kind: str, line: int) -> str:
        return f"{self.names[kind]}:{line}"

    def _index_urls(self, connections: list[Connection], invitations: list[Invitation],
                    messages: list[Message]) -> None:
        """Names seen next to a profile URL anywhere in the export (first pass)."""
        seen: list[tuple[str, Identity | None, str]] = []
        for c in connections:
            seen.append((c.name, c.profile, self._where("connections", c.line)))
        for inv in invitations:
            seen.append((inv.other_name, inv.other, self._where("invitations", inv.line)))
        for m in messages:
            where = self._where("messages", m.line)
            seen.append((m.from_name, m.sender, where))
            others = [r for r in m.recipients or () if not self._is_me(r)]
            if len(others) == 1 and m.to:
                seen.append((m.to, others[0], where))
        for name, identity, where in seen:
            if identity is not None and not self._is_me(identity):
                self.identities.setdefault(identity.key, identity)
                self.index.add(name, identity.key, where)
        counts: dict[str, int] = {}
        for c in connections:
            counts[name_key(c.name)] = counts.get(name_key(c.name), 0) + 1
        for c in connections:
            self.index.mention(c.name)
            if counts[name_key(c.name)] > 1:
                self.index.mark_ambiguous(c.name)

    def _identify(self, identity: Identity | None, name: str,
                  where: str) -> tuple[str, Identity | None] | None:
        """(person key, LinkedIn identity) for a URL, or for a name known in the export."""
        if identity is not None:
            return identity.key, identity
        found = self.index.resolve(name) if name else None
        if found is None:
            return None
        key, evidence = found
        linkedin = self.identities.get(key)
        if linkedin is not None and key not in self.people:
            linkedin = Identity(linkedin.platform, linkedin.key, display=linkedin.display,
                                source="linkedin",
                                evidence=f"{where}: name matches {evidence}")
        return key, linkedin

    def _person(self, key: str, linkedin: Identity | None, name: str | tuple[str, str],
                origin: str) -> _Person:
        """The person of ``key``; ``name`` is ``(first, last)`` from Connections.csv's own
        columns, or a whole name (invitations, messages) split at its first space when the
        export has no columns for this person. A placeholder (``LinkedIn Member``) is no name.
        """
        person = self.people.get(key)
        if person is None:
            person = self.people[key] = _Person(key, linkedin, origin)
        if isinstance(name, tuple):
            first, last = name
            if is_placeholder(f"{first} {last}"):
                first = last = ""
        else:
            first, _, last = ("" if is_placeholder(name) else " ".join(name.split())).partition(" ")
        if not (person.first_name or person.last_name) and (first or last):
            person.first_name, person.last_name = first, last
        return person

    def _add_email(self, person: _Person, email: Identity, kind: str, line: int) -> None:
        holder = self.email_owner.setdefault(email.key, (person.key, self._where(kind, line)))
        if holder[0] != person.key:
            self.report.warn(self.names[kind], line,
                             f"{email.display!r} is also the address of the connection on "
                             f"{holder[1]}; not imported for this one", kind=SHARED_EMAIL)
            return
        person.emails.setdefault(email.key, email)

    def _touch(self, person: _Person, kind: str, direction: Direction, at: datetime,
               base_id: str, file_kind: str, line: int, *, text: str = "", subject: str = "",
               status: str = "done", extra: str = "") -> None:
        digest = hashlib.sha256("\x1f".join((subject, text, extra)).encode()).hexdigest()[:12]
        point = TouchPoint(platform=PLATFORM, kind=kind, direction=direction, at=at,
                           status=status, text=text, subject=subject,
                           source=f"linkedin:{self._where(file_kind, line)}")
        person.touches.append(_Touch(point, base_id, digest, self.names[file_kind], line))

    # -- rows ----------------------------------------------------------------------------

    def _connection(self, c: Connection) -> None:
        file, where = self.names["connections"], self._where("connections", c.line)
        linkedin = c.profile
        if linkedin is None and c.name:
            found = self._identify(None, c.name, where)
            linkedin = found[1] if found else None
        email = None
        if c.email:
            try:
                email = email_identity(c.email, source="linkedin",
                                       evidence=f"{where} (Email Address)")
            except ValueError as exc:
                self.report.warn(file, c.line, f"{exc}; the address was not imported",
                                 kind=BAD_EMAIL)
        if linkedin is None and email is None:
            who = repr(c.name) if c.name else "a connection without a name (hidden profile?)"
            self.report.skip(file, c.line, "unidentified",
                             f"{who}: no profile URL or valid email address; skipped")
            return
        if self._is_me(linkedin):
            self.report.skip(file, c.line, "self")
            return
        if linkedin is not None:
            key = linkedin.key
        else:
            assert email is not None
            key = f"email:{email.key}"
        person = self._person(key, linkedin, (c.first_name, c.last_name), where)
        person.company = person.company or c.company
        person.title = person.title or c.title
        if email is not None:
            self._add_email(person, email, "connections", c.line)
        earlier = next((t for t in person.touches if t.point.kind == "connection"), None)
        if earlier is not None:
            self.report.skip(file, c.line, "duplicate",
                             f"the same person as {earlier.file}:{earlier.line}; "
                             "kept the first row")
            return
        self._touch(person, "connection", "in", c.connected_on, f"connection:{key}",
                    "connections", c.line, status="accepted")
        self.index.add(c.name, key, where)

    def _invitation(self, inv: Invitation) -> None:
        file, where = self.names["invitations"], self._where("invitations", inv.line)
        if self._is_me(inv.other, inv.other_name):
            self.report.skip(file, inv.line, "self")
            return
        found = self._identify(inv.other, inv.other_name, where)
        if found is None:
            role = "to" if inv.direction == "out" else "from"
            self.report.skip(file, inv.line, "unidentified",
                             f"invitation {role} {inv.other_name!r} skipped: "
                             + self.index.why_not(inv.other_name))
            return
        key, linkedin = found
        person = self._person(key, linkedin, inv.other_name, where)
        self._touch(person, "invitation", inv.direction, inv.at,
                    f"invitation:{key}:{_stamp(inv.at)}", "invitations", inv.line,
                    text=inv.note)

    def _message(self, m: Message) -> None:
        file, where = self.names["messages"], self._where("messages", m.line)
        out = m.direction == "out" if self.me is None else self.me.sent(m)
        if not out:
            wanted: list[tuple[Identity | None, str]] = [(m.sender, m.from_name)]
        elif m.recipients is not None:
            others = [r for r in m.recipients if not self._is_me(r)]
            wanted = [(r, m.to if len(others) == 1 else "") for r in others]
        else:
            names = split_names(m.to, lambda n: self.index.knows(n) or self._is_me(None, n))
            wanted = [(None, n) for n in names if not self._is_me(None, n)]
        if not wanted:
            self.report.skip(file, m.line, "no recipient",
                             "a message with no recipient besides you; skipped")
            return
        for identity, name in wanted:
            found = self._identify(identity, name, where)
            if found is None:
                role = "to" if out else "from"
                self.report.skip(file, m.line, "unidentified",
                                 f"message {role} {name or 'an unnamed sender'!r} skipped: "
                                 + (self.index.why_not(name) if name else "no profile URL"))
                continue
            key, linkedin = found
            person = self._person(key, linkedin, name, where)
            self._touch(person, "message", "out" if out else "in", m.at,
                        f"message:{m.conversation_id or '-'}:{key}:{_stamp(m.at)}",
                        "messages", m.line, text=m.content, subject=m.subject,
                        extra=m.attachments)

    # -- ids -----------------------------------------------------------------------------

    def _finish(self, person: _Person) -> _Person:
        groups: dict[tuple[str, str, str], list[_Touch]] = {}
        for t in person.touches:
            groups.setdefault((t.point.kind, t.point.direction, t.base_id), []).append(t)
        kept: list[_Touch] = []
        for group in groups.values():
            distinct: dict[str, _Touch] = {}
            for t in group:
                if t.digest in distinct:
                    self.report.skip(t.file, t.line, "duplicate")
                else:
                    distinct[t.digest] = t
            for t in distinct.values():
                suffix = f":{t.digest}" if len(distinct) > 1 else ""
                t.point.external_id = t.base_id + suffix
                self.report.file(t.file).touchpoints += 1
                kept.append(t)
        kept.sort(key=lambda t: (t.point.at, t.point.kind, t.point.direction,
                                 t.point.external_id))
        person.touches = kept
        return person


def _stamp(at: datetime) -> str:
    return at.strftime("%Y-%m-%dT%H:%M:%SZ")
