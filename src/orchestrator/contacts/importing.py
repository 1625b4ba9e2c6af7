"""The import pipeline: parse everything, normalize every identity, then apply in one transaction.

An importer (a plugin's or the core's) only parses; this module owns the guarantees:
nothing is written until the whole file parsed and every identity normalized, and the
records are applied in a single ledger transaction, so an import is all or nothing.
Importers may emit raw identities (``Identity("url", "https://...")``): the identity
hook turns them into canonical keys on the right platform.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping

import attrs
from attrs import define, field

from ..errors import ImportFailed, InputError
from ..model import ContactRecord, Identity

if TYPE_CHECKING:
    from ..app import App


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
    skipped: list[str] = field(factory=list)
    warnings: list[str] = field(factory=list)
    # One per applied record, in order (what a plugin needs to follow up on its records).
    results: list[RecordOutcome] = field(factory=list)

    def as_json(self) -> dict:
        data = attrs.asdict(self)
        del data["results"]
        return data


@attrs.frozen
class RecordOutcome:
    """What importing one record did."""

    contact_id: int
    created: bool
    changed: bool
    touchpoints_added: int
    merged: tuple[int, ...] = ()


@define
class _Context:
    options: Mapping[str, str]
    settings: Mapping[str, Any]
    messages: list[str] = field(factory=list)

    def log(self, message: str) -> None:
        self.messages.append(message)


def normalize_record(app: "App", record: ContactRecord, source: str) -> ContactRecord:
    identities: list[Identity] = []
    seen: set[tuple[str, str]] = set()
    for raw in record.identities:
        try:
            ident = app.normalize_identity(raw.platform, raw.key or raw.display)
        except InputError as exc:
            raise InputError(f"{record.origin or source}: {exc.message}",
                             "Nothing was imported; fix or remove the value and import again.",
                             ) from exc
        if (ident.platform, ident.key) in seen:
            continue
        seen.add((ident.platform, ident.key))
        display = raw.display if raw.platform == ident.platform and raw.display else ident.display
        identities.append(Identity(
            ident.platform, ident.key, display, raw.source or source,
            raw.evidence or (f"{source} {record.origin}".strip()),
        ))
    return attrs.evolve(record, identities=identities)


def import_file(app: "App", source: str, path: Path, options: Mapping[str, str] | None = None,
                *, skip_invalid: bool = False) -> ImportSummary:
    entry = app.plugins.importers.get(source)
    if entry is None:
        known = ", ".join(app.plugins.importers.names()) or "none"
        raise InputError(f"no importer named {source!r} (importers: {known})",
                         "See `outreach plugins` for what each plugin provides.")
    path = Path(path).expanduser()
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    context = _Context(options or {}, app.workspace.settings(entry.plugin)
                       if not entry.plugin.startswith("orchestrator.") else {})
    try:
        parsed = list(entry.value(path, context))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ImportFailed(str(path), None, f"cannot parse the file: {exc}") from exc
    summary = import_records(app, source, parsed, skip_invalid=skip_invalid, path=str(path))
    summary.warnings[:0] = context.messages
    return summary


def import_records(app: "App", source: str, records: Iterable[ContactRecord], *,
                   skip_invalid: bool = False, path: str = "") -> ImportSummary:
    """Normalize every record, then apply them all in one transaction (all or nothing).

    The one way people and touch points enter the ledger, for files and plugins (a sync)
    alike. Called inside an open transaction it joins it, so a caller can commit a page of
    records together with its own state (a sync cursor).
    """
    summary = ImportSummary(source=source, path=path)
    normalized: list[ContactRecord] = []
    for record in records:
        try:
            normalized.append(normalize_record(app, record, source))
        except InputError as exc:
            if not skip_invalid:
                raise
            summary.skipped.append(exc.message)
    ledger = app.ledger
    with ledger.transaction():
        touched: list[int] = []
        for record in normalized:
            if not record.identities:
                summary.skipped.append(f"{record.origin or source}: no way to reach this person")
                continue
            result = ledger.contacts.apply_record(record, source)
            summary.records += 1
            summary.created += result.created
            summary.updated += (not result.created) and result.changed
            summary.unchanged += not result.changed
            summary.merged += len(result.merged)
            summary.touchpoints += result.touchpoints_added
            summary.results.append(RecordOutcome(result.contact_id, result.created,
                                                 result.changed, result.touchpoints_added,
                                                 tuple(result.merged)))
            touched.append(result.contact_id)
        linked, proposed = app.propose_links(touched)
        summary.linked, summary.proposed = linked, proposed
        ledger.event("contacts.imported", {"source": source, "path": path,
                                           "records": summary.records,
                                           "created": summary.created})
    return summary
