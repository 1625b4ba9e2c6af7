"""Small keyed state for plugins (sync cursors) and the record of scheduled runs."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .db import from_db_time, to_db_time

if TYPE_CHECKING:
    from .db import Ledger


class StateStore:
    """Namespaced JSON values, e.g. ``("twitter", "followers.cursor")``."""

    def __init__(self, ledger: "Ledger") -> None:
        self.ledger = ledger

    def get(self, namespace: str, key: str, default: Any = None) -> Any:
        row = self.ledger._execute(
            "SELECT value FROM plugin_state WHERE namespace = ? AND key = ?", (namespace, key)
        ).fetchone()
        return json.loads(row[0]) if row else default

    def set(self, namespace: str, key: str, value: Any) -> None:
        with self.ledger.transaction():
            self.ledger._execute(
                """INSERT INTO plugin_state (namespace, key, value, updated_at) VALUES (?, ?, ?, ?)
                   ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value,
                   updated_at = excluded.updated_at""",
                (namespace, key, json.dumps(value), to_db_time(self.ledger.now())))

    def delete(self, namespace: str, key: str) -> None:
        with self.ledger.transaction():
            self.ledger._execute("DELETE FROM plugin_state WHERE namespace = ? AND key = ?",
                                (namespace, key))


class RunStore:
    """One row per (campaign, scheduled time): claiming it is what makes a run happen once."""

    def __init__(self, ledger: "Ledger") -> None:
        self.ledger = ledger

    def claim(self, campaign: str, scheduled_for: datetime) -> bool:
        with self.ledger.transaction():
            cur = self.ledger._execute(
                """INSERT OR IGNORE INTO campaign_runs (campaign, scheduled_for, started_at)
                   VALUES (?, ?, ?)""",
                (campaign, to_db_time(scheduled_for), to_db_time(self.ledger.now())))
        return bool(cur.rowcount)

    def finish(self, campaign: str, scheduled_for: datetime, plan_id: str | None,
               status: str = "done") -> None:
        with self.ledger.transaction():
            self.ledger._execute(
                """UPDATE campaign_runs SET finished_at = ?, plan_id = ?, status = ?
                   WHERE campaign = ? AND scheduled_for = ?""",
                (to_db_time(self.ledger.now()), plan_id, status, campaign,
                 to_db_time(scheduled_for)))

    def last(self, campaign: str) -> dict | None:
        row = self.ledger._execute(
            "SELECT * FROM campaign_runs WHERE campaign = ? ORDER BY scheduled_for DESC LIMIT 1",
            (campaign,)).fetchone()
        if row is None:
            return None
        data = dict(row)
        data["scheduled_for"] = from_db_time(data["scheduled_for"])
        return data

    def last_started(self, campaign: str) -> datetime | None:
        """When the campaign last ran (scheduled or by hand): 'since the last run'."""
        row = self.ledger._execute(
            "SELECT MAX(started_at) FROM campaign_runs WHERE campaign = ?", (campaign,)).fetchone()
        return from_db_time(row[0]) if row and row[0] else None
