"""Quotas on a team's ledger stay per sender account: each member sends from their own
mailbox and accounts, and the shared ledger counts each member's own sends."""

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
