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


def effective_limit(quota: Quota, settings: Mapping[str, Any]) -> int:
    if quota.setting and settings.get(quota.setting) not in (None, ""):
        try:
            return max(0, int(settings[quota.setting]))
        except (TypeError, ValueError):
            return quota.limit
    return quota.limit


def used(ledger: "Ledger", manifest: ChannelManifest, quota: Quota, since: datetime,
         contact_id: int | None = None) -> int:
    kinds = quota.kinds
    if quota.modes:
        return ledger.deliveries.count_in_flight(
            channel=manifest.name, since=since, kinds=kinds, modes=quota.modes,
            states=("sending", "sent", "unknown"), contact_id=contact_id)
    history = ledger.touchpoints.count(
        platform=manifest.platform, kinds=kinds or None, direction="out", since=since,
        contact_ids=[contact_id] if contact_id is not None else None)
    in_flight = ledger.deliveries.count_in_flight(
        channel=manifest.name, since=since, kinds=kinds, contact_id=contact_id)
    return history + in_flight


def blocking_quota(ledger: "Ledger", manifest: ChannelManifest, settings: Mapping[str, Any],
                   *, kind: str, mode: str, contact_id: int, now: datetime) -> str | None:
    """Why one more ``kind`` message in ``mode`` would break a quota, or None."""
    for quota in manifest.quotas:
        if not quota.applies_to(kind, mode):
            continue
        limit = effective_limit(quota, settings)
        scope_id = contact_id if quota.scope == "recipient" else None
        count = used(ledger, manifest, quota, now - quota.window, scope_id)
        if count >= limit:
            whom = " to this person" if quota.scope == "recipient" else ""
            return f"{quota.name}: {count} of {limit}{whom} already used"
    return None


def pacing_delay(ledger: "Ledger", manifest: ChannelManifest, now: datetime) -> timedelta:
    """How long to wait before the next automated send on this channel."""
    if not manifest.min_interval:
        return timedelta()
    row = ledger.execute(
        "SELECT MAX(updated_at) FROM deliveries WHERE channel = ? AND mode = 'api' AND "
        "state IN ('sending', 'sent', 'unknown')", (manifest.name,)).fetchone()
    if not row or not row[0]:
        return timedelta()
    elapsed = now - datetime.fromisoformat(row[0])
    return max(timedelta(), manifest.min_interval - elapsed)
