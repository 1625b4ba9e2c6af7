"""What a campaign already did with each person, and what its later steps wait for.

A campaign runs week after week; each run plans from the ledger, never from memory, so
everything here is read from the outbox and the touch-point history:

* a step has **reached** a person once its delivery is sent, confirmed by hand, waiting
  for the user to send it (or may have gone: sending, unknown) - failed, skipped,
  cancelled and bounced deliveries and refused drafts have not
  (:data:`orchestrator.ledger.deliveries.REACHED`);
* the person **wrote back** when an inbound touch point on any channel after the campaign
  first reached them is a person writing (auto-replies, bounces, follows and connections
  are not: :func:`orchestrator.reports.rules.is_writing`, the rules the report and the inbox
  use too);
* the person **accepted** when their LinkedIn connection or their follow on X is recorded
  after the campaign first reached them (:func:`~orchestrator.reports.rules.is_acceptance`).
  LinkedIn exports date a connection by the day only, so a connection from the day before
  counts.

The conditions of a step, in words, are in :func:`describe_step` (``outreach campaigns
show``); :func:`step_gate` applies them to one person for the planner.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Iterable

from attrs import define, field

from ..ledger.db import from_db_time
from ..reports.rules import is_acceptance, is_writing

if TYPE_CHECKING:
    from ..app import App
    from ..model import Campaign, Step, TouchPoint

# Connections in a LinkedIn export carry a date, not a time (UTC midnight).
ACCEPT_SLACK = timedelta(days=1)


@define
class Reach:
    """One step of the campaign reaching one person."""

    step_key: str
    state: str
    at: datetime  # when the step reached them (sent, or queued for the user)
    sent_at: datetime | None  # when it went out; None while it waits for the user
    member: str = ""  # who on the team sent or queued it


@define
class CampaignHistory:
    """What ``campaign`` did with each person in every earlier run, and what came back."""

    reaches: dict[int, dict[str, Reach]] = field(factory=dict)
    inbound: dict[int, list["TouchPoint"]] = field(factory=dict)

    @classmethod
    def load(cls, app: "App", campaign: "Campaign",
             contact_ids: Iterable[int]) -> "CampaignHistory":
        ledger = app.ledger
        history = cls()
        canonical: dict[int, int] = {}
        for row in ledger.deliveries.reached(campaign.name):
            if row.contact_id not in canonical:
                canonical[row.contact_id] = ledger.contacts.canonical_id(row.contact_id)
            contact_id = canonical[row.contact_id]
            created = from_db_time(row.created_at)
            finished = from_db_time(row.finished_at)
            sent_at = finished if row.state == "sent" else None
            at = min(t for t in (created, finished, from_db_time(row.updated_at)) if t)
            steps = history.reaches.setdefault(contact_id, {})
            known = steps.get(row.step_key)
            # The latest reach of a step (a repeated step reaches once per period).
            if known is None or at >= known.at:
                steps[row.step_key] = Reach(row.step_key, row.state, at, sent_at, row.member or "")
        wanted = sorted(set(contact_ids) & set(history.reaches))
        if wanted:
            since = min(history.first_reach(c) for c in wanted) - ACCEPT_SLACK
            for i in range(0, len(wanted), 500):  # SQLite's limit on bound variables
                for tp in ledger.touchpoints.query(direction="in", since=since,
                                                   contact_ids=wanted[i:i + 500]):
                    history.inbound.setdefault(tp.contact_id, []).append(tp)
            for points in history.inbound.values():
                points.sort(key=lambda tp: (tp.at, tp.id or 0))
        return history

    def reach(self, contact_id: int, step_key: str) -> Reach | None:
        return self.reaches.get(contact_id, {}).get(step_key)

    def first_reach(self, contact_id: int) -> datetime | None:
        steps = self.reaches.get(contact_id)
        return min(r.at for r in steps.values()) if steps else None

    def last_reach(self, contact_id: int) -> datetime | None:
        latest = self.latest_reach(contact_id)
        return latest.at if latest else None

    def latest_reach(self, contact_id: int) -> Reach | None:
        steps = self.reaches.get(contact_id)
        return max(steps.values(), key=lambda r: r.at) if steps else None

    def latest_of(self, contact_id: int, step_keys: Iterable[str]) -> Reach | None:
        """The latest reach among these steps (the step a follow-up follows)."""
        found = [r for key in step_keys if (r := self.reach(contact_id, key)) is not None]
        return max(found, key=lambda r: r.at) if found else None

    def wrote_since(self, contact_id: int, since: datetime) -> "TouchPoint | None":
        """Their first message to you (any channel) at or after ``since``."""
        for tp in self.inbound.get(contact_id, ()):
            if tp.at >= since and is_writing(tp.direction, tp.kind, tp.status):
                return tp
        return None

    def accepted_since(self, contact_id: int, since: datetime) -> "TouchPoint | None":
        for tp in self.inbound.get(contact_id, ()):
            if tp.at >= since - ACCEPT_SLACK and is_acceptance(tp.direction, tp.kind,
                                                               tp.status):
                return tp
        return None


def step_gate(campaign: "Campaign", step: "Step", contact_id: int, history: CampaignHistory,
              now: datetime) -> str | None:
    """Why ``step`` must not reach the person now (``None``: it may), from what the
    campaign did before and what the person did since: ``stop_on_reply``, ``when`` and
    ``after``."""
    first = history.first_reach(contact_id)
    wrote = history.wrote_since(contact_id, first) if first is not None else None
    if wrote is not None and campaign.stop_on_reply and step.when != "replied":
        return (f"wrote to you on {wrote.at:%Y-%m-%d} ({wrote.platform}) after this campaign "
                "reached them: no more steps (stop_on_reply)")
    earlier = campaign.steps[:step.index]
    if step.when is not None:
        if first is None:
            return f"waiting for {earlier[-1].label} to reach them first"
        if step.when == "replied" and wrote is None:
            return "waiting for a reply"
        if step.when == "no-reply" and wrote is not None:
            return f"replied on {wrote.at:%Y-%m-%d}; this step is for people who did not"
        if step.when == "accepted" and history.accepted_since(contact_id, first) is None:
            return "waiting for them to accept (no connection or follow back recorded yet)"
    if step.after is not None and earlier:
        previous = history.latest_of(contact_id, [s.key for s in earlier])
        if previous is None:
            return f"waiting for {earlier[-1].label}"
        if previous.sent_at is None:
            return "waiting for you to send the previous step (`outreach queue`)"
        due = due_after(previous.sent_at, step.after, campaign.timezone)
        if now < due:
            return (f"the previous step went out {previous.sent_at:%Y-%m-%d}; this step "
                    f"follows after {span_words(step.after)} (from {due:%Y-%m-%d %H:%M} UTC)")
    return None


def due_after(sent_at: datetime, after: timedelta, tz: str) -> datetime:
    """When a step ``after`` a message sent at ``sent_at`` may go. Whole days count as
    calendar days in the campaign's time zone: ``after = "7d"`` is due from the start of
    the seventh day, so a weekly run at 09:00 sends the follow-up of last Monday's 09:30
    message, as a person would read "a week later"."""
    due = sent_at + after
    if after.total_seconds() % 86400:
        return due
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        zone = ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    local = due.astimezone(zone)
    return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(due.tzinfo)


def span_words(delta: timedelta) -> str:
    days = delta.total_seconds() / 86400
    if days >= 1 and days == int(days):
        return f"{int(days)} day{'s' if days != 1 else ''}"
    hours = delta.total_seconds() / 3600
    return f"{hours:g} hours"


def describe_step(campaign: "Campaign", step: "Step") -> str:
    """The step's condition in words, for ``outreach campaigns show``."""
    earlier = campaign.steps[:step.index]
    parts: list[str] = []
    if step.fallback and step.index > 0:
        parts.append("only for people no earlier step of this campaign reached, in this run "
                     "or any earlier one")
    elif step.when is None and step.after is None:
        parts.append("reaches everyone in the audience")
    if step.when == "replied":
        parts.append("only once they wrote back (on any channel) after this campaign first "
                     "reached them")
    elif step.when == "no-reply":
        parts.append("only if they have not written back (on any channel) since this campaign "
                     "first reached them")
    elif step.when == "accepted":
        parts.append("only once they accepted: their LinkedIn connection exists after our "
                     "invitation, or they followed back on X")
    if step.after is not None and earlier:
        parts.append(f"{span_words(step.after)} after the previous step that reached them went out")
    if campaign.stop_on_reply and step.when != "replied" and step.index > 0:
        parts.append("never after they wrote back (stop_on_reply)")
    if campaign.repeat is not None:
        parts.append(f"again every {span_words(campaign.repeat)}, each time with a new note")
    else:
        parts.append("once per person")
    if campaign.audience.cooldown is not None and step.after is None and step.when is None:
        parts.append(f"not within {span_words(campaign.audience.cooldown)} of any earlier message "
                     "to them (this campaign's included)")
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."
