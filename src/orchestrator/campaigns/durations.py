"""Durations in campaign files: ``90d``, ``2w``, ``12h``, ``30m``, ``1w 3d``."""

from __future__ import annotations

import re
from datetime import timedelta

_PART = re.compile(r"(\d+)\s*([wdhms])")
_UNITS = {"w": "weeks", "d": "days", "h": "hours", "m": "minutes", "s": "seconds"}


def parse_duration(text: str) -> timedelta:
    raw = str(text).strip().lower()
    parts = _PART.findall(raw)
    if not parts or _PART.sub("", raw).strip():
        raise ValueError(f"not a duration: {text!r} (use e.g. 30d, 2w, 12h)")
    total = timedelta()
    for number, unit in parts:
        total += timedelta(**{_UNITS[unit]: int(number)})
    return total


def format_duration(value: timedelta) -> str:
    seconds = int(value.total_seconds())
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
