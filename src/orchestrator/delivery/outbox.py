"""Outbox transitions the user makes by hand: confirm, resolve, cancel, and the hand-send queue.

The runner moves deliveries on its own (planned -> sending -> sent | failed | unknown); these
are the transitions a person makes after sending something themselves or checking what
happened. Each takes the workspace's send lock, so it never races a running send.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import attrs

from ..errors import InputError
from ..model import Delivery, Draft

if TYPE_CHECKING:
    from ..app import App

LOCK_WAIT_S = 60.0


@attrs.frozen
class QueueItem:
    """A delivery waiting for the human, with everything needed to send it by hand."""

    delivery_id: int
    draft_id: str
    contact_id: int
    name: str
    channel: str
    kind: str
    mode: str
    recipient: str
    link: str
    subject: str
    text: str
    length: int
    limit: int | None
    export_path: str
    queued_at: str

    def as_json(self) -> dict:
        return attrs.asdict(self)


def queue(app: "App", channel: str | None = None) -> list[QueueItem]:
    """Deliveries waiting for the human (assisted or exported), oldest first."""
    ledger = app.ledger
    items = []
    for row in ledger.deliveries.list(states=["waiting"], channel=channel):
        draft = ledger.plans.draft(row.draft_id)
        contact = ledger.contacts.get(row.contact_id)
        spec = app.manifest(draft.channel).kind(draft.kind)
        items.append(QueueItem(
            delivery_id=row.id, draft_id=draft.id, contact_id=contact.id, name=contact.name,
            channel=draft.channel, kind=draft.kind, mode=draft.mode,
            recipient=draft.recipient.display or draft.recipient.key,
            link=draft.rendered.get("link") or "", subject=draft.subject or "",
            text=draft.rendered.get("text") or draft.text, length=len(draft.text),
            limit=spec.max_length if spec else None, export_path=row.export_path,
            queued_at=row.updated_at))
    return items


def confirm(app: "App", draft_id: str, *, text: str | None = None,
            at: datetime | None = None) -> Delivery:
    """The user sent an assisted/exported draft by hand: record it (optionally as edited)."""
    ledger = app.ledger
    draft = ledger.plans.draft(draft_id)
    if not draft.verdict.allowed:
        raise InputError(f"draft {draft_id} was refused by the policy and cannot be confirmed",
                         f"See `outreach policy explain {draft_id}`.")
    if text is not None:
        from ..policy.gate import check_drafts

        edited = attrs.evolve(draft, text=text)
        check_drafts(app, [edited])
        if not edited.verdict.allowed:
            codes = ", ".join(r.code for r in edited.verdict.reasons)
            raise InputError(f"the text you sent to draft {draft_id} does not pass the policy "
                             f"({codes}); nothing recorded",
                             "Record what you really sent, or fix the draft first.")
    with app.lock("send", wait=LOCK_WAIT_S):
        row = ledger.deliveries.ensure(draft)
        if row.state == "sent":
            return row
        if row.state not in ("planned", "waiting"):
            raise InputError(f"draft {draft_id} is {row.state}; only waiting drafts are confirmed",
                             "Use `outreach deliveries resolve` for unknown ones.")
        return ledger.deliveries.sent(row.id, draft, at=at or app.now(), text=text,
                                      expect=("planned", "waiting"), status="confirmed")


def resolve(app: "App", delivery_id: int, outcome: str) -> Delivery:
    """Settle an ``unknown`` delivery after the user checked whether it arrived."""
    if outcome not in ("sent", "failed"):
        raise InputError(f"outcome must be sent or failed, not {outcome!r}")
    ledger = app.ledger
    with app.lock("send", wait=LOCK_WAIT_S):
        row = ledger.deliveries.get(delivery_id)
        if row.state != "unknown":
            raise InputError(f"delivery {delivery_id} is {row.state}, not unknown")
        if outcome == "sent":
            draft: Draft = ledger.plans.draft(row.draft_id)
            return ledger.deliveries.sent(delivery_id, draft, expect=("unknown",), status="sent")
        return ledger.deliveries.failed(delivery_id, f"{row.error} (resolved by hand: failed)")


def cancel(app: "App", delivery_ids: list[int], reason: str = "cancelled by hand") -> list[Delivery]:
    """Drop planned or waiting deliveries: this step will never send them."""
    with app.lock("send", wait=LOCK_WAIT_S):
        return [app.ledger.deliveries.skipped(delivery_id, reason) for delivery_id in delivery_ids]
