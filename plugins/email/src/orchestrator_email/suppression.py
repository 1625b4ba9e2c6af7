"""Suppression lists: addresses that must never be written to again, on any channel.

Accepts what mail services export: a plain list (one address per line, ``#`` comments),
or a CSV whose header has an ``email``/``address`` column (Mailchimp, SendGrid, Postmark
exports do). Each address becomes an opted-out person; an address not yet in the ledger is
added opted out, so a later import cannot make them reachable again.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from orchestrator.api import ContactRecord, Identity, ImportFailed

ADDRESS_COLUMNS = ("email", "email address", "e-mail", "address", "recipient")


def read_suppression_list(path: Path, context) -> list[ContactRecord]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed(str(path), None, "not UTF-8 text") from exc
    lines = text.splitlines()
    first = next((line for line in lines if line.strip() and not line.startswith("#")), "")
    if "," in first or ";" in first or "\t" in first:
        return _from_csv(path, text)
    records = []
    for number, line in enumerate(lines, start=1):
        value = line.split("#", 1)[0].strip()
        if value:
            records.append(_record(value, f"{path.name}:{number}"))
    return records


def _from_csv(path: Path, text: str) -> list[ContactRecord]:
    delimiter = max((",", ";", "\t"), key=text.split("\n", 1)[0].count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [h.strip().lower() for h in next(reader, [])]
    column = next((header.index(c) for c in ADDRESS_COLUMNS if c in header), None)
    if column is None:
        raise ImportFailed(str(path), 1, "no email column in the header",
                           f"Name the column one of: {', '.join(ADDRESS_COLUMNS)}.")
    records = []
    for row in reader:
        if len(row) > column and row[column].strip():
            records.append(_record(row[column].strip(), f"{path.name}:{reader.line_num}"))
    return records


def _record(address: str, origin: str) -> ContactRecord:
    return ContactRecord(identities=[Identity("email", address, address)], opted_out=True,
                         origin=origin)
