"""The two places a ledger can live: a SQLite file (one person) or PostgreSQL (a team).

The stores write their SQL once, in SQLite's dialect with ``?`` placeholders. Each backend
is a small connection object with the same five operations (``execute``, ``executemany``,
``begin``, ``commit``, ``rollback``); the PostgreSQL one rewrites what differs, once per
statement text (cached): placeholders, ``INSERT OR IGNORE``, ``COLLATE NOCASE``. The few
statements no rewrite can carry (JSON paths, row locks, vacuuming) ask :class:`Dialect`.

psycopg is imported only when a PostgreSQL ledger is opened, so a SQLite workspace never
pays for it.
"""

from __future__ import annotations

import os
import re
import secrets
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import urlsplit, urlunsplit

from ..errors import ConfigError
from ..workspace import make_private_dir, private_umask

BUSY_TIMEOUT_S = 30.0
# Every team member's write transaction that is not a row-level one (imports, merges,
# planning) serializes on this advisory lock, as SQLite writers do on the file; claims
# and outcomes of sends take row locks only, so senders never wait for each other.
WRITE_LOCK_KEY = 0x6F7574726561  # "outrea"
MIGRATE_LOCK_KEY = WRITE_LOCK_KEY + 1


class Dialect:
    """What the stores ask of the SQL dialect where one text cannot serve both."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.postgres = name == "postgresql"

    def json_field(self, column: str, field: str, *, integer: bool = False) -> str:
        """The value of ``field`` in the JSON object in ``column`` (NULL when absent)."""
        if not self.postgres:
            return f"json_extract({column}, '$.{field}')"
        value = f"({column}::jsonb ->> '{field}')"
        if not integer:
            return value
        return f"(CASE WHEN {value} ~ '^-?[0-9]{{1,18}}$' THEN CAST({value} AS BIGINT) END)"

    def json_values(self, placeholder: str = "?") -> str:
        """A table of the values of the JSON array bound to ``placeholder`` (column ``value``)."""
        if not self.postgres:
            return f"json_each({placeholder})"
        return f"jsonb_array_elements_text(CAST({placeholder} AS jsonb)) AS j(value)"

    def json_array_length(self, column: str, field: str) -> str:
        if not self.postgres:
            return f"json_array_length({column}, '$.{field}')"
        return f"jsonb_array_length({column}::jsonb -> '{field}')"

    @property
    def skip_locked(self) -> str:
        """Appended to a SELECT that claims a row: others' claimed rows are passed over."""
        return " FOR UPDATE SKIP LOCKED" if self.postgres else ""

    def skip_locked_of(self, alias: str) -> str:
        """:attr:`skip_locked` for a join: only the rows of ``alias`` are claimed."""
        return f" FOR UPDATE OF {alias} SKIP LOCKED" if self.postgres else ""

    @property
    def for_update(self) -> str:
        """Appended to a SELECT whose rows the transaction decides on: others wait for it
        (SQLite's writers already take turns on the whole file)."""
        return " FOR UPDATE" if self.postgres else ""


def is_postgres_url(location: str | os.PathLike) -> bool:
    return isinstance(location, str) and location.split(":", 1)[0] in (
        "postgresql", "postgres")


def redact_url(url: str) -> str:
    """The URL without its password, for messages and `ledger status`."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    userinfo = (parts.username or "") + ":***"
    return urlunsplit(parts._replace(netloc=f"{userinfo}@{netloc[-1]}"))


# --- SQLite -------------------------------------------------------------------------


class SqliteConnection:
    dialect = Dialect("sqlite")

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        make_private_dir(self.path.parent)
        with private_umask():
            if not self.path.exists():
                os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600))
            try:
                raw = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                      check_same_thread=False)
                raw.row_factory = sqlite3.Row
                raw.execute("PRAGMA journal_mode=WAL")
                raw.execute("PRAGMA synchronous=FULL")
                raw.execute("PRAGMA foreign_keys=ON")
                raw.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
            except sqlite3.DatabaseError as exc:
                raise ConfigError(
                    f"{self.path} is not a usable ledger: {exc}",
                    "Point --home at another workspace or restore the file from a backup.",
                ) from exc
        self.raw = raw
        # The hot path: no wrapper between the stores and sqlite3.
        self.execute = raw.execute
        self.executemany = raw.executemany
        self.describe = str(self.path)

    def begin(self, *, exclusive: bool = True) -> None:
        # SQLite has one writer at a time either way; IMMEDIATE takes the lock up front so
        # a transaction never fails half-way on "database is locked".
        self.raw.execute("BEGIN IMMEDIATE")

    def begin_snapshot(self) -> None:
        self.raw.execute("BEGIN")  # deferred: WAL readers see the moment of the first read

    def commit(self) -> None:
        self.raw.execute("COMMIT")

    def rollback(self) -> None:
        self.raw.execute("ROLLBACK")

    def run_script(self, script: str) -> None:
        for statement in split_sqlite_script(script):
            self.raw.execute(statement)

    def close(self) -> None:
        self.raw.close()


def split_sqlite_script(script: str) -> list[str]:
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


# --- PostgreSQL ---------------------------------------------------------------------


class PgRow:
    """A result row read like :class:`sqlite3.Row`: by index, by column name, ``keys()``."""

    __slots__ = ("_values", "_index")

    def __init__(self, values: tuple, index: dict[str, int]) -> None:
        self._values = values
        self._index = index

    def __getitem__(self, key):
        if isinstance(key, str):
            return self._values[self._index[key]]
        return self._values[key]

    def keys(self) -> list[str]:
        return list(self._index)

    def __iter__(self):
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other) -> bool:
        return tuple(self) == tuple(other)

    def __repr__(self) -> str:
        return f"PgRow({dict(zip(self._index, self._values))!r})"


def _row_factory(cursor):
    index = {d.name: i for i, d in enumerate(cursor.description or ())}
    return lambda values: PgRow(tuple(values), index)


_LITERAL_OR_MARK = re.compile(r"'(?:[^']|'')*'|\?|%")
_INSERT_OR_IGNORE = re.compile(r"\bINSERT\s+OR\s+IGNORE\s+INTO\b", re.I)
_RETURNING = re.compile(r"\sRETURNING\s", re.I)
_NOCASE = re.compile(r"([\w.]+)\s*=\s*\?\s*COLLATE\s+NOCASE", re.I)


@lru_cache(maxsize=1024)
def to_postgres(sql: str) -> tuple[str, bool]:
    """``sql`` in PostgreSQL's dialect, and whether it takes parameters."""
    sql = _NOCASE.sub(r"lower(\1) = lower(?)", sql)
    if _INSERT_OR_IGNORE.search(sql):
        sql = _INSERT_OR_IGNORE.sub("INSERT INTO", sql).rstrip().rstrip(";")
        returning = _RETURNING.search(sql)
        if returning:
            sql = (f"{sql[:returning.start()]} ON CONFLICT DO NOTHING"
                   f"{sql[returning.start():]}")
        else:
            sql += " ON CONFLICT DO NOTHING"
    has_params = "?" in sql

    def swap(match: re.Match) -> str:
        token = match.group(0)
        if token == "?":
            return "%s"
        if token == "%":
            return "%%" if has_params else "%"
        return token.replace("%", "%%") if has_params else token

    return _LITERAL_OR_MARK.sub(swap, sql), has_params


class PgConnection:
    """One psycopg connection in autocommit mode; transactions are explicit BEGIN/COMMIT."""

    dialect = Dialect("postgresql")

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as exc:  # pragma: no cover - a dependency of the package
            raise ConfigError("a PostgreSQL ledger needs psycopg 3",
                              "pip install 'psycopg[binary]'") from exc
        self.describe = redact_url(url)
        password = _keyring_password(url)
        try:
            conn = psycopg.connect(url, autocommit=True, row_factory=_row_factory,
                                   connect_timeout=10, application_name="outreach",
                                   **({"password": password} if password else {}))
        except psycopg.Error as exc:
            raise ConfigError(
                f"cannot open the PostgreSQL ledger {self.describe}: "
                f"{str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__}",
                "Check [ledger] url (or OUTREACH_LEDGER_URL), that the server runs, and the "
                "password (PGPASSWORD, ~/.pgpass or the keyring).") from None
        _adapt(conn)
        self.raw = conn
        # A token only this connection holds (a session advisory lock): rows it claims
        # carry it, so another sender can tell a live claim from one a dead process left.
        self.claim_token = secrets.randbits(62) + 1
        conn.execute("SELECT pg_advisory_lock(%s)", (self.claim_token,))

    def execute(self, sql: str, params: Any = ()):
        text, has_params = to_postgres(sql)
        return self.raw.execute(text, tuple(params) if has_params else None)

    def executemany(self, sql: str, rows: Iterable[Any]):
        text, _ = to_postgres(sql)
        cursor = self.raw.cursor()
        cursor.executemany(text, [tuple(r) for r in rows])
        return cursor

    def begin(self, *, exclusive: bool = True) -> None:
        self.raw.execute("BEGIN")
        if exclusive:
            self.raw.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))

    def begin_snapshot(self) -> None:
        self.raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")

    def commit(self) -> None:
        self.raw.execute("COMMIT")

    def rollback(self) -> None:
        self.raw.execute("ROLLBACK")

    def run_script(self, script: str) -> None:
        self.raw.execute(script)  # several statements, no parameters: one round trip

    def claim_alive(self, token: int) -> bool:
        """True while the connection holding ``token`` is open (its process alive)."""
        if token == self.claim_token:
            return True
        got = self.raw.execute("SELECT pg_try_advisory_lock(%s)", (token,)).fetchone()[0]
        if got:
            self.raw.execute("SELECT pg_advisory_unlock(%s)", (token,))
        return not got

    def close(self) -> None:
        self.raw.close()


def _adapt(conn) -> None:
    """Python values as SQLite stored them: booleans as 0/1, NUMERIC read as float."""
    from psycopg.adapt import Dumper
    from psycopg.types.numeric import FloatLoader

    class BoolAsInt(Dumper):
        oid = conn.adapters.types["int4"].oid

        def dump(self, obj):
            return b"1" if obj else b"0"

    conn.adapters.register_dumper(bool, BoolAsInt)
    conn.adapters.register_loader("numeric", FloatLoader)


def _keyring_password(url: str) -> str | None:
    """The password from the keyring (service ``outreach-orchestrator``, user
    ``ledger:USER@HOST``) when the URL has none; libpq's own sources (PGPASSWORD,
    ~/.pgpass) are used by psycopg otherwise."""
    parts = urlsplit(url)
    if parts.password is not None or os.environ.get("PGPASSWORD"):
        return None
    from .. import secrets as vault

    password = vault.from_keyring(f"ledger:{parts.username or ''}@{parts.hostname or ''}")
    vault.remember(password)  # masked wherever it could be printed
    return password


def connect(location: str | os.PathLike):
    if is_postgres_url(location):
        return PgConnection(str(location))
    if isinstance(location, str) and location.startswith("sqlite:"):
        location = location[len("sqlite:"):]
    return SqliteConnection(Path(location))


def unavailable(exc: BaseException):
    """The clear error for a ledger that could not be used mid-command, or None: a SQLite
    file another process kept locked past the busy timeout, a PostgreSQL server that went
    away or refused. Anything else stays what it is (a bug)."""
    from ..errors import ServiceError, WorkspaceBusy

    if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
        return WorkspaceBusy(
            f"the ledger stayed locked by another outreach command for {BUSY_TIMEOUT_S:.0f} s "
            "(a long import, send or compact); nothing of this command was written",
            "Run it again once the other command has finished.")
    module = type(exc).__module__ or ""
    if module.startswith("psycopg") and type(exc).__name__ in (
            "OperationalError", "InterfaceError", "AdminShutdown", "ConnectionTimeout"):
        return ServiceError(
            f"lost the PostgreSQL ledger mid-command: {str(exc).strip().splitlines()[0]}",
            "Nothing is half-written (each change is one transaction); check the server "
            "and run the command again.")
    return None

