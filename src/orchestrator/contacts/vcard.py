"""vCard 2.1, 3.0 (RFC 2426) and 4.0 (RFC 6350): the files address books export.

Written here rather than taken from a library because every error must name its line, and
an import is all or nothing: the whole file is parsed before anything is returned.

What real exports do, and what is read:

* **vCard 2.1** (Android, Outlook 2003/2007, Nokia): values with ``ENCODING=QUOTED-PRINTABLE``
  (or the bare ``QUOTED-PRINTABLE`` parameter) are decoded in their ``CHARSET`` (UTF-8 when
  none is given), soft line breaks (``=`` at the end of a line) included; ``ENCODING=BASE64``
  (3.0: ``ENCODING=b``) likewise. Photos are never decoded.
* Line ends may be LF, CRLF, CR or CR CR LF (an iPhone export); lines are unfolded.
* **Apple** writes ``X-SOCIALPROFILE;type=twitter;x-user=jdoe:x-apple:jdoe``: the handle is
  the ``x-user`` parameter (a LinkedIn ``x-user`` is the profile's name). ``IMPP`` values
  are chat addresses (``xmpp:``, ``sip:``, ``skype:``) and are not web identities; neither is
  a ``URL`` with a scheme other than http(s).
* ``KIND:org`` (4.0), ``KIND:group``, ``KIND:location`` and Apple's ``X-ABShowAs:COMPANY``
  and group cards describe no person: they are left out and counted.

Mapping: ``N`` (else ``FN``) -> names, ``ORG`` -> company, ``TITLE`` -> title, ``NOTE`` ->
notes, ``CATEGORIES`` -> tags, ``EMAIL`` -> email identity, ``URL``/``X-SOCIALPROFILE``/
``SOCIALPROFILE`` -> identities on the platform a plugin recognises (a LinkedIn or X URL),
``X-TWITTER`` -> X handle. Unknown properties are ignored. A card with no email, profile or
web address (a phone-only contact) is left out and counted, not an error.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re
from pathlib import Path
from typing import Any, Iterator

from attrs import define, field

from ..errors import ImportFailed
from ..model import ContactRecord, Identity

MAX_FILE_BYTES = 256 * 1024 * 1024
NOT_A_PERSON = "organisation or group card (not a person)"
NO_IDENTITY = "no email, LinkedIn, X or web address (a phone-only or empty contact)"
INVALID_LINE = "invalid line"

_PROP = re.compile(
    r"^(?:(?P<group>[A-Za-z0-9-]+)\.)?(?P<name>[A-Za-z0-9-]+)(?P<params>(?:;[^:]*)?):(?P<value>.*)$",
    re.DOTALL,
)
_LINE_END = re.compile(r"\r*\n|\r")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+-]*):")
_PEOPLE_KINDS = {"", "individual"}


@define
class Property:
    name: str
    params: dict[str, list[str]]
    value: str
    line: int

    def param(self, name: str) -> list[str]:
        return self.params.get(name.upper(), [])

    def types(self) -> set[str]:
        return {t.lower() for t in self.param("TYPE")}

    def _encoding(self) -> str:
        declared = [e.lower() for e in self.param("ENCODING")]
        declared += [t for t in self.types() if t in ("quoted-printable", "base64", "b")]
        return declared[0] if declared else ""

    def decode(self, raw: str) -> str:
        """``raw`` (the value or one component of it) with its declared encoding undone."""
        encoding = self._encoding()
        if encoding not in ("quoted-printable", "base64", "b"):
            return raw
        charset = (self.param("CHARSET") or ["utf-8"])[0]
        try:
            codecs.lookup(charset)
        except LookupError:
            charset = "utf-8"
        if encoding == "quoted-printable":
            data = quopri.decodestring(raw.encode("utf-8", "surrogateescape"))
        else:
            try:
                data = base64.b64decode("".join(raw.split()), validate=False)
            except (binascii.Error, ValueError):
                return raw
        return data.decode(charset, "replace")

    def text(self) -> str:
        """The value, decoded and unescaped."""
        return unescape(self.decode(self.value)).strip()

    def parts(self, sep: str = ";") -> list[str]:
        """The components of a structured value (``N``, ``ORG``), decoded."""
        return [self.decode(p).strip() for p in split_escaped(self.value, sep)]


@define
class Card:
    line: int
    version: str = ""
    props: list[Property] = field(factory=list)

    def all(self, name: str) -> list[Property]:
        return [p for p in self.props if p.name == name]

    def get(self, name: str) -> Property | None:
        for p in self.props:
            if p.name == name:
                return p
        return None

    def first(self, name: str) -> str:
        prop = self.get(name)
        return prop.value if prop is not None else ""


def unescape(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def split_escaped(value: str, sep: str) -> list[str]:
    """Split on ``sep`` not preceded by a backslash, then unescape each part."""
    parts, current, i = [], [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            current.append(value[i:i + 2])
            i += 2
            continue
        if ch == sep:
            parts.append(unescape("".join(current)))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append(unescape("".join(current)))
    return parts


def _parse_params(raw: str) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for chunk in [c for c in re.split(r';(?=(?:[^"]*"[^"]*")*[^"]*$)', raw) if c]:
        if "=" in chunk:
            key, _, values = chunk.partition("=")
            items = [v.strip('"') for v in re.split(r',(?=(?:[^"]*"[^"]*")*[^"]*$)', values)]
        else:  # vCard 2.1 style bare type: EMAIL;INTERNET: or N;QUOTED-PRINTABLE:
            key, items = "TYPE", [chunk]
        params.setdefault(key.strip().upper(), []).extend(i.strip() for i in items if i.strip())
    return params


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Unfold folded lines and quoted-printable soft breaks; yields (first line number, content)."""
    current: list[str] = []
    start = 0
    soft_break = False
    for number, line in enumerate(_LINE_END.split(text), start=1):
        if soft_break:
            current[-1] = current[-1][:-1]  # the "=" of the soft break
            current.append(line)
        elif line[:1] in (" ", "\t") and current:
            current.append(line[1:])
        else:
            if current:
                yield start, "".join(current)
            current, start = [line], number
        soft_break = line.endswith("=") and _quoted_printable(current[0])
    if current:
        yield start, "".join(current)


def _quoted_printable(line: str) -> bool:
    head = line.split(":", 1)[0]
    return ";" in head and "quoted-printable" in head.lower()


def _read_text(path: Path) -> str:
    if path.is_dir():
        raise ImportFailed(str(path), None, "is a folder, not a vCard file",
                           "Give the path of the .vcf file.")
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFailed(str(path), None, f"larger than {MAX_FILE_BYTES >> 20} MiB; "
                               "not an address book")
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(str(path), None, f"cannot read the file ({exc.strerror})") from exc
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportFailed(str(path), None, "not valid UTF-16 text") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportFailed(str(path), line, "not UTF-8 text",
                           "Export the vCard file as UTF-8 and import it again.") from exc
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ImportFailed(str(path), line, "contains a NUL character; not a vCard file")
    return text


def parse_cards(path: Path, context: Any = None) -> list[Card]:
    text = _read_text(path)
    skip_invalid = bool(getattr(context, "skip_invalid", False))
    cards: list[Card] = []
    card: Card | None = None
    for number, line in _logical_lines(text):
        if not line.strip():
            continue
        match = _PROP.match(line)
        if match is None:
            if card is not None and skip_invalid:
                context.skip(f"{path.name}:{number}: not a vCard property: {line[:60]!r}; "
                             "ignored", kind=INVALID_LINE)
                continue
            raise ImportFailed(str(path), number, f"not a vCard property: {line[:60]!r}")
        name = match["name"].upper()
        value = match["value"]
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            if card is not None:
                raise ImportFailed(str(path), number, "BEGIN:VCARD inside another card")
            card = Card(line=number)
            continue
        if card is None:
            raise ImportFailed(str(path), number, f"{name} outside BEGIN:VCARD ... END:VCARD")
        if name == "END":
            if not card.version:
                raise ImportFailed(str(path), card.line, "card without VERSION")
            cards.append(card)
            card = None
            continue
        params = _parse_params(match["params"][1:] if match["params"] else "")
        if name == "VERSION":
            card.version = value.strip()
            if card.version not in {"2.1", "3.0", "4.0"}:
                raise ImportFailed(str(path), number, f"unsupported vCard version {card.version!r}",
                                   "vCard 2.1, 3.0 and 4.0 are supported.")
            continue
        card.props.append(Property(name, params, value, number))
    if card is not None:
        raise ImportFailed(str(path), card.line, "card not closed by END:VCARD")
    if not cards:
        raise ImportFailed(str(path), None, "no vCard (BEGIN:VCARD) found in the file")
    return cards


# --- cards to records ------------------------------------------------------------------

def _is_person(card: Card) -> bool:
    kind = (card.get("KIND").text().lower() if card.get("KIND") else "")
    if kind not in _PEOPLE_KINDS:
        return False
    if card.get("X-ADDRESSBOOKSERVER-KIND") is not None:
        return False  # Apple group card
    show_as = card.get("X-ABSHOWAS")
    return not (show_as is not None and show_as.text().lower() == "company")


def _social(prop: Property) -> Identity | None:
    """The identity an ``X-SOCIALPROFILE``/``SOCIALPROFILE`` names, or None."""
    service = {t.lower() for t in prop.types() | set(prop.param("SERVICE-TYPE"))}
    value = prop.text()
    user = (prop.param("X-USER") or [""])[0].strip()
    if service & {"twitter", "x"}:
        if user:
            return Identity("twitter", user)
        if value.lower().startswith("x-apple:"):
            value = value[len("x-apple:"):]
        return Identity("twitter", value) if value else None
    if "linkedin" in service and (user or value.lower().startswith("x-apple:")):
        slug = user or value[len("x-apple:"):]
        return Identity("url", f"https://www.linkedin.com/in/{slug}") if slug else None
    return _web(value)


def _web(value: str) -> Identity | None:
    """A web address, or None for chat addresses, other schemes and non-addresses."""
    value = value.strip()
    scheme = _SCHEME.match(value)
    if scheme is not None and scheme.group(1).lower() not in ("http", "https"):
        return None
    if scheme is None and ("." not in value or " " in value or "@" in value):
        return None
    return Identity("url", value)


def card_record(path: Path, card: Card) -> ContactRecord:
    family = given = ""
    if (n := card.get("N")) is not None:
        parts = n.parts() + ["", ""]
        family, given = parts[0], parts[1]
    if not (family or given) and (fn := card.get("FN")) is not None:
        given, _, family = " ".join(fn.text().split()).partition(" ")
    identities: list[Identity] = []
    for prop in card.all("EMAIL"):
        if value := prop.text():
            identities.append(Identity("email", value))
    for prop in card.all("URL"):
        if (ident := _web(prop.text())) is not None:
            identities.append(ident)
    for name in ("X-SOCIALPROFILE", "SOCIALPROFILE"):
        for prop in card.all(name):
            if (ident := _social(prop)) is not None:
                identities.append(ident)
    for prop in card.all("IMPP"):
        if (ident := _web(prop.text())) is not None and ident.key.lower().startswith("http"):
            identities.append(ident)
    for prop in card.all("X-TWITTER"):
        if value := prop.text():
            identities.append(Identity("twitter", value))
    org = card.get("ORG")
    tags = [t.strip() for p in card.all("CATEGORIES") for t in p.parts(",")]
    notes = "\n".join(p.text() for p in card.all("NOTE"))
    title = card.get("TITLE")
    return ContactRecord(
        identities=identities, first_name=given, last_name=family,
        company=org.parts()[0] if org is not None else "",
        title=title.text() if title is not None else "", notes=notes.strip(),
        tags=[t for t in tags if t], origin=f"{path.name}:{card.line}",
    )


def _who(card: Card) -> str:
    fn = card.get("FN")
    name = fn.text() if fn is not None else ""
    return repr(name) if name else "a card without a name"


def read_vcard(path: Path, context: Any = None) -> list[ContactRecord]:
    records = []
    for card in parse_cards(path, context):
        if not _is_person(card):
            if context is not None:
                context.skip(f"{path.name}:{card.line}: {_who(card)} is an organisation or "
                             "group, not a person; skipped", kind=NOT_A_PERSON)
            continue
        record = card_record(path, card)
        if not record.identities:
            if context is not None:
                context.skip(f"{path.name}:{card.line}: {_who(card)} has no email, LinkedIn, "
                             "X or web address; skipped", kind=NO_IDENTITY)
            continue
        records.append(record)
    return records
