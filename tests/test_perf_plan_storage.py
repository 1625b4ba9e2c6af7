"""A plan's drafts are stored in batches and keep the channel's view without the draft's
text twice: read back, every draft is the one planned (its view's keys in order)."""

from __future__ import annotations

import json

import pytest

from orchestrator.ledger.plans import rendered_dumps, rendered_loads

VIEWS = [
    ({"text": "Hi Ada,\nbody\n\nUnsubscribe: x", "subject": "S", "link": None,
      "instructions": "", "headers": [["From", "a@b"]]}, "Hi Ada,\nbody"),
    ({"text": "Hi Ada", "subject": None, "error": "bad header"}, "Hi Ada"),  # no footer
    ({"text": "other text", "subject": "S"}, "Hi Ada"),  # not the draft's text: as it was
    ({}, "Hi Ada"),
    ({"subject": "S", "text": "Hi Ada and more"}, "Hi Ada"),  # text not first: as it was
    ({"text": None, "link": "https://x"}, "Hi"),
    ({"text": "Hi 日本語 \x1b", "text_after_draft": "y"}, "Hi"),  # the key taken: as it was
]


@pytest.mark.parametrize("view,text", VIEWS, ids=range(len(VIEWS)))
def test_a_view_reads_back_as_it_was_written(view, text):
    back = rendered_loads(rendered_dumps(view, text), text)
    assert back == view
    assert list(back) == list(view)


@pytest.mark.parametrize("ledger_backend", ["sqlite", "postgresql"], indirect=True)
def test_a_stored_plan_reads_back_as_planned(world, ledger_backend):
    from orchestrator.campaigns.planner import plan_campaign

    w = world(people=12)
    result = plan_campaign(w.app, w.campaign)
    stored = w.app.ledger.plans.drafts(result.plan_id)
    assert [d.id for d in stored] == [d.id for d in result.drafts]
    for planned, back in zip(result.drafts, stored):
        assert back.rendered == planned.rendered
        assert list(back.rendered) == list(planned.rendered)
        assert (back.text, back.subject, back.verdict.decision) == (
            planned.text, planned.subject, planned.verdict.decision)
    rows = w.app.ledger._query("SELECT text, rendered_json FROM drafts WHERE plan_id = ?",
                               (result.plan_id,))
    compact = [(text, view) for text, view in rows if "text_after_draft" in json.loads(view)]
    assert compact
    for text, stored_view in compact:
        assert json.dumps(text)[1:-1] not in stored_view  # the text once, not twice
