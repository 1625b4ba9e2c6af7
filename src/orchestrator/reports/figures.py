"""``outreach report``: reply and acceptance rates by channel, campaign, personalization, week.

Definitions (also printed in the report itself):

* **sent** - outbound touch points in the window that a delivery sent or you confirmed as
  sent by hand (messages from a plan; history imported from a platform is not counted).
* **replied** - the same person wrote to you, on any channel, after the message and before
  your next message to them, within 30 days. Auto-replies, bounces and signals (a follow, a
  connection) are not replies.
* **accepted** - a LinkedIn invitation whose person is a connection from that day on; an X
  message whose person followed you afterwards. ``null`` for channels without such a thing.
* **personalization** - what the policy found when the message was checked: how many
  details of the person's record it carries, and whether you wrote a personal note.

Rates are ``null`` when nothing was sent.
"""

from __future__ import annotations

import statistics
from bisect import bisect_right
from collections import defaultdict
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any, Iterable

from attrs import define, field

from ..ledger.history import Activity
from .rules import REPLY_WINDOW, is_writing

BUCKETS = (
    ("no-detail", "nothing from the person's record (only possible for follow-ups and "
                  "messages confirmed by hand)"),
    ("template-only", "details from the record filled in by the template; no note of yours"),
    ("note-1-detail", "you wrote a personal note; one detail of their record"),
    ("note-2-details", "you wrote a personal note; two or more details of their record"),
)
BUCKET_HELP = dict(BUCKETS)


def bucket(message: Activity) -> str:
    if message.details == 0:
        return "no-detail"
    if not message.personal_note:
        return "template-only"
    return "note-1-detail" if message.details == 1 else "note-2-details"


def iso_week(at: datetime) -> str:
    return _iso_week(at.date())


@lru_cache(maxsize=4096)
def _iso_week(day) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


@define
class _Sent:
    """One sent message and what came of it."""

    message: Activity
    reply_at: datetime | None = None
    accepted: bool | None = None


@define
class Report:
    since: datetime
    until: datetime
    campaign: str | None
    sent: list[_Sent] = field(factory=list)
    inbound: list[Activity] = field(factory=list)
    outbound: list[Activity] = field(factory=list)
    names: dict[int, str] = field(factory=dict)

    # --- figures ------------------------------------------------------------------------

    def channels(self) -> list[dict[str, Any]]:
        groups: dict[tuple[str, str], list[_Sent]] = defaultdict(list)
        for s in self.sent:
            groups[(s.message.channel or s.message.platform, s.message.kind)].append(s)
        rows = []
        for (channel, kind), items in sorted(groups.items()):
            replied = [s for s in items if s.reply_at is not None]
            hours = [(s.reply_at - s.message.at).total_seconds() / 3600 for s in replied]
            judged = [s for s in items if s.accepted is not None]
            accepted = sum(1 for s in judged if s.accepted)
            rows.append({
                "channel": channel, "kind": kind, "sent": len(items), "replied": len(replied),
                "reply_rate": rate(len(replied), len(items)),
                "accepted": accepted if judged else None,
                "acceptance_rate": rate(accepted, len(judged)) if judged else None,
                "median_hours_to_reply": round(statistics.median(hours), 1) if hours else None,
            })
        return rows

    def campaigns(self) -> list[dict[str, Any]]:
        contacted: dict[str, set[int]] = defaultdict(set)
        replied: dict[str, set[int]] = defaultdict(set)
        for s in self.sent:
            name = s.message.campaign or "(by hand)"
            contacted[name].add(s.message.contact_id)
            if s.reply_at is not None:
                replied[name].add(s.message.contact_id)
        return [{"name": name, "contacted": len(people), "replied": len(replied[name]),
                 "reply_rate": rate(len(replied[name]), len(people))}
                for name, people in sorted(contacted.items())]

    def personalization(self) -> list[dict[str, Any]]:
        counts = {name: [0, 0] for name, _ in BUCKETS}
        for s in self.sent:
            counts[bucket(s.message)][0] += 1
            counts[bucket(s.message)][1] += s.reply_at is not None
        return [{"bucket": name, "meaning": BUCKET_HELP[name], "sent": sent,
                 "replied": replied, "reply_rate": rate(replied, sent)}
                for name, (sent, replied) in counts.items()]

    def weeks(self) -> list[dict[str, Any]]:
        weeks: dict[str, dict[str, Any]] = {}
        day = self.since
        while day <= self.until:
            weeks.setdefault(iso_week(day), {"out": 0, "in": 0, "people": set()})
            day += timedelta(days=1)
        weeks.setdefault(iso_week(self.until), {"out": 0, "in": 0, "people": set()})
        for tp in self.outbound:
            if self.since <= tp.at <= self.until:
                week = weeks[iso_week(tp.at)]
                week["out"] += 1
                week["people"].add(tp.contact_id)
        for tp in self.inbound:
            if self.since <= tp.at <= self.until:
                weeks[iso_week(tp.at)]["in"] += 1
        return [{"week": name, "out": w["out"], "in": w["in"], "people_reached": len(w["people"])}
                for name, w in sorted(weeks.items())]

    def repliers(self) -> list[dict[str, Any]]:
        """People who replied in the period, latest first (for the HTML page)."""
        latest: dict[int, _Sent] = {}
        for s in self.sent:
            if s.reply_at is not None:
                current = latest.get(s.message.contact_id)
                if current is None or s.reply_at > current.reply_at:
                    latest[s.message.contact_id] = s
        rows = sorted(latest.values(), key=lambda s: s.reply_at, reverse=True)
        return [{"contact_id": s.message.contact_id, "name": self.names.get(s.message.contact_id, ""),
                 "channel": s.message.channel or s.message.platform,
                 "campaign": s.message.campaign, "replied_at": s.reply_at.isoformat()}
                for s in rows]

    def as_json(self) -> dict[str, Any]:
        return {
            "since": self.since.isoformat(), "until": self.until.isoformat(),
            "campaign": self.campaign,
            "channels": self.channels(), "campaigns": self.campaigns(),
            "personalization": self.personalization(), "weeks": self.weeks(),
            "replied_people": self.repliers(),
            "definitions": {
                "sent": "messages a delivery sent or you confirmed as sent by hand",
                "replied": "the person wrote to you on any channel after the message, before "
                           "your next message to them, within 30 days (auto-replies, bounces, "
                           "follows and connections are not replies)",
                "accepted": "LinkedIn: a connection from the invitation's day on; X: they "
                            "followed you after the message; null where a channel has neither",
                "personalization": dict(BUCKETS),
            },
        }


def _accepted(message: Activity, signals: dict[int, list[Activity]]) -> bool | None:
    if message.platform == "linkedin" and message.kind == "invitation":
        return any(tp.kind == "connection" and tp.at.date() >= message.at.date()
                   for tp in signals.get(message.contact_id, ()))
    if message.platform == "twitter":
        return any(tp.kind == "follow" and tp.direction == "in" and tp.status != "baseline"
                   and tp.at >= message.at for tp in signals.get(message.contact_id, ()))
    return None


def build_report(history: Iterable[Activity], *, since: datetime, until: datetime,
                 campaign: str | None = None) -> Report:
    """Compute the report from ``history``: touch points from ``since`` to 30 days after
    ``until`` (replies and acceptances come later than the message), oldest first."""
    report = Report(since=since, until=until, campaign=campaign)
    outs: dict[int, list[datetime]] = defaultdict(list)
    writes: dict[int, list[datetime]] = defaultdict(list)
    signals: dict[int, list[Activity]] = defaultdict(list)
    candidates: list[Activity] = []
    for tp in history:
        if tp.direction == "out":
            outs[tp.contact_id].append(tp.at)
            if tp.draft_id and since <= tp.at <= until and (campaign is None
                                                            or tp.campaign == campaign):
                candidates.append(tp)
            if campaign is None or tp.campaign == campaign:
                report.outbound.append(tp)
        elif is_writing(tp.direction, tp.kind, tp.status):
            writes[tp.contact_id].append(tp.at)
            if campaign is None:
                report.inbound.append(tp)
        if tp.kind in ("connection", "follow"):
            signals[tp.contact_id].append(tp)
    for message in candidates:
        reply = _first_reply(message, outs[message.contact_id], writes[message.contact_id])
        report.sent.append(_Sent(message, reply, _accepted(message, signals)))
    if campaign is not None:  # "in" counts the replies to this campaign's messages
        report.inbound = [_as_reply(s) for s in report.sent if s.reply_at is not None]
    return report


def _first_reply(message: Activity, outs: list[datetime], writes: list[datetime]) -> datetime | None:
    """When the person first wrote after ``message`` and before our next message (30 days)."""
    after = bisect_right(outs, message.at)
    next_out = outs[after] if after < len(outs) else None
    deadline = message.at + REPLY_WINDOW
    if next_out is not None and next_out < deadline:
        deadline = next_out
    index = bisect_right(writes, message.at)
    if index < len(writes) and writes[index] < deadline:
        return writes[index]
    return None


def _as_reply(sent: _Sent) -> Activity:
    m = sent.message
    return Activity(m.contact_id, m.platform, "reply", "in", sent.reply_at, "done", m.campaign,
                    "", "", m.channel, False, 0)


def parse_when(text: str, now: datetime, *, end_of_day: bool = False) -> datetime:
    """``90d`` (that long before ``now``) or a date ``2026-11-02`` (UTC; ``end_of_day`` for
    an inclusive ``--until``) or an ISO time."""
    from datetime import time, timezone

    from ..campaigns.durations import parse_duration
    from ..errors import InputError

    raw = text.strip()
    try:
        return now - parse_duration(raw)
    except ValueError:
        pass
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise InputError(f"not a date or a duration: {text!r}",
                         "Use a duration before now (90d, 8w) or a date (2026-11-02).") from None
    if len(raw) == 10:  # a date alone: the whole day
        value = datetime.combine(value.date(), time.max if end_of_day else time.min)
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def report_for(app, *, since: datetime, until: datetime, campaign: str | None = None) -> Report:
    """The report over the workspace's ledger (read-only)."""
    if since > until:
        from ..errors import InputError

        raise InputError(f"--since ({since:%Y-%m-%d}) is after --until ({until:%Y-%m-%d})")
    history = app.ledger.history.activity(since, until + REPLY_WINDOW)
    report = build_report(history, since=since, until=until, campaign=campaign)
    report.names = app.ledger.history.names({s.message.contact_id for s in report.sent
                                             if s.reply_at is not None})
    return report
