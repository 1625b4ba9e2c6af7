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

from attrs import define, field

from ..channels import ChannelManifest, KindSpec
from ..errors import CampaignError
from ..model import Campaign, Contact, Draft, Mode, Step
from ..settings import channel_problems, check_settings
from .audience import Skip, select_audience
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

    def as_json(self) -> dict:
        return {
            "plan_id": self.plan_id,
            "campaign": self.campaign.name,
            "drafts": [d.as_json() for d in self.drafts],
            "skipped": [{"contact_id": s.contact_id, "name": s.name, "step": s.step,
                         "reason": s.reason} for s in self.skipped],
            "problems": list(self.problems),
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
    ledger; a caller that records a new run passes the value it read before doing so)."""
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
    result = PlanResult(campaign=campaign, drafts=[], skipped=skipped)
    reached: set[int] = set()
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
        for contact in people:
            reason = None
            recipient = channel.recipient(contact)
            if step.fallback and contact.id in reached:
                reason = "reached by an earlier step"
            elif recipient is None:
                reason = f"no {manifest.platform} identity"
            else:
                reason = channel.skip_reason(context, contact, step.kind)
            period, reason = _period(app, campaign, step, contact, now, reason)
            if reason is None and step.after is not None:
                reason = _waiting_for_previous(app, campaign, step, contact, now)
            if reason is not None:
                result.skipped.append(Skip(contact.id, contact.name, step.label, reason))
                continue
            reached.add(contact.id)
            mode = choose_mode(step, spec, contact.id in wrote_first)
            modes_used.add(mode)
            note = ledger.plans.previous_note(campaign.name, step.key, contact.id)
            subject, text = builder.render(step.key, contact, note)
            seq += 1
            draft = Draft(
                id=f"draft-{seq}", plan_id="", seq=seq, contact_id=contact.id,
                campaign=campaign.name, step=step.index, step_key=step.key,
                step_label=step.label, channel=step.channel, kind=step.kind, mode=mode,
                recipient=recipient, subject=subject, text=text, personal_note=note,
                idempotency_key=idempotency_key(campaign.name, step.key, contact.id, period),
                verdict=_UNCHECKED,
            )
            draft.rendered = channel_view(channel, draft, contact, settings)
            result.drafts.append(draft)
        for mode in sorted(modes_used):
            for problem in channel_problems(app, step.channel, mode):
                result.problems.append(f"{step.label}: {problem}")
    from ..policy.gate import check_drafts

    check_drafts(app, result.drafts, templates={s.key: s.template for s in campaign.steps},
                 contacts={c.id: c for c in audience})
    if store:
        result.plan_id = ledger.plans.create(campaign.name, campaign.path, result.drafts,
                                             steps=steps)
    return result


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


def _period(app, campaign: Campaign, step: Step, contact: Contact, now: datetime,
            reason: str | None) -> tuple[int, str | None]:
    """Which repeat period this draft belongs to, or why the step must not reach them again.

    The period is part of the idempotency key: without ``repeat`` it is always 0, so a
    step reaches a person once, ever; with ``repeat`` it counts the earlier sends.
    """
    count, last = app.ledger.deliveries.sent_count(campaign.name, step.key, contact.id)
    if reason is not None:
        return count, reason
    if count and campaign.repeat is None:
        return count, "already reached by this step"
    if count and last is not None and now - last < campaign.repeat:
        return count, (f"reached by this step on {last:%Y-%m-%d}; "
                       f"repeats after {campaign.repeat.days} days")
    period = count if campaign.repeat else 0
    row = app.ledger.deliveries.by_key(idempotency_key(campaign.name, step.key, contact.id, period))
    if row is not None and row.state != "planned":
        return period, f"already {row.state} ({row.error or 'earlier plan'})"
    return period, None


def _waiting_for_previous(app, campaign: Campaign, step: Step, contact: Contact,
                          now: datetime) -> str | None:
    if step.index == 0:
        return None
    previous = campaign.steps[step.index - 1]
    sent = app.ledger.deliveries.last_sent_at(campaign.name, previous.key, contact.id)
    if sent is None:
        return f"waiting for {previous.label}"
    if now - sent < step.after:
        return f"{previous.label} went out {sent:%Y-%m-%d}; this step follows after {step.after.days} days"
    return None

