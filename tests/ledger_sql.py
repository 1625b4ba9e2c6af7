"""Read a ledger file with plain SQL, for tests that check what is stored (not API)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def rows(path, sql: str, params: tuple = ()) -> list:
    """Rows of ``sql`` on the ledger file at ``path``; given a Ledger, through its own
    connection (a team's PostgreSQL ledger has no file to open)."""
    if not isinstance(path, (str, Path)):
        return path._query(sql, params)
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10) as db:
        db.row_factory = sqlite3.Row
        return db.execute(sql, params).fetchall()


def write(where, sql: str, params: tuple = ()) -> None:
    """Run one statement outside the ledger's API (tamper tests): on the SQLite file at
    ``where``, or on the PostgreSQL database whose URL it is, as any other client would."""
    if str(where).startswith("postgresql"):
        import psycopg

        with psycopg.connect(str(where), autocommit=True) as db:
            db.execute(sql.replace("?", "%s"), params)
        return
    db = sqlite3.connect(where, timeout=10)
    try:
        with db:
            db.execute(sql, params)
    finally:
        db.close()
