"""Each draft is built once, from the plan's step snapshot: plan, review and send agree."""

from __future__ import annotations

from orchestrator.campaigns.loader import load_campaign
from orchestrator.campaigns.planner import plan_campaign
from orchestrator.campaigns.review import apply_review
from orchestrator.model import Contact, Identity
from orchestrator.testing import FakeChannel, FakeChannelPlugin, FakeClock

BODY = ("Hi {{ contact.first_name }}, {{ personal_note }} "
        "I am writing about {{ campaign.description }}.")


def _workspace(make_app, description: str = "the Galway growers' cooperative"):
    channel = FakeChannel()
    app = make_app(extra_plugins=[FakeChannelPlugin(channel)], clock=FakeClock())
    app.workspace.init("Robin Ashdown", "Founder of Tidewater Analytics")
    path = app.workspace.campaigns_dir / "coop.toml"
    path.write_text(f'name = "coop"\ndescription = "{description}"\n[audience]\n'
                    f'tags = ["focus"]\n[[steps]]\nchannel = "fake"\nkind = "message"\n'
                    f'body = "{BODY}"\n')
    app.ledger.contacts.create(Contact(
        first_name="Aoife", last_name="Example", tags=["focus"],
        notes="Met at the Harvest Fair in Galway; talked about sourdough starters.",
        identities=[Identity("fake", "aoife", "aoife")]))
    return app, channel, path


def test_a_reviewed_draft_keeps_the_campaign_description(make_app):
    """Regression: review rebuilt the template variables with an empty description."""
    app, _, path = _workspace(make_app)
    plan = plan_campaign(app, load_campaign(path))
    (draft,) = plan.drafts
    assert draft.text.endswith("about the Galway growers' cooperative.")
    note = "Good talking about sourdough starters at the Harvest Fair."
    (reviewed,) = apply_review(app, plan.plan_id, notes={draft.id: note})
    assert note in reviewed.text
    assert reviewed.text.endswith("about the Galway growers' cooperative.")
    assert app.ledger.plans.draft(draft.id).text == reviewed.text


def test_review_renders_the_plan_as_planned_not_the_edited_campaign_file(make_app):
    app, _, path = _workspace(make_app)
    plan = plan_campaign(app, load_campaign(path))
    path.write_text(path.read_text().replace("I am writing about", "Buy now:"))
    (reviewed,) = apply_review(app, plan.plan_id, notes={
        plan.drafts[0].id: "Good talking about sourdough starters at the Harvest Fair."})
    assert "I am writing about the Galway growers' cooperative." in reviewed.text
    assert "Buy now" not in reviewed.text


def test_the_runner_hands_the_channel_the_reviewed_text(make_app):
    from orchestrator.delivery.runner import Runner

    app, channel, path = _workspace(make_app)
    plan = plan_campaign(app, load_campaign(path))
    (reviewed,) = apply_review(app, plan.plan_id, notes={
        plan.drafts[0].id: "Good talking about sourdough starters at the Harvest Fair."})
    Runner(app, sleep=lambda s: None).send_plan(plan.plan_id)
    (message,) = channel.delivered
    assert message.text == reviewed.text
    assert (message.draft_id, message.recipient.key) == (reviewed.id, "aoife")


def test_one_person_the_template_cannot_render_is_left_out_not_the_plan(make_app):
    """Someone without a first name in 'Hi {{ contact.first_name }}' is skipped with the
    reason (the preview shows it); everyone else is planned."""
    import pytest

    from orchestrator.errors import CampaignError

    app, _, path = _workspace(make_app)
    app.ledger.contacts.create(Contact(
        last_name="Nameless", tags=["focus"], notes="Met at the Harvest Fair in Galway.",
        identities=[Identity("fake", "nameless", "nameless")]))
    result = plan_campaign(app, load_campaign(path), store=False)
    assert len(result.drafts) == 1
    (skip,) = [s for s in result.skipped if s.reason.startswith("cannot render")]
    assert "contact.first_name" in skip.reason and "empty for this person" in skip.reason
    # Nobody renderable at all: the template itself is the problem, and the plan says so.
    path.write_text(path.read_text().replace("{{ contact.first_name }}",
                                             "{{ contact.first_name }}{{ 1 // 0 }}"))
    with pytest.raises(CampaignError, match="ZeroDivisionError"):
        plan_campaign(app, load_campaign(path), store=False)
