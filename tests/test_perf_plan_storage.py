"""A plan's drafts are stored in batches (executemany): read back, every draft is the one
planned, in order, whatever the batch size."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("ledger_backend", ["sqlite", "postgresql"], indirect=True)
@pytest.mark.parametrize("batch", [5, 500])
def test_a_stored_plan_reads_back_as_planned(world, ledger_backend, monkeypatch, batch):
    from orchestrator.campaigns.planner import plan_campaign
    from orchestrator.ledger import plans

    monkeypatch.setattr(plans, "_INSERT_BATCH", batch)  # 12 drafts: 3 batches, or 1
    w = world(people=12)
    result = plan_campaign(w.app, w.campaign)
    stored = w.app.ledger.plans.drafts(result.plan_id)
    assert [d.id for d in stored] == [d.id for d in result.drafts]
    assert [d.id for d in stored] == [f"{result.plan_id}-{i}" for i in range(1, 13)]
    for planned, back in zip(result.drafts, stored):
        assert back.rendered == planned.rendered
        assert (back.text, back.subject, back.verdict.decision, back.idempotency_key,
                back.recipient, back.contact_id) == (
            planned.text, planned.subject, planned.verdict.decision, planned.idempotency_key,
            planned.recipient, planned.contact_id)
    [summary] = w.app.ledger.plans.list()
    assert (summary.drafts, summary.allowed) == (12, sum(d.verdict.allowed for d in stored))
