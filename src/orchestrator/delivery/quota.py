"""Quotas and pacing from channel manifests, counted from the ledger.

Counting from the ledger (not from memory) makes a quota hold across processes and runs:
everything the user sent on the platform counts, including touch points imported from a
platform export (invitations sent by hand on LinkedIn), plus deliveries still in flight
(queued for the human, sending, or of unknown outcome). API rate limits (quotas with
``modes=("api",)``) count only automated sends.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Mapping

from ..channels import ChannelManifest, Quota

if TYPE_CHECKING:
    from ..ledger import Ledger


def effective_limit(quota: Quota, settings: Mapping[str, Any],
                    channel: str | None = None) -> int:
    """The quota's limit, or its override in ``settings`` (ConfigError naming the key if
    the override is not a whole number): :func:`orchestrator.settings.quota_limit`."""
    from ..settings import quota_limit

    return quota_limit(quota, settings, channel=channel)


def used(ledger: "Ledger", manifest: ChannelManifest, quota: Quota, since: datetime,
         contact_id: int | None = None) -> int:
    kinds = quota.kinds
    if quota.modes:
        return ledger.deliveries.count_in_flight(
            channel=manifest.name, since=since, kinds=kinds, modes=quota.modes,
            states=("sending", "sent", "unknown"), contact_id=contact_id,
            member=ledger.account_member)
    # On a team's shared ledger each member sends from their own accounts: their quota
    # counts their own messages (account_member), on SQLite everything in the ledger.
    history = ledger.touchpoints.count(
        platform=manifest.platform, kinds=kinds or None, direction="out", since=since,
        contact_ids=[contact_id] if contact_id is not None else None,
        member=ledger.account_member)
    in_flight = ledger.deliveries.count_in_flight(
        channel=manifest.name, since=since, kinds=kinds, contact_id=contact_id,
        member=ledger.account_member)
    return history + in_flight


def pacing_delay(ledger: "Ledger", manifest: ChannelManifest, now: datetime) -> timedelta:
    """How long to wait before the next automated send on this channel."""
    if not manifest.min_interval:
        return timedelta()
    last = ledger.deliveries.last_automated_at(manifest.name, member=ledger.account_member)
    if last is None:
        return timedelta()
    return max(timedelta(), manifest.min_interval - (now - last))


class QuotaTracker:
    """Quota counts for one run: read from the ledger once, then kept up to date in memory.

    A run holds the workspace's send lock, so nothing else changes the counts meanwhile
    (``confirm`` and ``deliveries resolve`` take the same lock); counting each quota once
    instead of once per message is what keeps the hot path to its durable writes. Counts
    only grow during a run: an old send that leaves a window mid-run still counts until the
    next run, which can hold a message back a little early but never lets a window exceed
    its cap.
    """

    def __init__(self, ledger: "Ledger") -> None:
        self._ledger = ledger
        self._counts: dict[tuple[str, str, int | None], int] = {}

    def _key(self, manifest: ChannelManifest, quota: Quota, contact_id: int):
        return (manifest.name, quota.name, contact_id if quota.scope == "recipient" else None)

    def blocking(self, manifest: ChannelManifest, settings: Mapping[str, Any], *, kind: str,
                 mode: str, contact_id: int, now: datetime) -> str | None:
        for quota in manifest.quotas:
            if not quota.applies_to(kind, mode):
                continue
            key = self._key(manifest, quota, contact_id)
            if key not in self._counts:
                self._counts[key] = used(self._ledger, manifest, quota, now - quota.window,
                                         key[2])
            limit = effective_limit(quota, settings)
            if self._counts[key] >= limit:
                whom = " to this person" if quota.scope == "recipient" else ""
                return f"{quota.name}: {self._counts[key]} of {limit}{whom} already used"
        return None

    def add(self, manifest: ChannelManifest, *, kind: str, mode: str, contact_id: int) -> None:
        """One more message went out, or was handed to the human, on ``manifest``'s channel."""
        for quota in manifest.quotas:
            if quota.applies_to(kind, mode):
                key = self._key(manifest, quota, contact_id)
                if key in self._counts:
                    self._counts[key] += 1
