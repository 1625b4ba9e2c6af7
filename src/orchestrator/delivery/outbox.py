"""Outbox transitions the user makes by hand: confirm, resolve, retry, cancel, and the queue.

The runner moves deliveries on its own (planned -> sending -> sent | failed | unknown); these
are the transitions a person makes after sending something themselves or checking what
happened. Each takes the workspace's send lock, so it never races a running send.

* ``confirm``: a draft sent by hand is recorded ``sent``. A draft the quota held back (still
  ``planned``, over a limit of its platform) is refused unless forced with a reason, which
  is recorded with the delivery and in the event log.
* ``resolve``: an ``unknown`` outcome settled after checking: ``sent``, ``failed``, or
  ``retry`` (it did not arrive: back to ``planned``, so the next send of its plan delivers
  it once, under the same idempotency key).
* ``retry``: a ``failed`` delivery (a full mailbox, a fixed address) back to ``planned``, on
  purpose, for one more attempt by the next send of its plan.
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
        if contact.opted_out:  # opted out since it was queued: not to be sent by hand either
            continue
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
            at: datetime | None = None, force: str | None = None) -> Delivery:
    """The user sent an assisted/exported draft by hand: record it (optionally as edited).

    A draft still ``planned`` is checked against its channel's quotas first: one the quota
    held back is refused (recording it would show a limit broken without a word), unless
    ``force`` gives the reason, which is recorded.
    """
    if force is not None and not force.strip():
        raise InputError("--force needs a reason", 'Say why: --force "sent at the fair, '
                         'before the limit was known".')
    ledger = app.ledger
    draft = ledger.plans.draft(draft_id)
    _refuse_without_consent(app, draft)
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
        over = _over_quota(app, draft) if row.state == "planned" else None
        if over and force is None:
            raise InputError(
                f"draft {draft_id} is over the quota ({over}): the run held it back, and "
                "recording it would go past the platform's limit; nothing recorded",
                f"If you did send it, say why: `outreach confirm {draft_id} --force REASON`.")
        detail = f"confirmed over the quota ({over}): {force.strip()}" if over and force else ""
        with ledger.transaction():
            done = ledger.deliveries.sent(row.id, draft, at=at or app.now(), text=text,
                                          expect=("planned", "waiting"), status="confirmed",
                                          detail=detail)
            if detail:
                ledger.event("delivery.forced", {"delivery_id": row.id, "draft_id": draft_id,
                                                 "quota": over, "reason": force.strip()})
        return done


def _refuse_without_consent(app: "App", draft: Draft) -> None:
    """An opted-out person's draft (or one to an address that bounced) is not recorded:
    their opt-out cancelled it, and it must not be sent by hand either."""
    ledger = app.ledger
    contact = ledger.contacts.get(draft.contact_id)
    if contact.opted_out:
        when = f" on {contact.opted_out_at:%Y-%m-%d}" if contact.opted_out_at else ""
        why = f" ({contact.opt_out_reason})" if contact.opt_out_reason else ""
        raise InputError(
            f"{contact.name or 'contact ' + str(contact.id)} opted out{when}{why}: draft "
            f"{draft.id} is cancelled and must not be sent; nothing recorded",
            "If you sent it before they opted out, record what you sent with `outreach "
            f"contacts log {contact.id} --platform {draft.recipient.platform} --kind "
            f"{draft.kind} --out --at WHEN`.")
    reason = ledger.suppressions.reason(draft.recipient.platform, draft.recipient.key)
    if reason is not None:
        raise InputError(f"{draft.recipient.display or draft.recipient.key} is suppressed "
                         f"({reason}): draft {draft.id} must not be sent; nothing recorded")


def _over_quota(app: "App", draft: Draft) -> str | None:
    """Which quota recording ``draft`` now would break, counted as the runner counts."""
    from .quota import QuotaTracker

    manifest = app.manifest(draft.channel)
    return QuotaTracker(app.ledger).blocking(
        manifest, app.settings(draft.channel), kind=draft.kind, mode=draft.mode,
        contact_id=draft.contact_id, now=app.now())


def resolve(app: "App", delivery_id: int, outcome: str) -> Delivery:
    """Settle an ``unknown`` delivery after the user checked whether it arrived.

    ``retry``: it did not arrive; the next send of its plan delivers it, once, under the
    same idempotency key (an email keeps its Message-ID).
    """
    if outcome not in ("sent", "failed", "retry"):
        raise InputError(f"outcome must be sent, failed or retry, not {outcome!r}")
    ledger = app.ledger
    with app.lock("send", wait=LOCK_WAIT_S):
        row = ledger.deliveries.get(delivery_id)
        if row.state != "unknown":
            raise InputError(f"delivery {delivery_id} is {row.state}, not unknown",
                             "`outreach deliveries retry ID` sends a failed one again."
                             if row.state == "failed" else "")
        if outcome == "sent":
            draft: Draft = ledger.plans.draft(row.draft_id)
            return ledger.deliveries.sent(delivery_id, draft, expect=("unknown",), status="sent")
        if outcome == "retry":
            return ledger.deliveries.requeue(
                delivery_id, expect=("unknown",),
                reason=f"resolved by hand: did not arrive, send again (was: {row.error})")
        return ledger.deliveries.failed(delivery_id, f"{row.error} (resolved by hand: failed)")


def retry(app: "App", delivery_id: int) -> Delivery:
    """Send a ``failed`` delivery once more (the user fixed the cause): back to ``planned``."""
    ledger = app.ledger
    with app.lock("send", wait=LOCK_WAIT_S):
        row = ledger.deliveries.get(delivery_id)
        if row.state != "failed":
            hint = {"unknown": "Check whether it arrived, then `outreach deliveries resolve "
                               f"{delivery_id} sent|failed|retry`.",
                    "planned": "It is already planned: the next send of its plan delivers it."
                    }.get(row.state, "Only failed deliveries can be retried.")
            raise InputError(f"delivery {delivery_id} is {row.state}, not failed", hint)
        return ledger.deliveries.requeue(
            delivery_id, expect=("failed",),
            reason=f"retry requested by hand (failed before: {row.error})")


def cancel(app: "App", delivery_ids: list[int], reason: str = "cancelled by hand") -> list[Delivery]:
    """Drop planned or waiting deliveries: this step will never send them."""
    with app.lock("send", wait=LOCK_WAIT_S):
        return [app.ledger.deliveries.skipped(delivery_id, reason) for delivery_id in delivery_ids]
