"""What planning reads per person, in a few queries per step instead of three per person.

:class:`StepLookups` answers, for one campaign step and its people, the questions the
planner asked one contact at a time (``deliveries.sent_count``, ``deliveries.by_key`` and
``plans.previous_note``): how often the step reached each person and when last, the
delivery holding a given idempotency key, and the last personal note the user wrote for
them. Each answer is the one the per-contact query gives.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from ..model import Delivery
    from .db import Ledger

_REACHED = "('sent', 'unknown', 'waiting', 'sending')"  # as DeliveryStore.sent_count


class StepLookups:
    def __init__(self, ledger: "Ledger", campaign: str, step_key: str) -> None:
        self._ledger = ledger
        self.counts: dict[int, tuple[int, datetime | None]] = {}
        for contact_id, count, last in ledger._query(
                f"""SELECT contact_id, COUNT(*), MAX(finished_at) FROM deliveries
                    WHERE campaign = ? AND step_key = ? AND state IN {_REACHED}
                    GROUP BY contact_id""", (campaign, step_key)):
            self.counts[contact_id] = (count, datetime.fromisoformat(last) if last else None)
        self.notes: dict[int, str] = {}
        for contact_id, note in ledger._query(
                """SELECT contact_id, personal_note FROM drafts WHERE campaign = ?
                   AND step_key = ? AND personal_note != '' ORDER BY updated_at DESC""",
                (campaign, step_key)):
            self.notes.setdefault(contact_id, note)  # the latest, as LIMIT 1 picks
        self._deliveries: dict[str, "Delivery"] = {}
        self._loaded: set[str] = set()

    def sent_count(self, contact_id: int) -> tuple[int, datetime | None]:
        return self.counts.get(contact_id, (0, None))

    def previous_note(self, contact_id: int) -> str:
        return self.notes.get(contact_id, "")

    def load_keys(self, keys: Iterable[str]) -> None:
        """Read the deliveries of ``keys`` at once (500 per query) for :meth:`by_key`."""
        from .deliveries import _record

        wanted = sorted(set(keys) - self._deliveries.keys())
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            for row in self._ledger._query(
                    f"SELECT * FROM deliveries WHERE idempotency_key IN "
                    f"({','.join('?' * len(chunk))})", chunk):
                self._deliveries[row["idempotency_key"]] = _record(row)
        self._loaded.update(wanted)

    def by_key(self, key: str) -> "Delivery | None":
        if key not in self._loaded:
            self.load_keys([key])
        return self._deliveries.get(key)
