"""Imported history meets the hand-send queue: a message you sent by hand is one touch point.

A LinkedIn note queued by a plan waits for you to send it and ``outreach confirm`` it. When
the platform's own export (LinkedIn's ``Invitations.csv``, an X sync of your DMs) later
lists that very message, importing it must not add a second touch point - the free-account
quota would count the note twice ("5 of 5" after four notes) - and if you never confirmed
it, the export is the confirmation. So before a record is applied, each of its *outbound*
touch points is matched against the person's hand-sent deliveries (``assisted`` or
``export``) of the same platform and kind:

* a delivery that already carries this touch point's platform id: it was reconciled
  before (a re-import): the touch point is dropped;
* a delivery ``waiting`` for the user, queued before the message was sent: it is confirmed
  with the time and text the export gives (its touch point is the delivery's), and the
  imported one is dropped;
* a delivery confirmed by hand, whose platform id was unknown, within a week of the
  message: it learns the id, and the imported touch point is dropped.

Anything else is new history and is applied as usual. The platform's times can be off by
a time zone (LinkedIn's ``Sent At`` has none), so "queued before" allows a day.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import attrs

from ..ledger.db import from_db_time
from ..model import ContactRecord, Delivery, TouchPoint

if TYPE_CHECKING:
    from ..app import App

CLOCK_SLACK = timedelta(days=1)
CONFIRMED_WINDOW = timedelta(days=7)
HAND_MODES = ("assisted", "export")


def reconcile_record(app: "App", record: ContactRecord, source: str) -> ContactRecord:
    """``record`` without the outbound touch points that are queued or confirmed messages
    (those confirm or complete their delivery instead). Call inside the import's
    transaction."""
    if not any(tp.direction == "out" for tp in record.touchpoints):
        return record
    ledger = app.ledger
    owners = {owner for ident in record.identities
              if (owner := ledger.contacts.by_identity(ident.platform, ident.key)) is not None}
    if not owners:
        return record  # a new person: nothing was queued for them
    people = sorted({cid for owner in owners for cid in ledger.contacts.merged_ids(owner)})
    channels = _channels_by_platform(app)
    taken: set[int] = set()
    kept: list[TouchPoint] = []
    for tp in sorted(record.touchpoints, key=lambda t: t.at):
        if tp.direction != "out" or tp.platform not in channels:
            kept.append(tp)
            continue
        rows = [d for d in ledger.deliveries.for_contacts(
                    people, kind=tp.kind, states=("waiting", "sent"))
                if d.channel in channels[tp.platform] and d.mode in HAND_MODES
                and d.id not in taken]
        match = _match(app, rows, tp, source)
        if match is None:
            kept.append(tp)
        else:
            taken.add(match.id)
    return attrs.evolve(record, touchpoints=kept)


def _channels_by_platform(app: "App") -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for entry in app.plugins.channels:
        out.setdefault(entry.value.manifest({}).platform, set()).add(entry.name)
    return out


def _match(app: "App", rows: list[Delivery], tp: TouchPoint, source: str) -> Delivery | None:
    ledger = app.ledger
    if tp.external_id:
        for row in rows:
            if row.external_id == tp.external_id:
                return row  # reconciled by an earlier import of the same file
    for row in rows:  # oldest first
        if row.state == "waiting" and tp.at >= from_db_time(row.created_at) - CLOCK_SLACK:
            draft = ledger.plans.draft(row.draft_id)
            ledger.deliveries.sent(
                row.id, draft, external_id=tp.external_id, at=tp.at,
                text=tp.text or None, expect=("waiting",), status="confirmed",
                detail=f"confirmed by the {source} import ({tp.source or 'its history'})")
            ledger.event("delivery.reconciled", {"delivery_id": row.id,
                                                 "draft_id": row.draft_id, "source": source})
            return row
    for row in rows:
        finished = from_db_time(row.finished_at)
        if (row.state == "sent" and not row.external_id and finished is not None
                and tp.at >= from_db_time(row.created_at) - CLOCK_SLACK
                and abs(tp.at - finished) <= CONFIRMED_WINDOW):
            if tp.external_id:
                ledger.deliveries.link_external(row.id, tp.external_id)
            return row
    return None
