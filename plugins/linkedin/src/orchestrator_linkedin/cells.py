"""Typed values out of CSV cells, failing with the file and line of the row.

Shared by the per-file readers so that every file applies the same rule: a value LinkedIn
could not have written fails the import (see :mod:`.report`); a LinkedIn URL that is simply
not a person (a company page), or a profile URL whose name cannot be used, becomes a
warning and no identity: one odd row never fails a whole export.
"""

from __future__ import annotations

from datetime import datetime

from orchestrator.api import Identity, ImportFailed, InputError

from .archive import ExportFile
from .csvfiles import Row
from .dates import parse_datetime
from .report import NOT_A_PROFILE, ODD_PROFILE, Report
from .urls import NotAProfileURL, OddProfileURL, normalize_profile_url


def date_cell(file: ExportFile, row: Row, column: str) -> datetime:
    value = row.text(column)
    if not value:
        raise ImportFailed(file.where, row.line, f"empty {column!r}")
    try:
        return parse_datetime(value)
    except ValueError as exc:
        raise ImportFailed(file.where, row.line, f"{column!r}: {exc}") from None


def profile_cell(file: ExportFile, row: Row, column: str, report: Report) -> Identity | None:
    return profile_value(file, row, column, row.text(column), report)


def profile_value(file: ExportFile, row: Row, column: str, value: str,
                  report: Report) -> Identity | None:
    """The identity for one URL of ``column``; None (and a warning) for non-person pages."""
    if not value:
        return None
    try:
        identity = normalize_profile_url(value)
    except NotAProfileURL as exc:
        report.warn(file.name, row.line, f"{column!r} is not a person's profile: {exc.message}",
                    kind=NOT_A_PROFILE)
        return None
    except OddProfileURL as exc:
        report.warn(file.name, row.line, f"{column!r}: {exc.message}; the row is read "
                    "without it", kind=ODD_PROFILE)
        return None
    except InputError as exc:
        raise ImportFailed(file.where, row.line, f"{column!r}: {exc.message}") from None
    return Identity(identity.platform, identity.key, display=identity.display,
                    source="linkedin", evidence=f"{file.name}:{row.line}")


def choice_cell(file: ExportFile, row: Row, column: str, choices: dict[str, str]) -> str:
    """``choices[value]`` for the case-insensitive value of ``column``."""
    value = row.text(column)
    try:
        return choices[value.casefold()]
    except KeyError:
        expected = ", ".join(sorted({k.upper() if k else '""' for k in choices}))
        raise ImportFailed(file.where, row.line,
                           f"{column!r} is {value!r}; expected one of {expected}") from None
