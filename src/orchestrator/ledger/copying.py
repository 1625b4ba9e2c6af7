"""Copy a whole ledger into an empty one, across backends (``outreach ledger migrate``).

The source is read in one snapshot; the target is written in one transaction that ends
with a row count per table compared with the source's: a copy is whole or it is not made.
Both ledgers are at the same schema version (each ran its named migrations when opened), so
a table's columns are the same on both sides, whatever the dialect.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError

if TYPE_CHECKING:
    from .db import Ledger

# Parents before children (foreign keys); `erasing` only ever holds rows mid-erasure.
TABLES = ("contacts", "identities", "link_proposals", "touchpoints", "plans", "drafts",
          "deliveries", "campaign_runs", "plugin_state", "events", "suppressions",
          "never_merge", "erased")
# Insertion order where a table has no integer key to sort by.
ORDER = {"plans": "rowid", "drafts": "plan_id, seq", "campaign_runs": "campaign, scheduled_for",
         "plugin_state": "namespace, key", "suppressions": "platform, key",
         "never_merge": "platform_a, key_a, platform_b, key_b", "erased": "digest"}
IDENTITY_TABLES = ("contacts", "identities", "link_proposals", "touchpoints", "deliveries",
                   "events")
BATCH = 1000


def columns(ledger: "Ledger", table: str) -> list[str]:
    if ledger.postgres:
        rows = ledger._query(
            """SELECT column_name FROM information_schema.columns WHERE table_name = ?
               AND table_schema = current_schema() AND is_generated = 'NEVER'
               AND identity_generation IS DISTINCT FROM 'ALWAYS' ORDER BY ordinal_position""",
            (table,))
    else:
        rows = ledger._query(f"SELECT name FROM pragma_table_info('{table}') ORDER BY cid")
    return [r[0] for r in rows]


def counts(ledger: "Ledger") -> dict[str, int]:
    return {t: ledger._execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}


def copy_ledger(source: "Ledger", target: "Ledger") -> dict[str, int]:
    """Copy every row of ``source`` into the empty ``target``; returns rows per table."""
    if source.schema_version() != target.schema_version():  # pragma: no cover - same code
        raise InputError("the two ledgers are at different schema versions")
    busy = {t: n for t, n in counts(target).items() if n}
    if busy:
        raise InputError(
            f"{target.describe} is not empty ({', '.join(f'{n} {t}' for t, n in busy.items())})",
            "Migrate into a new, empty database (createdb) or a new file.")
    with source.snapshot(), target.transaction():
        expected = counts(source)
        for table in TABLES:
            cols = columns(target, table)
            missing = set(cols) - set(columns(source, table))
            if missing:  # pragma: no cover - both at one schema version
                raise InputError(f"{source.describe}: {table} lacks {sorted(missing)}")
            _copy_table(source, target, table, cols)
        if target.postgres:  # identity columns continue after the copied ids
            for table in IDENTITY_TABLES:
                target._execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)")
        got = counts(target)
        if got != expected:
            wrong = {t: (expected[t], got[t]) for t in TABLES if expected[t] != got[t]}
            raise InputError(f"the copy does not match the source: {wrong}; nothing was written")
        _copy_erasure_key(source, target)
    return expected


def _copy_table(source: "Ledger", target: "Ledger", table: str, cols: list[str]) -> None:
    order = ORDER.get(table, "id")
    # A contact can be merged into one with a higher id: link them once all rows exist.
    deferred = table == "contacts"
    select = [("NULL AS merged_into" if deferred and c == "merged_into" else c) for c in cols]
    insert = (f"INSERT INTO {table} ({', '.join(cols)}) "
              f"VALUES ({', '.join('?' * len(cols))})")
    cursor = source._execute(f"SELECT {', '.join(select)} FROM {table} ORDER BY {order}")
    while rows := cursor.fetchmany(BATCH):
        target._conn.executemany(insert, [tuple(r) for r in rows])
    if deferred:
        links = source._query("SELECT id, merged_into FROM contacts WHERE merged_into IS NOT NULL")
        target._conn.executemany("UPDATE contacts SET merged_into = ? WHERE id = ?",
                                 [(r[1], r[0]) for r in links])


def _copy_erasure_key(source: "Ledger", target: "Ledger") -> None:
    """The key of the erasure hashes goes with them (a file beside a SQLite ledger, a row
    in a team's): without it, an erased person would come back with the next import."""
    if not source.erasure.count():
        return
    key = source.erasure._secret().hex()
    if target.postgres:  # inside the copy's transaction
        target._execute("INSERT INTO erasure_key (id, key) VALUES (1, ?) ON CONFLICT (id) "
                        "DO UPDATE SET key = excluded.key", (key,))
        return
    path = target.path.parent / "erasure.key"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        if path.read_text().strip() != key:
            raise InputError(f"{path} holds another erasure key",
                             "Migrate into a new, empty folder.") from None
        return
    with os.fdopen(fd, "w") as fh:
        fh.write(key + "\n")


def copy_to_sqlite_file(source: "Ledger", target: Path, *,
                        with_erasure_key: bool = False) -> dict[str, int]:
    """A consistent copy of ``source`` in a new SQLite file (0600), renamed into place;
    ``with_erasure_key`` puts the key of the erasure hashes beside it (a migration; a
    backup leaves it out). Returns rows per table."""
    from .db import Ledger

    key_file = target.parent / "erasure.key"
    if with_erasure_key and source.erasure.count() and key_file.exists() and \
            key_file.read_text().strip() != source.erasure._secret().hex():
        raise InputError(f"{key_file} holds another erasure key",
                         "Migrate into a new, empty folder; nothing was written.")
    tmp_dir = target.parent / f".{target.name}.partial.d"
    shutil.rmtree(tmp_dir, ignore_errors=True)
    tmp_dir.mkdir(mode=0o700)
    try:
        copy = Ledger(tmp_dir / target.name, clock=source.now)
        try:
            counts = copy_ledger(source, copy)
            copy._execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
        os.chmod(tmp_dir / target.name, 0o600)
        if with_erasure_key and (tmp_dir / "erasure.key").exists() and not key_file.exists():
            os.replace(tmp_dir / "erasure.key", key_file)
        os.replace(tmp_dir / target.name, target)
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)
    return counts
