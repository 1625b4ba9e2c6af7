"""A template that writes a contact field the person does not have is a render error
asking for it, never "Hi ," sent to someone (issue 13 item 7)."""

from __future__ import annotations

import pytest

from orchestrator.errors import CampaignError
from orchestrator.model import Contact, Identity


def nameless(world, **fields):
    w = world(people=2)
    contact_id = w.app.ledger.contacts.create(Contact(
        tags=["focus"], notes="Met at the Harvest Fair in Galway; talked about sourdough.",
        identities=[Identity(w.channel.name, "nameless", "@nameless")], **fields))
    return w, contact_id


def test_an_empty_first_name_the_template_writes_is_a_render_error_for_that_person(world):
    """That person is left out with the reason (asking for the name); the others plan."""
    from orchestrator.campaigns.loader import load_campaign
    from orchestrator.campaigns.planner import plan_campaign

    w, contact_id = nameless(world)
    result = plan_campaign(w.app, load_campaign(w.app.workspace.campaigns_dir / "intro.toml"))
    assert contact_id not in {d.contact_id for d in result.drafts}
    assert len(result.drafts) == 2
    (skip,) = [s for s in result.skipped if s.contact_id == contact_id]
    assert (f"(contact {contact_id}, @nameless): the template writes contact.first_name, "
            "which is empty for this person") in skip.reason
    assert "first name" in skip.reason


def test_when_nobody_can_be_rendered_the_plan_stops_with_the_render_error(world):
    w = world(people=0)
    w.app.ledger.contacts.create(Contact(
        tags=["focus"], notes="Met at the Harvest Fair in Galway.",
        identities=[Identity(w.channel.name, "nameless", "@nameless")]))
    with pytest.raises(CampaignError, match="empty for this person"):
        w.plan(review=False)


def test_a_template_that_guards_the_field_plans_everyone(world):
    w, contact_id = nameless(world)
    toml = w.app.workspace.campaigns_dir / "intro.toml"
    toml.write_text(toml.read_text().replace(
        "Hi {{ contact.first_name }},",
        "{% if contact.first_name %}Hi {{ contact.first_name }},{% else %}Hello,{% endif %}"))
    plan_id = w.plan(review=False)
    drafts = {d.contact_id: d for d in w.app.ledger.plans.drafts(plan_id)}
    assert drafts[contact_id].text.startswith("Hello, ")
    assert len(drafts) == 3


@pytest.mark.parametrize("expression", ["{{ contact.first_name or 'there' }}",
                                        "{{ contact.first_name|default('there', true) }}"])
def test_a_fallback_in_the_template_is_not_an_empty_field(world, expression):
    w, contact_id = nameless(world)
    toml = w.app.workspace.campaigns_dir / "intro.toml"
    toml.write_text(toml.read_text().replace("{{ contact.first_name }}", expression))
    drafts = {d.contact_id: d for d in w.app.ledger.plans.drafts(w.plan(review=False))}
    assert drafts[contact_id].text.startswith("Hi there, ")


def test_an_empty_field_the_template_does_not_write_is_fine(world):
    w, contact_id = nameless(world, first_name="Wren")  # no company, title, headline...
    drafts = {d.contact_id: d for d in w.app.ledger.plans.drafts(w.plan(review=False))}
    assert drafts[contact_id].text.startswith("Hi Wren, ")


# The check renders again only for the empty fields a template names (it rendered every
# draft twice before); a template that uses `contact` in a way the text cannot tell is
# checked for every empty field, as before.

@pytest.mark.parametrize(("sources", "expected"), [
    (["Hi {{ contact.first_name }}", "{{ contact['company'] }} news"],
     {"first_name", "company"}),
    (["{% if contact.title %}{{ contact.title.upper() }}{% endif %}", None], {"title"}),
    (["{{ sender.name }} only"], set()),
    (["{% set c = contact %}{{ c.first_name }}"], None),
    (["{% for k, v in contact.items() %}{{ v }}{% endfor %}"], {"items"}),
    (["{{ contact[field] }}"], None),
    (["{{ contact|tojson }}"], None),
    (["{% include 'other.j2' %}"], None),
    (["{% macro m(person) %}{{ person.first_name }}{% endmacro %}{{ m(contact) }}"], None),
])
def test_the_contact_fields_a_template_names(sources, expected):
    from orchestrator.campaigns.drafting import contact_fields_used
    from orchestrator.campaigns.templates import make_environment

    used = contact_fields_used(make_environment(), sources)
    assert used == (None if expected is None else frozenset(expected))


@pytest.mark.parametrize("greeting", ["{% set person = contact %}Hi {{ person.first_name }},",
                                      "Hi {{ contact.get('first_name') }},"])
def test_an_empty_field_reached_another_way_is_still_found(world, greeting):
    w, contact_id = nameless(world)
    toml = w.app.workspace.campaigns_dir / "intro.toml"
    toml.write_text(toml.read_text().replace("Hi {{ contact.first_name }},", greeting))
    from orchestrator.campaigns.loader import load_campaign
    from orchestrator.campaigns.planner import plan_campaign

    result = plan_campaign(w.app, load_campaign(toml))
    (skip,) = [s for s in result.skipped if s.contact_id == contact_id]
    assert "the template writes contact.first_name" in skip.reason
