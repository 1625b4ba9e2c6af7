"""The SQLite connection: WAL, durable commits, private files, ordered migrations.

Every write happens inside :meth:`Ledger.transaction` (``BEGIN IMMEDIATE``), so concurrent
processes serialize on SQLite's write lock instead of failing half-way, and a crash leaves
either the whole transaction or none of it. ``synchronous=FULL`` makes each commit durable:
the delivery runner relies on a ``sending`` mark being on disk before a message leaves.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from ..errors import ConfigError
from ..workspace import make_private_dir, private_umask
from .migrations import MIGRATIONS

BUSY_TIMEOUT_S = 30.0


def to_db_time(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).isoformat(timespec="microseconds")


def from_db_time(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value)


class Ledger:
    """One workspace's ledger. Cheap to open; one connection per instance."""

    def __init__(self, path: Path, *, clock=None, verdict_codec=None) -> None:
        self.path = Path(path)
        self._clock = clock
        # How plans store policy verdicts (see plans.VerdictCodec); given by the App.
        self.verdict_codec = verdict_codec
        self._depth = 0
        self._lock = threading.RLock()
        self._event_sink = None
        self._pending_events: list[tuple[str, dict, datetime]] = []
        self._conn = self._connect()
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

    # --- connection -----------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        make_private_dir(self.path.parent)
        with private_umask():
            if not self.path.exists():
                os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600))
            try:
                conn = sqlite3.connect(
                    self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                    check_same_thread=False,
                )
                conn.row_factory = sqlite3.Row
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=FULL")
                conn.execute("PRAGMA foreign_keys=ON")
                conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
            except sqlite3.DatabaseError as exc:
                raise ConfigError(
                    f"{self.path} is not a usable ledger: {exc}",
                    "Point --home at another workspace or restore the file from a backup.",
                ) from exc
        return conn

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> "Ledger":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def migrate(self) -> list[str]:
        """Apply pending migrations in order; returns the names applied."""
        with self.transaction():
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
            )
            done = {r[0] for r in self._conn.execute("SELECT name FROM _migrations")}
            applied = []
            for name, sql in MIGRATIONS:
                if name in done:
                    continue
                for statement in _split_sql(sql):
                    self._conn.execute(statement)
                self._conn.execute(
                    "INSERT INTO _migrations VALUES (?, ?)", (name, to_db_time(self.now()))
                )
                applied.append(name)
        known = {name for name, _ in MIGRATIONS}
        newer = done - known
        if newer:
            raise ConfigError(
                f"{self.path} was written by a newer version (migrations {sorted(newer)})",
                "Upgrade outreach-orchestrator.",
            )
        return applied

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction; nested calls join the outer one."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self._conn
                finally:
                    self._depth -= 1
                return
            self._conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self._conn
            except BaseException:
                self._depth = 0
                self._pending_events.clear()
                self._conn.execute("ROLLBACK")
                raise
            else:
                self._depth = 0
                self._conn.execute("COMMIT")
                self._dispatch_events()

    def _execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        return self._conn.execute(sql, params)

    def _query(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        return self._conn.execute(sql, params).fetchall()

    # --- time and events ------------------------------------------------------------

    def now(self) -> datetime:
        return self._clock() if self._clock else datetime.now(timezone.utc)

    def set_event_sink(self, sink) -> None:
        """``sink(name, payload, at)`` is called after each event is recorded (plugin hook)."""
        self._event_sink = sink

    def event(self, name: str, payload: dict[str, Any]) -> None:
        at = self.now()
        self._conn.execute(
            "INSERT INTO events (name, payload, at) VALUES (?, ?, ?)",
            (name, json.dumps(payload, sort_keys=True, default=str), to_db_time(at)),
        )
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


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    statements, current = [], []
    for line in script.strip().splitlines():
        current.append(line)
        joined = "\n".join(current).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            statements.append(joined)
            current = []
    if "\n".join(current).strip():
        statements.append("\n".join(current).strip())
    return statements
