"""X's rate-limit headers, remembered per endpoint so callers can pace themselves.

Every X API v2 response carries ``x-rate-limit-limit``, ``x-rate-limit-remaining`` and
``x-rate-limit-reset`` (Unix epoch seconds) for the endpoint's 15-minute window; some
endpoints add ``x-user-limit-24hour-*`` and ``x-app-limit-24hour-*`` (docs
fundamentals/rate-limits.mdx; node-twitter-api-v2 issues #495, #553; docs/platform-rules.md 2c).
The headers are trusted over any documented constant: limits differ between access levels
and have changed over time.
"""

from __future__ import annotations

import threading
from typing import Mapping

from attrs import frozen


@frozen
class RateLimit:
    limit: int | None
    remaining: int | None
    reset_at: float | None  # Unix epoch seconds


@frozen
class RateLimitInfo:
    """The latest limits X reported for one endpoint (``"GET /2/users/{id}/followers"``)."""

    endpoint: str
    window: RateLimit | None
    user_24h: RateLimit | None = None
    app_24h: RateLimit | None = None
    observed_at: float = 0.0

    @property
    def exhausted(self) -> bool:
        return any(r is not None and r.remaining == 0
                   for r in (self.window, self.user_24h, self.app_24h))

    def reset_at(self) -> float | None:
        """When the binding exhausted window resets (the latest one), else ``None``."""
        resets = [r.reset_at for r in (self.window, self.user_24h, self.app_24h)
                  if r is not None and r.remaining == 0 and r.reset_at is not None]
        return max(resets) if resets else None


def _int(headers: Mapping[str, str], name: str) -> int | None:
    value = headers.get(name)
    try:
        return int(str(value).strip()) if value is not None else None
    except ValueError:
        return None


def _limit(headers: Mapping[str, str], prefix: str) -> RateLimit | None:
    limit = _int(headers, f"{prefix}-limit")
    remaining = _int(headers, f"{prefix}-remaining")
    reset = _int(headers, f"{prefix}-reset")
    if limit is None and remaining is None and reset is None:
        return None
    return RateLimit(limit, remaining, float(reset) if reset is not None else None)


def parse_rate_limit(headers: Mapping[str, str], endpoint: str,
                     now: float) -> RateLimitInfo | None:
    """The limits in ``headers`` (a case-insensitive mapping), or ``None`` if there are none."""
    window = _limit(headers, "x-rate-limit")
    user = _limit(headers, "x-user-limit-24hour")
    app = _limit(headers, "x-app-limit-24hour")
    if window is None and user is None and app is None:
        return None
    return RateLimitInfo(endpoint, window, user, app, observed_at=now)


class RateLimitTracker:
    """The latest :class:`RateLimitInfo` per endpoint; safe to share between threads."""

    def __init__(self) -> None:
        self._latest: dict[str, RateLimitInfo] = {}
        self._lock = threading.Lock()

    def record(self, info: RateLimitInfo | None) -> None:
        if info is not None:
            with self._lock:
                self._latest[info.endpoint] = info

    def get(self, endpoint: str) -> RateLimitInfo | None:
        with self._lock:
            return self._latest.get(endpoint)

    def snapshot(self) -> dict[str, RateLimitInfo]:
        with self._lock:
            return dict(self._latest)
