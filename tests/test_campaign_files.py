"""Campaign files: loading, sandboxed templates, schedules and durations."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orchestrator.campaigns.durations import format_duration, parse_duration
from orchestrator.campaigns.loader import load_campaign
from orchestrator.campaigns.schedule import latest_due, next_run
from orchestrator.campaigns.templates import StepTemplates, make_environment
from orchestrator.errors import CampaignError

GOOD = '''
name = "weekly-intros"
schedule = "0 9 * * MON"
timezone = "Europe/Dublin"
[audience]
tags = ["focus"]
channels = ["email"]
cooldown = "30d"
[[steps]]
channel = "email"
kind = "email"
subject = "Following up, {{ contact.first_name }}"
template = "templates/intro.txt.j2"
'''


def campaign_dir(tmp_path, text=GOOD, template="Hi {{ contact.first_name }}, {{ personal_note }}"):
    (tmp_path / "templates").mkdir(exist_ok=True)
    (tmp_path / "templates" / "intro.txt.j2").write_text(template)
    path = tmp_path / "weekly-intros.toml"
    path.write_text(text)
    return path


def test_the_documented_campaign_loads(tmp_path):
    c = load_campaign(campaign_dir(tmp_path))
    assert c.name == "weekly-intros" and c.schedule == "0 9 * * MON"
    assert c.audience.tags == ("focus",) and c.audience.cooldown == timedelta(days=30)
    (step,) = c.steps
    assert (step.channel, step.kind, step.key) == ("email", "email", "0")
    assert "personal_note" in step.template


@pytest.mark.parametrize("change, message", [
    (("cooldown = \"30d\"", "cooldwn = \"30d\""), "unknown key"),
    (("cooldown = \"30d\"", "cooldown = \"soon\""), "not a duration"),
    (("0 9 * * MON", "every monday"), "invalid cron"),
    (("Europe/Dublin", "Mars/Olympus"), "unknown time zone"),
    (('template = "templates/intro.txt.j2"', 'template = "../../etc/passwd"'), "must live under"),
    (('template = "templates/intro.txt.j2"', 'template = "templates/missing.j2"'), "cannot read"),
    (('kind = "email"', 'kind = "email"\nmode = "telepathy"'), "mode must be one of"),
])
def test_invalid_campaigns_say_what_is_wrong(tmp_path, change, message):
    with pytest.raises(CampaignError, match=message):
        load_campaign(campaign_dir(tmp_path, GOOD.replace(*change)))


def test_toml_nested_too_deeply_is_a_campaign_error(tmp_path):
    # tomllib recurses into nested arrays: a damaged or hostile file must not crash
    with pytest.raises(CampaignError, match="nested too deeply"):
        load_campaign(campaign_dir(tmp_path, GOOD + "\ndeep = " + "[" * 100_000 + "\n"))


def test_strict_undefined_names_the_template():
    templates = StepTemplates(make_environment(), "Hi {{ contact.nickname }}", "intro.j2", None)
    with pytest.raises(CampaignError, match="intro.j2.*nickname"):
        templates.render({"contact": {"first_name": "Ada"}})


@pytest.mark.parametrize("source", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ contact.__class__.__init__.__globals__ }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}",
])
def test_templates_cannot_reach_python_internals(source):
    templates = StepTemplates(make_environment(), source, "evil.j2", None)
    with pytest.raises(CampaignError):
        templates.render({"contact": {"first_name": "Ada"}})


def test_syntax_error_names_template_and_line():
    with pytest.raises(CampaignError, match=r"t.j2:2: template syntax error"):
        StepTemplates(make_environment(), "ok\n{% if %}", "t.j2", None)


def test_latest_due_catches_up_once_and_respects_the_time_zone():
    # Dublin in winter is UTC+0, in summer UTC+1.
    summer_monday = datetime(2026, 7, 6, 8, 0, tzinfo=timezone.utc)  # 09:00 Dublin
    assert latest_due("0 9 * * MON", "Europe/Dublin", summer_monday) == summer_monday
    three_weeks_later = summer_monday + timedelta(days=22)
    assert latest_due("0 9 * * MON", "Europe/Dublin", three_weeks_later) == \
        summer_monday + timedelta(days=21)
    assert next_run("0 9 * * MON", "Europe/Dublin", summer_monday) == summer_monday + timedelta(days=7)


@given(st.integers(min_value=1, max_value=10_000), st.sampled_from(["m", "h", "d", "w"]))
def test_durations_round_trip(number, unit):
    value = parse_duration(f"{number}{unit}")
    assert parse_duration(format_duration(value)) == value
