"""The date and time formats LinkedIn exports write, parsed to timezone-aware UTC.

Every format comes from real exports (``docs/platform-rules.md`` section 1c):

=========================== ========================== ===================================
``09 Sep 2022``             Connections.csv, 2019-     date only: UTC midnight
``18-Jun-24``               Connections.csv re-saved   date only: UTC midnight
                            by a spreadsheet
``1/8/18, 6:14 PM``         Connections.csv (2018),    month/day/2-digit year, 12-hour clock
                            Invitations.csv, 2018
                            Messages.csv
``2026-02-10 20:33:10 UTC`` messages.csv, 2019-        UTC
=========================== ========================== ===================================

Formats never overlap, so one parser serves every column. It is written with regular
expressions and a fixed English month table rather than ``strptime``, whose ``%b`` follows
the process locale. Two-digit years are 20xx: LinkedIn was founded in 2003. The time zone of
``Sent At`` is not documented (docs/platform-rules.md 1c, "unconfirmed"); it is read as UTC like the
other columns.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

FORMATS = ("09 Sep 2022", "18-Jun-24", "1/8/18, 6:14 PM", "2026-02-10 20:33:10 UTC")

_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}

_DAY_MON_YEAR = re.compile(r"(\d{1,2}) ([A-Za-z]{3}) (\d{4})")
_DAY_MON_YY = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{2}|\d{4})")
_US_CLOCK = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4}),? (\d{1,2}):(\d{2}) ?([AaPp][Mm])")
_ISO_UTC = re.compile(r"(\d{4})[-/](\d{2})[-/](\d{2}) (\d{2}):(\d{2}):(\d{2}) UTC")


def parse_datetime(value: str) -> datetime:
    """``value`` as an aware UTC datetime; ``ValueError`` naming the accepted formats."""
    # Some platforms format times with a (narrow) no-break space before AM/PM.
    text = " ".join(value.replace("\u202f", " ").replace("\xa0", " ").split())
    try:
        parsed = _parse(text)
    except ValueError:
        parsed = None  # e.g. 31 Feb: reported below like any other bad value
    if parsed is None:
        raise ValueError(
            f"unrecognised date {value!r}; expected one of: " + ", ".join(FORMATS)
        )
    return parsed


def _parse(text: str) -> datetime | None:
    if m := _DAY_MON_YEAR.fullmatch(text):
        return _date(int(m[3]), _month(m[2]), int(m[1]))
    if m := _DAY_MON_YY.fullmatch(text):
        return _date(_year(m[3]), _month(m[2]), int(m[1]))
    if m := _US_CLOCK.fullmatch(text):
        hour = int(m[4])
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m[6].lower() == "pm" else 0)
        return datetime(_year(m[3]), int(m[1]), int(m[2]), hour, int(m[5]),
                        tzinfo=timezone.utc)
    if m := _ISO_UTC.fullmatch(text):
        return datetime(*(int(g) for g in m.groups()), tzinfo=timezone.utc)
    return None


def _date(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, tzinfo=timezone.utc)


def _month(name: str) -> int:
    try:
        return _MONTHS[name.lower()]
    except KeyError:
        raise ValueError(name) from None


def _year(text: str) -> int:
    return int(text) if len(text) == 4 else 2000 + int(text)
