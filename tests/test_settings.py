"""Channel settings the core enforces: defaults, secrets, required settings, quota overrides.

The channel manifests declare; :mod:`orchestrator.settings` applies. A quota override that
is not a whole number is a configuration error naming the key - never a ValueError from a
plugin's ``manifest()``.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from orchestrator.channels import ChannelManifest, KindSpec, Quota, Setting
from orchestrator.delivery.quota import effective_limit
from orchestrator.errors import ConfigError
from orchestrator.plugins import load_plugins
from orchestrator.settings import (
    apply_settings,
    channel_problems,
    channel_settings,
    check_settings,
    merge_problems,
    quota_limit,
    settings_problems,
    whole_number,
)
from orchestrator.testing import FakeChannel, FakeChannelPlugin

BUNDLED = ("email", "linkedin", "twitter")


def write_config(app, text: str) -> None:
    app.workspace.init("Robin Ashdown", "Founder")
    app.workspace.config_path.write_text('[sender]\nname = "Robin Ashdown"\n' + text)
    app.workspace._config = None


def manifest_with(settings_=(), quotas=()) -> ChannelManifest:
    return ChannelManifest(
        name="fake", platform="fake", title="Fake",
        kinds=(KindSpec("message", modes=("api", "export")),),
        settings=tuple(settings_), quotas=tuple(quotas))


# --- defaults, unknown keys, other tables ---------------------------------------------------


def test_declared_defaults_fill_missing_keys(make_app):
    app = make_app()
    write_config(app, '[email]\nfrom = "Ada <ada@example.com>"\nextra_key = "kept"\n')
    email = app.settings("email")
    assert email["security"] == "starttls" and email["daily_cap"] == 200
    assert email["timeout"] == 30 and email["username"] == ""
    assert email["from"] == "Ada <ada@example.com>"
    assert email["extra_key"] == "kept"  # unknown keys pass, silently
    assert "password" not in email and "unsubscribe_secret" not in email  # secrets: never
    assert "port" not in email  # its default depends on security: the plugin decides
    linkedin = app.settings("linkedin")  # no [linkedin] table at all
    # A LinkedIn account is assumed free unless config.toml says premium (issue 10): the
    # shorter note and the monthly note quota are the safe default.
    assert linkedin == {"account": "free", "weekly_invitations": 100, "monthly_notes": 5}
    assert app.settings("sender") == {"name": "Robin Ashdown"}  # not a channel: as written


def test_a_written_value_wins_over_the_default(make_app):
    app = make_app()
    write_config(app, '[email]\nsecurity = "tls"\ndaily_cap = 25\n[linkedin]\naccount = "free"\n')
    assert app.settings("email")["security"] == "tls"
    assert app.settings("email")["daily_cap"] == 25
    assert app.settings("linkedin")["account"] == "free"
    assert app.manifest("linkedin").kind("invitation").max_length == 200


# --- secrets ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("table", "key", "env", "login"), [
    ("email", "password", "OUTREACH_EMAIL_PASSWORD", "outreach email login"),
    ("email", "unsubscribe_secret", "OUTREACH_EMAIL_UNSUBSCRIBE_SECRET",
     "email.unsubscribe_secret"),
    ("twitter", "access_token", "OUTREACH_X_ACCESS_TOKEN", "outreach twitter login"),
])
def test_a_secret_in_config_toml_is_refused_naming_the_key(make_app, table, key, env, login):
    app = make_app()
    write_config(app, f'[{table}]\n{key} = "hunter2-hunter2-hunter2"\n')
    with pytest.raises(ConfigError) as caught:
        app.settings(table)
    error = caught.value
    assert f"[{table}] {key}" in error.message and "secret" in error.message
    assert f"${env}" in error.hint and "keyring" in error.hint and login in error.hint
    assert "hunter2" not in str(error)  # never echo the secret itself
    with pytest.raises(ConfigError):
        app.manifest(table)  # everything that reads the channel's settings refuses


def test_a_secret_of_another_channel_name_is_just_an_unknown_key(make_app):
    app = make_app()
    write_config(app, '[linkedin]\npassword = "not declared by linkedin"\n')
    assert app.settings("linkedin")["password"] == "not declared by linkedin"


# --- required settings -------------------------------------------------------------------------


def test_required_for_names_the_modes():
    host = Setting("host", "SMTP server", required=True, required_for=("api",),
                   example="smtp.example.com")
    sender = Setting("from", "Sender address", required=True)
    optional = Setting("reply_to")
    assert host.required_in("api") and not host.required_in("export")
    assert sender.required_in("api") and sender.required_in("export")
    assert not optional.required_in("api")
    manifest = manifest_with((host, sender, optional))
    export = settings_problems(manifest, {}, "export")
    assert len(export) == 1 and export[0].startswith("Add from = ")
    api = settings_problems(manifest, {"from": "  "}, "api")  # blank counts as missing
    assert len(api) == 2 and 'Add host = "smtp.example.com" under [fake]' in api[0]
    assert settings_problems(manifest, {"host": "h", "from": "f"}, "api") == []


def test_choices_are_checked_without_case():
    account = Setting("account", default="premium", choices=("free", "premium"))
    manifest = manifest_with((account,))
    assert settings_problems(manifest, {"account": " Free "}, "assisted") == []
    found = settings_problems(manifest, {"account": "gold"}, "assisted")
    assert len(found) == 1 and "account" in found[0] and '"premium" is used' in found[0]


def test_channel_problems_combine_core_and_channel_without_repeating(make_app):
    manifest = manifest_with((Setting("host", required_for=("api",), example="h.example"),
                              Setting("token_file", required=True)))
    channel = FakeChannel(manifest)
    channel.problem_list = ['Add host = "smtp.example.com" under [fake] in config.toml: '
                            "the channel says it better.", "Another channel sentence."]
    app = make_app(extra_plugins=[FakeChannelPlugin(channel)])
    write_config(app, "")
    found = channel_problems(app, "fake", "api")
    assert found == ['Add token_file = "..." under [fake] in config.toml (needed for api '
                     "delivery).", channel.problem_list[0], channel.problem_list[1]]
    channel.problem_list = []
    assert len(channel_problems(app, "fake", "export")) == 1  # host is for api only


def test_merge_problems_keeps_each_sentence_once():
    core = [("from", "Add from = ... (core)."), ("postal_address", "Add postal_address (core).")]
    plugin = ['Add from = "Ada <ada@example.com>" under [email] in config.toml: needed.',
              'Add from = "Ada <ada@example.com>" under [email] in config.toml: needed.']
    assert merge_problems(core, plugin) == ["Add postal_address (core).", plugin[0]]


@pytest.mark.parametrize("mode", ["api", "export"])
def test_email_required_settings_agree_with_the_plugin(make_app, mode):
    """The core's required-check and the email plugin's problems() say the same, once each."""
    app = make_app()
    write_config(app, "[email]\n")
    found = channel_problems(app, "email", mode)
    for key in ("from", "postal_address", "unsubscribe"):
        assert sum(f"{key} = " in p for p in found) == 1, (key, found)
    assert sum("host = " in p for p in found) == (1 if mode == "api" else 0), found
    write_config(app, '[email]\nfrom = "Ada <ada@example.com>"\npostal_address = "1 Quay St"\n'
                      'unsubscribe = "mailto:u@example.com"\nhost = "smtp.example.com"\n')
    assert channel_problems(app, "email", "export") == []


def test_an_unknown_linkedin_account_is_the_default_and_reported(make_app):
    app = make_app()
    write_config(app, '[linkedin]\naccount = "gold"\n')
    manifest = app.manifest("linkedin")  # no exception: treated as the documented default
    assert manifest.kind("invitation").max_length == 200  # free, the safe default
    found = channel_problems(app, "linkedin", "assisted")  # said once, core or channel
    assert len(found) == 1 and "account = " in found[0] and "free" in found[0]


# --- default phrases: the manifest is the only source of a channel's own -------------------


def test_default_phrases_come_from_the_manifest_plus_policy_plugins(make_app):
    from orchestrator import hookimpl
    from orchestrator.policy.gate import default_phrases

    class MorePhrases:
        @hookimpl
        def outreach_policy_phrases(self, channel):
            return ["Let's connect", "Glad to connect here"] if channel == "linkedin" else None

    app = make_app(extra_plugins=[MorePhrases()])
    write_config(app, "")
    implementers = {impl.plugin_name for impl in
                    app.plugins.pm.hook.outreach_policy_phrases.get_hookimpls()}
    assert not implementers & set(BUNDLED)  # the bundled channels declare, in the manifest
    own = app.manifest("linkedin").default_phrases
    phrases = default_phrases(app, "linkedin")
    assert phrases[:len(own)] == own and "I'd like to connect" in own
    assert phrases.count("Let's connect") == 1 and phrases[-1] == "Glad to connect here"
    assert default_phrases(app, "email") == app.manifest("email").default_phrases


# --- quota overrides -------------------------------------------------------------------------


@pytest.mark.parametrize(("table", "lines", "key", "expected"), [
    ("email", "daily_cap = 50", "daily_cap", 50),
    ("email", 'daily_cap = "75"', "daily_cap", 75),
    ("email", "daily_cap = 80.0", "daily_cap", 80),
    ("email", "daily_cap = 0", "daily_cap", 0),
    ("email", 'daily_cap = ""', "daily_cap", 200),
    ("linkedin", "weekly_invitations = 20", "weekly_invitations", 20),
    ("linkedin", 'account = "free"\nmonthly_notes = 2', "monthly_notes", 2),
])
def test_a_valid_override_is_applied(make_app, table, lines, key, expected):
    app = make_app()
    write_config(app, f"[{table}]\n{lines}\n")
    effective = app.settings(table)
    quota = next(q for q in app.manifest(table).quotas if q.setting == key)
    assert quota_limit(quota, effective, channel=table) == expected
    assert effective_limit(quota, effective) == expected
    assert effective_limit(quota, {}) == quota.limit  # the manifest's default


@pytest.mark.parametrize(("table", "lines", "key"), [
    ("email", 'daily_cap = "abc"', "daily_cap"),
    ("email", "daily_cap = -1", "daily_cap"),
    ("email", "daily_cap = true", "daily_cap"),
    ("email", "daily_cap = 2.5", "daily_cap"),
    ("email", "daily_cap = [200]", "daily_cap"),
    ("linkedin", 'weekly_invitations = "lots"', "weekly_invitations"),
    ("linkedin", 'account = "free"\nmonthly_notes = -3', "monthly_notes"),
])
def test_an_invalid_override_is_a_config_error_naming_the_key(make_app, table, lines, key):
    app = make_app()
    write_config(app, f"[{table}]\n{lines}\n")
    with pytest.raises(ConfigError) as caught:
        app.settings(table)
    error = caught.value
    assert error.exit_code == 3
    assert f"config.toml [{table}] {key} = " in error.message
    assert "is not a whole number" in error.message
    assert "whole number" in error.hint and key in error.hint
    with pytest.raises(ConfigError):
        check_settings(app)  # the early check of plan and run


def test_effective_limit_refuses_too(make_app):
    quota = Quota(limit=5, window=timedelta(days=1), name="per day", setting="cap")
    with pytest.raises(ConfigError, match=r"config.toml \[fake\] cap = 'x' is not a whole"):
        effective_limit(quota, {"cap": "x"}, channel="fake")
    with pytest.raises(ConfigError, match="cap = 'x'"):
        effective_limit(quota, {"cap": "x"})


def test_whole_number():
    assert [whole_number(v) for v in (0, 7, "12", " 3 ", 4.0)] == [0, 7, 12, 3, 4]
    for bad in (-1, True, False, 2.5, float("inf"), float("nan"), "1e3", "-2", "½", "٣",
                None, [1], {"a": 1}):
        assert whole_number(bad) is None, bad


# --- property: every bundled channel, any bad value -----------------------------------------

_CHANNELS: dict = {}


def bundled_channels() -> dict:
    if not _CHANNELS:
        plugins = load_plugins()
        _CHANNELS.update({name: plugins.channel(name) for name in BUNDLED
                          if plugins.channels.get(name) is not None})
    return _CHANNELS


def quota_keys() -> list[tuple[str, str]]:
    """(channel, setting) of every quota override a bundled channel declares, any account."""
    keys = []
    for name, channel in bundled_channels().items():
        for raw in ({}, {"account": "free"}):
            for quota in channel.manifest(raw).quotas:
                if quota.setting and (name, quota.setting) not in keys:
                    keys.append((name, quota.setting))
    return keys


def test_the_bundled_channels_declare_their_quota_overrides():
    assert ("email", "daily_cap") in quota_keys()
    assert ("linkedin", "weekly_invitations") in quota_keys()
    assert ("linkedin", "monthly_notes") in quota_keys()


not_whole = st.one_of(
    st.text().filter(lambda t: t.strip() != "" and whole_number(t) is None),
    st.integers(max_value=-1),
    st.floats().filter(lambda f: whole_number(f) is None),
    st.booleans(),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=not_whole, which=st.integers(min_value=0, max_value=100),
       account=st.sampled_from(["free", "premium", "gold", 7]))
def test_any_non_whole_override_is_a_config_error_never_a_crash(value, which, account):
    keys = quota_keys()
    name, key = keys[which % len(keys)]
    channel = bundled_channels()[name]
    raw = {key: value, "account": "free" if key == "monthly_notes" else account}
    manifest = channel.manifest(raw)  # never raises, whatever the values
    assert any(q.setting == key for q in manifest.quotas)
    with pytest.raises(ConfigError) as caught:
        channel_settings(channel, raw, name)
    assert f"[{name}] {key} = " in caught.value.message
    with pytest.raises(ConfigError):
        apply_settings(manifest, raw)


@settings(max_examples=60, deadline=None)
@given(value=st.integers(min_value=0, max_value=10**6), which=st.integers(0, 100))
def test_any_whole_override_is_applied(value, which):
    keys = quota_keys()
    name, key = keys[which % len(keys)]
    channel = bundled_channels()[name]
    raw = {key: value, "account": "free"}
    effective = channel_settings(channel, raw, name)
    quota = next(q for q in channel.manifest(effective).quotas if q.setting == key)
    assert effective[key] == value and quota_limit(quota, effective) == value


# --- the regression: a bad override in config.toml, through the CLI --------------------------

EMAIL_CAMPAIGN = '''name = "hello"
[audience]
tags = ["met"]
[[steps]]
channel = "email"
kind = "email"
mode = "export"
subject = "Hello {{ contact.first_name }}"
body = "Hi {{ contact.first_name }}, {{ personal_note }}"
'''

LINKEDIN_CAMPAIGN = '''name = "hello"
[audience]
tags = ["met"]
[[steps]]
channel = "linkedin"
kind = "invitation"
body = "Hi {{ contact.first_name }}, {{ personal_note }}"
'''

EMAIL_SETTINGS = ('from = "Robin <robin@example.com>"\npostal_address = "1 Quay Street"\n'
                  'unsubscribe = "mailto:unsubscribe@example.com"\n')


def _workspace(run_cli, outreach_home, campaign: str, config: str) -> None:
    assert run_cli("init", "--name", "Robin").exit_code == 0
    (outreach_home / "campaigns" / "hello.toml").write_text(campaign)
    (outreach_home / "config.toml").write_text(f'[sender]\nname = "Robin"\n{config}')


def _assert_config_error(result, key: str) -> None:
    assert result.exit_code == 3, (result.stdout, result.stderr)
    errors = [line for line in result.stderr.splitlines() if line.startswith("outreach: error")]
    assert len(errors) == 1 and key in errors[0] and "not a whole number" in errors[0]
    for crash in ("Traceback", "ValueError", "internal error"):
        assert crash not in result.stderr


@pytest.mark.parametrize(("campaign", "config", "key"), [
    (EMAIL_CAMPAIGN, '[email]\ndaily_cap = "abc"\n', "daily_cap"),
    (EMAIL_CAMPAIGN, "[email]\ndaily_cap = 12.5\n", "daily_cap"),
    (LINKEDIN_CAMPAIGN, '[linkedin]\nweekly_invitations = "lots"\n', "weekly_invitations"),
    (LINKEDIN_CAMPAIGN, '[linkedin]\naccount = "free"\nmonthly_notes = "five"\n',
     "monthly_notes"),
])
def test_a_non_numeric_override_stops_plan_run_and_plugins_cleanly(run_cli, outreach_home,
                                                                     campaign, config, key):
    _workspace(run_cli, outreach_home, campaign, config)
    _assert_config_error(run_cli("plan", "hello"), key)
    _assert_config_error(run_cli("run", "hello", "--dry-run"), key)
    _assert_config_error(run_cli("run", "hello"), key)
    _assert_config_error(run_cli("plugins"), key)
    _assert_config_error(run_cli("campaigns", "check", "hello"), key)
    assert run_cli("plans", "--json").json() == []  # nothing was planned


def test_a_non_numeric_override_stops_send_before_anything_goes_out(run_cli, outreach_home):
    _workspace(run_cli, outreach_home, EMAIL_CAMPAIGN, f"[email]\n{EMAIL_SETTINGS}")
    added = run_cli("contacts", "add", "--first", "Ada", "--email", "ada@example.com",
                    "--tag", "met", "--notes", "Met at the Harvest Fair in Galway.")
    assert added.exit_code == 0, added.stderr
    planned = run_cli("plan", "hello", "--json")
    assert planned.exit_code == 0, planned.stderr
    plan_id = planned.json()["plan_id"]
    (outreach_home / "config.toml").write_text(
        f'[sender]\nname = "Robin"\n[email]\n{EMAIL_SETTINGS}daily_cap = "abc"\n')
    _assert_config_error(run_cli("send", plan_id), "daily_cap")
    assert not (outreach_home / "exports").exists() or not any(
        (outreach_home / "exports").rglob("*.eml"))


def test_plugins_shows_the_workspace_limits(run_cli, outreach_home):
    _workspace(run_cli, outreach_home, EMAIL_CAMPAIGN, "[email]\ndaily_cap = 50\n")
    rows = run_cli("plugins", "--json").json()
    email = next(c for row in rows for c in row["channels"] if c["name"] == "email")
    assert [q["limit"] for q in email["quotas"]] == [50]
    settings = {s["name"]: s for s in email["settings"]}
    assert settings["host"]["required_for"] == ["api"]
    assert settings["password"]["secret"] and settings["password"]["example"] is None
