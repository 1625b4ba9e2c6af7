"""``messages.csv``: your LinkedIn conversations, one row per message.

Column sets (docs/platform-rules.md 1c, and fixtures measured on real exports):

* 2026: ``CONVERSATION ID, CONVERSATION TITLE, FROM, SENDER PROFILE URL, TO,
  RECIPIENT PROFILE URLS, DATE, SUBJECT, CONTENT, FOLDER, ATTACHMENTS, IS MESSAGE DRAFT``
  (some 2024-25 exports also or instead have ``IS CONVERSATION DRAFT``);
* 2024: the same without ``ATTACHMENTS`` and the draft flags;
* 2021-2022: without ``RECIPIENT PROFILE URLS`` either;
* 2018 (``Messages.csv``): ``From, To, Date, Subject, Content, Direction, Folder``, with
  ``Date`` as ``10/16/18, 8:36 AM`` and no URLs at all.

``DATE`` is ``2026-02-10 20:33:10 UTC``. ``RECIPIENT PROFILE URLS`` joins several URLs with
commas; ``TO`` joins several names with ``", "`` although names may contain ``", "`` too
(``Jane Doe, Ph.D.``), so names are split by the assembler, which knows the names in the
export. Sponsored messages and ``LinkedIn Member`` senders have no ``SENDER PROFILE URL``.

Drafts (either draft flag ``Yes``) were never sent and are skipped, as is the ``SPAM``
folder: spam is not a relationship and would add strangers as contacts. Both are counted,
not warned about.
"""

from __future__ import annotations

from datetime import datetime

from attrs import frozen

from orchestrator.api import Direction, Identity, ImportFailed

from .archive import ExportFile
from .cells import choice_cell, date_cell, profile_cell, profile_value
from .csvfiles import Row, TableSpec, read_table
from .report import FILE_NOT_USED, Report

CURRENT = TableSpec(
    "messages.csv",
    required=("CONVERSATION ID", "FROM", "TO", "DATE", "CONTENT"),
    optional=("CONVERSATION TITLE", "SENDER PROFILE URL", "RECIPIENT PROFILE URLS", "SUBJECT",
              "FOLDER", "ATTACHMENTS", "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"),
)
LEGACY = TableSpec(
    "Messages.csv (2018)",
    required=("From", "To", "Date", "Content", "Direction"),
    optional=("Subject", "Folder"),
)
SPECS = (CURRENT, LEGACY)
DIRECTIONS: dict[str, Direction] = {"outgoing": "out", "incoming": "in"}
_FLAGS = {"yes": True, "true": True, "no": False, "false": False, "": False}
_DRAFT_COLUMNS = ("IS MESSAGE DRAFT", "IS CONVERSATION DRAFT")


@frozen
class Message:
    line: int
    conversation_id: str
    at: datetime
    from_name: str
    sender: Identity | None
    to: str
    recipients: tuple[Identity, ...] | None  # None: the export does not say
    subject: str
    content: str
    attachments: str
    direction: Direction | None  # only the 2018 format says


def read_messages(file: ExportFile, report: Report) -> list[Message]:
    table = read_table(file, SPECS, report)
    counts = report.file(file.name)
    if table.notice:
        report.warn(file.name, None, f"no messages ({table.notice!r})", kind=FILE_NOT_USED)
    out = []
    legacy = table.spec is LEGACY
    for row in table.rows:
        counts.rows += 1
        try:
            if any(choice_cell(file, row, c, _FLAGS) for c in _DRAFT_COLUMNS if row.has(c)):
                report.skip(file.name, row.line, "draft")
                continue
            if row.text("FOLDER").casefold() == "spam":
                report.skip(file.name, row.line, "spam")
                continue
            out.append(_message(file, row, report, legacy))
        except ImportFailed as error:
            report.invalid(file.name, row.line, error)
    return out


def _message(file: ExportFile, row: Row, report: Report, legacy: bool) -> Message:
    return Message(
        line=row.line,
        conversation_id=row.text("CONVERSATION ID"),
        at=date_cell(file, row, "DATE"),
        from_name=row.text("FROM"),
        sender=profile_cell(file, row, "SENDER PROFILE URL", report),
        to=row.text("TO"),
        recipients=_recipients(file, row, report),
        subject=row.text("SUBJECT"),
        content=row.raw("CONTENT").replace("\r\n", "\n"),
        attachments=row.text("ATTACHMENTS"),
        direction=choice_cell(file, row, "Direction", DIRECTIONS) if legacy else None,
    )


def _recipients(file: ExportFile, row: Row, report: Report) -> tuple[Identity, ...] | None:
    cell = row.text("RECIPIENT PROFILE URLS")
    if not cell:
        return None
    found: list[Identity] = []
    for url in cell.split(","):
        identity = profile_value(file, row, "RECIPIENT PROFILE URLS", url.strip(), report)
        if identity is not None and identity not in found:
            found.append(identity)
    return tuple(found)
