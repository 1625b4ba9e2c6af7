"""CSV contacts: any CSV with a header row, and the address-book exports people really have.

Recognised without ``--map`` (headers compared case-insensitively, spaces and underscores
alike):

* **Google Contacts**, both layouts: the legacy one (``Name, Given Name, Family Name, ...,
  E-mail 1 - Type, E-mail 1 - Value, Organization 1 - Name, Group Membership``) and the
  current one (``First Name, Middle Name, Last Name, ..., Organization Name, Labels,
  E-mail 1 - Label, E-mail 1 - Value, Website 1 - Value``). A cell may hold several values
  separated by ``" ::: "``; labels starting with ``*`` (``* myContacts``) are Google's own
  and are not tags.
* **Outlook** (``E-mail Address, E-mail 2 Address, E-mail 3 Address, Job Title, Web Page,
  Categories``): there ``Title`` is the honorific (``Mr.``), so it is ignored when a
  ``Job Title`` column exists. Outlook writes the Windows code page: a file that is not
  UTF-8 and holds no UTF-8 sequence is read as Windows-1252, with a warning.
* **Thunderbird** (``Primary Email, Secondary Email, Display Name, Organization, Web Page 1,
  Web Page 2``), comma or semicolon separated, with the trailing empty cell it writes.
* Generic headers (``First Name``, ``E-mail``, ``Organization``, ``LinkedIn``, ``X handle``,
  ``Vorname``...); ``--map "Column=field"`` overrides or adds a mapping.

Fields: ``first_name``, ``last_name``, ``name`` (split in two, used when there is no first
and last name), ``company``, ``title``, ``headline``, ``notes``, ``location``, ``tags`` and
``interests`` (separated by ``;``, ``,`` or ``:::``), and identities ``email``, ``linkedin``,
``twitter``, ``url``, or any ``identity:<platform>``. ``ignore`` drops a column. When
several columns hold the same field the first non-empty one wins (notes are joined).

Reading is strict, because a cell quietly swallowing the next rows is a message to the wrong
person: an unclosed quote, a NUL character, a cell over 128 KiB, a row with more non-empty
cells than the header, or two columns of the same name holding different text fields fail
the file with its line (exit 2). A row that is fine but names no way to reach the person (a
phone-only contact in an address book) is left out and counted, not an error.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any, Iterator, Mapping

from ..errors import ImportFailed
from ..model import ContactRecord, Identity

TEXT_FIELDS = ("first_name", "last_name", "company", "title", "headline", "notes", "location")
LIST_FIELDS = ("tags", "interests")
IDENTITY_FIELDS = {"email": "email", "linkedin": "url", "twitter": "twitter", "url": "url"}
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_CELL = 128 * 1024  # characters; csv's own limit, named in the error
NO_IDENTITY = "no email, LinkedIn, X or web address (a phone-only or empty contact)"
INVALID_ROW = "invalid row"

ALIASES = {
    "first_name": ["first name", "firstname", "first", "given name", "prénom", "vorname",
                   "nombre", "nome"],
    "last_name": ["last name", "lastname", "last", "surname", "family name", "nom",
                  "nachname", "apellido", "apellidos", "cognome", "sobrenome"],
    "name": ["name", "full name", "fullname", "display name", "anzeigename"],
    "company": ["company", "organization", "organisation", "org", "employer", "firma",
                "organization name", "organisation name", "company name", "unternehmen"],
    "title": ["title", "job title", "position", "role", "organization title", "jobtitle",
              "berufsbezeichnung"],
    "headline": ["headline", "bio", "description"],
    "notes": ["notes", "note", "how we met", "context", "notizen"],
    "location": ["location", "city"],
    "tags": ["tags", "tag", "categories", "labels", "group membership", "kategorien"],
    "interests": ["interests", "topics"],
    "email": ["email", "e-mail", "email address", "e-mail address", "mail",
              "primary email", "secondary email", "e-mail 2 address", "e-mail 3 address",
              "email 2 address", "email 3 address", "primäre e-mail-adresse",
              "sekundäre e-mail-adresse", "e-mail-adresse"],
    "linkedin": ["linkedin", "linkedin url", "linkedin profile", "profile url"],
    "twitter": ["twitter", "x", "x handle", "twitter handle", "x.com"],
    "url": ["url", "website", "web", "web page", "webpage", "home page", "homepage",
            "personal web page", "web page 1", "web page 2", "webseite 1", "webseite 2"],
}
# Numbered columns of Google and Outlook exports.
PATTERNS = [
    (re.compile(r"e-?mail \d+ - value"), "email"),
    (re.compile(r"e-?mail \d+ address"), "email"),
    (re.compile(r"website \d+ - value"), "url"),
    (re.compile(r"organi[sz]ation \d+ - name"), "company"),
    (re.compile(r"organi[sz]ation \d+ - title"), "title"),
]
_ALIAS_INDEX = {alias: name for name, aliases in ALIASES.items() for alias in aliases}
_MULTI = re.compile(r"\s*:::\s*")
_LIST_SPLIT = re.compile(r"\s*(?::::|;|,)\s*")
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]")


def column_key(header: str) -> str:
    return re.sub(r"[\s_]+", " ", header.replace("\ufeff", "").strip().lower())


def _field_for(header: str, honorific_title: bool = False) -> str | None:
    key = column_key(header)
    if honorific_title and key == "title":
        return None  # Outlook: "Title" is Mr./Ms.; the job is "Job Title"
    if key in _ALIAS_INDEX:
        return _ALIAS_INDEX[key]
    for pattern, name in PATTERNS:
        if pattern.fullmatch(key):
            return name
    return None


def _split_list(value: str) -> list[str]:
    return [v for v in _LIST_SPLIT.split(value.strip()) if v and not v.startswith("*")]


def _values(value: str, target: str) -> list[str]:
    """One cell's values: Google joins several with ``:::``, people with ``;``."""
    parts = _MULTI.split(value)
    if target == "email":
        parts = [p for part in parts for p in part.split(";")]
    return [p.strip() for p in parts if p.strip()]


def _delimiter(header: str) -> str:
    """Comma, semicolon (European spreadsheets) or tab: whichever the header line uses most.

    csv.Sniffer guesses quote characters from the data and misreads names like O'Brien.
    """
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
        mapping[column_key(column)] = target.strip()
    return mapping


def decode(path: Path, data: bytes, context: Any = None) -> str:
    """The text of a CSV file: UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252."""
    where = str(path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportFailed(where, None, "not valid UTF-16 text, although it starts "
                               "with a UTF-16 byte order mark") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        if b"\x00" in data or _UTF8_SEQUENCE.search(data):
            raise ImportFailed(where, line, "not UTF-8 text",
                               "Save the CSV as UTF-8 and import it again.") from None
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ImportFailed(where, line, "neither UTF-8 nor Windows-1252 text",
                               "Save the CSV as UTF-8 and import it again.") from None
        if context is not None:
            context.log(f"{path.name}: not UTF-8; read as Windows-1252 (what Outlook "
                        "writes). Check the names with accents.", kind="encoding")
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ImportFailed(where, line, "contains a NUL character; not a CSV text file",
                           "Export the contacts as CSV again.")
    return text


def _read_bytes(path: Path) -> bytes:
    if path.is_dir():
        raise ImportFailed(str(path), None, "is a folder, not a CSV file",
                           "Give the path of the .csv file.")
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFailed(str(path), None, f"larger than {MAX_FILE_BYTES >> 20} MiB; "
                               "not a contacts file", "Split the file and import the parts.")
        return path.read_bytes()
    except OSError as exc:
        raise ImportFailed(str(path), None, f"cannot read the file ({exc.strerror or exc})"
                           ) from None


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` with their ends, as ``io.StringIO(text, newline="")`` reads
    them (``\n``, ``\r\n`` or a lone ``\r``), without its copy of the text (four bytes a
    character: 400 MB for a 100 MB file)."""
    for match in _LINE.finditer(text):
        yield match.group()


class _Rows:
    """Records of a CSV text with the physical line each starts on; errors name it."""

    def __init__(self, where: str, text: str, delimiter: str) -> None:
        self.where = where
        self.reader = csv.reader(_lines(text), delimiter=delimiter, strict=True)
        self.start = 1

    def __iter__(self):
        return self

    def __next__(self) -> tuple[int, list[str]]:
        limit = csv.field_size_limit()
        try:
            csv.field_size_limit(MAX_CELL)
            cells = next(self.reader)
        except csv.Error as exc:
            text = str(exc)
            if "field larger than field limit" in text:
                message = f"a cell longer than {MAX_CELL // 1024} KiB; not a contacts file"
            elif "unexpected end of data" in text or "newline inside string" in text:
                message = "a quoted cell starting on this line is never closed"
            else:
                message = f"malformed CSV ({text})"
            raise ImportFailed(self.where, self.start, message,
                               "Nothing was imported; check the quotes on this line.") from None
        finally:
            csv.field_size_limit(limit)
        line = self.start
        self.start = self.reader.line_num + 1
        return line, cells


def _columns(path: Path, header: list[str], overrides: dict[str, str],
             context: Any) -> list[str | None]:
    keys = [column_key(c) for c in header]
    honorific = "job title" in keys
    fields: list[str | None] = []
    for column, key in zip(header, keys):
        target = overrides.get(key) or _field_for(column, honorific)
        if target == "ignore":
            target = None
        valid = (target is None or target in TEXT_FIELDS + LIST_FIELDS or target == "name"
                 or target in IDENTITY_FIELDS or target.startswith("identity:"))
        if not valid:
            raise ImportFailed(str(path), 1, f"column {column!r} maps to unknown field {target!r}")
        fields.append(target)
    seen: dict[str, int] = {}
    for index, (key, target) in enumerate(zip(keys, fields)):
        if not key:
            continue
        if key in seen and target is not None:
            first = seen[key]
            if target in TEXT_FIELDS or target == "name":
                raise ImportFailed(
                    str(path), 1, f"columns {first + 1} and {index + 1} are both named "
                    f"{header[index].strip()!r}; which one holds the {target.replace('_', ' ')}?",
                    "Rename one of them (or map it with --map) and import again.")
            if context is not None:
                context.log(f"{path.name}:1: columns {first + 1} and {index + 1} are both "
                            f"named {header[index].strip()!r}; the values of both were read",
                            kind="duplicate column")
        seen.setdefault(key, index)
    return fields


def _is_identity(field: str | None) -> bool:
    return field is not None and (field in IDENTITY_FIELDS or field.startswith("identity:"))


def read_csv(path: Path, options: Mapping[str, str], context: Any = None
             ) -> Iterator[ContactRecord]:
    """The records of a CSV file, read as they are taken; what is wrong with the file as a
    whole (no header, no identity column) is an error at once, a bad row when it is read."""
    where = str(path)
    text = decode(path, _read_bytes(path), context)
    overrides = parse_mapping(options)
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    rows = _Rows(where, text, _delimiter(first_line))
    header: list[str] | None = None
    for _line, cells in rows:
        if any(c.strip() for c in cells):
            header = cells
            break
    if header is None:
        raise ImportFailed(where, 1, "the file is empty")
    fields = _columns(path, header, overrides, context)
    if not any(_is_identity(f) for f in fields):
        raise ImportFailed(
            where, 1, "no column holds an email, LinkedIn, X handle or URL",
            'Map one with --map "Column=email" (or linkedin, twitter, url).')
    return _records(path, rows, fields, _split_list(options.get("tag", "")), len(header),
                    context)


def _records(path: Path, rows: _Rows, fields: list[str | None], tags: list[str], width: int,
             context: Any) -> Iterator[ContactRecord]:
    where = str(path)
    skip_invalid = bool(getattr(context, "skip_invalid", False))
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > width and any(c.strip() for c in row[width:]):
            problem = (f"{len(row)} cells, but the header has {width}",
                       "Quote cells that contain the delimiter.")
            if not skip_invalid:
                raise ImportFailed(where, line, *problem)
            context.skip(f"{path.name}:{line}: {problem[0]}; skipped", kind=INVALID_ROW)
            continue
        record = _record(path, line, fields, row, tags)
        if record is None:
            if context is not None:
                context.skip(f"{path.name}:{line}: {_who(fields, row)}; skipped",
                             kind=NO_IDENTITY)
            continue
        yield record


def _who(fields: list[str | None], row: list[str]) -> str:
    values = {f: c.strip() for f, c in zip(fields, row) if f and c.strip()}
    name = " ".join(p for p in (values.get("first_name"), values.get("last_name")) if p) \
        or values.get("name") or values.get("company") or "a contact without a name"
    return f"{name!r} has no email, LinkedIn, X or web address"


def _record(path: Path, line: int, fields: list[str | None], row: list[str],
            tags: list[str]) -> ContactRecord | None:
    values: dict[str, str] = {}
    notes: list[str] = []
    full_name = ""
    identities: list[Identity] = []
    lists: dict[str, list[str]] = {"tags": list(tags), "interests": []}
    for target, cell in zip(fields, row):
        cell = cell.strip()
        if not target or not cell:
            continue
        if target in IDENTITY_FIELDS:
            identities += [Identity(IDENTITY_FIELDS[target], v, v) for v in _values(cell, target)]
        elif target.startswith("identity:"):
            platform = target.split(":", 1)[1]
            identities += [Identity(platform, v, v) for v in _values(cell, target)]
        elif target in LIST_FIELDS:
            lists[target] += [v for v in _split_list(cell) if v not in lists[target]]
        elif target == "name":
            full_name = full_name or cell
        elif target == "notes":
            if cell not in notes:
                notes.append(cell)
        else:
            values.setdefault(target, " ".join(_MULTI.split(cell)[:1]))
    if not identities:
        return None
    if full_name and not (values.get("first_name") or values.get("last_name")):
        first, _, last = " ".join(full_name.split()).partition(" ")
        values["first_name"], values["last_name"] = first, last
    if notes:
        values["notes"] = "\n".join(notes)
    return ContactRecord(identities=identities, origin=f"{path.name}:{line}",
                         tags=lists["tags"], interests=lists["interests"], **values)
