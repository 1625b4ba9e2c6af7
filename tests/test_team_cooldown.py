"""The audience cooldown counts every member's outreach, and says who reached a person.

A team shares one ledger: a person a colleague reached within the cooldown is left out of
your plan with the colleague's name ("reached by ana 3 days ago"); working alone, the
reason says when you did. A plan made before a colleague's send is checked again at the
claim, so two campaigns planned the same week still reach each person once.
"""

from __future__ import annotations

import re

import pytest

from orchestrator.campaigns.loader import load_campaign
from orchestrator.campaigns.planner import plan_campaign
from orchestrator.campaigns.review import apply_review
from orchestrator.delivery.runner import Runner

from core_details import DETAILS, note_for
from team_members import member_app

pytestmark = pytest.mark.parametrize("ledger_backend", ["sqlite", "postgresql"], indirect=True)

HELLO = ('name = "hello"\n[audience]\ntags = ["focus"]\ncooldown = "30d"\n[[steps]]\n'
         'channel = "fake"\nkind = "message"\nbody = """Hello {{ contact.first_name }}, '
         '{{ personal_note }} Sam from the Tidewater pricing desk here."""\n')


def plan_and_send(app, world, campaign_file, note=note_for) -> str:
    result = plan_campaign(app, load_campaign(campaign_file))
    apply_review(app, result.plan_id,
                 notes={d.id: note(world.ids.index(d.contact_id)) for d in result.drafts})
    Runner(app, sleep=world.clock.sleep).send_plan(result.plan_id)
    return result.plan_id


def other_note(index: int) -> str:
    event, city, topic = DETAILS[index % len(DETAILS)]
    return f"Sam here: after the {event} in {city} I ran the numbers on {topic}; a chart is due."


def test_a_person_reached_within_the_cooldown_is_skipped_with_who_and_when(
        world, make_app, tmp_path, ledger_backend):
    w = world(people=3)
    intro = w.app.workspace.campaigns_dir / "intro.toml"
    intro.write_text(intro.read_text().replace("[audience]\n", '[audience]\ncooldown = "30d"\n'))
    ana = member_app(make_app, w, w.app.workspace.home, "ana")
    plan_and_send(ana, w, intro)
    w.clock.advance(days=3)

    if ledger_backend == "postgresql":  # a colleague's workspace on the same ledger
        home = tmp_path / "ben"
        make_app(home=home).workspace.init("Sam Teller", "Pricing, Tidewater")
        ben = member_app(make_app, w, home, "ben")
    else:  # working alone: the same workspace, another campaign
        ben = ana
    hello = ben.workspace.campaigns_dir / "hello.toml"
    hello.write_text(HELLO)
    result = plan_campaign(ben, load_campaign(hello))

    assert result.drafts == []
    reasons = [s.reason for s in result.skipped]
    assert len(reasons) == 3
    if ledger_backend == "postgresql":
        assert all(r.startswith("reached by ana 3 days ago (2026-11-02), within the cooldown")
                   for r in reasons), reasons
    else:
        assert all(r.startswith("contacted on 2026-11-02 (3 days ago), within the cooldown")
                   for r in reasons), reasons
    w.clock.advance(days=28)  # past the cooldown: reached again
    assert len(plan_campaign(ben, load_campaign(hello)).drafts) == 3


def test_two_campaigns_planned_the_same_week_reach_each_person_once(world, make_app):
    w = world(people=4)
    intro = w.app.workspace.campaigns_dir / "intro.toml"
    intro.write_text(intro.read_text().replace("[audience]\n", '[audience]\ncooldown = "30d"\n'))
    hello = w.app.workspace.campaigns_dir / "hello.toml"
    hello.write_text(HELLO)
    app = member_app(make_app, w, w.app.workspace.home, "ana")
    first = plan_campaign(app, load_campaign(intro))
    second = plan_campaign(app, load_campaign(hello))  # before anything was sent
    assert len(first.drafts) == len(second.drafts) == 4
    apply_review(app, first.plan_id, notes={d.id: note_for(w.ids.index(d.contact_id))
                                            for d in first.drafts})
    apply_review(app, second.plan_id, notes={d.id: other_note(w.ids.index(d.contact_id))
                                             for d in second.drafts})
    runner = Runner(app, sleep=w.clock.sleep)
    sent = runner.send_plan(first.plan_id)
    cooled = runner.send_plan(second.plan_id)

    assert sent.sent == 4 and cooled.sent == 0 and cooled.cooled_down == 4
    assert len(w.channel.delivered) == 4
    assert all(re.fullmatch(r"reached just now with 'intro', within the cooldown since this "
                            r"plan was made; not sent", d["detail"])
               for d in cooled.details), cooled.details
    # the skipped drafts are not pending: the plan is done, and nothing waits in the outbox
    assert app.ledger.plans.get(second.plan_id).status == "sent"
    assert {d.status for d in app.ledger.plans.drafts(second.plan_id)} == {"skipped"}
    assert runner.send_plan(second.plan_id).sent == 0 and len(w.channel.delivered) == 4

