"""Text the tool hands to other programs for people to read: terminals and spreadsheets.

Contact data comes from files and platforms anyone can write to, so a name may carry an
escape sequence (``\\x1b]8;;...`` makes a terminal link, ``\\x1b[2J`` clears the screen), a
bidi control (U+202E shows ``exe.gnp`` as ``png.exe``) or a spreadsheet formula
(``=HYPERLINK(...)``). Two rules, used everywhere such text leaves the tool:

* :func:`terminal_safe`: control characters, bidi controls and line separators are shown
  as visible escapes (``\\x1b``, ``\\u202e``), never passed to the terminal. JSON output
  stays exact (``print_json`` escapes the same characters the JSON way).
* :func:`write_json` (``print_json``): exactly ``json.dumps(data, indent=2,
  ensure_ascii=False, default=str)``, built in one pass and written in large chunks; a long
  list or an iterator is written a thousand elements at a time (bounded memory).
* :func:`csv_safe` / :func:`write_csv`: a cell that starts with ``=``, ``+``, ``-``, ``@``,
  a tab or a carriage return gets a leading ``'`` (OWASP's rule against CSV injection), and
  every cell is quoted, so a spreadsheet shows it as text instead of running it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from itertools import islice
from json.encoder import encode_basestring as json_str  # the C one, ensure_ascii=False
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence, TextIO

# C0 controls but tab and newline, DEL, C1 controls, the bidi controls (ALM, LRM, RLM,
# LRE..RLO, LRI..PDI), line and paragraph separators, and lone surrogates.
_UNSAFE = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069" \
          "\u2028\u2029\ud800-\udfff"
_UNSAFE_MULTILINE = re.compile(f"[{_UNSAFE}]")
_UNSAFE_ONE_LINE = re.compile(f"[{_UNSAFE}\t\n]")

# what terminal_safe keeps of ASCII (multiline): tab, newline and the printable characters
_SAFE_ASCII = bytes([9, 10, *range(0x20, 0x7f)])

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _escape(match: re.Match) -> str:
    char = match.group()
    if char == "\n":
        return "\\n"
    if char == "\t":
        return "\\t"
    if char == "\r":
        return "\\r"
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: Any, *, multiline: bool = True) -> str:
    """``text`` for a terminal: control and bidi characters as visible escapes.

    ``multiline`` keeps newlines and tabs (a message body); without it they are escaped
    too, so a name or an id stays on its line.
    """
    text = "" if text is None else str(text)
    pattern = _UNSAFE_MULTILINE if multiline else _UNSAFE_ONE_LINE
    return pattern.sub(_escape, text)


def json_terminal_safe(text: str) -> str:
    """Serialized JSON with the characters :func:`terminal_safe` escapes written as
    ``\\uXXXX`` escapes: the same data for a JSON reader, nothing for a terminal to run."""
    if text.isascii() and not text.encode("ascii").translate(None, _SAFE_ASCII):
        return text  # nothing to escape: a check at C speed (most output is ASCII)
    return _UNSAFE_MULTILINE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# --- JSON -----------------------------------------------------------------------------

_INF = float("inf")


def _json_float(o: float, _repr=float.__repr__) -> str:
    if o != o:
        return "NaN"
    if o == _INF:
        return "Infinity"
    if o == -_INF:
        return "-Infinity"
    return _repr(o)


# exact types only: a subclass (an IntEnum, a str subclass) takes the general path
_JSON_SCALARS = {
    str: json_str,
    int: int.__repr__,
    float: _json_float,
    bool: {True: "true", False: "false"}.__getitem__,
    type(None): lambda _: "null",
}


def _json_key(k: Any) -> str:
    if isinstance(k, str):
        return k
    if isinstance(k, float):
        return _json_float(k)
    if k is True:
        return "true"
    if k is False:
        return "false"
    if k is None:
        return "null"
    if isinstance(k, int):
        return int.__repr__(k)
    raise TypeError(f"keys must be str, int, float, bool or None, not {k.__class__.__name__}")


def json_indented(o: Any, level: int = 0) -> str:
    """``json.dumps(o, indent=2, ensure_ascii=False, default=str)``, byte for byte, with
    ``o`` nested ``level`` deep (its lines indented that much more).

    The stdlib's indented encoder is pure Python and yields every token through a chain of
    generators (its C encoder cannot indent); this one appends each value's text once, with
    the C string encoder: about twice as fast, same text (tests compare them)."""
    pieces: list[str] = []
    append = pieces.append
    scalars = _JSON_SCALARS
    markers: set[int] = set()

    def enter(v: Any) -> None:
        key = id(v)
        if key in markers:
            raise ValueError("Circular reference detected")
        markers.add(key)

    def value(v: Any, nl: str) -> None:
        f = scalars.get(type(v))
        if f is not None:
            append(f(v))
        elif isinstance(v, dict):
            mapping(v, nl)
        elif isinstance(v, (list, tuple)):
            sequence(v, nl)
        elif isinstance(v, str):  # subclasses of the scalar types
            append(json_str(v))
        elif isinstance(v, int):
            append(int.__repr__(v))
        elif isinstance(v, float):
            append(_json_float(v))
        else:  # what json calls default=str for (a datetime, a Path)
            append(json_str(str(v)))

    def sequence(v: Any, nl: str) -> None:
        if not v:
            append("[]")
            return
        enter(v)
        inner = nl + "  "
        sep = "," + inner
        append("[")
        start = len(pieces)
        for item in v:
            f = scalars.get(type(item))
            if f is not None:
                append(sep + f(item))
            else:
                append(sep)
                value(item, inner)
        pieces[start] = pieces[start][1:]  # no comma before the first item
        append(nl + "]")
        markers.discard(id(v))

    def mapping(v: dict, nl: str) -> None:
        if not v:
            append("{}")
            return
        enter(v)
        inner = nl + "  "
        sep = "," + inner
        append("{")
        start = len(pieces)
        for k, item in v.items():
            if type(k) is not str:
                k = _json_key(k)
            f = scalars.get(type(item))
            if f is not None:
                append(sep + json_str(k) + ": " + f(item))
            else:
                append(sep + json_str(k) + ": ")
                value(item, inner)
        pieces[start] = pieces[start][1:]
        append(nl + "}")
        markers.discard(id(v))

    value(o, "\n" + "  " * level)
    return "".join(pieces)


JSON_CHUNK = 1000  # list elements encoded and written at a time


def write_json(data: Any, stream: TextIO) -> None:
    """``data`` as :func:`json_indented` JSON and a newline, terminal-safe
    (:func:`json_terminal_safe`), written in a few large pieces.

    A list, tuple or iterator (a generator of rows) is written :data:`JSON_CHUNK` elements
    at a time: the text of one chunk in memory, never of the whole list; an iterator is
    read as it goes. The bytes are those of ``json.dumps(list(data), indent=2, ...)``."""
    if not isinstance(data, (list, tuple, Iterator)) or \
            (isinstance(data, (list, tuple)) and len(data) <= JSON_CHUNK):
        stream.write(json_terminal_safe(json_indented(data)) + "\n")
        return
    write_json_texts((json_indented(item, 1) for item in data), stream)


def write_json_texts(texts: Iterable[str], stream: TextIO) -> None:
    """A JSON array of elements already encoded as ``json_indented(element, 1)`` (a row
    type that knows its own text), written as :func:`write_json` writes a list:
    :data:`JSON_CHUNK` elements at a time, terminal-safe, the same bytes."""
    texts = iter(texts)
    opening = "["
    while True:
        chunk = list(islice(texts, JSON_CHUNK))
        if not chunk:
            break
        stream.write(json_terminal_safe(opening + "\n  " + ",\n  ".join(chunk)))
        opening = ","
    stream.write("[]\n" if opening == "[" else "\n]\n")


def csv_safe(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as text: OWASP's leading ``'`` before a formula start.

    Only text is changed; numbers and ``None`` are written as they are.
    """
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_text(fieldnames: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> str:
    """CSV with a header, every cell quoted and made safe by :func:`csv_safe`."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL)
    writer.writerow([csv_safe(name) for name in fieldnames])
    for row in rows:
        writer.writerow([csv_safe(row.get(name, "")) for name in fieldnames])
    return buffer.getvalue()


def write_csv(path: Path, fieldnames: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> None:
    """Write :func:`csv_text` to ``path``, mode 0600 (it holds contact data)."""
    from .workspace import write_private

    write_private(Path(path), csv_text(fieldnames, rows))
