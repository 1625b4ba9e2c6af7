"""Who a campaign may reach: the audience rules of the campaign file, applied to the ledger.

People who opted out are never in an audience (and the runner checks again at send time).
Every exclusion is reported with its reason, so the preview can say why someone is not
there.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from attrs import define

from ..errors import CampaignError
from ..model import Campaign, Contact
from ..reached import ago

if TYPE_CHECKING:
    from ..app import App


@define
class Skip:
    """Someone a plan leaves out, and why (shown in the preview)."""

    contact_id: int
    name: str
    step: str
    reason: str


def source_ids(app: "App", campaign: Campaign, source: str, since: datetime | None) -> set[int]:
    ids = app.plugins.audience(app, source, campaign, since)
    if ids is None:
        known = ", ".join(app.plugins.audience_sources.names()) or "none"
        raise CampaignError(f"{campaign.path}: unknown audience source {source!r}",
                            f"Sources: {known}.")
    return {app.ledger.contacts.canonical_id(i) for i in ids}


def reached_reason(at: datetime, member: str, own: str, now: datetime,
                   cooldown: timedelta) -> str:
    """Why a cooldown leaves someone out. A colleague's touch names the colleague, since
    the team shares one ledger ("reached by ana 3 days ago"); your own says when."""
    from .conditions import span_words

    if member and member != own:
        return (f"reached by {member} {ago(at, now)} ({at:%Y-%m-%d}), within the cooldown "
                f"({span_words(cooldown)})")
    return f"contacted on {at:%Y-%m-%d} ({ago(at, now)}), within the cooldown"


def last_reached(app: "App", exclude_campaign: str) -> dict[int, tuple[datetime, str]]:
    """Per person, the last outbound touch from other outreach and who on the team made
    it, counting what waits for someone to send by hand (a queued note is outreach too)."""
    last = app.ledger.touchpoints.last_reached_by(exclude_campaign=exclude_campaign)
    for contact_id, (at, member) in app.ledger.deliveries.pending_reach_by(
            exclude_campaign=exclude_campaign).items():
        contact_id = app.ledger.contacts.canonical_id(contact_id)
        if contact_id not in last or at > last[contact_id][0]:
            last[contact_id] = (at, member)
    return last


def _keyword_match(contact: Contact, keywords: tuple[str, ...]) -> bool:
    haystack = " ".join([contact.headline, contact.notes, contact.title, *contact.interests,
                         *contact.tags]).casefold()
    return any(re.search(rf"(?<!\w){re.escape(k.casefold())}(?!\w)", haystack) for k in keywords)


def select_audience(app: "App", campaign: Campaign,
                    since: datetime | None) -> tuple[list[Contact], list[Skip]]:
    audience = campaign.audience
    from ..ledger.audience import contacts_with_any_tag

    # the tag filter in SQL (a superset; the exact match below), not every contact loaded
    tagged = contacts_with_any_tag(app.ledger, audience.tags) if audience.tags else None
    contacts = tagged if tagged is not None else app.ledger.contacts.all()
    if audience.source:
        wanted = source_ids(app, campaign, audience.source, since)
        contacts = [c for c in contacts if c.id in wanted]
    platforms = {app.manifest(ch).platform for ch in audience.channels}
    # Cooldown: every member's outreach counts (one ledger per team). This campaign's own
    # earlier runs count for the steps that start a relationship (planner._cooldown), not
    # for its follow-ups.
    last_out = last_reached(app, campaign.name) if audience.cooldown else {}
    now = app.now()
    chosen: list[Contact] = []
    skipped: list[Skip] = []
    tags = {t.casefold() for t in audience.tags}
    exclude = {t.casefold() for t in audience.exclude_tags}
    for contact in contacts:
        own = {t.casefold() for t in contact.tags}
        if tags and not own & tags:
            continue  # not in the audience at all: not worth a line in the preview
        if own & exclude:
            continue
        if audience.keywords and not _keyword_match(contact, audience.keywords):
            continue
        reason = None
        if contact.opted_out:
            reason = "opted out"
        elif platforms and not any(i.platform in platforms for i in contact.identities):
            reason = f"not reachable on {', '.join(audience.channels)}"
        elif audience.cooldown and contact.id in last_out and \
                now - last_out[contact.id][0] < audience.cooldown:
            at, member = last_out[contact.id]
            reason = reached_reason(at, member, app.ledger.member, now, audience.cooldown)
        if reason:
            skipped.append(Skip(contact.id, contact.name, "audience", reason))
            continue
        chosen.append(contact)
    if audience.limit is not None:
        for contact in chosen[audience.limit:]:
            skipped.append(Skip(contact.id, contact.name, "audience", "over the audience limit"))
        chosen = chosen[: audience.limit]
    return chosen, skipped
