"""``Profile.csv``: the export owner's own profile, read only for their name.

Its columns (``First Name, Last Name, Maiden Name, Address, Birth Date, Headline, Summary,
Industry, Zip Code, Geo Location, Twitter Handles, Websites, Instant Messengers``, seen in
2024-2026 exports and in many parsers' fixtures) carry no profile URL, so the owner's URL is
found in the other files (see :mod:`.owner`). Nothing is imported from it, so a file that
cannot be read is a warning, not a failed import.
"""

from __future__ import annotations

from orchestrator.api import ImportFailed

from .archive import ExportFile
from .csvfiles import TableSpec, read_table
from .report import FILE_NOT_USED, Report

SPECS = (TableSpec("Profile.csv", required=("First Name", "Last Name"),
                   optional=("Headline",)),)


def read_owner_name(file: ExportFile, report: Report) -> str:
    """"First Last" of the profile's first row, or "" when the file has none."""
    try:
        table = read_table(file, SPECS)
    except ImportFailed as exc:
        where = f"{exc.path}:{exc.line}: " if exc.line is not None else f"{exc.path}: "
        reason = exc.message.removeprefix(where)
        report.warn(file.name, exc.line, f"not used to find your name: {reason}",
                    kind=FILE_NOT_USED)
        return ""
    report.file(file.name).rows = len(table.rows)
    for row in table.rows:
        name = " ".join(p for p in (row.text("First Name"), row.text("Last Name")) if p)
        if name:
            return name
    return ""
