"""Planning: a campaign and the ledger in, one draft per (person, step) out, each checked.

For every step the planner picks the people it may reach and says why it left the others
out (opted out, not reachable on the channel, already reached, cooling down, waiting for
an earlier step). It chooses the delivery mode the channel's manifest allows - ``api`` only
where the manifest permits automation, or where the person wrote first if the manifest
says so - renders the templates in the sandbox, carries over personal notes the user wrote
in an earlier plan, and puts every draft through the policy gate.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import attrs
from attrs import define, field

from ..channels import ChannelManifest, KindSpec
from ..errors import CampaignError
from ..model import Campaign, Contact, Draft, Identity, Mode, Step
from ..reached import ago
from ..settings import channel_problems, check_settings
from .audience import Skip, select_audience
from .conditions import CampaignHistory, step_gate
from .drafting import DraftBuilder, channel_view, snapshot_steps

if TYPE_CHECKING:
    from ..app import App

# The kinds of a conversation: who sent the first of these decides "they wrote first".
CONVERSATION_KINDS = ("dm", "message", "reply", "follow-up")


@define
class PlanResult:
    campaign: Campaign
    drafts: list[Draft]
    skipped: list[Skip] = field(factory=list)
    problems: list[str] = field(factory=list)
    plan_id: str | None = None
    # What the plan assumed that the user may want to know (a default account type).
    notices: list[str] = field(factory=list)

    def as_json(self) -> dict:
        return {
            "plan_id": self.plan_id,
            "campaign": self.campaign.name,
            "drafts": [d.as_json() for d in self.drafts],
            "skipped": [{"contact_id": s.contact_id, "name": s.name, "step": s.step,
                         "reason": s.reason} for s in self.skipped],
            "problems": list(self.problems),
            "notices": list(self.notices),
        }


def idempotency_key(campaign: str, step_key: str, contact_id: int, period: int) -> str:
    return f"{campaign}/{step_key}/{contact_id}/{period}"


def choose_mode(step: Step, spec: KindSpec, wrote_first: bool) -> Mode:
    """The step's mode if the manifest allows it for this person, else the safe default.

    ``api`` needs the manifest's permission: listed in ``modes``, or ``automated_if``
    ``"they-wrote-first"`` and the person has written to the user on this platform.
    """
    automated_ok = "api" in spec.modes or (spec.automated_if == "they-wrote-first" and wrote_first)
    if step.mode == "api" or (step.mode is None and spec.automated_if and wrote_first):
        return "api" if automated_ok else spec.modes[0]
    return step.mode or spec.modes[0]


def validate_step(app: "App", campaign: Campaign, step: Step) -> tuple[ChannelManifest, KindSpec]:
    where = f"{campaign.path} step {step.index + 1}"
    manifest = app.manifest(step.channel)
    spec = manifest.kind(step.kind)
    if spec is None:
        kinds = ", ".join(k.name for k in manifest.kinds)
        raise CampaignError(f"{where}: channel {step.channel!r} has no kind {step.kind!r}",
                            f"Kinds on {step.channel}: {kinds}.")
    if step.mode == "api" and "api" not in spec.modes and not spec.automated_if:
        allowed = ", ".join(spec.modes)
        raise CampaignError(
            f"{where}: {manifest.title} does not allow automated ({step.mode}) {step.kind}s",
            f"Use mode = \"{spec.modes[0]}\" (allowed: {allowed}).")
    if step.mode and step.mode != "api" and step.mode not in spec.modes:
        raise CampaignError(f"{where}: mode {step.mode!r} is not available for {step.kind}",
                            f"Allowed: {', '.join(spec.modes)}.")
    if spec.has_subject and not step.subject:
        raise CampaignError(f"{where}: {step.kind} needs a subject",
                            'Add subject = "..." to the step.')
    return manifest, spec


def plan_campaign(app: "App", campaign: Campaign, *, store: bool = True,
                  since: datetime | None | object = ...) -> PlanResult:
    """Plan ``campaign``. ``since`` is the previous run's start (default: read from the
    ledger; a caller that records a new run passes the value it read before doing so).

    Draft ids are real from the start (``p1a2b3-4``): the plan's id is chosen before any
    draft exists, so every message that names a draft (a near-duplicate's "same as ...")
    names one the user can find.
    """
    ledger = app.ledger
    now = app.now()
    # A bad setting (a secret in config.toml, an invalid quota override) stops the plan
    # before any plugin syncs or anything is drafted.
    check_settings(app, {step.channel for step in campaign.steps})
    app.plugins.before_plan(app, campaign, app.dry_run)
    if since is ...:
        since = ledger.runs.last_started(campaign.name)
    audience, skipped = select_audience(app, campaign, since)
    steps = snapshot_steps(campaign)
    builder = DraftBuilder(app.workspace.campaigns_dir, campaign.name, steps,
                           app.workspace.sender)
    result = PlanResult(campaign=campaign, drafts=[], skipped=skipped,
                        notices=assumed_settings(app, {s.channel for s in campaign.steps}))
    plan_id = ledger.plans.new_id()
    ids = [c.id for c in audience]
    history = CampaignHistory.load(app, campaign, ids)
    suppressed = ledger.suppressions.keys()
    from ..policy.stale import note_key

    sent_notes = {cid: {note_key(note) for _, _, note, _ in rows if note}
                  for cid, rows in ledger.plans.sent_notes(ids).items()}
    reached: set[int] = set()  # reached by an earlier step of this plan
    seq = 0
    for step in campaign.steps:
        manifest, spec = validate_step(app, campaign, step)
        settings = app.settings(step.channel)
        channel = app.plugins.channel(step.channel)
        people = _step_people(app, campaign, step, audience, since)
        wrote_first = ledger.touchpoints.started_by_them(
            platform=manifest.platform, kinds=CONVERSATION_KINDS)
        modes_used: set[str] = set()
        context = app.context(app.plugins.channels.get(step.channel).plugin)
        earlier = [s.key for s in campaign.steps[:step.index]]
        labels = {s.key: s.label for s in campaign.steps}
        lookups = _step_lookups(ledger, campaign, step, people)
        render_failures: list[CampaignError] = []
        rendered_any = False
        for contact in people:
            reason = None
            recipient = None
            if step.fallback and step.index > 0:
                if contact.id in reached:
                    reason = "reached by an earlier step"
                elif (before := history.latest_of(contact.id, earlier)) is not None:
                    reason = (f"reached by {labels[before.step_key]} on "
                              f"{before.at:%Y-%m-%d}")
            if reason is None:
                recipient, reason = _recipient(channel, contact, manifest.platform, suppressed,
                                               ledger)
            if reason is None:
                reason = channel.skip_reason(context, contact, step.kind)
            period, reason = _period(app, campaign, step, contact, now, reason, lookups)
            if reason is None:
                reason = _cooldown(campaign, step, contact.id, history, now, ledger.member)
            if reason is None:
                reason = step_gate(campaign, step, contact.id, history, now)
            if reason is not None:
                result.skipped.append(Skip(contact.id, contact.name, step.label, reason))
                continue
            note = lookups.previous_note(contact.id)
            if note and note_key(note) in sent_notes.get(contact.id, set()):
                note = ""  # already sent to them: a repeated step needs a new note
            try:
                subject, text = builder.render(step.key, contact, note)
            except CampaignError as exc:
                # One person's data the template cannot use (an empty first name, a value
                # over the render limits) leaves that person out, with why, not the plan.
                render_failures.append(exc)
                result.skipped.append(Skip(contact.id, contact.name, step.label,
                                           f"cannot render: {exc.message} {exc.hint}".strip()))
                continue
            rendered_any = True
            reached.add(contact.id)
            mode = choose_mode(step, spec, contact.id in wrote_first)
            modes_used.add(mode)
            seq += 1
            draft = Draft(
                id=f"{plan_id}-{seq}", plan_id=plan_id, seq=seq, contact_id=contact.id,
                campaign=campaign.name, step=step.index, step_key=step.key,
                step_label=step.label, channel=step.channel, kind=step.kind, mode=mode,
                recipient=recipient, subject=subject, text=text, personal_note=note,
                idempotency_key=idempotency_key(campaign.name, step.key, contact.id, period),
                verdict=_UNCHECKED,
            )
            draft.rendered = channel_view(channel, draft, contact, settings)
            result.drafts.append(draft)
        if render_failures and not rendered_any:
            raise render_failures[0]  # nobody could be rendered: the template is the problem
        for mode in sorted(modes_used):
            for problem in channel_problems(app, step.channel, mode):
                result.problems.append(f"{step.label}: {problem}")
    from ..policy.gate import check_drafts

    check_drafts(app, result.drafts, templates={s.key: s.template for s in campaign.steps},
                 contacts={c.id: c for c in audience})
    result.plan_id = plan_id
    if store:
        result.plan_id = ledger.plans.create(campaign.name, campaign.path, result.drafts,
                                             steps=steps, plan_id=plan_id)
    return result


def _recipient(channel, contact: Contact, platform: str, suppressed: set[tuple[str, str]],
               ledger) -> tuple[Identity | None, str | None]:
    """Whom to address, never at a suppressed address (it bounced): the channel chooses
    among the person's other identities; ``(None, reason)`` when none is left."""
    usable = [i for i in contact.identities if (i.platform, i.key) not in suppressed]
    if len(usable) == len(contact.identities):
        recipient = channel.recipient(contact)
        return recipient, None if recipient is not None else f"no {platform} identity"
    recipient = channel.recipient(attrs.evolve(contact, identities=usable))
    if recipient is not None:
        return recipient, None
    if channel.recipient(contact) is None:
        return None, f"no {platform} identity"
    blocked = next(i for i in contact.identities
                   if (i.platform, i.key) in suppressed and i.platform == platform)
    why = ledger.suppressions.reason(blocked.platform, blocked.key) or "suppressed"
    return None, f"{blocked.display or blocked.key} is suppressed ({why})"


def _cooldown(campaign: Campaign, step: Step, contact_id: int, history: CampaignHistory,
              now: datetime, member: str) -> str | None:
    """The audience cooldown counts this campaign's own earlier runs too, for the steps
    that start a relationship (no ``after``, no ``when``): a person this campaign reached
    last week is not started again on another channel this week. Follow-ups keep their own
    timing (``after``, ``when``)."""
    cooldown = campaign.audience.cooldown
    if cooldown is None or step.after is not None or step.when is not None:
        return None
    last = history.latest_reach(contact_id)
    if last is None or now - last.at >= cooldown:
        return None
    if last.member and last.member != member:
        return (f"reached by {last.member} {ago(last.at, now)} with this campaign "
                f"({last.at:%Y-%m-%d}), within the cooldown")
    return f"contacted by this campaign on {last.at:%Y-%m-%d}, within the cooldown"


def assumed_settings(app: "App", channels: set[str]) -> list[str]:
    """One line per setting a channel declares worth saying (``announce_default``) that
    config.toml leaves out: the plan says which value it assumed."""
    lines = []
    for name in sorted(channels):
        if name not in app.plugins.channels:
            continue
        written = app.workspace.settings(name)
        for setting in app.manifest(name).settings:
            if getattr(setting, "announce_default", False) and setting.name not in written:
                lines.append(
                    f"{name}: no {setting.name} in config.toml, so {setting.default!r} is "
                    f"assumed ({setting.help}); set {setting.name} under [{name}] if yours "
                    "differs.")
    return lines


class _Unchecked:
    """The verdict of a draft the policy has not seen yet (the gate replaces it)."""

    decision = "refuse"
    allowed = False

    def as_json(self) -> dict:
        return {"verdict": "refuse", "reasons": [], "warnings": [], "evidence": []}


_UNCHECKED = _Unchecked()


def _step_people(app: "App", campaign: Campaign, step: Step, audience: list[Contact],
                 since: datetime | None) -> list[Contact]:
    if not step.source:
        return audience
    from .audience import source_ids

    wanted = source_ids(app, campaign, step.source, since)
    return [c for c in audience if c.id in wanted]


def _step_lookups(ledger, campaign: Campaign, step: Step, people: list[Contact]):
    """Each person's sends, notes and deliveries for this step, read in a few queries
    (planning asked three per person: 10,000 people, 30,000 queries)."""
    from ..ledger.planning import StepLookups

    lookups = StepLookups(ledger, campaign.name, step.key)
    lookups.load_keys(idempotency_key(campaign.name, step.key, c.id,
                                      lookups.sent_count(c.id)[0] if campaign.repeat else 0)
                      for c in people)
    return lookups


def _period(app, campaign: Campaign, step: Step, contact: Contact, now: datetime,
            reason: str | None, lookups=None) -> tuple[int, str | None]:
    """Which repeat period this draft belongs to, or why the step must not reach them again.

    The period is part of the idempotency key: without ``repeat`` it is always 0, so a
    step reaches a person once, ever; with ``repeat`` it counts the earlier sends.
    """
    count, last = (lookups.sent_count(contact.id) if lookups is not None else
                   app.ledger.deliveries.sent_count(campaign.name, step.key, contact.id))
    if reason is not None:
        return count, reason
    if count and campaign.repeat is None:
        return count, "already reached by this step"
    if count and last is not None and now - last < campaign.repeat:
        return count, (f"reached by this step on {last:%Y-%m-%d}; "
                       f"repeats after {campaign.repeat.days} days")
    period = count if campaign.repeat else 0
    key = idempotency_key(campaign.name, step.key, contact.id, period)
    row = lookups.by_key(key) if lookups is not None else app.ledger.deliveries.by_key(key)
    if row is not None and row.state != "planned":
        return period, f"already {row.state} ({row.error or 'earlier plan'})"
    return period, None
