"""Two members sending on one PostgreSQL ledger: quotas stay per sender account (each
sends from their own mailbox and accounts, counted from the shared ledger), and a
campaign's idempotency keys are the team's, whoever planned it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from orchestrator.campaigns.loader import load_campaign
from orchestrator.campaigns.planner import plan_campaign
from orchestrator.campaigns.review import apply_review
from orchestrator.channels import Quota
from orchestrator.delivery.runner import Runner
from orchestrator.testing import fake_manifest

from core_details import note_for
from team_members import member_app

pytestmark = pytest.mark.parametrize("ledger_backend", ["postgresql"], indirect=True)


def test_quotas_count_each_members_own_account(world, make_app, tmp_path, ledger_backend):
    """Each member sends from their own account, so a daily cap of 2 lets ana and ben send
    2 each from one shared plan; the shared ledger counts each one's own sends."""
    w = world(people=5, manifest=fake_manifest(
        quotas=(Quota(limit=2, window=timedelta(days=1), name="daily"),)))
    ana = member_app(make_app, w, w.app.workspace.home, "ana")
    intro = ana.workspace.campaigns_dir / "intro.toml"
    plan = plan_campaign(ana, load_campaign(intro))
    apply_review(ana, plan.plan_id, notes={d.id: note_for(w.ids.index(d.contact_id))
                                           for d in plan.drafts})
    home = tmp_path / "ben"
    make_app(home=home).workspace.init("Sam Teller", "Pricing, Tidewater")
    ben = member_app(make_app, w, home, "ben")

    first = Runner(ana, sleep=w.clock.sleep).send_plan(plan.plan_id)
    second = Runner(ben, sleep=w.clock.sleep).send_plan(plan.plan_id)
    again = Runner(ana, sleep=w.clock.sleep).send_plan(plan.plan_id)

    assert (first.sent, first.held_by_quota) == (2, 3)
    assert (second.sent, second.held_by_quota) == (2, 1)
    assert (again.sent, again.held_by_quota) == (0, 1)
    assert len(w.channel.delivered) == 4
    assert len({m.recipient.key for m in w.channel.delivered}) == 4  # nobody twice


def test_two_members_planning_one_campaign_share_its_idempotency_keys(world, make_app,
                                                                       tmp_path):
    """ana and ben each plan the same campaign the same week (two plans, before either
    sends): the step's key is per person, team-wide, so each person gets it once."""
    w = world(people=4)
    ana = member_app(make_app, w, w.app.workspace.home, "ana")
    home = tmp_path / "ben"
    make_app(home=home).workspace.init("Sam Teller", "Pricing, Tidewater")
    ben = member_app(make_app, w, home, "ben")
    (home / "campaigns" / "intro.toml").write_text(
        (ana.workspace.campaigns_dir / "intro.toml").read_text())
    plans = []
    for app in (ana, ben):
        plan = plan_campaign(app, load_campaign(app.workspace.campaigns_dir / "intro.toml"))
        apply_review(app, plan.plan_id, notes={d.id: note_for(w.ids.index(d.contact_id))
                                               for d in plan.drafts})
        plans.append(plan)
    assert len(plans[0].drafts) == len(plans[1].drafts) == 4

    first = Runner(ana, sleep=w.clock.sleep).send_plan(plans[0].plan_id)
    second = Runner(ben, sleep=w.clock.sleep).send_plan(plans[1].plan_id)

    assert first.sent == 4 and second.sent == 0 and second.already_done == 4
    assert sorted(m.recipient.key for m in w.channel.delivered) == sorted(
        f"person{i}" for i in range(4))



def test_a_colleagues_review_in_progress_is_never_sent_around(world, make_app, tmp_path):
    """ben's review of a draft holds its outbox row until it commits: ana's claim meanwhile
    passes the row over ("taken") instead of sending the text ben is replacing, and once
    he has committed her claim sees the draft changed (the runner reloads it)."""
    w = world(people=2)
    ana = member_app(make_app, w, w.app.workspace.home, "ana")
    home = tmp_path / "ben"
    make_app(home=home).workspace.init("Sam Teller", "Pricing, Tidewater")
    ben = member_app(make_app, w, home, "ben")
    plan = plan_campaign(ana, load_campaign(ana.workspace.campaigns_dir / "intro.toml"))
    apply_review(ana, plan.plan_id, notes={d.id: note_for(w.ids.index(d.contact_id))
                                           for d in plan.drafts})
    stale = ana.ledger.plans.drafts(plan.plan_id)[0]  # as ana's send read it
    row = ana.ledger.deliveries.ensure(stale)
    better = ("Good talking about sourdough starters at the Harvest Fair in Galway; the "
              "starter notes you asked for are attached.")

    with ben.ledger.transaction():  # ben's review, not committed yet
        apply_review(ben, plan.plan_id, notes={stale.id: better})
        during = ana.ledger.deliveries.claim_checked(row.id, stale)
    after = ana.ledger.deliveries.claim_checked(row.id, stale)

    assert during == "taken"  # passed over, not sent with the old text
    assert after == "changed"  # the runner reloads the draft and sends what ben wrote
    assert ana.ledger.deliveries.get(row.id).state == "planned"
