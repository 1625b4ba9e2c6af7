"""Review: the user writes each draft's personal part; drafts are re-rendered and re-checked.

The personal note is the ``personal_note`` template variable, so the shared part of a
message stays exactly what the campaign says, and the note the user wrote is kept for the
next plan of the same step. The whole plan is re-checked after any change, because a
near-duplicate is a property of a step's drafts together.

Review may run while the plan is being sent: an edit or skip stored before the send claims
that draft is what the send uses (the claim compares the stored draft), and one that comes
too late is refused with "being sent right now" - never reported as done.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping

import jinja2.meta

from ..errors import InputError
from .drafting import DraftBuilder, channel_view
from .templates import make_environment

if TYPE_CHECKING:
    from ..app import App
    from ..model import Draft


def uses_personal_note(template: str) -> bool:
    env = make_environment()
    try:
        return "personal_note" in jinja2.meta.find_undeclared_variables(env.parse(template))
    except jinja2.TemplateSyntaxError:
        return False


def apply_review(app: "App", plan_id: str, *, notes: Mapping[str, str] | None = None,
                 statuses: Mapping[str, str] | None = None) -> list["Draft"]:
    from ..policy.gate import check_drafts

    notes, statuses = dict(notes or {}), dict(statuses or {})
    plan = app.ledger.plans.get(plan_id)
    if plan.status != "planned":
        raise InputError(f"plan {plan_id} is {plan.status} and can no longer be edited",
                         "Make a new plan with `outreach plan`.")
    drafts = app.ledger.plans.drafts(plan_id)
    known = {d.id for d in drafts}
    unknown = (set(notes) | set(statuses)) - known
    if unknown:
        raise InputError(f"not drafts of plan {plan_id}: {', '.join(sorted(unknown))}")
    for draft_id in sorted(set(notes) | set(statuses)):
        row = app.ledger.deliveries.for_draft(draft_id)
        if row is not None and row.state not in ("planned", "sending"):
            raise InputError(f"draft {draft_id} is already {row.state}; what was sent "
                             "cannot be edited", "Nothing was changed.")
    contacts = {c.id: c for c in app.ledger.contacts.all({d.contact_id for d in drafts})}
    builder = DraftBuilder(app.workspace.campaigns_dir, plan.campaign, plan.steps.values(),
                           app.workspace.sender)
    before = {d.id: (d.text, d.personal_note, d.status, d.verdict.decision) for d in drafts}
    for draft in drafts:
        if draft.id in statuses:
            draft.status = statuses[draft.id]
        if draft.id not in notes:
            continue
        draft.personal_note = " ".join(notes[draft.id].split())
        draft.subject, draft.text = builder.render(draft.step_key, contacts[draft.contact_id],
                                                   draft.personal_note)
        channel = app.plugins.channel(draft.channel)
        draft.rendered = channel_view(channel, draft, contacts[draft.contact_id],
                                      app.settings(draft.channel))
    checked = {d.id: d.checked for d in drafts}
    check_drafts(app, drafts, templates={k: s.template for k, s in plan.steps.items()},
                 contacts=contacts)
    # Written in one transaction that refuses if a send has claimed an edited draft
    # meanwhile (see PlanStore.update_drafts): a running send never misses a review.
    edited = set(notes) | set(statuses)
    changed = [d for d in drafts if before[d.id] != (d.text, d.personal_note, d.status,
                                                     d.verdict.decision) or d.id in notes]
    app.ledger.plans.update_drafts(changed, guard=edited)
    # The others' verdicts stand, now for the step as reviewed: preview and send reuse them.
    stored = {d.id for d in changed}
    app.ledger.plans.store_verdicts([d for d in drafts if d.id not in stored
                                     and d.checked != checked[d.id]])
    return drafts
