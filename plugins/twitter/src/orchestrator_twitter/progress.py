"""A visible countdown while the client waits for X's rate-limit window to reset.

The client calls ``on_wait(seconds_left, reason)`` about once a second (client.py). On a
terminal the countdown rewrites one line; in a log (cron, tests) it writes a line when a
wait starts and then about six more, at least ``every`` seconds apart, so a 15-minute wait
does not print 900 lines.
"""

from __future__ import annotations

import math
from typing import Callable


class Countdown:
    def __init__(self, emit: Callable[[str], None], *, live: bool = False,
                 every: float = 30.0) -> None:
        self._emit = emit
        self._live = live
        self._every = every
        self._last: float | None = None
        self._shown: float | None = None
        self._step = every

    def __call__(self, seconds: float, reason: str) -> None:
        starting = self._last is None or seconds > self._last + 0.5
        self._last = seconds
        text = f"{reason}: waiting {math.ceil(seconds)} s for the window to reset"
        if self._live:
            self._emit("\r" + text + " ")
            if seconds <= 1:
                self._emit("\n")
            return
        if starting:
            self._step = max(self._every, seconds / 6)
        if starting or self._shown is None or self._shown - seconds >= self._step:
            self._shown = seconds
            self._emit(text + "\n")
