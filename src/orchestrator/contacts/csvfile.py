"""CSV contacts with a column mapping.

Headers are matched to fields case-insensitively by common names (``First Name``,
``E-mail``, ``Organization``, ``LinkedIn``...); ``--map "Column=field"`` overrides or adds a
mapping. Fields: ``first_name``, ``last_name``, ``name`` (split in two), ``company``,
``title``, ``headline``, ``notes``, ``location``, ``tags`` and ``interests`` (separated by
``;`` or ``,``), and identities ``email``, ``linkedin``, ``twitter``, ``url``, or any
``identity:<platform>``. ``ignore`` drops a column.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Mapping

from ..errors import ImportFailed
from ..model import ContactRecord, Identity

TEXT_FIELDS = ("first_name", "last_name", "company", "title", "headline", "notes", "location")
LIST_FIELDS = ("tags", "interests")
IDENTITY_FIELDS = {"email": "email", "linkedin": "url", "twitter": "twitter", "url": "url"}

ALIASES = {
    "first_name": ["first name", "firstname", "first", "given name", "prénom", "vorname"],
    "last_name": ["last name", "lastname", "last", "surname", "family name", "nom", "nachname"],
    "name": ["name", "full name", "fullname", "display name"],
    "company": ["company", "organization", "organisation", "org", "employer", "firma"],
    "title": ["title", "job title", "position", "role"],
    "headline": ["headline", "bio", "description"],
    "notes": ["notes", "note", "how we met", "context"],
    "location": ["location", "city"],
    "tags": ["tags", "tag", "categories", "labels"],
    "interests": ["interests", "topics"],
    "email": ["email", "e-mail", "email address", "e-mail address", "mail"],
    "linkedin": ["linkedin", "linkedin url", "linkedin profile", "profile url"],
    "twitter": ["twitter", "x", "x handle", "twitter handle", "x.com"],
    "url": ["url", "website", "web"],
}


def _field_for(header: str) -> str | None:
    key = re.sub(r"[\s_]+", " ", header.strip().lower())
    for name, aliases in ALIASES.items():
        if key == name.replace("_", " ") or key in aliases:
            return name
    return None


def _split_list(value: str) -> list[str]:
    return [v.strip() for v in re.split(r"[;,]", value) if v.strip()]


def _delimiter(text: str) -> str:
    """Comma, semicolon (European spreadsheets) or tab: whichever the header line uses most.

    csv.Sniffer guesses quote characters from the data and misreads names like O'Brien.
    """
    header = text.split("\n", 1)[0]
    return max((",", ";", "\t"), key=header.count)


def parse_mapping(options: Mapping[str, str]) -> dict[str, str]:
    """``map`` option: ``"Column=field;Other=field"`` (the CLI joins repeated --map)."""
    mapping: dict[str, str] = {}
    for item in (options.get("map") or "").split("\x1f"):
        if not item.strip():
            continue
        column, sep, target = item.partition("=")
        if not sep or not column.strip() or not target.strip():
            raise ImportFailed("--map", None, f"expected COLUMN=FIELD, got {item!r}")
        mapping[column.strip().lower()] = target.strip()
    return mapping


def read_csv(path: Path, options: Mapping[str, str]) -> list[ContactRecord]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed(str(path), None, "not UTF-8 text",
                           "Save the CSV as UTF-8 and import it again.") from exc
    overrides = parse_mapping(options)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFailed(str(path), 1, "the file is empty") from None
    except csv.Error as exc:
        raise ImportFailed(str(path), 1, f"malformed CSV: {exc}") from exc
    fields: list[str | None] = []
    for column in header:
        target = overrides.get(column.strip().lower()) or _field_for(column)
        if target == "ignore":
            target = None
        valid = (target is None or target in TEXT_FIELDS + LIST_FIELDS or target == "name"
                 or target in IDENTITY_FIELDS or target.startswith("identity:"))
        if not valid:
            raise ImportFailed(str(path), 1, f"column {column!r} maps to unknown field {target!r}")
        fields.append(target)
    if not any(f in IDENTITY_FIELDS or (f or "").startswith("identity:") for f in fields):
        raise ImportFailed(
            str(path), 1, "no column holds an email, LinkedIn, X handle or URL",
            'Map one with --map "Column=email" (or linkedin, twitter, url).')
    tags = _split_list(options.get("tag", ""))
    records = []
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            raise ImportFailed(str(path), line, f"{len(row)} cells, but the header has {len(header)}",
                               "Quote cells that contain the delimiter.")
        values: dict[str, str] = {}
        identities: list[Identity] = []
        lists: dict[str, list[str]] = {"tags": list(tags), "interests": []}
        for target, cell in zip(fields, row):
            cell = cell.strip()
            if not target or not cell:
                continue
            if target in IDENTITY_FIELDS:
                identities.append(Identity(IDENTITY_FIELDS[target], cell, cell))
            elif target.startswith("identity:"):
                identities.append(Identity(target.split(":", 1)[1], cell, cell))
            elif target in LIST_FIELDS:
                lists[target] += _split_list(cell)
            elif target == "name":
                first, _, last = cell.partition(" ")
                values.setdefault("first_name", first)
                values.setdefault("last_name", last)
            else:
                values[target] = cell
        if not identities:
            raise ImportFailed(str(path), line, "no email, LinkedIn, X handle or URL in this row",
                               "Every contact needs a way to reach them.")
        records.append(ContactRecord(identities=identities, origin=f"{path.name}:{line}",
                                     tags=lists["tags"], interests=lists["interests"], **values))
    return records
