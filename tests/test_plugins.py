"""Plugin discovery, isolation and operator switches, through real entry points."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from orchestrator import hookspecs
from orchestrator.plugins import load_plugins

ROOT = Path(__file__).resolve().parents[1]


def outreach(*args: str, env: dict | None = None, home: Path | None = None):
    full_env = {**os.environ, **(env or {})}
    if home is not None:
        full_env["OUTREACH_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "orchestrator", *args], capture_output=True,
                          text=True, env=full_env, timeout=120)


def pip_install_target(source: Path, target: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
         "--no-build-isolation", "--target", str(target), str(source)],
        check=True, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="session")
def third_party(tmp_path_factory) -> Path:
    """The example plugin and a broken one, installed as real distributions."""
    target = tmp_path_factory.mktemp("site")
    pip_install_target(ROOT / "examples" / "orchestrator-nobuzz", target)
    broken = tmp_path_factory.mktemp("broken-src")
    (broken / "pyproject.toml").write_text(textwrap.dedent("""\
        [build-system]
        requires = ["setuptools>=68"]
        build-backend = "setuptools.build_meta"
        [project]
        name = "orchestrator-broken"
        version = "9.9.9"
        [project.entry-points.orchestrator]
        broken = "orchestrator_broken"
        [tool.setuptools]
        py-modules = ["orchestrator_broken"]
        """))
    (broken / "orchestrator_broken.py").write_text("raise ImportError('missing dependency foo')\n")
    pip_install_target(broken, target)
    return target


def test_bundled_plugins_are_found_through_entry_points(run_cli):
    result = run_cli("plugins", "--json")
    assert result.exit_code == 0, result.stderr
    rows = {row["name"]: row for row in result.json()}
    assert {"email", "linkedin", "twitter"} <= set(rows)
    for name in ("email", "linkedin", "twitter"):
        assert rows[name]["version"] == "0.1.0"
        assert rows[name]["distribution"] == f"orchestrator-{name}"
        assert [c["name"] for c in rows[name]["channels"]] == [name]
    linkedin = rows["linkedin"]["channels"][0]
    invitation = next(k for k in linkedin["kinds"] if k["name"] == "invitation")
    assert "api" not in invitation["modes"] and invitation["max_length"] == 200  # free
    dm = next(k for k in rows["twitter"]["channels"][0]["kinds"] if k["name"] == "dm")
    assert dm["modes"][0] == "assisted" and dm["automated_if"] == "they-wrote-first"


def test_block_list_and_allow_list(run_cli):
    blocked = run_cli("plugins", "--json", env={"OUTREACH_BLOCK_PLUGINS": "linkedin"}).json()
    status = {row["name"]: row["status"] for row in blocked}
    assert status["linkedin"] == "blocked" and status["email"] == "loaded"
    assert not next(r for r in blocked if r["name"] == "linkedin")["channels"]
    allowed = run_cli("plugins", "--json", env={"OUTREACH_PLUGINS": "email"}).json()
    status = {row["name"]: row["status"] for row in allowed}
    assert status == {"email": "loaded", "linkedin": "not allowed", "twitter": "not allowed"}


def test_third_party_plugin_is_discovered_and_a_broken_one_is_isolated(third_party, tmp_path):
    env = {"PYTHONPATH": str(third_party)}
    result = outreach("plugins", "--json", env=env, home=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = {row["name"]: row for row in json.loads(result.stdout)}
    assert rows["nobuzz"]["status"] == "loaded" and rows["nobuzz"]["version"] == "0.1.0"
    assert rows["broken"]["status"] == "failed"
    assert "missing dependency foo" in rows["broken"]["error"]
    warnings = [line for line in result.stderr.splitlines() if "broken" in line]
    assert len(warnings) == 1 and "failed to load" in warnings[0]
    assert {"email", "linkedin", "twitter"} <= {n for n, r in rows.items() if r["status"] == "loaded"}
    command = outreach("nobuzz", env=env, home=tmp_path)
    assert command.returncode == 0 and "synergy" in command.stdout


def test_strict_mode_makes_a_broken_plugin_fatal(third_party, tmp_path):
    result = outreach("plugins", env={"PYTHONPATH": str(third_party),
                                      "OUTREACH_STRICT_PLUGINS": "1"}, home=tmp_path)
    assert result.returncode == 4
    assert "broken" in result.stderr and "Traceback" not in result.stderr


def test_trace_hooks_prints_hook_calls(run_cli):
    result = run_cli("plugins", env={"OUTREACH_TRACE_HOOKS": "1"})
    assert result.exit_code == 0
    assert "outreach_register_channels" in result.stderr


def test_unknown_hook_is_refused_with_the_plugin_named(monkeypatch):
    from orchestrator import hookimpl
    from orchestrator.plugins import _check_hooks

    class Typo:
        @hookimpl
        def outreach_register_chanels(self, registry):  # the typo under test
            pass

    pm = load_plugins().pm
    with pytest.raises(Exception, match="typo-plugin.*outreach_register_chanels"):
        _check_hooks(pm, Typo(), "typo-plugin")


def test_duplicate_channel_names_are_rejected_naming_both_plugins():
    from orchestrator.errors import PluginError
    from orchestrator.registry import channel_registry
    from orchestrator.testing import FakeChannel

    registry = channel_registry()
    registry.bound("one").add(FakeChannel())
    with pytest.raises(PluginError, match="'one' and 'two'"):
        registry.bound("two").add(FakeChannel())


def test_a_plugin_raising_in_a_side_effect_hook_does_not_stop_the_others(capsys):
    from orchestrator import hookimpl

    calls = []

    class Bad:
        @hookimpl
        def outreach_event(self, name, payload, at):
            raise RuntimeError("boom")

    class Good:
        @hookimpl
        def outreach_event(self, name, payload, at):
            calls.append(name)

    plugins = load_plugins()
    plugins.pm.register(Bad(), name="bad")
    plugins.pm.register(Good(), name="good")
    plugins.emit("x.happened", {}, None)
    assert calls == ["x.happened"]
    assert "plugin 'bad' failed in outreach_event" in capsys.readouterr().err


def test_every_hook_is_documented_and_typed():
    docs = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    names = [n for n in dir(hookspecs) if n.startswith("outreach_")]
    assert len(names) >= 10
    for name in names:
        func = getattr(hookspecs, name)
        assert func.__doc__ and len(func.__doc__.strip()) > 40, name
        assert "return" in func.__annotations__, name
        assert f"`{name}`" in docs, f"{name} has no section in docs/plugins.md"


def test_loading_plugins_has_no_import_time_side_effects():
    code = ("import sys, orchestrator, orchestrator.plugins, orchestrator.hookspecs;"
            "print(any(m.startswith('orchestrator_') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False"


def test_help_stays_light_with_the_bundled_plugins():
    """`outreach --help` loads every plugin; none may pull heavy libraries into start-up."""
    code = ("import sys\n"
            "from orchestrator.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = ['requests', 'jinja2', 'rich', 'sqlite3', 'snowballstemmer',"
            " 'orchestrator.policy.customization', 'croniter', 'keyring', 'flask',"
            " 'waitress', 'pygal', 'selenium']\n"
            "print('HEAVY:' + ','.join(m for m in heavy if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "HEAVY:"


def test_a_channel_written_before_channel_base_still_plans_and_sends(make_app):
    """Third-party channels that predate ChannelBase: no recipient(), skip_reason(app, ...)."""
    from orchestrator.campaigns.loader import load_campaign
    from orchestrator.campaigns.planner import plan_campaign
    from orchestrator.channels import LegacyChannel, RenderedMessage
    from orchestrator.model import Contact, Identity
    from orchestrator.testing import FakeChannel, FakeChannelPlugin

    inner = FakeChannel()

    class OldChannel:  # the 0.1 protocol, duck-typed: no base class
        name = "fake"
        manifest = staticmethod(inner.manifest)
        problems = staticmethod(inner.problems)
        open = staticmethod(inner.open)

        def render(self, message, settings):
            return RenderedMessage(text=message.text)

        def skip_reason(self, app, contact, kind):
            return "left out by the old rule" if contact.first_name == "Brid" else None

    app = make_app(extra_plugins=[FakeChannelPlugin(OldChannel())])
    app.workspace.init("Robin Ashdown", "Founder of Tidewater Analytics")
    assert isinstance(app.plugins.channel("fake"), LegacyChannel)
    for first in ("Aoife", "Brid"):
        app.ledger.contacts.create(Contact(first_name=first, tags=["focus"],
                                           identities=[Identity("fake", first.lower())]))
    (app.workspace.campaigns_dir / "c.toml").write_text(
        '[audience]\ntags = ["focus"]\n[[steps]]\nchannel = "fake"\nkind = "message"\n'
        'body = "Hi {{ contact.first_name }}."\n')
    result = plan_campaign(app, load_campaign(app.workspace.campaigns_dir / "c.toml"),
                           store=False)
    assert [d.recipient.key for d in result.drafts] == ["aoife"]
    assert [s.reason for s in result.skipped] == ["left out by the old rule"]


def test_ledger_events_reach_a_listening_plugin_after_commit_and_are_not_held_without_one(
        make_app, tmp_path):
    """Events reach ``outreach_event`` once committed. With no listener nothing is held for
    one: a 100,000-contact import used to keep 100,000 events in memory until its commit."""
    from orchestrator import hookimpl
    from orchestrator.model import Contact

    heard = []

    class Listener:
        @hookimpl
        def outreach_event(self, name, payload, at):
            heard.append(name)

    listened = make_app(extra_plugins=[Listener()])
    listened.workspace.init("Robin Ashdown")
    with listened.ledger.transaction():
        listened.ledger.contacts.create(Contact(first_name="Ada", last_name="Byrne"))
        assert heard == []  # not before the commit
    assert "contact.created" in heard

    quiet = make_app(home=tmp_path / "quiet")
    quiet.workspace.init("Robin Ashdown")
    with quiet.ledger.transaction():
        for n in range(50):
            quiet.ledger.contacts.create(Contact(first_name=f"P{n}", last_name="Byrne"))
        assert quiet.ledger._pending_events == []
    assert sum(e["name"] == "contact.created" for e in quiet.ledger.events(100)) == 50


def test_a_link_plugin_that_declares_its_platforms_is_asked_only_about_those_people(make_app):
    """``outreach_propose_links.platforms`` is data the core acts on: people with no identity
    on those platforms are not read for that plugin; an undeclared plugin sees everyone."""
    from orchestrator import hookimpl
    from orchestrator.model import Contact, Identity

    asked: dict[str, list[str]] = {"declared": [], "undeclared": []}

    class Declared:
        @hookimpl
        def outreach_propose_links(self, contact):
            asked["declared"].append(contact.first_name)
            return []

        outreach_propose_links.platforms = ("twitter",)

    class Undeclared:
        @hookimpl
        def outreach_propose_links(self, contact):
            asked["undeclared"].append(contact.first_name)
            return []

    def people(app) -> list[int]:
        app.workspace.init("Robin Ashdown")
        return [app.ledger.contacts.create(Contact(first_name=name, identities=[
            Identity(platform, key, key)])) for name, platform, key in (
                ("Ada", "twitter", "1001"), ("Ben", "email", "ben@example.com"),
                ("Cy", "email", "cy@example.com"))]

    app = make_app(extra_plugins=[Declared()])
    app.propose_links(people(app))
    assert asked["declared"] == ["Ada"]

    asked["declared"].clear()
    both = make_app(home=app.workspace.home.parent / "both",
                    extra_plugins=[Declared(), Undeclared()])
    both.propose_links(people(both))
    assert asked["declared"] == ["Ada"]
    assert sorted(asked["undeclared"]) == ["Ada", "Ben", "Cy"]  # everyone is read for it


def test_identity_normalizers_run_in_pluggys_order_and_only_for_the_platforms_they_declare():
    """The core calls outreach_normalize_identity itself (one call per imported identity):
    the first answer wins in pluggy's order, a plugin that declares its platforms is asked
    about those only, plugins registered later are seen, and a hook wrapper still wraps."""
    from orchestrator import hookimpl
    from orchestrator.model import Identity

    plugins = load_plugins()
    assert plugins.normalize_identity("email", "Ada@Example.com").key == "ada@example.com"
    asked: list[str] = []

    class Fax:
        @hookimpl
        def outreach_normalize_identity(self, platform, value):
            asked.append(platform)
            return Identity("fax", value.replace(" ", ""), value)

        outreach_normalize_identity.platforms = ("fax",)

    class Override:
        @hookimpl(tryfirst=True)
        def outreach_normalize_identity(self, value):  # asks for part of the arguments
            return Identity("email", "override", value) if value.startswith("x@") else None

    plugins.pm.register(Fax(), name="fax")
    plugins.pm.register(Override(), name="override")
    assert plugins.normalize_identity("fax", "+353 1 234").key == "+3531234"
    assert plugins.normalize_identity("email", "ben@example.com").key == "ben@example.com"
    assert plugins.normalize_identity("email", "x@example.com").key == "override"
    assert asked == ["fax"]  # never asked about an email address

    class Wrapper:
        @hookimpl(wrapper=True)
        def outreach_normalize_identity(self, platform, value):
            result = yield
            return None if result is None else Identity(result.platform, result.key,
                                                        "wrapped", result.source)

    plugins.pm.register(Wrapper(), name="wrapper")
    assert plugins.normalize_identity("email", "cy@example.com").display == "wrapped"
