"""Read-only views of the whole history for reports: a few queries, never one per contact.

A report over months of outreach reads every touch point of its window once, with what the
policy recorded about the message when it was checked (joined from its draft), and works
in memory from there.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Iterator, NamedTuple

from .db import from_db_time, to_db_time

if TYPE_CHECKING:
    from .db import Ledger


class Activity(NamedTuple):
    """One touch point as reports see it (a tuple: reports read hundreds of thousands)."""

    contact_id: int
    platform: str
    kind: str
    direction: str
    at: datetime
    status: str
    campaign: str
    draft_id: str
    text: str
    # From the draft, for messages a delivery sent or the user confirmed ('' otherwise):
    channel: str
    personal_note: bool
    details: int  # how many details of the person's record the policy found in the message


class HistoryStore:
    def __init__(self, ledger: "Ledger") -> None:
        self.ledger = ledger

    def activity(self, since: datetime | None, until: datetime) -> Iterator[Activity]:
        """Every touch point from ``since`` to ``until``, oldest first."""
        details = self.ledger.dialect.json_array_length("d.verdict_json", "evidence")
        sql = f"""SELECT t.contact_id, t.platform, t.kind, t.direction, t.at, t.status,
                        t.campaign, t.draft_id, t.text,
                        COALESCE(d.channel, '') AS channel,
                        COALESCE(d.personal_note, '') != '' AS personal_note,
                        COALESCE({details}, 0) AS details
                 FROM touchpoints t LEFT JOIN drafts d ON d.id = t.draft_id AND t.draft_id != ''
                 WHERE t.at <= ?"""
        params: list = [to_db_time(until)]
        if since is not None:
            sql += " AND t.at >= ?"
            params.append(to_db_time(since))
        cursor = self.ledger._execute(sql + " ORDER BY t.at, t.id", params)
        parse = datetime.fromisoformat
        for (contact_id, platform, kind, direction, at, status, campaign, draft_id, text,
             channel, note, details) in cursor:
            yield Activity(contact_id, platform, kind, direction, parse(at), status, campaign,
                           draft_id, text, channel, bool(note), details or 0)

    def names(self, contact_ids: set[int]) -> dict[int, str]:
        """Display names of these contacts (for lists in reports)."""
        out: dict[int, str] = {}
        ids = sorted(contact_ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for row in self.ledger._query(
                    f"SELECT id, first_name, last_name FROM contacts WHERE id IN "
                    f"({','.join('?' * len(chunk))})", chunk):
                out[row[0]] = " ".join(p for p in (row[1], row[2]) if p)
        return out

    def unanswered(self, kinds: frozenset[str], not_statuses: frozenset[str]) -> list[Activity]:
        """Inbound touch points of ``kinds`` after the person's last outbound one (any
        channel), oldest first: what people wrote that you have not answered."""
        kinds_marks = ",".join("?" * len(kinds))
        status_marks = ",".join("?" * len(not_statuses))
        rows = self.ledger._query(
            f"""WITH last_out AS (SELECT contact_id, MAX(at) AS at FROM touchpoints
                                  WHERE direction = 'out' GROUP BY contact_id)
                SELECT t.contact_id, t.platform, t.kind, t.direction, t.at, t.status,
                       t.campaign, t.draft_id, t.text
                FROM touchpoints t LEFT JOIN last_out l ON l.contact_id = t.contact_id
                WHERE t.direction = 'in' AND t.kind IN ({kinds_marks})
                  AND t.status NOT IN ({status_marks}) AND (l.at IS NULL OR t.at > l.at)
                ORDER BY t.at, t.id""", (*sorted(kinds), *sorted(not_statuses)))
        return [Activity(r[0], r[1], r[2], r[3], from_db_time(r[4]), r[5], r[6], r[7], r[8],
                         "", False, 0) for r in rows]
