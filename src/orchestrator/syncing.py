"""Before a run plans, every platform that can bring replies in does (email, X).

Plugins register a *sync* (``outreach_register_syncs``): a function of their
:class:`~orchestrator.api.PluginContext` that reads what is new on the platform into the
ledger and returns a one-line summary, or ``None`` when the platform is not set up for it
(no IMAP server in ``config.toml``, not logged in to X). ``outreach run`` and ``outreach run
--due`` call :func:`run_syncs` before planning, so stop-on-reply, ``when = "replied"`` and
the inbox see this morning's answers. A sync that fails is reported in one line and the
run plans with what the ledger has; a dry run syncs nothing (no network, no writes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

from .errors import OutreachError
from .secrets import mask

if TYPE_CHECKING:
    from .app import App


@attrs.frozen
class SyncResult:
    name: str
    status: Literal["synced", "failed"]
    message: str

    def as_json(self) -> dict:
        return {"campaign": None, "status": self.status, "sync": self.name,
                "message": self.message}


def run_syncs(app: "App") -> list[SyncResult]:
    """Run every registered sync that is set up; failures are results, never raised."""
    if app.dry_run:
        return []
    results = []
    for entry in app.plugins.syncs:
        try:
            line = entry.value(app.context(entry.plugin))
        except OutreachError as exc:
            results.append(SyncResult(entry.name, "failed", mask(
                f"{entry.name} sync failed: {exc.message}; planning with what the ledger "
                "has")))
        except Exception as exc:  # a plugin bug must not stop the run
            results.append(SyncResult(entry.name, "failed", mask(
                f"{entry.name} sync failed: {type(exc).__name__}: {exc}; planning with what "
                "the ledger has")))
        else:
            if line:
                results.append(SyncResult(entry.name, "synced", mask(str(line))))
    return results
