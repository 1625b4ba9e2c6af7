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
from typing import TYPE_CHECKING

from attrs import define, field, frozen

if TYPE_CHECKING:
    from orchestrator.api import ImportFailed

# Kinds of warnings, as the import summary groups them (one line each, with a count).
UNIDENTIFIED = "person not identified (no profile URL or email address in the export)"
NOT_A_PROFILE = "LinkedIn page that is not a person's profile"
ODD_PROFILE = "profile URL whose name cannot be used"
BAD_EMAIL = "invalid email address (the person is imported without it)"
SHARED_EMAIL = "email address of another connection"
NO_RECIPIENT = "message with no recipient besides you"
INVALID_ROW = "invalid row (left out with --skip-invalid)"
FILE_NOT_USED = "file not used"
WARNING = "warning"
# Reasons of Report.skip -> the kind of its warning
KINDS = {"unidentified": UNIDENTIFIED, "no recipient": NO_RECIPIENT, "invalid": INVALID_ROW,
         "duplicate": "duplicate row (the first one is kept)"}


@frozen
class ExportWarning:
    """A row (or part of one) left out, and why; ``str()`` gives ``file:line: why``.

    ``kind`` groups warnings for the import summary; ``skipped`` says the row was left out.
    """

    file: str
    line: int | None
    message: str
    kind: str = field(default=WARNING, eq=False)
    skipped: bool = field(default=False, eq=False)

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
    # --skip-invalid: a row LinkedIn could not have written is left out, not fatal
    skip_invalid: bool = False

    def file(self, name: str) -> FileCounts:
        return self.counts.setdefault(name, FileCounts())

    def warn(self, file: str, line: int | None, message: str, kind: str = WARNING) -> None:
        self.warnings.append(ExportWarning(file, line, message, kind))

    def skip(self, file: str, line: int | None, reason: str, message: str = "") -> None:
        """Count a skipped row under ``reason``; warn when there is a ``message``."""
        self.file(file).skipped[reason] += 1
        if message:
            self.warnings.append(ExportWarning(file, line, message,
                                               KINDS.get(reason, reason), True))

    def invalid(self, file: str, line: int | None, error: "ImportFailed") -> None:
        """With --skip-invalid: leave out a row LinkedIn could not have written; else raise."""
        if not self.skip_invalid:
            raise error
        where = f"{error.path}:{error.line}: " if error.line is not None else f"{error.path}: "
        self.skip(file, line, "invalid", f"{error.message.removeprefix(where)}; row left out")
