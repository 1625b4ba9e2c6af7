"""``Invitations.csv``: connection requests you sent and received.

Column sets (docs/platform-rules.md 1c): ``From, To, Sent At, Message, Direction`` (2018-2022), plus
``inviterProfileUrl, inviteeProfileUrl`` since 2024. No preamble. ``Sent At`` is
``2/12/26, 11:44 AM``; ``Direction`` is ``OUTGOING`` or ``INCOMING``; ``Message`` is the note
(empty without one).

Each row is read as *the other person* (the invitee of an outgoing invitation, the inviter
of an incoming one) and *you*; old exports name both only by their display names.
"""

from __future__ import annotations

from datetime import datetime

from attrs import frozen

from orchestrator.api import Direction, Identity, ImportFailed

from .archive import ExportFile
from .cells import choice_cell, date_cell, profile_cell
from .csvfiles import Row, TableSpec, read_table
from .report import Report

SPECS = (
    TableSpec("Invitations.csv",
              required=("From", "To", "Sent At", "Direction"),
              optional=("Message", "inviterProfileUrl", "inviteeProfileUrl")),
)
DIRECTIONS: dict[str, Direction] = {"outgoing": "out", "incoming": "in"}


@frozen
class Invitation:
    line: int
    direction: Direction
    at: datetime
    note: str
    other_name: str
    other: Identity | None
    own_name: str
    own: Identity | None


def read_invitations(file: ExportFile, report: Report) -> list[Invitation]:
    table = read_table(file, SPECS, report)
    counts = report.file(file.name)
    out = []
    for row in table.rows:
        counts.rows += 1
        try:
            out.append(_invitation(file, row, report))
        except ImportFailed as error:
            report.invalid(file.name, row.line, error)
    return out


def _invitation(file: ExportFile, row: Row, report: Report) -> Invitation:
    direction = choice_cell(file, row, "Direction", DIRECTIONS)
    inviter = ("From", "inviterProfileUrl")
    invitee = ("To", "inviteeProfileUrl")
    other, own = (invitee, inviter) if direction == "out" else (inviter, invitee)
    return Invitation(
        line=row.line,
        direction=direction,
        at=date_cell(file, row, "Sent At"),
        note=row.raw("Message").replace("\r\n", "\n").strip(),
        other_name=row.text(other[0]),
        other=profile_cell(file, row, other[1], report),
        own_name=row.text(own[0]),
        own=profile_cell(file, row, own[1], report),
    )
