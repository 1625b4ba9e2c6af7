"""Reading one export CSV into rows keyed by column, with the physical line of each row.

What the export throws at a CSV reader (docs/platform-rules.md 1c):

* ``Connections.csv`` starts with a ``Notes:`` preamble whose length has changed over the
  years and which spreadsheet re-saves drop, so the header row is *found*, never skipped to:
  the first row holding every required column of one of the file's known column sets.
* Re-saved files may carry a UTF-8 BOM and CRLF line ends; the 2026 ``messages.csv`` quotes
  every field, header included; message contents hold quoted commas and line breaks.
* Column sets grew over time (``URL``, ``RECIPIENT PROFILE URLS``, ``IS MESSAGE DRAFT``...):
  columns are matched case-insensitively, unknown ones are ignored, missing required ones are
  an error naming the file, the header line and the columns expected.

Every row carries the number of the physical line it starts on, counting the preamble, so
that an error or warning points at the line an editor shows. Any problem makes the whole
import fail (:class:`~orchestrator.errors.ImportFailed`): nothing is half-imported.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator, Mapping, Sequence

from attrs import field, frozen

from orchestrator.api import ImportFailed

from .archive import ExportFile

if TYPE_CHECKING:
    from .report import Report

# A header further down than this is not a header: the longest preamble seen is 3 lines.
HEADER_SEARCH_ROWS = 20


@lru_cache(maxsize=4096)
def column_key(name: str) -> str:
    return " ".join(name.replace("\ufeff", "").split()).casefold()


@frozen
class TableSpec:
    """One known column set of a file: the columns it must have and those it may have."""

    label: str
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()

    def missing(self, columns: set[str]) -> list[str]:
        return [c for c in self.required if column_key(c) not in columns]


@frozen
class Row:
    line: int
    cells: Mapping[str, str] = field(repr=False)

    def raw(self, column: str) -> str:
        """The cell as written ("" when the file has no such column)."""
        return self.cells.get(column_key(column), "")

    def text(self, column: str) -> str:
        """The cell stripped and NFC-normalized: names, URLs, dates (contents use ``raw``)."""
        return unicodedata.normalize("NFC", self.raw(column).strip())

    def has(self, column: str) -> bool:
        return column_key(column) in self.cells


@frozen
class Table:
    file: ExportFile
    spec: TableSpec | None
    header_line: int | None
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    notice: str = ""  # a file holding a sentence instead of a table ("No conversations found")


def read_table(file: ExportFile, specs: Sequence[TableSpec],
               report: "Report | None" = None) -> Table:
    """Parse ``file`` with the first of ``specs`` whose required columns its header has.

    With ``report`` (and ``--skip-invalid``) a row with more fields than the header is left
    out with a warning instead of failing the file."""
    records = _records(file)
    header: tuple[int, list[str], TableSpec] | None = None
    seen: list[tuple[int, list[str]]] = []
    for line, cells in records:
        if not any(c.strip() for c in cells):
            continue
        seen.append((line, cells))
        keys = {column_key(c) for c in cells}
        spec = next((s for s in specs if not s.missing(keys)), None)
        if spec is not None:
            header = (line, cells, spec)
            break
        _reject_partial_header(file, line, keys, specs)
        if len(seen) >= HEADER_SEARCH_ROWS:
            break
    if header is None:
        return _headerless(file, seen, specs)
    header_line, header_cells, spec = header
    columns = tuple(column_key(c) for c in header_cells)
    return Table(file, spec, header_line, columns,
                 tuple(_rows(file, records, header_line, columns, report)))


def find_spec(file: ExportFile, specs: Sequence[TableSpec]) -> TableSpec | None:
    """The spec whose header ``file`` has, or None; never raises on content."""
    try:
        for _, cells in _take(_records(file), HEADER_SEARCH_ROWS):
            keys = {column_key(c) for c in cells}
            for spec in specs:
                if not spec.missing(keys):
                    return spec
    except ImportFailed:
        return None
    return None


def _take(records: Iterator[tuple[int, list[str]]], n: int) -> Iterator[tuple[int, list[str]]]:
    for i, record in enumerate(records):
        if i >= n:
            return
        yield record


def _reject_partial_header(file: ExportFile, line: int, keys: set[str],
                           specs: Sequence[TableSpec]) -> None:
    # A row naming most of a column set is that set's header with columns missing (a
    # spreadsheet user deleted one); a preamble sentence names none. Report against the
    # closest set (the first one on a tie: the current format).
    spec = max(specs, key=lambda s: len(s.required) - len(s.missing(keys)))
    present = len(spec.required) - len(spec.missing(keys))
    if present >= max(2, (len(spec.required) + 1) // 2):
        raise ImportFailed(
            file.where, line,
            f"the header lacks column(s) {', '.join(spec.missing(keys))}",
            f"{file.name} must have the columns: {', '.join(spec.required)}. "
            "Use the file as LinkedIn exported it.",
        )


def _headerless(file: ExportFile, seen: list[tuple[int, list[str]]],
                specs: Sequence[TableSpec]) -> Table:
    if not seen:
        return Table(file, None, None, (), ())
    if len(seen) == 1 and len(seen[0][1]) == 1:
        # LinkedIn writes a sentence instead of a header into some empty files.
        return Table(file, None, None, (), (), notice=seen[0][1][0].strip())
    expected = " or ".join(", ".join(s.required) for s in specs)
    raise ImportFailed(file.where, None, "no header row found",
                       f"{file.name} must start with (or, after LinkedIn's notes, have) a "
                       f"header with the columns: {expected}.")


def _rows(file: ExportFile, records: Iterator[tuple[int, list[str]]], header_line: int,
          columns: tuple[str, ...], report: "Report | None" = None) -> Iterator[Row]:
    width = len(columns)
    for line, cells in records:
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > width:
            if any(c.strip() for c in cells[width:]):
                error = ImportFailed(
                    file.where, line,
                    f"{len(cells)} fields but the header on line {header_line} has {width}",
                    "A field with a comma must be quoted; use the file as LinkedIn "
                    "exported it.",
                )
                if report is None:
                    raise error
                report.invalid(file.name, line, error)
                continue
            cells = cells[:width]
        # Spreadsheets drop trailing empty cells; missing cells are empty.
        cells = cells + [""] * (width - len(cells))
        values: dict[str, str] = {}
        for key, value in zip(columns, cells):
            values.setdefault(key, value)
        yield Row(line, values)


def _records(file: ExportFile) -> Iterator[tuple[int, list[str]]]:
    """(first physical line, cells) of each CSV record."""
    try:
        text = file.data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = file.data[: exc.start].count(b"\n") + 1
        raise ImportFailed(
            file.where, line, f"not UTF-8 text (byte 0x{file.data[exc.start]:02x})",
            "LinkedIn exports are UTF-8; if a spreadsheet re-saved the file, save it as "
            "\"CSV UTF-8\".",
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ImportFailed(file.where, line, "contains NUL characters; not a CSV text file")
    # newline="" keeps line breaks inside quoted fields as written (LF or CRLF).
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "unexpected end of data" in str(exc):
                message = "a quoted field starting on this line is never closed"
            else:
                message = f"malformed CSV ({exc})"
            raise ImportFailed(file.where, start, message) from None
        yield start, cells
        start = reader.line_num + 1
