"""The import pipeline: parse, normalize every identity and apply, in one transaction.

An importer (a plugin's or the core's) only parses; this module owns the guarantees: the
records are normalized and applied in a single ledger transaction, which a parse error or
an invalid identity rolls back, so an import is all or nothing (records stream through it:
a file is never held whole, see :func:`import_records`).
Importers may emit raw identities (``Identity("url", "https://...")``): the identity
hook turns them into canonical keys on the right platform, and names are cleaned for
templates (:mod:`.names`: no emoji, honorifics or ``LinkedIn Member``), the name as
written kept in the evidence of the person's identity. An identity given without a display
gets the normalized one when it is new, and never overwrites a display the ledger already
has (an X id from an archive does not replace the ``@handle`` a sync found).

What an import leaves out, and why, is reported by *kind* (:class:`Notice`): the CLI prints
a count and three examples per kind, ``--json`` and ``-v`` everything. An importer reports
through its context: ``context.log(message, kind=...)`` for a warning,
``context.skip(message, kind=...)`` for a row it left out; ``context.skip_invalid`` says
whether the user asked to import the valid rows of a file with invalid ones
(``--skip-invalid``) instead of nothing.
"""

from __future__ import annotations

import csv
import gc
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

import attrs
from attrs import define, field, frozen

from ..errors import ImportFailed, InputError
from ..model import ContactRecord, Identity
from .names import clean_name
from .reconcile import reconcile_record

if TYPE_CHECKING:
    from ..app import App


@frozen
class Notice:
    """One thing an import left out (``skipped``) or warns about, with its kind."""

    kind: str
    message: str
    skipped: bool = False

    def as_json(self) -> dict:
        return attrs.asdict(self)


INVALID = "invalid value"
UNREACHABLE = "no way to reach this person"
KEPT_APART = "kept apart (never-merge rule)"
SHARED_WEBSITE = "website shared by several people (not used to tell who is who)"


@define
class ImportSummary:
    source: str
    path: str
    records: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    merged: int = 0
    touchpoints: int = 0
    linked: int = 0
    proposed: int = 0
    # records naming a person erased at their request: left out, nothing written
    suppressed: int = 0
    notices: list[Notice] = field(factory=list)
    # One per applied record, in order (what a plugin needs to follow up on its records).
    results: list[RecordOutcome] = field(factory=list)

    @property
    def skipped(self) -> list[str]:
        return [n.message for n in self.notices if n.skipped]

    @property
    def warnings(self) -> list[str]:
        return [n.message for n in self.notices if not n.skipped]

    def skip(self, message: str, kind: str) -> None:
        self.notices.append(Notice(kind, message, True))

    def warn(self, message: str, kind: str = "warning") -> None:
        self.notices.append(Notice(kind, message, False))

    def by_kind(self) -> dict[tuple[str, bool], list[str]]:
        """Messages grouped by (kind, skipped), most frequent kind first."""
        groups: dict[tuple[str, bool], list[str]] = {}
        for notice in self.notices:
            groups.setdefault((notice.kind, notice.skipped), []).append(notice.message)
        return dict(sorted(groups.items(), key=lambda kv: (not kv[0][1], -len(kv[1]))))

    def as_json(self) -> dict:
        data = attrs.asdict(self, filter=lambda a, _v: a.name not in ("results", "notices"))
        data["skipped"] = self.skipped
        data["warnings"] = self.warnings
        data["kinds"] = [{"kind": kind, "skipped": skipped, "count": len(messages),
                          "messages": messages}
                         for (kind, skipped), messages in self.by_kind().items()]
        return data


@attrs.frozen
class RecordOutcome:
    """What importing one record did."""

    contact_id: int
    created: bool
    changed: bool
    touchpoints_added: int
    merged: tuple[int, ...] = ()
    # the record names a person erased at their request: nothing written (contact_id 0)
    suppressed: bool = False


@define
class _Context:
    """What an importer gets besides the path (registry.ImportContext)."""

    options: Mapping[str, str]
    settings: Mapping[str, Any]
    skip_invalid: bool = False
    notices: list[Notice] = field(factory=list)

    def log(self, message: str, kind: str = "warning") -> None:
        self.notices.append(Notice(kind, message, False))

    def skip(self, message: str, kind: str = "skipped") -> None:
        self.notices.append(Notice(kind, message, True))

    @property
    def messages(self) -> list[str]:  # what 0.2 importers' tests read
        return [n.message for n in self.notices]


# Identities normalized once per import, for the values that repeat (a LinkedIn export
# names one profile in many messages); bounded, as a file of 100,000 people repeats few.
_CACHE_LIMIT = 10_000


@define
class _Normalized:
    record: ContactRecord
    # identities whose display the importer did not give: never overwrite a stored one
    derived: frozenset[tuple[str, str]] = frozenset()


def normalize_record(app: "App", record: ContactRecord, source: str) -> ContactRecord:
    """The record with canonical identities and names cleaned for templates."""
    return _normalize(app, record, source).record


def _normalize(app: "App", record: ContactRecord, source: str,
               cache: dict[tuple[str, str], Identity] | None = None) -> _Normalized:
    identities: list[Identity] = []
    seen: set[tuple[str, str]] = set()
    derived: set[tuple[str, str]] = set()
    first, last, renamed = _cleaned(record.first_name, record.last_name)
    for raw in record.identities:
        value = raw.key or raw.display
        ident = cache.get((raw.platform, value)) if cache is not None else None
        if ident is None:
            try:
                ident = app.normalize_identity(raw.platform, value)
            except InputError as exc:
                raise InputError(
                    f"{record.origin or source}: {exc.message}",
                    "Nothing was imported; fix or remove the value and import again "
                    "(or use --skip-invalid to import the rest).") from exc
            if cache is not None:
                cache[(raw.platform, value)] = ident
        if (ident.platform, ident.key) in seen:
            continue
        seen.add((ident.platform, ident.key))
        given = raw.platform == ident.platform and raw.display
        if not given:
            derived.add((ident.platform, ident.key))
        evidence = raw.evidence or (f"{source} {record.origin}".strip())
        if renamed and not identities:
            evidence = f"{evidence} (named {renamed!r} there)"
        identities.append(Identity(ident.platform, ident.key,
                                   raw.display if given else ident.display,
                                   raw.source or source, evidence))
    return _Normalized(attrs.evolve(record, identities=identities, first_name=first,
                                    last_name=last), frozenset(derived))


_NAMES: dict[tuple[str, str], tuple[str, str, str]] = {}


def _cleaned(first_name: str, last_name: str) -> tuple[str, str, str]:
    """``(first, last, renamed)``: the name cleaned for templates, and the name as written
    when cleaning changed it (else ""); found once per name (bounded: names repeat)."""
    found = _NAMES.get((first_name, last_name))
    if found is None:
        first, last = clean_name(first_name, last_name)
        written = " ".join(f"{first_name} {last_name}".split())
        as_written = (first_name.strip(), last_name.strip())
        found = (first, last, written if (first, last) != as_written and written else "")
        if len(_NAMES) >= _CACHE_LIMIT:
            _NAMES.clear()
        _NAMES[(first_name, last_name)] = found
    return found


# Errors a parser may hit on a hostile or damaged file that are not a bug of the parser:
# a corrupt deflate stream, a truncated or unsupported zip, a CSV cell over the limit.
_DAMAGED_FILE_ERRORS = (UnicodeDecodeError, ValueError, zlib.error, csv.Error, EOFError,
                        NotImplementedError, RecursionError)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while an import builds its records.

    An import holds hundreds of thousands of small objects at once, none of them in
    cycles; every few thousand allocations the collector would walk them all again, which
    made importing 100,000 LinkedIn connections take twice as long. Reference counting
    still frees everything; the collector runs again as soon as the import is done.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def import_file(app: "App", source: str, path: Path, options: Mapping[str, str] | None = None,
                *, skip_invalid: bool = False) -> ImportSummary:
    with collector_paused():
        return _import_file(app, source, path, options, skip_invalid=skip_invalid)


def _import_file(app: "App", source: str, path: Path, options: Mapping[str, str] | None,
                 *, skip_invalid: bool) -> ImportSummary:
    entry = app.plugins.importers.get(source)
    if entry is None:
        known = ", ".join(app.plugins.importers.names()) or "none"
        raise InputError(f"no importer named {source!r} (importers: {known})",
                         "See `outreach plugins` for what each plugin provides.")
    path = Path(path).expanduser()
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    context = _Context(options or {}, app.workspace.settings(entry.plugin)
                       if not entry.plugin.startswith("orchestrator.") else {},
                       skip_invalid=skip_invalid)
    with _parse_errors(path):
        parsed = entry.value(path, context)
    if isinstance(parsed, list):  # let go of each parsed record once taken
        parsed = _handed_over(parsed)
    summary = import_records(app, source, _parsed(parsed, path), skip_invalid=skip_invalid,
                             path=str(path))
    summary.notices[:0] = context.notices
    return summary


@contextmanager
def _parse_errors(path: Path) -> Iterator[None]:
    """A parser's error on a damaged file is the file's error (nothing is imported)."""
    try:
        yield
    except _DAMAGED_FILE_ERRORS as exc:
        reason = str(exc) or type(exc).__name__
        raise ImportFailed(str(path), None, f"cannot parse the file: {reason}") from exc
    except MemoryError:
        raise ImportFailed(str(path), None, "the file needs more memory than this machine "
                           "has to parse; is it really a contacts export?") from None


def _parsed(records: Iterable[ContactRecord], path: Path) -> Iterator[ContactRecord]:
    """The parser's records as it reads them; its errors (and only its errors, not those
    of the code applying each record) are the file's."""
    it = iter(records)
    while True:
        with _parse_errors(path):
            record = next(it, None)
        if record is None:
            return
        yield record


def _handed_over(items: list) -> Iterator:
    """The items of ``items`` in order, each let go of once taken: a file's parsed records
    are not kept beside their normalized copies (100,000 contacts held both)."""
    items.reverse()
    while items:
        yield items.pop()


def import_records(app: "App", source: str, records: Iterable[ContactRecord], *,
                   skip_invalid: bool = False, path: str = "") -> ImportSummary:
    """Normalize every record and apply them in one transaction (all or nothing).

    The one way people and touch points enter the ledger, for files and plugins (a sync)
    alike. Called inside an open transaction it joins it, so a caller can commit a page of
    records together with its own state (a sync cursor); then every record is normalized
    before the first is applied, so an invalid one leaves the caller's transaction as it
    was.

    Otherwise the records stream: each is normalized and applied as it comes, inside the
    import's own transaction, which an invalid record (or a parser's error) rolls back, so
    a file of 100,000 people is never held whole. One thing needs the whole file: a web
    address on several people's records is nobody's (:func:`_drop_shared_websites`). So
    from the first record naming a web address on, records are held until the end, then
    applied in order: a record before it names none, so what is applied, in what order,
    and what is reported, in what order, are what they were when every record was held.
    """
    summary = ImportSummary(source=source, path=path)
    invalid: list[Notice] = []  # reported first, then the shared websites, then the rest
    ledger = app.ledger
    stream = not ledger._depth
    held: list[_Normalized] | None = None if stream else []
    cache: dict[tuple[str, str], Identity] = {}
    touched: list[int] = []
    with ledger.transaction():
        for record in records:
            if len(cache) >= _CACHE_LIMIT:
                cache.clear()
            try:
                item = _normalize(app, record, source, cache)
            except InputError as exc:
                if not skip_invalid:
                    raise
                invalid.append(Notice(INVALID, exc.message, True))
                continue
            del record
            if held is None and not any(i.platform == "web" for i in item.record.identities):
                _apply(app, item, source, summary, touched)
            elif held is None:
                held = [item]
            else:
                held.append(item)
        del cache
        shared = ImportSummary(source=source, path=path)
        if held:
            _drop_shared_websites(held, shared)
            for item in _handed_over(held):
                _apply(app, item, source, summary, touched)
        summary.notices[:0] = invalid + shared.notices
        linked, proposed = _propose_links(app, touched)
        from .linking import propose_people

        proposed += propose_people(app, touched)
        summary.linked, summary.proposed = linked, proposed
        ledger.event("contacts.imported", {"source": source, "path": path,
                                           "records": summary.records,
                                           "created": summary.created})
    return summary


def _apply(app: "App", item: _Normalized, source: str, summary: ImportSummary,
           touched: list[int]) -> None:
    """Apply one normalized record, counting what it did in ``summary``."""
    record = item.record
    if not record.identities:
        summary.skip(f"{record.origin or source}: no way to reach this person", UNREACHABLE)
        return
    if item.derived:
        record = _keep_stored_displays(app, record, item.derived)
    # A message queued for the user and now in the platform's export confirms
    # its delivery instead of adding a second touch point (reconcile.py).
    record = reconcile_record(app, record, source)
    result = app.ledger.contacts.apply_record(record, source)
    summary.records += 1
    if result.suppressed:
        summary.suppressed += 1
        summary.unchanged += 1
        summary.results.append(RecordOutcome(0, False, False, 0, suppressed=True))
        return
    if result.kept_apart:
        summary.warn(f"{record.origin or source}: also names contact(s) "
                     f"{', '.join(map(str, result.kept_apart))}, kept apart from "
                     f"contact {result.contact_id} as you asked (never merge)",
                     KEPT_APART)
    summary.created += result.created
    summary.updated += (not result.created) and result.changed
    summary.unchanged += not result.changed
    summary.merged += len(result.merged)
    summary.touchpoints += result.touchpoints_added
    summary.results.append(RecordOutcome(result.contact_id, result.created,
                                         result.changed, result.touchpoints_added,
                                         tuple(result.merged)))
    touched.append(result.contact_id)


# Contacts handed to the plugins' link hooks at a time (each batch read as whole contacts).
_LINK_BATCH = 1000


def _propose_links(app: "App", touched: list[int]) -> tuple[int, int]:
    """``app.propose_links(touched)``, a batch of contacts at a time: the same contacts in
    the same order (their canonical ids, ascending), without reading every touched contact
    at once. A link hook's outcome only changes the contact it was asked about (an identity
    attached to it) or adds a proposal, so a later batch reads what it would have read."""
    if not touched:
        return 0, 0
    ids = sorted(set(app.ledger.contacts.canonical_ids(touched).values()))
    linked = proposed = 0
    for start in range(0, len(ids), _LINK_BATCH):
        attached, queued = app.propose_links(ids[start:start + _LINK_BATCH])
        linked += attached
        proposed += queued
    return linked, proposed


def _keep_stored_displays(app: "App", record: ContactRecord,
                          derived: frozenset[tuple[str, str]]) -> ContactRecord:
    """Blank the derived display of identities the ledger knows: it keeps its own."""
    identities = [attrs.evolve(i, display="") if (i.platform, i.key) in derived
                  and app.ledger.contacts.by_identity(i.platform, i.key) is not None else i
                  for i in record.identities]
    return attrs.evolve(record, identities=identities)


def _drop_shared_websites(normalized: list[_Normalized], summary: ImportSummary) -> None:
    """A web address on several people's records is a company site, not a person's.

    The ledger merges records by identity, so two colleagues whose address book entries
    name their employer's site would become one contact. Such an address is left out of
    every record of this import that names it (their other identities still count).
    """
    owners: dict[str, set[tuple[tuple[str, str], ...]]] = {}
    for item in normalized:
        others = tuple(sorted((i.platform, i.key) for i in item.record.identities
                              if i.platform != "web"))
        for ident in item.record.identities:
            if ident.platform == "web":
                owners.setdefault(ident.key, set()).add(others)
    shared = {key for key, people in owners.items() if len(people) > 1}
    if not shared:
        return
    for item in normalized:
        record = item.record
        kept = [i for i in record.identities if not (i.platform == "web" and i.key in shared)]
        if len(kept) != len(record.identities):
            dropped = sorted({i.display or i.key for i in record.identities
                              if i.platform == "web" and i.key in shared})
            summary.warn(f"{record.origin}: {', '.join(dropped)} is on several people's "
                         "records; not used as this person's identity", SHARED_WEBSITE)
            item.record = attrs.evolve(record, identities=kept)
