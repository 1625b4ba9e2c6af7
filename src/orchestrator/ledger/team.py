"""Who works in this ledger: the members of a team and what each has done (``ledger status``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import frozen

from .db import from_db_time

if TYPE_CHECKING:
    from datetime import datetime

    from .db import Ledger


@frozen
class Member:
    """One member (``[sender] member``; '' for what was done before anyone was named)."""

    name: str
    plans: int
    deliveries: int
    touchpoints: int  # outgoing ones: the messages that reached people
    last_active: "datetime | None"

    def as_json(self) -> dict:
        return {"member": self.name, "plans": self.plans, "deliveries": self.deliveries,
                "touchpoints": self.touchpoints,
                "last_active": self.last_active.isoformat() if self.last_active else None}


class TeamStore:
    def __init__(self, ledger: "Ledger") -> None:
        self.ledger = ledger

    def members(self) -> list[Member]:
        """Everyone recorded on a plan, a delivery or an outgoing touch point, by name."""
        rows = self.ledger._query(
            """SELECT member, SUM(plans), SUM(deliveries), SUM(touchpoints), MAX(last_at)
               FROM (SELECT COALESCE(member, '') AS member, COUNT(*) AS plans,
                            0 AS deliveries, 0 AS touchpoints, MAX(created_at) AS last_at
                     FROM plans GROUP BY member
                     UNION ALL
                     SELECT COALESCE(member, ''), 0, COUNT(*), 0, MAX(updated_at)
                     FROM deliveries GROUP BY member
                     UNION ALL
                     SELECT COALESCE(member, ''), 0, 0, COUNT(*), MAX(at)
                     FROM touchpoints WHERE direction = 'out' GROUP BY member) m
               GROUP BY member ORDER BY member""")
        return [Member(r[0], int(r[1]), int(r[2]), int(r[3]),
                       from_db_time(r[4]) if r[4] else None) for r in rows]

    def table_counts(self) -> dict[str, int]:
        """Rows per table, as `ledger migrate` copies and verifies them."""
        from .copying import counts

        return counts(self.ledger)
