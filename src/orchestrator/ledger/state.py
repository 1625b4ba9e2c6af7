"""Small keyed state for plugins (sync cursors) and the record of scheduled runs."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from attrs import frozen

from .db import from_db_time, to_db_time

if TYPE_CHECKING:
    from .db import Ledger


@frozen
class Run:
    """One run of a campaign at one scheduled time (``campaign_runs``).

    ``status``: ``running`` (started; still running, or its process died), ``done``,
    ``failed``, ``partial`` (finished, but left messages to retry after ``retry_at``) or
    ``superseded`` (a newer scheduled run took over what was left).
    """

    campaign: str
    scheduled_for: datetime
    started_at: datetime
    status: str
    origin: str
    plan_id: str | None = None
    finished_at: datetime | None = None
    retry_at: datetime | None = None
    resumes: int = 0


def _run(row) -> Run:
    return Run(campaign=row["campaign"], scheduled_for=from_db_time(row["scheduled_for"]),
               started_at=from_db_time(row["started_at"]), status=row["status"],
               origin=row["origin"], plan_id=row["plan_id"],
               finished_at=from_db_time(row["finished_at"]),
               retry_at=from_db_time(row["retry_at"]), resumes=row["resumes"])


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

    def claim(self, campaign: str, scheduled_for: datetime, origin: str = "manual") -> bool:
        with self.ledger.transaction():
            cur = self.ledger._execute(
                """INSERT OR IGNORE INTO campaign_runs (campaign, scheduled_for, started_at,
                   origin) VALUES (?, ?, ?, ?)""",
                (campaign, to_db_time(scheduled_for), to_db_time(self.ledger.now()), origin))
        return bool(cur.rowcount)

    def attach_plan(self, campaign: str, scheduled_for: datetime, plan_id: str) -> None:
        """Record the run's plan as soon as it exists, so a run that dies can be resumed."""
        with self.ledger.transaction():
            self.ledger._execute(
                "UPDATE campaign_runs SET plan_id = ? WHERE campaign = ? AND scheduled_for = ?",
                (plan_id, campaign, to_db_time(scheduled_for)))

    def finish(self, campaign: str, scheduled_for: datetime, plan_id: str | None,
               status: str = "done", retry_at: datetime | None = None) -> None:
        with self.ledger.transaction():
            self.ledger._execute(
                """UPDATE campaign_runs SET finished_at = ?, plan_id = COALESCE(?, plan_id),
                   status = ?, retry_at = ? WHERE campaign = ? AND scheduled_for = ?""",
                (to_db_time(self.ledger.now()), plan_id, status,
                 to_db_time(retry_at) if retry_at else None, campaign,
                 to_db_time(scheduled_for)))

    def resumable(self, now: datetime) -> list[Run]:
        """Scheduled runs to take up again: ``running`` ones (call this only while holding
        the ``run-due`` lock, so their process is dead) and ``partial`` ones whose retry
        time has come; oldest first."""
        return [_run(r) for r in self.ledger._query(
            """SELECT * FROM campaign_runs WHERE origin = 'due' AND (status = 'running'
               OR (status = 'partial' AND retry_at <= ?)) ORDER BY scheduled_for""",
            (to_db_time(now),))]

    def resume(self, campaign: str, scheduled_for: datetime) -> None:
        """Mark a run ``running`` again (its resumption started)."""
        with self.ledger.transaction():
            self.ledger._execute(
                """UPDATE campaign_runs SET status = 'running', finished_at = NULL,
                   retry_at = NULL, resumes = resumes + 1
                   WHERE campaign = ? AND scheduled_for = ?""",
                (campaign, to_db_time(scheduled_for)))

    def supersede(self, campaign: str, before: datetime) -> int:
        """Close older scheduled runs still waiting to retry: the newer run plans their
        people again (under the same idempotency keys)."""
        with self.ledger.transaction():
            cur = self.ledger._execute(
                """UPDATE campaign_runs SET status = 'superseded' WHERE campaign = ?
                   AND scheduled_for < ? AND origin = 'due' AND status = 'partial'""",
                (campaign, to_db_time(before)))
        return cur.rowcount

    def last(self, campaign: str) -> dict | None:
        row = self.ledger._execute(
            "SELECT * FROM campaign_runs WHERE campaign = ? ORDER BY scheduled_for DESC LIMIT 1",
            (campaign,)).fetchone()
        if row is None:
            return None
        data = dict(row)
        data["scheduled_for"] = from_db_time(data["scheduled_for"])
        return data

    def started_before(self, campaign: str, at: datetime) -> datetime | None:
        """The start of the run before the one started at ``at`` (its ``since``)."""
        row = self.ledger._execute(
            "SELECT MAX(started_at) FROM campaign_runs WHERE campaign = ? AND started_at < ?",
            (campaign, to_db_time(at))).fetchone()
        return from_db_time(row[0]) if row and row[0] else None

    def last_started(self, campaign: str) -> datetime | None:
        """When the campaign last ran (scheduled or by hand): 'since the last run'."""
        row = self.ledger._execute(
            "SELECT MAX(started_at) FROM campaign_runs WHERE campaign = ?", (campaign,)).fetchone()
        return from_db_time(row[0]) if row and row[0] else None
