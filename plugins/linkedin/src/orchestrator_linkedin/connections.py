"""``Connections.csv``: the people you are connected with, and since when.

Column sets (docs/platform-rules.md 1c): ``First Name, Last Name, URL, Email Address, Company,
Position, Connected On`` since 2023; no ``URL`` column up to 2022 (and in 2018). The header
follows a ``Notes:`` preamble of varying length, or comes first in 2020-21 exports and
spreadsheet re-saves; :mod:`.csvfiles` finds it. ``Connected On`` is ``09 Sep 2022``,
``18-Jun-24`` after a spreadsheet re-save, or ``1/8/18, 6:14 PM`` in 2018.

Rows with a date but no name, URL or address are connections whose profiles are hidden or
closed; the assembler skips them with a warning. ``Email Address`` is kept raw here and
checked by the assembler, which reports a bad one without failing the import.
"""

from __future__ import annotations

from datetime import datetime

from attrs import frozen

from orchestrator.api import Identity, ImportFailed

from .archive import ExportFile
from .cells import date_cell, profile_cell
from .csvfiles import TableSpec, read_table
from .report import Report

SPECS = (
    TableSpec("Connections.csv",
              required=("First Name", "Last Name", "Connected On"),
              optional=("URL", "Email Address", "Company", "Position")),
)


@frozen
class Connection:
    line: int
    first_name: str
    last_name: str
    profile: Identity | None
    email: str
    company: str
    title: str
    connected_on: datetime
    name: str = ""  # "First Last", computed once: the assembler asks for it often


def read_connections(file: ExportFile, report: Report) -> list[Connection]:
    table = read_table(file, SPECS, report)
    counts = report.file(file.name)
    out = []
    for row in table.rows:
        counts.rows += 1
        try:
            first, last = row.text("First Name"), row.text("Last Name")
            out.append(Connection(
                line=row.line,
                first_name=first,
                last_name=last,
                name=f"{first} {last}" if first and last else first or last,
                profile=profile_cell(file, row, "URL", report),
                email=row.text("Email Address"),
                company=row.text("Company"),
                title=row.text("Position"),
                connected_on=date_cell(file, row, "Connected On"),
            ))
        except ImportFailed as error:
            report.invalid(file.name, row.line, error)
    return out
