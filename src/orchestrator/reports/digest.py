"""``outreach digest``: the Monday page in a few lines.

Who waits for your answer, who is new in your network this week and fits your focus
(``[sender] focus = ["retail", "supply chain"]``), which drafts wait for your personal note,
how many hand-send slots the platforms leave you (and when the next frees), and what last
week's messages earned.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Iterable

from .inbox import waiting

if TYPE_CHECKING:
    from ..app import App
    from ..model import Contact

WEEK = timedelta(days=7)
# Signals that someone joined your network: a connection, a new follower.
NEW_IN_NETWORK = (("linkedin", "connection"), ("twitter", "follow"))
# Quotas shorter than this are API rate limits, not slots a person plans a week with.
PLANNING_WINDOW = timedelta(days=1)


def focus_keywords(app: "App") -> list[str]:
    raw = app.settings("sender").get("focus", [])
    if isinstance(raw, str):
        raw = [raw]
    return [str(k).strip() for k in raw if str(k).strip()]


def _matches(contact: "Contact", keywords: Iterable[str]) -> list[str]:
    haystack = " ".join([contact.headline, contact.title, contact.notes, *contact.interests,
                         *contact.tags]).casefold()
    return [k for k in keywords
            if re.search(rf"(?<!\w){re.escape(k.casefold())}(?!\w)", haystack)]


def new_in_network(app: "App", since: datetime) -> list[dict[str, Any]]:
    keywords = focus_keywords(app)
    seen: dict[int, str] = {}
    for platform, kind in NEW_IN_NETWORK:
        for tp in app.ledger.touchpoints.query(platform=platform, kinds=(kind,), since=since):
            if tp.direction == "in" or kind == "connection":
                if tp.status != "baseline":
                    seen.setdefault(tp.contact_id, platform)
    rows = []
    for contact in app.ledger.contacts.all(seen):
        if contact.opted_out:
            continue
        matched = _matches(contact, keywords) if keywords else []
        if keywords and not matched:
            continue
        rows.append({"contact_id": contact.id, "name": contact.name, "platform": seen[contact.id],
                     "headline": contact.headline, "matches": matched})
    rows.sort(key=lambda r: (-len(r["matches"]), r["name"]))
    return rows


def drafts_waiting_for_a_note(app: "App") -> list[dict[str, Any]]:
    from ..campaigns.review import uses_personal_note

    rows = []
    for summary in app.ledger.plans.list(limit=50):
        if summary.status != "planned":
            continue
        plan = app.ledger.plans.get(summary.id)
        wants = {key for key, step in plan.steps.items() if uses_personal_note(step.template)}
        missing = [d.id for d in app.ledger.plans.drafts(plan.id)
                   if d.status == "draft" and d.step_key in wants and not d.personal_note
                   and (app.ledger.deliveries.for_draft(d.id) is None)]
        if missing:
            rows.append({"plan_id": plan.id, "campaign": plan.campaign, "drafts": missing})
    return rows


def slots(app: "App", now: datetime) -> list[dict[str, Any]]:
    """Hand-send quotas (LinkedIn notes and invitations...): free now, and when the next frees."""
    from ..delivery.quota import effective_limit

    rows = []
    for entry in app.plugins.channels:
        try:
            manifest = app.manifest(entry.name)
            settings = app.settings(entry.name)
        except Exception as exc:  # a channel misconfigured must not hide the rest
            rows.append({"channel": entry.name, "quota": None, "error": str(exc)})
            continue
        by_hand = {k.name for k in manifest.kinds if "api" not in k.modes}
        for quota in manifest.quotas:
            kinds = set(quota.kinds) or {k.name for k in manifest.kinds}
            if (quota.scope != "account" or quota.window < PLANNING_WINDOW
                    or quota.modes == ("api",) or not kinds & by_hand):
                continue  # API rate limits and automated channels: nothing to plan by hand
            limit = effective_limit(quota, settings, entry.name)
            times = sorted(tp.at for tp in app.ledger.touchpoints.query(
                platform=manifest.platform, kinds=quota.kinds or None, direction="out",
                since=now - quota.window))
            in_flight = app.ledger.deliveries.count_in_flight(
                channel=manifest.name, since=now - quota.window, kinds=quota.kinds)
            used = len(times) + in_flight
            free = max(0, limit - used)
            next_free = (times[0] + quota.window).isoformat() if not free and times else None
            rows.append({"channel": manifest.name, "quota": quota.name, "limit": limit,
                         "used": used, "free": free, "next_free_at": next_free})
    return rows


def build_digest(app: "App") -> dict[str, Any]:
    from .figures import report_for

    now = app.now()
    last_week = report_for(app, since=now - WEEK, until=now).as_json()
    return {
        "at": now.isoformat(),
        "waiting": [w.as_json() for w in waiting(app)],
        "new_in_network": new_in_network(app, now - WEEK),
        "focus": focus_keywords(app),
        "drafts_needing_a_note": drafts_waiting_for_a_note(app),
        "slots": slots(app, now),
        "last_week": {"sent": sum(c["sent"] for c in last_week["channels"]),
                      "replied": sum(c["replied"] for c in last_week["channels"])},
    }


def digest_lines(digest: dict[str, Any]) -> list[str]:
    """The digest as a few lines of plain text (terminal, or a mail to yourself)."""
    lines = []
    waiting_rows = digest["waiting"]
    lines.append(f"{len(waiting_rows)} "
                 f"{'person waits' if len(waiting_rows) == 1 else 'people wait'} for your answer"
                 + (": " + ", ".join(w["name"] or f"contact {w['contact_id']}"
                                     for w in waiting_rows[:5]) if waiting_rows else "")
                 + (" ..." if len(waiting_rows) > 5 else "") + ".")
    new = digest["new_in_network"]
    focus = f" matching your focus ({', '.join(digest['focus'])})" if digest["focus"] else ""
    lines.append(f"{len(new)} new in your network this week{focus}"
                 + (": " + ", ".join(r["name"] or f"contact {r['contact_id']}"
                                     for r in new[:5]) if new else "")
                 + (" ..." if len(new) > 5 else "") + ".")
    notes = digest["drafts_needing_a_note"]
    count = sum(len(p["drafts"]) for p in notes)
    lines.append(f"{count} draft(s) wait for your personal note"
                 + (": " + ", ".join(f"outreach review {p['plan_id']}" for p in notes)
                    if notes else "") + ".")
    for slot in digest["slots"]:
        if slot.get("quota") is None:
            lines.append(f"{slot['channel']}: {slot['error']}")
            continue
        line = f"{slot['channel']} {slot['quota']}: {slot['free']} of {slot['limit']} free now"
        if slot["next_free_at"]:
            line += f"; the next frees {slot['next_free_at'][:16].replace('T', ' ')} UTC"
        lines.append(line + ".")
    week = digest["last_week"]
    lines.append(f"Last week: {week['sent']} sent, {week['replied']} replied.")
    return lines


def mail_digest(app: "App", digest: dict[str, Any]) -> str | None:
    """Send the digest to ``[digest] email_to`` through ``[digest] channel`` (default email).

    Returns the address it went to, or ``None`` when no address is configured. A note to
    yourself: no footer, no unsubscribe, not a touch point, not counted in any quota.
    """
    settings = app.settings("digest")
    address = str(settings.get("email_to") or "").strip()
    if not address:
        return None
    channel_name = str(settings.get("channel") or "email")
    channel = app.plugins.channel(channel_name)
    lines = digest_lines(digest)
    subject = f"Your outreach week: {lines[0].rstrip('.')}"
    channel.note_to_self(app.channel_context(channel_name), address, subject,
                         "\n".join(lines) + "\n\n-- outreach digest\n")
    return address
