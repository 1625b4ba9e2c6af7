"""``outreach_before_plan``: a scheduled run syncs X before it plans the week.

When a campaign reads an X audience source (``[audience] source`` or a step's ``source``
starting with ``twitter:``), its followers must be fresh when the plan is drawn up. So,
before planning, the sync runs - unless:

* it is a dry run: nothing may be written and the network is off limits (hookspecs.py);
* ``[twitter] sync_before_plan = false`` in ``config.toml``;
* nobody is logged in (no token in the environment or keyring): planning goes on with what
  the ledger has, and one line says so.

A failing sync (X down, a rate limit too far away) is reported in one line and planning
goes on with what the ledger has: every page the sync committed is kept, and the next sync
resumes from its cursor.

``outreach run`` and ``run --due`` sync X before planning any campaign (the core's sync
hook: :func:`sync_for_run`), so replies by DM stop a campaign whatever its source; the
before-plan sync of that same run then does not go to X a second time.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from orchestrator.api import OutreachError

from .progress import Countdown

if TYPE_CHECKING:
    from orchestrator.api import Campaign, PluginContext

PREFIX = "twitter:"
# Workspaces this process synced for a run, and when (time.monotonic()): the next
# before-plan sync there is skipped once, if it comes within FRESH_S.
_RUN_SYNCED: dict[str, float] = {}
FRESH_S = 300.0


def uses_x_source(campaign: "Campaign") -> bool:
    sources = [campaign.audience.source, *(s.source for s in campaign.steps)]
    return any(s and s.startswith(PREFIX) for s in sources)


def before_plan(context: "PluginContext", campaign: "Campaign", dry_run: bool) -> None:
    if dry_run or context.dry_run or not uses_x_source(campaign):
        return
    settings = context.settings
    if not settings.get("sync_before_plan", True) or _fresh(context):
        return
    from . import connect

    if not connect.logged_in():
        context.log(f"warning: not logged in to X; {campaign.name} is planned from the last "
                    "X sync (`outreach twitter login`, then `outreach twitter sync`)")
        return
    from .sync import sync

    try:
        with connect.open_client(settings, on_wait=Countdown(
                lambda text: print(text, end="", file=sys.stderr))) as client:
            summary = sync(context, client)
    except OutreachError as exc:
        context.log(f"warning: X sync before planning {campaign.name} failed "
                    f"({exc.message}); planning with what the ledger has")
        return
    context.log(f"X sync: {summary.followers_seen} followers seen, "
                f"{summary.followers_new} new, {summary.dm_events_new} new DM events")


def _fresh(context: "PluginContext") -> bool:
    """Whether this run synced X a moment ago (consumed: a later plan syncs again)."""
    at = _RUN_SYNCED.pop(str(context.home), None)
    return at is not None and time.monotonic() - at < FRESH_S


def sync_for_run(context: "PluginContext") -> str | None:
    """The core's sync before a run: ``None`` when not logged in or switched off."""
    if not context.settings.get("sync_before_plan", True):
        return None
    from . import connect

    if not connect.logged_in():
        return None
    from .sync import sync

    with connect.open_client(context.settings, on_wait=Countdown(
            lambda text: print(text, end="", file=sys.stderr))) as client:
        summary = sync(context, client)
    _RUN_SYNCED[str(context.home)] = time.monotonic()
    return (f"X sync: {summary.followers_seen} followers seen, {summary.followers_new} new, "
            f"{summary.dm_events_new} new DM events")
