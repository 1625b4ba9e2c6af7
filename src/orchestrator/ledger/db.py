"""The ledger: one connection (SQLite file or PostgreSQL), transactions, ordered migrations.

Every write happens inside :meth:`Ledger.transaction`. On SQLite that is ``BEGIN
IMMEDIATE`` with ``synchronous=FULL``: concurrent processes serialize on the write lock
instead of failing half-way, and each commit is durable (the delivery runner relies on a
``sending`` mark being on disk before a message leaves). On PostgreSQL (a team's shared
ledger) writers serialize on an advisory lock in the same way, except the send loop's
claims and outcomes, which lock only their own row (``transaction(row_level=True)``), so
several members sending at once never wait for each other.
"""

from __future__ import annotations

import json
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from ..errors import ConfigError
from .backends import MIGRATE_LOCK_KEY, connect, is_postgres_url
from .migrations import MIGRATIONS, POSTGRES_MIGRATIONS

def to_db_time(value: datetime) -> str:
    if value.tzinfo is timezone.utc:  # the clock's own kind: nothing to convert
        return value.isoformat(timespec="microseconds")
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).isoformat(timespec="microseconds")


def from_db_time(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value)


class Ledger:
    """One workspace's ledger. Cheap to open; one connection per instance.

    ``location`` is the SQLite file, or a ``postgresql://`` URL for a team's shared
    ledger; ``member`` is who this workspace is on the team (recorded with every plan,
    delivery and outgoing touch point)."""

    def __init__(self, location: Path | str, *, clock=None, verdict_codec=None,
                 member: str = "") -> None:
        self.postgres = is_postgres_url(location)
        self.path: Path | None = None if self.postgres else Path(str(location).removeprefix(
            "sqlite:"))
        self.member = member
        self._clock = clock
        # How plans store policy verdicts (see plans.VerdictCodec); given by the App.
        self.verdict_codec = verdict_codec
        self._depth = 0
        self._lock = threading.RLock()
        self._event_sink = None
        self._sink_wanted = None
        self._events_wanted: bool | None = None  # asked once, at the first event
        self._pending_events: list[tuple[str, dict, datetime]] = []
        self._conn = connect(location)
        self.dialect = self._conn.dialect
        self.migrate()
        # Stores are small classes over the same connection, one concern each.
        from .contacts import ContactStore
        from .deliveries import DeliveryStore
        from .erasure import ErasureStore
        from .export import ExportStore
        from .history import HistoryStore
        from .plans import PlanStore
        from .state import RunStore, StateStore
        from .suppressions import SuppressionStore
        from .team import TeamStore
        from .touchpoints import TouchPointStore

        self.contacts = ContactStore(self)
        self.touchpoints = TouchPointStore(self)
        self.plans = PlanStore(self)
        self.deliveries = DeliveryStore(self)
        self.state = StateStore(self)
        self.runs = RunStore(self)
        self.history = HistoryStore(self)
        self.suppressions = SuppressionStore(self)
        self.erasure = ErasureStore(self)
        self.export = ExportStore(self)
        self.team = TeamStore(self)

    @property
    def describe(self) -> str:
        """Where the ledger is, for people (a PostgreSQL URL without its password)."""
        return self._conn.describe

    @property
    def backend(self) -> str:
        return self.dialect.name

    @property
    def account_member(self) -> str | None:
        """Whose messages count against this workspace's quotas: on a shared ledger the
        member's own (each sends from their own accounts); None (everyone's) on SQLite."""
        return self.member if self.postgres else None

    # --- connection -----------------------------------------------------------------

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> "Ledger":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def migrate(self) -> list[str]:
        """Apply pending migrations in order; returns the names applied."""
        if self.postgres:  # two members upgrading at once: one migrates, one waits
            self._conn.execute("SELECT pg_advisory_lock(?)", (MIGRATE_LOCK_KEY,))
        try:
            return self._migrate()
        finally:
            if self.postgres:
                self._conn.execute("SELECT pg_advisory_unlock(?)", (MIGRATE_LOCK_KEY,))

    def _migrate(self) -> list[str]:
        with self.transaction():
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
            )
            done = {r[0] for r in self._conn.execute("SELECT name FROM _migrations")}
            applied = []
            for name, sql in MIGRATIONS:
                if name in done:
                    continue
                self._conn.run_script(POSTGRES_MIGRATIONS[name] if self.postgres else sql)
                self._conn.execute(
                    "INSERT INTO _migrations VALUES (?, ?)", (name, to_db_time(self.now()))
                )
                applied.append(name)
        known = {name for name, _ in MIGRATIONS}
        newer = done - known
        if newer:
            raise ConfigError(
                f"{self.describe} was written by a newer version (migrations {sorted(newer)})",
                "Upgrade outreach-orchestrator.",
            )
        return applied

    def reclaim_space(self) -> None:
        """Give the space of deleted or shrunk rows back: SQLite rewrites the file (VACUUM,
        then truncates the WAL); PostgreSQL marks it reusable (plain VACUUM, no lock)."""
        if self.postgres:
            for table in ("drafts", "deliveries", "plans"):
                self._execute(f"VACUUM {table}")
            return
        self._execute("VACUUM")
        self._execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def schema_version(self) -> str:
        rows = self._query("SELECT name FROM _migrations ORDER BY name")
        return rows[-1][0] if rows else ""

    @contextmanager
    def transaction(self, *, row_level: bool = False) -> Iterator[Any]:
        """A write transaction; nested calls join the outer one.

        ``row_level``: on PostgreSQL, do not take the team-wide write lock (the statements
        inside lock the rows they change, as the send loop's claims do)."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self._conn
                finally:
                    self._depth -= 1
                return
            self._conn.begin(exclusive=not row_level)
            self._depth = 1
            try:
                yield self._conn
            except BaseException:
                self._depth = 0
                self._pending_events.clear()
                self._conn.rollback()
                raise
            else:
                self._depth = 0
                self._conn.commit()
                self._dispatch_events()

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see one consistent moment of the ledger; nothing is written."""
        with self._lock:
            if self._depth:
                yield
                return
            self._conn.begin_snapshot()
            self._depth = 1
            try:
                yield
            finally:
                self._depth = 0
                self._conn.rollback()

    @contextmanager
    def scratch(self) -> Iterator[None]:
        """Everything inside is rolled back at the end (a dry run on a shared ledger)."""
        with self._lock:
            self._conn.begin(exclusive=False)
            self._depth = 1
            try:
                yield
            finally:
                self._depth = 0
                self._pending_events.clear()
                self._conn.rollback()

    def _execute(self, sql: str, params: Any = ()) -> Any:
        return self._conn.execute(sql, params)

    def _query(self, sql: str, params: Any = ()) -> list:
        return self._conn.execute(sql, params).fetchall()

    # --- time and events ------------------------------------------------------------

    def now(self) -> datetime:
        return self._clock() if self._clock else datetime.now(timezone.utc)

    def set_event_sink(self, sink, wanted=None) -> None:
        """``sink(name, payload, at)`` is called after each event is recorded (plugin hook).

        ``wanted()`` says whether anything listens: when nothing does, events are recorded
        but not held for the sink (an import of 100,000 contacts held 100,000 of them).
        """
        self._event_sink = sink
        self._sink_wanted = wanted
        self._events_wanted = None

    def event(self, name: str, payload: dict[str, Any]) -> None:
        at = self.now()
        self._conn.execute(
            "INSERT INTO events (name, payload, at) VALUES (?, ?, ?)",
            (name, json.dumps(payload, sort_keys=True, default=str), to_db_time(at)),
        )
        if self._event_sink is None:
            return
        if self._events_wanted is None:
            self._events_wanted = self._sink_wanted is None or bool(self._sink_wanted())
        if self._events_wanted:
            self._pending_events.append((name, payload, at))
            if not self._depth:
                self._dispatch_events()

    def _dispatch_events(self) -> None:
        """Tell subscribers about events only once they are committed."""
        pending, self._pending_events = self._pending_events, []
        if self._event_sink is not None:
            for name, payload, at in pending:
                self._event_sink(name, payload, at)

    def events(self, limit: int = 50) -> list[dict]:
        rows = self._query("SELECT name, payload, at FROM events ORDER BY id DESC LIMIT ?", (limit,))
        return [{"name": r["name"], "payload": json.loads(r["payload"]), "at": r["at"]} for r in rows]
