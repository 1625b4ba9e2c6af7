"""The whole ledger as plain rows (``outreach export``) and as a consistent copy (``backup``).

Rows come in a stable order (by id) with stable columns, so two exports a week apart diff
line by line. Plugin state (sync cursors) and the migration table are not exported: they are
the tool's, not the user's. No secret is ever in the ledger, so none is in an export.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from .db import Ledger

CONTACT_COLUMNS = ("id", "first_name", "last_name", "company", "title", "headline",
                   "location", "notes", "interests", "tags", "opted_out_at", "opt_out_reason",
                   "pinned", "created_at", "updated_at")
IDENTITY_COLUMNS = ("contact_id", "platform", "key", "display", "source", "evidence",
                    "created_at")
TOUCHPOINT_COLUMNS = ("id", "contact_id", "platform", "kind", "direction", "at", "status",
                      "subject", "text", "external_id", "source", "campaign", "step",
                      "draft_id", "member")
PLAN_COLUMNS = ("id", "campaign", "status", "created_at", "member")
DRAFT_COLUMNS = ("id", "plan_id", "seq", "contact_id", "campaign", "step", "channel", "kind",
                 "mode", "recipient_platform", "recipient_key", "subject", "text",
                 "personal_note", "verdict", "status", "updated_at")
DELIVERY_COLUMNS = ("id", "draft_id", "plan_id", "contact_id", "campaign", "step_key",
                    "channel", "kind", "mode", "recipient_key", "state", "attempts",
                    "external_id", "error", "created_at", "updated_at", "finished_at", "member")

TABLES: dict[str, tuple[str, tuple[str, ...], str]] = {
    # name: (SQL table, columns, order)
    "contacts": ("contacts WHERE merged_into IS NULL", CONTACT_COLUMNS, "id"),
    "identities": ("identities", IDENTITY_COLUMNS, "contact_id, platform, key"),
    "touchpoints": ("touchpoints", TOUCHPOINT_COLUMNS, "id"),
    "plans": ("plans", PLAN_COLUMNS, "created_at, id"),
    "drafts": ("drafts", DRAFT_COLUMNS, "plan_id, seq"),
    "deliveries": ("deliveries", DELIVERY_COLUMNS, "id"),
}


class ExportStore:
    def __init__(self, ledger: "Ledger") -> None:
        self.ledger = ledger

    def rows(self, name: str) -> Iterator[dict]:
        table, columns, order = TABLES[name]
        cursor = self.ledger._execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}")
        for row in cursor:
            yield {c: row[c] for c in columns}

    def contacts(self) -> list[dict]:
        """Current contacts, each with its identities (JSON lists decoded)."""
        identities: dict[int, list[dict]] = {}
        for ident in self.rows("identities"):
            identities.setdefault(ident["contact_id"], []).append(
                {k: v for k, v in ident.items() if k != "contact_id"})
        out = []
        for contact in self.rows("contacts"):
            for key in ("interests", "tags", "pinned"):
                contact[key] = json.loads(contact[key])
            contact["identities"] = identities.get(contact["id"], [])
            out.append(contact)
        return out

    def snapshot(self) -> dict[str, list[dict]]:
        """Everything, read in one transaction (one consistent moment)."""
        with self.ledger.snapshot():
            return {"contacts": self.contacts(),
                    **{name: list(self.rows(name))
                       for name in ("touchpoints", "plans", "drafts", "deliveries")},
                    "identities": list(self.rows("identities"))}

    def backup(self, target: Path) -> None:
        """A consistent copy of the ledger (SQLite online backup) at ``target``, 0600.

        Other commands may write meanwhile; the copy is of one moment. Written next to the
        target and renamed into place, so a failed backup never leaves half a file.
        """
        target = Path(target)
        if self.ledger.postgres:  # a team's ledger: copied, in one snapshot, into a file
            from .copying import copy_to_sqlite_file

            copy_to_sqlite_file(self.ledger, target)
            return
        tmp = target.with_name(f".{target.name}.partial")
        if tmp.exists():
            tmp.unlink()
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        try:
            dest = sqlite3.connect(tmp)
            try:
                with self.ledger._lock:
                    self.ledger._conn.raw.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
            os.chmod(tmp, 0o600)
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
