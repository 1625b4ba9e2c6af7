"""What an import tells the user besides the records: warnings and counts per file.

The policy (documented for users in the export module): a file LinkedIn could not have
written (bad column set, unreadable date, a non-LinkedIn URL where a profile belongs, an
unknown ``Direction``) fails the whole import with the file and line. A row that is fine but
cannot be used (a person we cannot identify, an invalid email address, a company page
sending a message) is left out and named in a warning, so the rest of the export still
imports and the user sees exactly what was skipped.
"""

from __future__ import annotations

from collections import Counter

from attrs import define, field, frozen


@frozen
class ExportWarning:
    """A row (or part of one) left out, and why; ``str()`` gives ``file:line: why``."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.message}"


@define
class FileCounts:
    """Rows read from one file, touch points made from them, rows skipped by reason."""

    rows: int = 0
    touchpoints: int = 0
    skipped: Counter[str] = field(factory=Counter)


@define
class Report:
    warnings: list[ExportWarning] = field(factory=list)
    counts: dict[str, FileCounts] = field(factory=dict)

    def file(self, name: str) -> FileCounts:
        return self.counts.setdefault(name, FileCounts())

    def warn(self, file: str, line: int | None, message: str) -> None:
        self.warnings.append(ExportWarning(file, line, message))

    def skip(self, file: str, line: int | None, reason: str, message: str = "") -> None:
        """Count a skipped row under ``reason``; warn when there is a ``message``."""
        self.file(file).skipped[reason] += 1
        if message:
            self.warn(file, line, message)
