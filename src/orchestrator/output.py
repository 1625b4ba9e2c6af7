"""Text the tool hands to other programs for people to read: terminals and spreadsheets.

Contact data comes from files and platforms anyone can write to, so a name may carry an
escape sequence (``\\x1b]8;;...`` makes a terminal link, ``\\x1b[2J`` clears the screen), a
bidi control (U+202E shows ``exe.gnp`` as ``png.exe``) or a spreadsheet formula
(``=HYPERLINK(...)``). Two rules, used everywhere such text leaves the tool:

* :func:`terminal_safe`: control characters, bidi controls and line separators are shown
  as visible escapes (``\\x1b``, ``\\u202e``), never passed to the terminal. JSON output
  stays exact (``print_json`` escapes the same characters the JSON way).
* :func:`csv_safe` / :func:`write_csv`: a cell that starts with ``=``, ``+``, ``-``, ``@``,
  a tab or a carriage return gets a leading ``'`` (OWASP's rule against CSV injection), and
  every cell is quoted, so a spreadsheet shows it as text instead of running it.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

# C0 controls but tab and newline, DEL, C1 controls, the bidi controls (ALM, LRM, RLM,
# LRE..RLO, LRI..PDI), line and paragraph separators, and lone surrogates.
_UNSAFE = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069" \
          "\u2028\u2029\ud800-\udfff"
_UNSAFE_MULTILINE = re.compile(f"[{_UNSAFE}]")
_UNSAFE_ONE_LINE = re.compile(f"[{_UNSAFE}\t\n]")

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
    return _UNSAFE_MULTILINE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


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
