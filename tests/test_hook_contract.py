"""The hook contract is true: every hook is called, and with what its annotations say.

A spy plugin implements every hook of :mod:`orchestrator.hookspecs` with every argument,
one real week runs (import, plan, review, send), and each argument the spy received is
checked against the hook's annotation. A hook nobody calls, or an annotation that lies
about what plugins receive, fails here.
"""

from __future__ import annotations

import inspect
import typing
import warnings
from datetime import datetime
from typing import Any, Iterable

import click
import pytest

from orchestrator import hookimpl, hookspecs
from orchestrator.api import PluginContext
from orchestrator.campaigns.loader import load_campaign
from orchestrator.campaigns.planner import plan_campaign
from orchestrator.campaigns.review import apply_review
from orchestrator.channels import Channel
from orchestrator.delivery.runner import Runner
from orchestrator.model import (
    Campaign,
    Contact,
    ContactRecord,
    Delivery,
    Identity,
    LinkProposal,
    OutreachDeprecationWarning,
)
from orchestrator.policy.types import PolicyCheck
from orchestrator.registry import AudienceSource, Importer, Registrar, Sync
from orchestrator.testing import FakeChannel, FakeChannelPlugin, FakeClock

HOOKS = sorted(name for name in dir(hookspecs) if name.startswith("outreach_"))
# Deprecated arguments are still passed (for one release) but are not the contract.
DEPRECATED = {"app"}


class Spy:
    """Implements every hook with every argument and records what it was given."""

    def __init__(self) -> None:
        self.calls: dict[str, list[dict[str, Any]]] = {name: [] for name in HOOKS}


def _spy_method(name: str):
    """A method with the hook's exact argument names (pluggy reads them from the code)."""
    params = [p for p in inspect.signature(getattr(hookspecs, name)).parameters
              if p not in DEPRECATED]
    source = (f"def {name}(self, {', '.join(params)}):\n"
              f"    self.calls[{name!r}].append({{{', '.join(f'{p!r}: {p}' for p in params)}}})\n")
    namespace: dict[str, Any] = {}
    exec(source, namespace)  # noqa: S102 - test scaffolding built from our own hookspecs
    return hookimpl(namespace[name])


for _name in HOOKS:
    setattr(Spy, _name, _spy_method(_name))


def _hints(name: str) -> dict[str, Any]:
    namespace = {**vars(hookspecs), "click": click, "PluginContext": PluginContext,
                 "Channel": Channel, "Campaign": Campaign, "Contact": Contact,
                 "Delivery": Delivery, "Identity": Identity, "LinkProposal": LinkProposal,
                 "PolicyCheck": PolicyCheck, "AudienceSource": AudienceSource,
                 "Importer": Importer, "Registrar": Registrar, "Sync": Sync,
                 "datetime": datetime,
                 "Any": Any, "Iterable": Iterable}
    return typing.get_type_hints(getattr(hookspecs, name), globalns=namespace)


def _conforms(value: Any, annotation: Any) -> bool:
    if annotation is Any:
        return True
    origin = typing.get_origin(annotation)
    if origin is not None:
        return isinstance(value, origin)
    if getattr(annotation, "_is_protocol", False):
        members = {m for m in vars(annotation) if not m.startswith("_")}
        return all(hasattr(value, m) for m in members)
    return isinstance(value, annotation)


@pytest.fixture
def week(make_app):
    """One week of a real workspace with the spy loaded: every hook gets called."""
    spy = Spy()
    clock = FakeClock()
    channel = FakeChannel()
    app = make_app(extra_plugins=[FakeChannelPlugin(channel), spy], clock=clock)
    app.workspace.init("Robin Ashdown", "Founder of Tidewater Analytics")
    (app.workspace.campaigns_dir / "intro.toml").write_text(
        'name = "intro"\ndescription = "Introductions after the Harvest Fair"\n'
        '[audience]\ntags = ["focus"]\nsource = "new-contacts"\n'
        '[[steps]]\nchannel = "fake"\nkind = "message"\n'
        'body = "Hi {{ contact.first_name }}, {{ personal_note }} I am Robin."\n')
    from orchestrator.contacts.importing import import_file, import_records

    card = app.workspace.home / "people.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Brid Example\r\nN:Example;Brid;;;\r\n"
                    "EMAIL:brid@example.com\r\nEND:VCARD\r\n")
    assert import_file(app, "vcard", card).created == 1

    summary = import_records(app, "test", [ContactRecord(
        first_name="Aoife", last_name="Example", tags=["focus"],
        notes="Met at the Harvest Fair in Galway; talked about sourdough starters.",
        identities=[Identity("fake", "aoife")])])
    plan = plan_campaign(app, load_campaign(app.workspace.campaigns_dir / "intro.toml"))
    apply_review(app, plan.plan_id, notes={
        plan.drafts[0].id: "Good talking about sourdough starters at the Harvest Fair."})
    Runner(app, sleep=clock.sleep).send_plan(plan.plan_id)
    from orchestrator.syncing import run_syncs

    run_syncs(app)  # what `outreach run` does before planning
    app.plugins.register_commands(click.Group("outreach"))
    assert summary.created == 1
    return spy


def test_every_hook_is_called_in_a_real_week(week):
    never = [name for name, calls in week.calls.items() if not calls]
    assert not never, f"hooks no scenario calls: {never}"


@pytest.mark.parametrize("name", HOOKS)
def test_hook_arguments_are_what_the_annotations_say(week, name):
    hints = _hints(name)
    for call in week.calls[name]:
        assert set(call) == set(hints) - {"return"} - DEPRECATED
        for argument, value in call.items():
            assert _conforms(value, hints[argument]), (
                f"{name}({argument}=...) got {type(value).__name__}, "
                f"annotated {hints[argument]}")


def test_hooks_evolve_by_adding_arguments_old_implementations_keep_working(make_app):
    """A plugin written against the 0.1 hooks (``app``, dict deliveries) still runs, warned."""
    seen: dict[str, Any] = {}

    class OldPlugin:
        @hookimpl
        def outreach_before_plan(self, app, campaign, dry_run):
            seen["contacts"] = app.ledger.contacts.count()

        @hookimpl
        def outreach_after_send(self, app, delivery):
            seen["state"] = delivery["state"]

        @hookimpl
        def outreach_register_audience_sources(self, registry):
            registry.add("old:everyone",
                         lambda app, campaign, since: [c.id for c in app.ledger.contacts.all()])

    clock = FakeClock()
    channel = FakeChannel()
    app = make_app(extra_plugins=[FakeChannelPlugin(channel), OldPlugin()], clock=clock)
    app.workspace.init("Robin Ashdown", "Founder of Tidewater Analytics")
    (app.workspace.campaigns_dir / "old.toml").write_text(
        '[audience]\nsource = "old:everyone"\n[[steps]]\nchannel = "fake"\nkind = "message"\n'
        'body = "Hi {{ contact.first_name }}, {{ personal_note }} I am Robin."\n')
    from orchestrator.contacts.importing import import_records

    import_records(app, "test", [ContactRecord(
        first_name="Aoife", notes="Met at the Harvest Fair in Galway.",
        identities=[Identity("fake", "aoife")])])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plan = plan_campaign(app, load_campaign(app.workspace.campaigns_dir / "old.toml"))
        apply_review(app, plan.plan_id,
                     notes={plan.drafts[0].id: "Good talking about rye at the Harvest Fair."})
        Runner(app, sleep=clock.sleep).send_plan(plan.plan_id)
    assert seen == {"contacts": 1, "state": "sent"}
    assert [d.contact_id for d in plan.drafts] == [1]
    messages = [str(w.message) for w in caught if issubclass(w.category,
                                                             OutreachDeprecationWarning)]
    assert any("'app' argument of outreach_before_plan" in m for m in messages)
    assert any("delivery.state instead of delivery['state']" in m for m in messages)
    assert any("used 'ledger'" in m for m in messages)


def test_the_conformance_check_itself_tells_types_apart(make_app):
    app = make_app()
    assert _conforms(app.context("fake"), PluginContext)
    assert not _conforms(app, PluginContext)  # the App is not what plugins get
    assert not _conforms({"state": "sent"}, Delivery)
    assert not _conforms(object(), Registrar[Importer])
