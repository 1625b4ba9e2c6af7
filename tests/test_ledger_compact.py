"""A finished plan gives back what it no longer needs (issue 17: the ledger kept about
2.1 KB per planned draft forever): the channel's view of each sent or failed draft goes,
the draft's text, verdict, outbox row and touch point stay, and a preview builds the view
again. On both backends."""

from __future__ import annotations

import pytest

from orchestrator.campaigns.drafting import refresh_views
from orchestrator.policy.gate import recheck_plan
from orchestrator.testing import invoke

from ledger_sql import rows

pytestmark = pytest.mark.parametrize("ledger_backend", ["sqlite", "postgresql"], indirect=True)


def views(app, plan_id: str) -> list[str]:
    return [r[0] for r in rows(app.ledger, "SELECT rendered_json FROM drafts WHERE plan_id = ? "
                                           "ORDER BY seq", (plan_id,))]


def test_a_sent_plan_drops_its_channel_views_and_keeps_its_history(world):
    w = world(people=3)
    plan_id = w.plan()
    assert all(view != "{}" for view in views(w.app, plan_id))  # a plan keeps them until sent

    summary = w.runner().send_plan(plan_id)

    assert summary.sent == 3 and w.app.ledger.plans.get(plan_id).status == "sent"
    assert views(w.app, plan_id) == ["{}"] * 3
    drafts = w.app.ledger.plans.drafts(plan_id)
    assert all(d.text and d.verdict.allowed for d in drafts)  # text and verdict stay
    assert w.states() == {"sent": 3}
    assert len(w.app.ledger.touchpoints.query(direction="out")) == 3
    again = recheck_plan(w.app, plan_id)  # a later preview builds the view again
    refresh_views(w.app, again)
    assert all(d.rendered.get("text") == d.text for d in again)


def test_an_unfinished_plan_keeps_its_views(world):
    w = world(people=2)
    plan_id = w.plan()
    assert w.app.ledger.plans.compact() == 0
    assert all(view != "{}" for view in views(w.app, plan_id))


def test_ledger_compact_catches_up_on_older_plans_and_gives_space_back(world, ledger_backend):
    w = world(people=8)  # the world's details repeat past 8: more would be near-duplicates
    plan_id = w.plan()
    assert w.runner().send_plan(plan_id).sent == 8
    with w.app.ledger.transaction():  # as a plan sent before compaction existed left it
        w.app.ledger._execute("UPDATE drafts SET rendered_json = ? WHERE plan_id = ?",
                              ('{"text": "' + "x" * 2000 + '"}', plan_id))
    home = w.app.workspace.home
    w.app.close()

    result = invoke(["ledger", "compact", "--json"], env={"OUTREACH_HOME": str(home)})

    assert result.exit_code == 0, result.stderr
    report = result.json()
    assert report["drafts"] == 8
    if ledger_backend == "sqlite":
        assert report["bytes_after"] < report["bytes_before"]
    else:
        assert report["bytes_before"] is None  # a server's database has no file of ours
    again = invoke(["ledger", "compact"], env={"OUTREACH_HOME": str(home)})
    assert "Compacted 0 drafts" in again.stdout
