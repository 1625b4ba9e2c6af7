"""Who last reached a person, and how long ago, in words.

A team shares one ledger, so "when did we last write to her" needs a name with it: the
cooldown's reasons, ``contacts show``, the preview and the send summary all say it the
same way ("reached by ana 3 days ago").
"""

from __future__ import annotations

from datetime import datetime


def ago(at: datetime, now: datetime) -> str:
    """``3 days ago``, ``5 hours ago``, ``just now``: how long since a touch, in words."""
    seconds = max(0.0, (now - at).total_seconds())
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            n = int(seconds // size)
            return f"{n} {unit}{'s' if n != 1 else ''} ago"
    return "just now"


def by_whom(member: str, own: str) -> str:
    """``by ana`` for a colleague's touch; ``by you`` for this workspace's (or working alone)."""
    return f"by {member}" if member and member != own else "by you"


def last_reached_words(at: datetime, member: str, own: str, now: datetime) -> str:
    """``last reached by ana 3 days ago (2026-11-30)``."""
    return f"last reached {by_whom(member, own)} {ago(at, now)} ({at:%Y-%m-%d})"
