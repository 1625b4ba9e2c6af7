"""``outreach init``: a config generated from the installed channels' manifests, a starter
campaign that passes ``outreach campaigns check``; and ``campaigns check`` itself."""

from __future__ import annotations

import re
import tomllib

import pytest

from orchestrator.campaigns.loader import load_campaign
from orchestrator.campaigns.planner import plan_campaign
from orchestrator.campaigns.review import apply_review
from orchestrator.model import Contact, Identity
from orchestrator.plugins import load_plugins
from orchestrator.workspace import Workspace, config_template


def installed_manifests():
    plugins = load_plugins()
    return [entry.value.manifest({}) for entry in plugins.channels]


def secret_key_line(text: str, key: str) -> re.Match | None:
    """A line that sets (or invites setting) ``key``: ``key = ...`` or ``# key = ...``."""
    return re.search(rf"^\s*#?\s*{re.escape(key)}\s*=", text, re.MULTILINE)


def test_init_writes_a_config_generated_from_the_manifests(run_cli, outreach_home):
    result = run_cli("init", "--name", 'Robin "Bob" Ashdown', "--headline", "Founder\\Owner")
    assert result.exit_code == 0, result.stderr
    text = (outreach_home / "config.toml").read_text()
    config = tomllib.loads(text)
    # Only [sender] is live; every channel table is commented out.
    assert config == {"sender": {"name": 'Robin "Bob" Ashdown', "headline": "Founder\\Owner"}}
    manifests = installed_manifests()
    assert {m.name for m in manifests} >= {"email", "linkedin", "twitter"}
    for manifest in manifests:
        assert f"# [{manifest.name}]" in text
        assert f"# --- {manifest.title}" in text
        for setting in manifest.settings:
            assert setting.name in text, (manifest.name, setting.name)
            if setting.secret:
                assert secret_key_line(text, setting.name) is None, setting.name
                if setting.env:
                    assert f"${setting.env}" in text
            else:
                assert re.search(rf"^# {re.escape(setting.name)} = ", text, re.MULTILINE), \
                    setting.name
    # Each commented table becomes valid TOML once uncommented (secrets stay out).
    uncommented = "\n".join(line[2:] if line.startswith("# ") and "=" in line
                            and not line.startswith("# ---") else
                            (line[2:] if line.startswith("# [") else "")
                            for line in text.splitlines()[4:])
    tables = tomllib.loads(uncommented)
    assert tables["email"]["daily_cap"] == 200 and tables["linkedin"]["account"] == "free"
    assert "password" not in tables["email"] and "access_token" not in tables["twitter"]
    assert (outreach_home / "ledger.db").exists()


def test_the_config_template_covers_any_channel():
    from orchestrator.channels import ChannelManifest, KindSpec, Setting

    manifest = ChannelManifest(
        name="pigeon", platform="pigeon", title="Carrier pigeon",
        kinds=(KindSpec("note", modes=("assisted",)),),
        settings=(Setting("loft", "Where the birds live", required=True, example="Roof"),
                  Setting("key", "Loft key", secret=True, env="PIGEON_KEY"),
                  Setting("speed", "Birds per hour", default=3)))
    text = config_template("Ada", "", [manifest])
    assert tomllib.loads(text) == {"sender": {"name": "Ada", "headline": ""}}
    assert '# loft = "Roof"' in text and "# speed = 3" in text
    assert "$PIGEON_KEY" in text and secret_key_line(text, "key") is None


def test_a_blocked_plugin_does_not_appear(run_cli, outreach_home):
    result = run_cli("init", env={"OUTREACH_BLOCK_PLUGINS": "linkedin"})
    assert result.exit_code == 0, result.stderr
    text = (outreach_home / "config.toml").read_text()
    assert "[linkedin]" not in text and "weekly_invitations" not in text
    assert "# [email]" in text
    # The starter campaign falls back to an email written as a file: still no credentials.
    campaign = load_campaign(outreach_home / "campaigns" / "welcome.toml")
    assert [(s.channel, s.mode) for s in campaign.steps] == [("email", "export")]
    checked = run_cli("campaigns", "check", "--json", env={"OUTREACH_BLOCK_PLUGINS": "linkedin"})
    assert checked.exit_code == 0, checked.stdout + checked.stderr
    assert checked.json()["ok"] is True


def test_init_home_after_the_subcommand(run_cli, outreach_home, tmp_path):
    target = tmp_path / "elsewhere"
    result = run_cli("init", "--home", target, "--name", "Ada")
    assert result.exit_code == 0, result.stderr
    assert tomllib.loads((target / "config.toml").read_text())["sender"]["name"] == "Ada"
    assert (target / "campaigns" / "welcome.toml").exists()
    assert not outreach_home.exists()  # $OUTREACH_HOME untouched
    assert run_cli("--home", target, "campaigns", "check").exit_code == 0


def test_init_twice_keeps_what_is_there(run_cli, outreach_home):
    assert run_cli("init", "--name", "Ada").exit_code == 0
    (outreach_home / "config.toml").write_text('[sender]\nname = "Edited"\n')
    welcome = outreach_home / "campaigns" / "welcome.toml"
    welcome.write_text(welcome.read_text() + "\n# mine\n")
    again = run_cli("init", "--name", "Other")
    assert again.exit_code == 0 and "already exists" in again.stdout
    assert "Edited" in (outreach_home / "config.toml").read_text()
    assert welcome.read_text().endswith("# mine\n")


def test_the_workspace_has_no_lock_path():
    assert not hasattr(Workspace, "lock_path")  # App.lock(name) is the one lock


# --- the starter campaign --------------------------------------------------------------------


def test_the_starter_campaign_passes_the_check(run_cli, outreach_home):
    assert run_cli("init", "--name", "Robin Ashdown").exit_code == 0
    result = run_cli("campaigns", "check")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "welcome: ok" in result.stdout
    data = run_cli("campaigns", "check", "welcome", "--json").json()
    assert data["ok"] and data["campaigns"][0]["problems"] == []
    campaign = load_campaign(outreach_home / "campaigns" / "welcome.toml")
    assert [(s.channel, s.kind, s.mode) for s in campaign.steps] == [
        ("linkedin", "invitation", "assisted")]
    assert "personal_note" in campaign.steps[0].template


def test_the_starter_campaign_is_personal_and_needs_no_credentials(make_app, run_cli,
                                                                   outreach_home):
    assert run_cli("init", "--name", "Robin Ashdown").exit_code == 0
    app = make_app()
    linkedin = app.normalize_identity("linkedin", "https://www.linkedin.com/in/ada-example")
    app.ledger.contacts.create(Contact(
        first_name="Ada", last_name="Example", tags=["met"], company="Harbour Bakery",
        notes="Met at the Harvest Fair in Galway; talked about sourdough starters.",
        identities=[Identity(linkedin.platform, linkedin.key, linkedin.display)]))
    campaign = load_campaign(app.workspace.campaigns_dir / "welcome.toml")
    result = plan_campaign(app, campaign)
    assert result.problems == []  # nothing to configure, no credentials
    [draft] = result.drafts
    assert draft.mode == "assisted" and not draft.verdict.allowed  # no note yet: refused
    note = "Good talking about sourdough starters at the Harvest Fair in Galway."
    [reviewed] = apply_review(app, result.plan_id, notes={draft.id: note})
    assert reviewed.verdict.allowed, reviewed.verdict.as_json()
    assert reviewed.text.startswith("Hi Ada, Good talking about sourdough")
    assert len(reviewed.text) <= 200  # fits even a free account's note


# --- campaigns check -------------------------------------------------------------------------

BROKEN = '''name = "broken"
[audience]
tags = ["met"]

[[steps]]
channel = "linkedin"
kind = "invitation"
template = "templates/undefined.txt.j2"

[[steps]]
channel = "linkedin"
kind = "message"
body = """Hi {{ contact.first_name }},
{% if personal_note %}{{ personal_note }}
"""

[[steps]]
channel = "email"
kind = "email"
mode = "export"
subject = "Hi {{ contact.first_name }}"
body = "{{ ''.__class__.__mro__ }}"
'''


@pytest.fixture
def broken(run_cli, outreach_home):
    assert run_cli("init", "--name", "Robin").exit_code == 0
    templates = outreach_home / "campaigns" / "templates"
    (templates / "undefined.txt.j2").write_text(
        "Hi {{ contact.first_name }},\n{{ personal_note }}\n{{ contact.nickname }}\n")
    (outreach_home / "campaigns" / "broken.toml").write_text(BROKEN)
    return outreach_home


def test_check_reports_template_errors_with_file_and_line(run_cli, broken):
    result = run_cli("campaigns", "check", "broken")
    assert result.exit_code == 1
    out = result.stdout
    template = broken / "campaigns" / "templates" / "undefined.txt.j2"
    campaign = broken / "campaigns" / "broken.toml"
    assert f"{template}:3" in out and "nickname" in out  # undefined variable, its line
    assert f"{campaign}:14" in out and "syntax error" in out  # the unclosed {% if %}
    assert f"{campaign}:22" in out and "not allowed" in out  # the sandbox
    data = run_cli("campaigns", "check", "broken", "--json").json()
    assert data["ok"] is False
    problems = data["campaigns"][0]["problems"]
    assert {(p["file"], p["line"]) for p in problems} == {
        (str(template), 3), (str(campaign), 14), (str(campaign), 22)}
    # The starter campaign still passes; checking everything fails because of broken.
    everything = run_cli("campaigns", "check", "--json")
    assert everything.exit_code == 1
    assert {c["name"]: c["ok"] for c in everything.json()["campaigns"]} == {
        "broken": False, "welcome": True}


def test_check_reports_invalid_files_unknown_channels_and_kinds(run_cli, outreach_home):
    assert run_cli("init").exit_code == 0
    campaigns = outreach_home / "campaigns"
    (campaigns / "bad-toml.toml").write_text('name = "oops\n')
    (campaigns / "bad-step.toml").write_text(
        'name = "bad-step"\n[[steps]]\nchannel = "pigeon"\nkind = "note"\nbody = "x"\n'
        '[[steps]]\nchannel = "linkedin"\nkind = "poke"\nbody = "x"\n'
        '[[steps]]\nchannel = "linkedin"\nkind = "invitation"\nmode = "api"\nbody = "x"\n')
    data = run_cli("campaigns", "check", "--json")
    assert data.exit_code == 1
    by_name = {c["name"]: c for c in data.json()["campaigns"]}
    [toml_problem] = by_name["bad-toml"]["problems"]
    assert toml_problem["line"] == 1 and "invalid TOML" in toml_problem["message"]
    messages = {p["line"]: p["message"] for p in by_name["bad-step"]["problems"]}
    assert "no channel named 'pigeon'" in messages[2]
    assert "no kind 'poke'" in messages[6]
    assert "automated" in messages[10]
    missing = run_cli("campaigns", "check", "nope")
    assert missing.exit_code == 2 and "no campaign named 'nope'" in missing.stderr


def test_check_needs_a_workspace(run_cli, tmp_path):
    result = run_cli("campaigns", "check", env={"OUTREACH_HOME": str(tmp_path / "none")})
    assert result.exit_code == 3 and "outreach init" in result.stderr
