"""A few weeks of demo history, made by the real pipeline on a moved clock.

For each past Monday in ``data/history.toml`` the demo plans the ``autumn-intros``
campaign for that week's people, writes the personal notes, sends (LinkedIn by hand and
email as ``.eml`` files, both confirmed as sent), then records what came back: replies on
either channel, an out-of-office auto-reply, accepted invitations. So ``outreach report`` in
the demo workspace shows real figures from the first run.
"""

from __future__ import annotations

import tomllib
from datetime import datetime, timedelta, timezone
from importlib import resources
from pathlib import Path

import attrs

CAMPAIGN = "autumn-intros"


class MovableClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _people() -> list[dict]:
    data = resources.files(__package__) / "data" / "history.toml"
    return tomllib.loads(data.read_text(encoding="utf-8"))["person"]


def _monday(now: datetime, weeks_ago: int) -> datetime:
    monday = (now - timedelta(days=now.weekday(), weeks=weeks_ago)).date()
    return datetime(monday.year, monday.month, monday.day, 9, 0, tzinfo=timezone.utc)


def seed_history(home: Path, plugins, now: datetime) -> dict[str, int]:
    """Seed the workspace at ``home``; returns counts of messages and replies."""
    from ..app import App
    from ..campaigns.loader import find_campaign
    from ..campaigns.planner import plan_campaign
    from ..campaigns.review import apply_review
    from ..contacts.importing import import_records
    from ..delivery.outbox import confirm
    from ..delivery.runner import Runner
    from ..model import Audience, ContactRecord, Identity
    from ..workspace import Workspace

    people = _people()
    clock = MovableClock(_monday(now, max(p["weeks_ago"] for p in people)))
    app = App(workspace=Workspace(home), plugins=plugins, clock=clock)
    counts = {"sent": 0, "replies": 0}
    try:
        ids = {}
        for person in people:
            identities = [Identity(platform, person[platform])
                          for platform in ("email", "linkedin") if person.get(platform)]
            record = ContactRecord(
                first_name=person["first_name"], last_name=person["last_name"],
                company=person["company"], notes=person["notes"],
                tags=["autumn", f"autumn-week-{person['weeks_ago']}"], identities=identities)
            ids[person["first_name"]] = import_records(
                app, "demo-history", [record]).results[0].contact_id
        campaign = find_campaign(app.workspace.campaigns_dir, CAMPAIGN)
        for weeks_ago in sorted({p["weeks_ago"] for p in people}, reverse=True):
            clock.now = _monday(now, weeks_ago)
            week = attrs.evolve(campaign, audience=Audience(tags=(f"autumn-week-{weeks_ago}",)))
            plan = plan_campaign(app, week)
            notes = {p["first_name"]: p["note"] for p in people if p["weeks_ago"] == weeks_ago}
            by_contact = {ids[name]: note for name, note in notes.items()}
            drafts = apply_review(app, plan.plan_id, notes={
                d.id: by_contact[d.contact_id] for d in plan.drafts if d.contact_id in by_contact})
            Runner(app, sleep=lambda seconds: None).send_plan(plan.plan_id)
            for draft in drafts:
                if draft.verdict.allowed:
                    clock.now += timedelta(minutes=20)  # sent by hand during the morning
                    confirm(app, draft.id, at=clock.now)
                    counts["sent"] += 1
            for person in people:
                if person["weeks_ago"] == weeks_ago:
                    counts["replies"] += _answers(app, person, clock.now)
        return counts
    finally:
        app.close()


def _answers(app, person: dict, sent_at: datetime) -> int:
    """Record what came back from ``person`` after ``sent_at``; 1 if they replied."""
    from ..contacts.importing import import_records
    from ..model import ContactRecord, Identity, TouchPoint

    touchpoints = []
    if person.get("accepted") and person.get("linkedin"):
        touchpoints.append(("linkedin", TouchPoint(
            "linkedin", "connection", "in", sent_at + timedelta(hours=3),
            external_id=f"demo-connection-{person['linkedin']}")))
    if person.get("auto_reply") and person.get("email"):
        touchpoints.append(("email", TouchPoint(
            "email", "email", "in", sent_at + timedelta(minutes=2), status="auto-reply",
            subject="Out of office", text="I am away until the end of the month.",
            external_id=f"demo-auto-{person['email']}")))
    if person.get("reply_hours"):
        platform = person["reply_on"]
        kind = "email" if platform == "email" else "message"
        touchpoints.append((platform, TouchPoint(
            platform, kind, "in", sent_at + timedelta(hours=person["reply_hours"]),
            text="Thanks Robin! Happy to compare notes - are you free for a call next week?",
            external_id=f"demo-reply-{person['first_name']}")))
    for platform, tp in touchpoints:
        import_records(app, "demo-history", [ContactRecord(
            identities=[Identity(platform, person[platform])], touchpoints=[tp])])
    return int(bool(person.get("reply_hours")))
