"""Suppressed addresses: identities that must not be written to again on their platform.

Opting out is about a person and holds on every channel. A suppression is about one
address: a mailbox that does not exist any more (a permanent bounce) stops that address,
not the person's LinkedIn profile or X account, nor their other email address. It is keyed
by identity, so it holds whoever owns the address now, or later.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from .db import to_db_time

if TYPE_CHECKING:
    from .db import Ledger


class SuppressionStore:
    def __init__(self, ledger: "Ledger") -> None:
        self.ledger = ledger

    def suppress(self, platform: str, key: str, reason: str, source: str = "") -> bool:
        """Suppress ``(platform, key)``; False when it already was."""
        with self.ledger.transaction():
            cur = self.ledger._execute(
                """INSERT OR IGNORE INTO suppressions (platform, key, reason, source, created_at)
                   VALUES (?, ?, ?, ?, ?)""",
                (platform, key, reason, source, to_db_time(self.ledger.now())))
            if cur.rowcount:
                self.ledger.event("identity.suppressed", {"platform": platform, "key": key,
                                                          "reason": reason})
        return bool(cur.rowcount)

    def is_suppressed(self, platform: str, key: str) -> bool:
        return self.ledger._execute(
            "SELECT 1 FROM suppressions WHERE platform = ? AND key = ?",
            (platform, key)).fetchone() is not None

    def reason(self, platform: str, key: str) -> str | None:
        row = self.ledger._execute(
            "SELECT reason FROM suppressions WHERE platform = ? AND key = ?",
            (platform, key)).fetchone()
        return row[0] if row else None

    def keys(self, platforms: Iterable[str] | None = None) -> set[tuple[str, str]]:
        """Every suppressed ``(platform, key)`` (of ``platforms``)."""
        rows = self.ledger._query("SELECT platform, key FROM suppressions")
        wanted = set(platforms) if platforms is not None else None
        return {(r[0], r[1]) for r in rows if wanted is None or r[0] in wanted}
