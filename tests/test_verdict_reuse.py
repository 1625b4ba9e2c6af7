"""Preview and send check a stored plan again, but evaluate a step only when what its
verdicts are computed from changed (policy.gate): the same inputs give the same verdicts,
so the stored ones are used. Anything that changes an input - a draft, the person's
record, the policy's code - is evaluated again; with a third-party check installed,
everything is. On both backends."""

from __future__ import annotations

import pytest

from orchestrator import hookimpl
from orchestrator.api import Finding
from orchestrator.policy import gate
from orchestrator.policy.gate import check_drafts, recheck_plan
from orchestrator.testing import FakeChannelPlugin

pytestmark = pytest.mark.parametrize("ledger_backend", ["sqlite", "postgresql"], indirect=True)


def fresh_verdicts(app, plan_id: str) -> dict[str, dict]:
    """Every verdict of the plan computed now, nothing reused."""
    drafts = app.ledger.plans.drafts(plan_id)
    for d in drafts:
        d.checked = ""
    plan = app.ledger.plans.get(plan_id)
    check_drafts(app, drafts, templates={k: s.template for k, s in plan.steps.items()})
    return {d.id: d.verdict.as_json() for d in drafts}


def test_a_reviewed_plan_is_not_evaluated_again_and_its_verdicts_are_the_fresh_ones(
        world, evaluations):
    w = world(people=4)
    plan_id = w.plan()  # planned, then reviewed: evaluated twice
    evaluations.clear()

    again = recheck_plan(w.app, plan_id)

    assert evaluations == []
    assert {d.id: d.verdict.as_json() for d in again} == fresh_verdicts(w.app, plan_id)
    assert all(d.verdict.allowed for d in again)


def test_a_changed_record_is_evaluated_again(world, evaluations):
    w = world(people=3)
    plan_id = w.plan()
    contact_id = w.ids[0]
    w.app.ledger.contacts.edit(contact_id, notes="We have never met.")
    evaluations.clear()

    again = {d.contact_id: d for d in recheck_plan(w.app, plan_id)}

    assert evaluations == ["intro/" + again[contact_id].step_key]
    assert not again[contact_id].verdict.allowed  # the note's details match nothing now
    evaluations.clear()
    recheck_plan(w.app, plan_id)  # and the new verdicts were stored: not evaluated again
    assert evaluations == []


def test_other_policy_code_is_evaluated_again(world, evaluations, monkeypatch):
    w = world(people=2)
    plan_id = w.plan()
    monkeypatch.setattr(gate, "_policy_code", lambda: "another version of the policy")
    evaluations.clear()
    recheck_plan(w.app, plan_id)
    assert len(evaluations) == 1


class NoBuzzwords:
    name = "no-buzzwords"

    def check(self, batch):
        for draft in batch.drafts:
            if "synergy" in draft.text.lower():
                yield Finding(draft.id, "buzzword", "uses synergy")


class BuzzPlugin:
    @hookimpl
    def outreach_register_policy_checks(self, registry):
        registry.add(NoBuzzwords())


def test_with_a_third_party_check_every_step_is_evaluated_every_time(world, make_app,
                                                                     evaluations):
    w = world(people=2)
    app = make_app(home=w.app.workspace.home, clock=w.clock,
                   extra_plugins=[FakeChannelPlugin(w.channel), BuzzPlugin()])
    w.app = app
    plan_id = w.plan()
    evaluations.clear()
    recheck_plan(app, plan_id)
    recheck_plan(app, plan_id)
    assert len(evaluations) == 2


def test_refusals_come_back_word_for_word(world, evaluations):
    w = world(people=3)
    plan_id = w.plan(review=False)  # no personal notes: refused, reasons naming each other
    evaluations.clear()
    again = recheck_plan(w.app, plan_id)
    assert evaluations == []
    assert not any(d.verdict.allowed for d in again)
    assert {d.id: d.verdict.as_json() for d in again} == fresh_verdicts(w.app, plan_id)
