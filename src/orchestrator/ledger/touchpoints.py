"""Touch-point history: every interaction, in or out, on any platform. Append-only.

Re-importing the same export must change nothing, so each touch point has a ``dedupe`` key:
the platform's own id for it when the source has one (``external_id``), else a hash of who,
when and what. The ledger refuses a second row with the same (platform, kind, direction,
dedupe).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import TYPE_CHECKING, Iterable

from ..model import TouchPoint
from .db import from_db_time, to_db_time

if TYPE_CHECKING:
    from .db import Ledger


def dedupe_key(tp: TouchPoint, identity_key: str = "") -> str:
    if tp.external_id:
        return f"id:{tp.external_id}"
    digest = hashlib.sha256(
        "\x1f".join([identity_key, to_db_time(tp.at), tp.subject, tp.text]).encode()
    ).hexdigest()[:32]
    return f"h:{digest}"


class TouchPointStore:
    def __init__(self, ledger: "Ledger") -> None:
        self.ledger = ledger

    def record(self, contact_id: int, tp: TouchPoint, *, identity_key: str = "",
               dedupe: str | None = None) -> bool:
        """Append ``tp`` to the contact's history; False when it was already recorded."""
        cur = self.ledger._execute(
            """INSERT OR IGNORE INTO touchpoints (contact_id, platform, kind, direction, at,
               status, text, subject, external_id, source, campaign, step, draft_id, dedupe,
               recorded_at, member) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                contact_id, tp.platform, tp.kind, tp.direction, to_db_time(tp.at), tp.status,
                tp.text, tp.subject or "", tp.external_id, tp.source, tp.campaign, tp.step,
                tp.draft_id, dedupe or dedupe_key(tp, identity_key),
                to_db_time(self.ledger.now()),
                tp.member or (self.ledger.member if tp.direction == "out" else ""),
            ),
        )
        if cur.rowcount:
            self.ledger.event("touchpoint.recorded", {
                "contact_id": contact_id, "platform": tp.platform, "kind": tp.kind,
                "direction": tp.direction})
        return bool(cur.rowcount)

    def for_contact(self, contact_id: int) -> list[TouchPoint]:
        rows = self.ledger._query(
            "SELECT * FROM touchpoints WHERE contact_id = ? ORDER BY at, id",
            (self.ledger.contacts.canonical_id(contact_id),),
        )
        return [self._build(r) for r in rows]

    def query(
        self,
        *,
        platform: str | None = None,
        kinds: Iterable[str] | None = None,
        direction: str | None = None,
        since: datetime | None = None,
        contact_ids: Iterable[int] | None = None,
    ) -> list[TouchPoint]:
        sql, params = self._where(platform, kinds, direction, since, contact_ids)
        rows = self.ledger._query(f"SELECT * FROM touchpoints {sql} ORDER BY at, id", params)
        return [self._build(r) for r in rows]

    def count(self, **filters) -> int:
        sql, params = self._where(**filters)
        return self.ledger._execute(f"SELECT COUNT(*) FROM touchpoints {sql}", params).fetchone()[0]

    def last_out(self, *, exclude_campaign: str | None = None) -> dict[int, datetime]:
        """When each contact was last contacted by the user, on any platform.

        ``exclude_campaign`` leaves out that campaign's own touch points (a cooldown counts
        what *other* outreach did).
        """
        sql = "SELECT contact_id, MAX(at) AS at FROM touchpoints WHERE direction = 'out'"
        params: tuple = ()
        if exclude_campaign is not None:
            sql += " AND campaign != ?"
            params = (exclude_campaign,)
        rows = self.ledger._query(sql + " GROUP BY contact_id", params)
        return {r["contact_id"]: from_db_time(r["at"]) for r in rows}

    def last_reached_by(self, *, exclude_campaign: str | None = None
                        ) -> dict[int, tuple[datetime, str]]:
        """Like :meth:`last_out`, with who on the team made that last touch point."""
        sql = """SELECT t.contact_id, t.at, t.member FROM touchpoints t
                 JOIN (SELECT contact_id, MAX(at) AS at FROM touchpoints WHERE direction = 'out'
                       {extra} GROUP BY contact_id) l
                   ON l.contact_id = t.contact_id AND l.at = t.at
                 WHERE t.direction = 'out' {extra}"""
        extra = "AND campaign != ?" if exclude_campaign is not None else ""
        params = (exclude_campaign, exclude_campaign) if extra else ()
        out: dict[int, tuple[datetime, str]] = {}
        for contact_id, at, member in self.ledger._query(sql.format(extra=extra), params):
            out[contact_id] = (from_db_time(at), member or out.get(contact_id, (None, ""))[1])
        return out

    def contacts_with(self, *, platform: str, kinds: Iterable[str], direction: str,
                      since: datetime | None = None) -> set[int]:
        sql, params = self._where(platform, kinds, direction, since, None)
        rows = self.ledger._query(f"SELECT DISTINCT contact_id FROM touchpoints {sql}", params)
        return {r[0] for r in rows}

    def started_by_them(self, *, platform: str, kinds: Iterable[str]) -> set[int]:
        """People whose conversation with the user on ``platform`` they began (first is ``in``)."""
        kinds = list(kinds)
        marks = ",".join("?" * len(kinds))
        rows = self.ledger._query(
            f"""SELECT t.contact_id FROM touchpoints t
                WHERE t.platform = ? AND t.kind IN ({marks}) AND t.direction = 'in'
                AND t.at = (SELECT MIN(u.at) FROM touchpoints u WHERE u.contact_id = t.contact_id
                            AND u.platform = t.platform AND u.kind IN ({marks}))
                AND NOT EXISTS (SELECT 1 FROM touchpoints o WHERE o.contact_id = t.contact_id
                            AND o.platform = t.platform AND o.kind IN ({marks})
                            AND o.direction = 'out' AND o.at <= t.at)""",
            (platform, *kinds, *kinds, *kinds))
        return {r[0] for r in rows}

    @staticmethod
    def _where(platform=None, kinds=None, direction=None, since=None, contact_ids=None,
               member=None):
        clauses, params = [], []
        if member is not None:
            clauses.append("member = ?")
            params.append(member)
        if platform:
            clauses.append("platform = ?")
            params.append(platform)
        if kinds:
            kinds = list(kinds)
            clauses.append(f"kind IN ({','.join('?' * len(kinds))})")
            params += kinds
        if direction:
            clauses.append("direction = ?")
            params.append(direction)
        if since is not None:
            clauses.append("at >= ?")
            params.append(to_db_time(since))
        if contact_ids is not None:
            ids = list(contact_ids)
            clauses.append(f"contact_id IN ({','.join('?' * len(ids)) or 'NULL'})")
            params += ids
        return ("WHERE " + " AND ".join(clauses) if clauses else ""), params

    @staticmethod
    def _build(r) -> TouchPoint:
        return TouchPoint(
            id=r["id"], contact_id=r["contact_id"], platform=r["platform"], kind=r["kind"],
            direction=r["direction"], at=from_db_time(r["at"]), status=r["status"],
            text=r["text"], subject=r["subject"], external_id=r["external_id"],
            source=r["source"], campaign=r["campaign"], step=r["step"], draft_id=r["draft_id"],
            member=r["member"],
        )
