"""Erasure (GDPR Art. 17): a person removed from every table, and from the files.

:meth:`ErasureStore.erase` deletes the contact (and the contacts merged into it), its
identities, touch points, link proposals, never-merge rules, drafts, deliveries,
suppressions and the event-log entries about them, in one transaction. The connection
runs with ``PRAGMA secure_delete`` so freed cells are zeroed, and afterwards the database is
vacuumed and the WAL checkpointed and truncated, so no byte of the person stays in
``ledger.db`` or ``ledger.db-wal``.

What remains is a keyed hash (HMAC-SHA256) of each identity the person had, in ``erased``:
enough to recognise them when an import or a sync brings them again (the record is dropped
and counted as *suppressed*), useless to tell who they were without the key. The key lives
in the workspace (``erasure.key``, 0600), not in the ledger, so a copy of the ledger alone
cannot be searched for a guessed address.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from typing import TYPE_CHECKING, Iterable

from ..model import Identity
from .db import to_db_time

if TYPE_CHECKING:
    from .db import Ledger

KEY_FILE = "erasure.key"


class ErasureStore:
    def __init__(self, ledger: "Ledger") -> None:
        self.ledger = ledger
        self._key: bytes | None = None
        self._any: bool | None = None

    # --- the keyed hash -------------------------------------------------------------

    def _secret(self) -> bytes:
        if self._key is None and self.ledger.postgres:
            self._key = self._shared_secret()
        if self._key is None:
            path = self.ledger.path.parent / KEY_FILE
            try:
                self._key = bytes.fromhex(path.read_text().strip())
            except FileNotFoundError:
                key = secrets.token_hex(32)
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "w") as fh:
                    fh.write(key + "\n")
                self._key = bytes.fromhex(key)
        return self._key

    def _shared_secret(self) -> bytes:
        """A team's key lives in the shared ledger: every member's workspace must
        recognise a person any member erased."""
        with self.ledger.transaction():
            self.ledger._execute("INSERT INTO erasure_key (id, key) VALUES (1, ?) "
                                 "ON CONFLICT (id) DO NOTHING", (secrets.token_hex(32),))
            row = self.ledger._execute("SELECT key FROM erasure_key WHERE id = 1").fetchone()
        return bytes.fromhex(row[0])

    def digest(self, platform: str, key: str) -> str:
        return hmac.new(self._secret(), f"{platform}\x1f{key}".encode(),
                        hashlib.sha256).hexdigest()

    def is_erased(self, identities: Iterable[Identity]) -> bool:
        """True when any of ``identities`` belonged to an erased person."""
        if self._any is None:
            self._any = self.ledger._execute("SELECT 1 FROM erased LIMIT 1").fetchone() is not None
        if not self._any:  # the common case: no hashing, no key file
            return False
        digests = [self.digest(i.platform, i.key) for i in identities]
        marks = ",".join("?" * len(digests))
        return self.ledger._execute(
            f"SELECT 1 FROM erased WHERE digest IN ({marks}) LIMIT 1", digests
        ).fetchone() is not None

    def count(self) -> int:
        return self.ledger._execute("SELECT COUNT(*) FROM erased").fetchone()[0]

    # --- erasing --------------------------------------------------------------------

    def erase(self, contact_id: int) -> dict[str, int]:
        """Remove the person everywhere; returns how many rows of each kind went."""
        contacts = self.ledger.contacts
        ids = contacts.merged_ids(contact_id)
        marks = ",".join("?" * len(ids))
        ex = self.ledger._execute
        idents = [(r["platform"], r["key"]) for r in self.ledger._query(
            f"SELECT platform, key FROM identities WHERE contact_id IN ({marks})", ids)]
        drafts = [r[0] for r in self.ledger._query(
            f"SELECT id FROM drafts WHERE contact_id IN ({marks})", ids)]
        deliveries = [r[0] for r in self.ledger._query(
            f"SELECT id FROM deliveries WHERE contact_id IN ({marks})", ids)]
        counts: dict[str, int] = {}
        dialect = self.ledger.dialect
        if not dialect.postgres:
            self.ledger._execute("PRAGMA secure_delete = ON")
        now = to_db_time(self.ledger.now())
        self._secret()  # before the transaction: a new key file is not rolled back
        with self.ledger.transaction():
            ex("DELETE FROM erasing")
            ex(f"INSERT INTO erasing (contact_id) SELECT CAST(value AS BIGINT) FROM "
               f"{dialect.json_values()}", (_json(ids),))
            for platform, key in idents:
                ex("INSERT OR IGNORE INTO erased (digest, created_at) VALUES (?, ?)",
                   (self.digest(platform, key), now))
                counts["suppressions"] = counts.get("suppressions", 0) + ex(
                    "DELETE FROM suppressions WHERE platform = ? AND key = ?",
                    (platform, key)).rowcount
                counts["never_merge"] = counts.get("never_merge", 0) + ex(
                    "DELETE FROM never_merge WHERE (platform_a = ? AND key_a = ?) "
                    "OR (platform_b = ? AND key_b = ?)", (platform, key, platform, key)).rowcount
                ex("DELETE FROM link_proposals WHERE platform = ? AND key = ?", (platform, key))
            # Event-log entries about the person, their drafts or deliveries.
            counts["events"] = ex(
                _events_about(dialect),
                (_json(str(d) for d in deliveries), _json(drafts),
                 _json(f"{p}\x1f{k}" for p, k in idents))).rowcount
            counts["deliveries"] = ex(
                f"DELETE FROM deliveries WHERE contact_id IN ({marks})", ids).rowcount
            counts["drafts"] = ex(f"DELETE FROM drafts WHERE contact_id IN ({marks})",
                                  ids).rowcount
            counts["touchpoints"] = ex(
                f"DELETE FROM touchpoints WHERE contact_id IN ({marks})", ids).rowcount
            ex(f"""DELETE FROM link_proposals WHERE contact_id IN ({marks})
                   OR other_contact_id IN ({marks})""", ids + ids)
            counts["identities"] = ex(
                f"DELETE FROM identities WHERE contact_id IN ({marks})", ids).rowcount
            ex(f"UPDATE contacts SET merged_into = NULL WHERE id IN ({marks})", ids)
            counts["contacts"] = ex(f"DELETE FROM contacts WHERE id IN ({marks})", ids).rowcount
            ex("DELETE FROM erasing")
        self._any = True
        self.scrub()
        if self.ledger.path is not None:  # verdicts quote people (a team keeps none)
            from ..policy.verdict_cache import clear

            clear(self.ledger.path.parent)
        return counts

    def scrub(self) -> bool:
        """Rewrite the file without free pages, then fold and truncate the WAL.

        Returns False when another connection kept the checkpoint from finishing (the
        WAL is then truncated by the next checkpoint that can). On PostgreSQL, VACUUM the
        tables that held the person, so their dead rows' space is reclaimed (the server's
        WAL and backups are the database administrator's to rotate).
        """
        if self.ledger.postgres:
            for table in _ERASED_TABLES:
                self.ledger._execute(f"VACUUM {table}")
            return True
        self.ledger._execute("PRAGMA secure_delete = ON")
        self.ledger._execute("VACUUM")
        busy, _log, _done = self.ledger._execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return not busy


def _json(values) -> str:
    import json

    return json.dumps(list(values))


_ERASED_TABLES = ("contacts", "identities", "touchpoints", "drafts", "deliveries", "events",
                  "link_proposals", "never_merge", "suppressions")


def _events_about(dialect) -> str:
    """Event-log entries about the people in ``erasing``, the deliveries and drafts of the
    first two JSON parameters, or the identities (``platform\\x1fkey``) of the third."""
    def field(name: str, *, integer: bool = False) -> str:
        return dialect.json_field("payload", name, integer=integer)

    people = " OR ".join(f"{field(name, integer=True)} IN (SELECT contact_id FROM erasing)"
                         for name in ("contact_id", "new_contact_id", "kept", "absorbed"))
    delivery = (f"CAST({field('delivery_id')} AS TEXT)" if not dialect.postgres
                else field("delivery_id"))
    return f"""DELETE FROM events WHERE {people}
        OR {delivery} IN (SELECT value FROM {dialect.json_values()})
        OR {field('draft_id')} IN (SELECT value FROM {dialect.json_values()})
        OR (name = 'identity.suppressed' AND {field('platform')} || char_sep || {field('key')}
            IN (SELECT value FROM {dialect.json_values()}))""".replace(
        "char_sep", "char(31)" if not dialect.postgres else "chr(31)")

