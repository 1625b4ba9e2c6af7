"""Cron schedules with a time zone: when a campaign is due, and which run is the latest.

``outreach run --due`` runs the *latest* scheduled time not run yet, once: a machine that
was off for three Mondays runs one catch-up, not three.
"""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..errors import CampaignError


def _zone(name: str, where: str = "") -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise CampaignError(f"{where}: unknown time zone {name!r}".lstrip(": "),
                            'Use an IANA name such as "Europe/Dublin".') from None


def validate_schedule(expr: str, tz: str, where: str = "") -> None:
    from croniter import croniter

    _zone(tz, where)
    if not croniter.is_valid(expr):
        raise CampaignError(f"{where}: invalid cron schedule {expr!r}".lstrip(": "),
                            'Use five fields, e.g. "0 9 * * MON" for Mondays at 09:00.')


def latest_due(expr: str, tz: str, now: datetime) -> datetime:
    """The most recent scheduled time at or before ``now`` (returned in UTC)."""
    from croniter import croniter

    minute = now.astimezone(_zone(tz)).replace(second=0, microsecond=0)
    if croniter.match(expr, minute):
        return minute.astimezone(timezone.utc)
    return croniter(expr, minute).get_prev(datetime).astimezone(timezone.utc)


def next_run(expr: str, tz: str, now: datetime) -> datetime:
    from croniter import croniter

    local_now = now.astimezone(_zone(tz))
    return croniter(expr, local_now).get_next(datetime).astimezone(timezone.utc)
