"""Templates can't reach outside the campaigns folder, and can't run away with time or memory.

One file rule for ``template =``, ``{% include %}``, ``{% import %}`` and ``{% extends %}``
(the real path must be under the campaigns folder), and per-render limits on time, steps
and size. Every error a template raises while rendering is a render error naming the
template (exit 2), never an internal error (exit 70).
"""

from __future__ import annotations

import time

import pytest

from orchestrator.campaigns import templates as templates_module
from orchestrator.campaigns.loader import load_campaign
from orchestrator.campaigns.templates import StepTemplates, make_environment
from orchestrator.errors import CampaignError

SECRET = "-----BEGIN OPENSSH PRIVATE KEY----- do-not-send"
VARIABLES = {"contact": {"first_name": "Ada", "tags": ["focus", "dairy"]},
             "personal_note": "Good talking at the Cheese Week.", "sender": {"name": "Robin"},
             "campaign": {"name": "intro", "description": ""}}


def render(source: str, root=None, whom: str = "contact 7") -> str:
    return StepTemplates(make_environment(root), source, "evil.j2", None).render(
        VARIABLES, whom=whom)[1]


@pytest.fixture
def campaigns(tmp_path):
    """A campaigns folder with a secret outside it, symlinked in three ways."""
    root = tmp_path / "campaigns"
    (root / "templates").mkdir(parents=True)
    outside = tmp_path / "home" / ".ssh"
    outside.mkdir(parents=True)
    (outside / "id_rsa").write_text(SECRET)
    (root / "x.txt").symlink_to(outside / "id_rsa")
    (root / "templates" / "key.j2").symlink_to(outside / "id_rsa")
    (root / "escape").symlink_to(outside, target_is_directory=True)
    (root / "templates" / "footer.txt").write_text("Robin, Tidewater")
    (root / "templates" / "macros.j2").write_text(
        "{% macro hello(name) %}Hello {{ name }}{% endmacro %}")
    (root / "templates" / "base.j2").write_text("Top. {% block body %}{% endblock %} End.")
    (root / "alias.txt").symlink_to(root / "templates" / "footer.txt")  # stays inside
    return root


# --- one file rule ---------------------------------------------------------------------


@pytest.mark.parametrize("source", [
    "Hi {% include 'x.txt' %}",
    "Hi {% include 'escape/id_rsa' %}",
    "Hi {% include '../home/.ssh/id_rsa' %}",
    "Hi {% include 'templates/key.j2' %}",
    "{% import 'x.txt' as m %}Hi",
    "{% from 'escape/id_rsa' import x %}Hi",
    "{% extends 'x.txt' %}",
])
def test_includes_imports_and_extends_cannot_leave_the_campaigns_folder(campaigns, source):
    with pytest.raises(CampaignError) as caught:
        render(source, campaigns)
    assert "outside the campaigns folder" in str(caught.value)
    assert "evil.j2" in caught.value.message and SECRET not in str(caught.value)


def test_an_absolute_include_is_read_under_the_campaigns_folder_or_not_at_all(campaigns):
    secret = campaigns.parent / "home" / ".ssh" / "id_rsa"
    with pytest.raises(CampaignError) as caught:
        render("{% include '" + str(secret) + "' %}", campaigns)
    assert SECRET not in str(caught.value)


def test_includes_imports_and_extends_inside_the_folder_still_work(campaigns):
    assert render("Hi. {% include 'templates/footer.txt' %}", campaigns) == "Hi. Robin, Tidewater"
    assert render("{% include 'alias.txt' %}", campaigns) == "Robin, Tidewater"
    assert render("{% import 'templates/macros.j2' as m %}{{ m.hello(contact.first_name) }}",
                  campaigns) == "Hello Ada"
    assert render("{% extends 'templates/base.j2' %}{% block body %}{{ contact.first_name }}"
                  "{% endblock %}", campaigns) == "Top. Ada End."


def test_template_setting_follows_the_same_rule(campaigns):
    for name in ("templates/key.j2", "x.txt", "escape/id_rsa"):
        path = campaigns / "c.toml"
        path.write_text(f'[[steps]]\nchannel = "email"\nkind = "email"\nsubject = "s"\n'
                        f'template = "{name}"\n')
        with pytest.raises(CampaignError, match="outside the campaigns folder") as caught:
            load_campaign(path)
        assert SECRET not in str(caught.value)
    path.write_text('[[steps]]\nchannel = "email"\nkind = "email"\nsubject = "s"\n'
                    'template = "alias.txt"\n')
    assert load_campaign(path).steps[0].template == "Robin, Tidewater"


def test_a_fifo_or_a_huge_file_is_not_read_as_a_template(campaigns):
    import os

    os.mkfifo(campaigns / "pipe.j2")
    with pytest.raises(CampaignError, match="not a regular file"):
        render("{% include 'pipe.j2' %}", campaigns)
    (campaigns / "big.j2").write_text("x" * (templates_module.MAX_TEMPLATE_BYTES + 1))
    with pytest.raises(CampaignError, match="a template may have"):
        render("{% include 'big.j2' %}", campaigns)


def test_plan_refuses_a_symlinked_include_and_stores_nothing(run_cli, outreach_home):
    assert run_cli("init", "--name", "Robin").exit_code == 0
    campaigns = outreach_home / "campaigns"
    secret = outreach_home.parent / "id_rsa"
    secret.write_text(SECRET)
    (campaigns / "x.txt").symlink_to(secret)
    (campaigns / "inc.toml").write_text(
        'name = "inc"\n[audience]\ntags = ["focus"]\n[[steps]]\nchannel = "email"\n'
        'kind = "email"\nmode = "export"\nsubject = "Hi"\n'
        "body = \"Hi {{ contact.first_name }}, {% include 'x.txt' %}\"\n")
    assert run_cli("contacts", "add", "--first", "Ada", "--email", "ada@example.com",
                   "--tag", "focus").exit_code == 0
    result = run_cli("plan", "inc")
    assert result.exit_code == 2, result.stderr
    assert "x.txt" in result.stderr and "outside the campaigns folder" in result.stderr
    assert SECRET not in result.stdout + result.stderr
    assert run_cli("plans", "--json").json() == []
    check = run_cli("campaigns", "check", "inc", "--json")
    assert check.exit_code == 1
    assert "outside the campaigns folder" in check.stdout and SECRET not in check.stdout


# --- limits ----------------------------------------------------------------------------

BOMBS = {
    "string times a huge number": "{{ 'A' * 200000000 }}",
    "list times a huge number": "{{ [1, 2] * 100000000 }}",
    "nested range loops": "{% for i in range(100000) %}{% for j in range(100000) %}"
                          "{% endfor %}{% endfor %}",
    "nested loops over strings": "{% for a in 'x' * 100000 %}{% for b in 'y' * 100000 %}"
                                 "{% endfor %}{% endfor %}",
    "doubling with ~": "{% set ns = namespace(x='A') %}{% for i in range(64) %}"
                       "{% set ns.x = ns.x ~ ns.x %}{% endfor %}",
    "doubling with +": "{% set ns = namespace(x=[1]) %}{% for i in range(64) %}"
                       "{% set ns.x = ns.x + ns.x %}{% endfor %}",
    "many references to one long string": "{% set l = ['x' * 100000] * 9 %}"
                                          "{{ ([l] * 100000)|length }}",
    "a huge power": "{{ 9 ** 999999 }}",
    "a huge width (method)": "{{ 'a'.ljust(10 ** 10) }}",
    "a huge width (filter)": "{{ 'a'|center(10 ** 10) }}",
    "a huge width (% format)": "{{ '%999999999d' % 1 }}",
    "a huge width (str.format)": "{{ '{:>999999999}'.format(1) }}",
    "a huge width (nested format)": "{{ '{:{}}'.format(1, 999999999) }}",
    "replace amplification": "{{ ('a' * 1000)|replace('a', 'b' * 100000) }}",
    "join amplification": "{{ (['z' * 100000] * 5)|join('-' * 900000) }}",
    "indent amplification": "{{ ('a\n' * 400000)|indent(1000) }}",
    "exponential macro": "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}"
                         "{% endmacro %}{{ f(40) }}",
    "captured output": "{% set x %}{% for i in range(90000) %}{{ 'z' * 100 }}{% endfor %}"
                       "{% endset %}ok",
    "output too long": "{{ range(100000)|join(',') }}",
    "dict.fromkeys amplification": "{{ {}.fromkeys(range(100000), 'q' * 1000)|length }}",
}


@pytest.mark.parametrize("source", BOMBS.values(), ids=BOMBS.keys())
def test_template_bombs_stop_quickly_with_a_render_error(source):
    started = time.monotonic()
    with pytest.raises(CampaignError) as caught:
        render(source)
    assert time.monotonic() - started < templates_module.MAX_RENDER_SECONDS + 3
    assert caught.value.message.startswith("evil.j2 (contact 7): template over its limits")
    assert caught.value.exit_code == 2


def test_a_slow_template_stops_at_the_time_limit(monkeypatch):
    monkeypatch.setattr(templates_module, "MAX_RENDER_SECONDS", 0.2)
    source = ("{% set big = range(100000)|list %}{% for i in range(50000) %}"
              "{% set x = big|list %}{% endfor %}")
    started = time.monotonic()
    with pytest.raises(CampaignError, match=r"took longer than 0.2 s"):
        render(source)
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("source, error", [
    ("{{ [1][5] }}", "no element 5"),
    ("{{ (1, 2)[7] }}", "no element 7"),
    ("{{ 1 / 0 }}", "ZeroDivisionError"),
    ("{{ 1 // 0 }}", "ZeroDivisionError"),
    ("{{ 1 + 'a' }}", "TypeError"),
    ("{{ 2.0 ** 10000 }}", "OverflowError"),
    ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "recursion too deep"),
    ("{{ 'x'.index('y') }}", "ValueError"),
    ("{{ ('x' * 5000)|int + '' }}", "TypeError"),
    ("{% set l = [] %}{{ l.append(1) }}", "not allowed in a template"),
    ("{{ 'x'.expandtabs(9) }}", "not allowed in a template"),
    ("{{ lipsum(100000) }}", "'lipsum' is undefined"),
])
def test_runtime_errors_are_render_errors_naming_template_and_person(source, error):
    with pytest.raises(CampaignError, match=error) as caught:
        render(source)
    assert caught.value.message.startswith("evil.j2 (contact 7):")


def test_a_deeply_nested_expression_is_a_syntax_error():
    with pytest.raises(CampaignError, match="nested too deeply"):
        render("{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}")


def test_ordinary_templates_render_as_before():
    source = ("{% set greeting = 'Hi' %}{{ greeting }} {{ contact.first_name|upper }}"
              "{% for tag in contact.tags %}{% if loop.first %} ({% endif %}{{ tag }}"
              "{{ ', ' if not loop.last else ')' }}{% endfor %}. {{ personal_note }} "
              "{{ '%s/%d' % ('a', 2) }} {{ '{:>4}'.format(7) }} {{ 'x' * 3 }} {{ 2 ** 10 }} "
              "{{ (contact.tags * 2)|join('+') }} {{ range(3)|sum }} {{ 'a-b'.split('-')|last }}")
    assert render(source) == ("Hi ADA (focus, dairy). Good talking at the Cheese Week. "
                              "a/2    7 xxx 1024 focus+dairy+focus+dairy 3 b")


def test_a_render_error_at_plan_time_exits_2_naming_the_template(run_cli, outreach_home):
    assert run_cli("init", "--name", "Robin").exit_code == 0
    (outreach_home / "campaigns" / "boom.toml").write_text(
        'name = "boom"\n[audience]\ntags = ["focus"]\n[[steps]]\nchannel = "email"\n'
        'kind = "email"\nmode = "export"\nsubject = "Hi"\n'
        'body = "Hi {{ contact.first_name }} {{ [1][5] }}{{ \'A\' * 200000000 }}"\n')
    assert run_cli("contacts", "add", "--first", "Ada", "--email", "ada@example.com",
                   "--tag", "focus").exit_code == 0
    result = run_cli("plan", "boom")
    assert result.exit_code == 2, result.stderr
    assert "boom.toml#step1 (contact 1)" in result.stderr and "internal error" not in result.stderr
    (outreach_home / "campaigns" / "boom.toml").write_text(
        'name = "boom"\n[audience]\ntags = ["focus"]\n[[steps]]\nchannel = "email"\n'
        'kind = "email"\nmode = "export"\nsubject = "Hi"\n'
        'body = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}'
        '{% endfor %}Hi {{ contact.first_name }}"\n')
    started = time.monotonic()
    result = run_cli("plan", "boom")
    assert result.exit_code == 2 and "over its limits" in result.stderr
    assert time.monotonic() - started < 10
    check = run_cli("campaigns", "check", "boom", "--json")
    assert check.exit_code == 1 and "over its limits" in check.stdout
