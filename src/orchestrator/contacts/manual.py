"""What the user records by hand about a person: a touch point from elsewhere, an opt-out.

``outreach contacts log`` records what happened outside the tool - a call, a meeting, a
reply on a platform nothing syncs - so that stop-on-reply, the inbox and the reports see
it like any other touch point. ``outreach contacts opt-out`` stops every channel and
cancels what waits in the hand-send queue for that person.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from ..errors import InputError
from ..model import Delivery, TouchPoint

if TYPE_CHECKING:
    from ..app import App

_WORD = re.compile(r"[a-z][a-z0-9-]{0,39}")
# A touch point from elsewhere has happened; a little clock skew is not the future.
FUTURE_SLACK = timedelta(minutes=5)


def parse_when(value: str, now: datetime) -> datetime:
    """``2026-11-03``, ``2026-11-03 14:30`` or ISO 8601 with an offset; naive means UTC."""
    text = value.strip()
    try:
        at = datetime.fromisoformat(text.replace(" ", "T", 1) if " " in text else text)
    except ValueError:
        raise InputError(f"--at {value!r} is not a date or time",
                         "Write it as 2026-11-03 or 2026-11-03 14:30 (UTC), or ISO 8601 "
                         "with an offset.") from None
    at = at.replace(tzinfo=timezone.utc) if at.tzinfo is None else at.astimezone(timezone.utc)
    if at > now + FUTURE_SLACK:
        raise InputError(f"--at {value!r} is in the future",
                         "Log what already happened; leave --at out for now.")
    return at


def log_touchpoint(app: "App", contact_id: int, *, platform: str, kind: str, direction: str,
                   at: datetime | None = None, text: str = "") -> tuple[int, TouchPoint, bool]:
    """Record one touch point by hand; returns (contact id, touch point, newly recorded)."""
    platform, kind = platform.strip().lower(), kind.strip().lower()
    for label, value in (("--platform", platform), ("--kind", kind)):
        if not _WORD.fullmatch(value):
            raise InputError(f"{label} {value!r} is not a name",
                             "Use a short lowercase word: email, linkedin, phone, meeting; "
                             "message, reply, call, meeting.")
    if direction not in ("in", "out"):
        raise InputError("say --in (they wrote or called) or --out (you did)")
    ledger = app.ledger
    contact = ledger.contacts.get(contact_id)  # NotFound for an unknown id
    now = app.now()
    tp = TouchPoint(platform=platform, kind=kind, direction=direction, at=at or now,
                    status="done", text=text.strip(), source="manual")
    with ledger.transaction():
        added = ledger.touchpoints.record(contact.id, tp, identity_key=f"contact:{contact.id}")
    return contact.id, tp, added


def opt_out(app: "App", contact_id: int, reason: str) -> tuple[bool, list[Delivery]]:
    """Opt the person out on every channel; returns (changed, hand-send items cancelled)."""
    ledger = app.ledger
    ids = ledger.contacts.merged_ids(contact_id)
    before = {d.id for d in ledger.deliveries.for_contacts(ids, states=["waiting"])}
    changed = ledger.contacts.opt_out(contact_id, reason)
    cancelled = [d for d in ledger.deliveries.for_contacts(ids, states=["cancelled"])
                 if d.id in before]
    return changed, cancelled
