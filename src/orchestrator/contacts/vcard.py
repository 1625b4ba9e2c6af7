"""vCard 3.0 (RFC 2426) and 4.0 (RFC 6350) reader.

Written here rather than taken from a library because every error must name its line, and
an import is all or nothing: the whole file is parsed before anything is returned.

Mapping: ``N``/``FN`` -> names, ``ORG`` -> company, ``TITLE`` -> title, ``NOTE`` -> notes,
``CATEGORIES`` -> tags, ``EMAIL`` -> email identity, ``URL``/``X-SOCIALPROFILE``/
``SOCIALPROFILE``/``IMPP`` -> identities on the platform a plugin recognises (a LinkedIn or X
URL), ``X-TWITTER`` -> X handle. Unknown properties are ignored.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from attrs import define, field

from ..errors import ImportFailed

_PROP = re.compile(
    r"^(?:(?P<group>[A-Za-z0-9-]+)\.)?(?P<name>[A-Za-z0-9-]+)(?P<params>(?:;[^:]*)?):(?P<value>.*)$",
    re.DOTALL,
)


@define
class Property:
    name: str
    params: dict[str, list[str]]
    value: str
    line: int


@define
class Card:
    line: int
    version: str = ""
    props: list[Property] = field(factory=list)

    def all(self, name: str) -> list[Property]:
        return [p for p in self.props if p.name == name]

    def first(self, name: str) -> str:
        for p in self.props:
            if p.name == name:
                return p.value
        return ""


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
        else:  # vCard 2.1 style bare type: EMAIL;INTERNET:
            key, items = "TYPE", [chunk]
        params.setdefault(key.upper(), []).extend(i.lower() for i in items if i)
    return params


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Unfold RFC 6350 folded lines; yields (first physical line number, content)."""
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if line[:1] in (" ", "\t") and current:
            current.append(line[1:])
            continue
        if current:
            yield start, "".join(current)
        current, start = [line], number
    if current:
        yield start, "".join(current)


def parse_cards(path: Path) -> list[Card]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(str(path), None, f"cannot read the file ({exc.strerror})") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportFailed(str(path), line, "not UTF-8 text",
                           "Export the vCard file as UTF-8 and import it again.") from exc
    cards: list[Card] = []
    card: Card | None = None
    for number, line in _logical_lines(text):
        if not line.strip():
            continue
        match = _PROP.match(line)
        if match is None:
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
                                   "vCard 3.0 and 4.0 are supported.")
            continue
        card.props.append(Property(name, params, value, number))
    if card is not None:
        raise ImportFailed(str(path), card.line, "card not closed by END:VCARD")
    if not cards:
        raise ImportFailed(str(path), None, "no vCard (BEGIN:VCARD) found in the file")
    return cards
