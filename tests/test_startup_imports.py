"""Start-up stays lean: `outreach --help` and `outreach plugins` load only what they show.

Each command runs twice in a fresh interpreter (the first run fills the entry-point cache);
the second must not import the listed modules.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

SEND_ONLY = ["orchestrator_email.message", "orchestrator_email.smtp", "smtplib", "ssl",
             "orchestrator_linkedin.importer", "orchestrator_linkedin.export",
             "orchestrator_twitter.importer", "orchestrator_twitter.archive"]
# what --help never needs: the plugins' command modules (loaded when `outreach twitter ...`
# runs), the terminal renderer, the policy, the ledger, and the installed-packages scan
HELP_NEVER = SEND_ONLY + ["orchestrator_twitter.commands", "orchestrator_email.commands",
                          "orchestrator_linkedin.commands", "webbrowser", "rich",
                          "orchestrator.policy", "orchestrator.ledger", "sqlite3",
                          "importlib.metadata", "orchestrator.cli.queue_cmd"]
PLUGINS_NEVER = SEND_ONLY + ["rich", "orchestrator.policy", "importlib.metadata", "sqlite3"]


def loaded_after(tmp_path, args: list[str], modules: list[str]) -> list[str]:
    code = ("import sys\n"
            "from orchestrator.cli import main\n"
            f"try:\n    main({args!r})\nexcept SystemExit:\n    pass\n"
            f"print('LOADED:' + ','.join(m for m in {modules!r} if m in sys.modules))")
    env = {"OUTREACH_HOME": str(tmp_path / "none"), "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path / "home")}
    for _ in range(2):  # the first run fills the entry-point cache
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                env=env)
        assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("LOADED:")
    return [m for m in last.removeprefix("LOADED:").split(",") if m]


def test_the_plugins_command_loads_no_builder_smtp_importer_or_renderer(tmp_path):
    assert loaded_after(tmp_path, ["plugins"], PLUGINS_NEVER) == []


def test_help_loads_no_plugin_commands_policy_ledger_or_package_scan(tmp_path):
    assert loaded_after(tmp_path, ["--help"], HELP_NEVER) == []


@pytest.mark.parametrize("name", ["email", "linkedin", "twitter"])
def test_a_bundled_group_loads_its_commands_when_used_with_the_same_help(name, run_cli):
    import importlib

    real = getattr(importlib.import_module(f"orchestrator_{name}.commands"), name)
    result = run_cli(name, "--help")
    assert result.exit_code == 0, result.stderr
    assert real.help.strip() in result.stdout
    for command in real.list_commands(None):
        assert command in result.stdout
    listing = run_cli("--help")
    assert real.help.strip().splitlines()[0][:40] in " ".join(listing.stdout.split())


def test_a_quiet_plan_loads_no_terminal_renderer(tmp_path, run_cli):
    home = tmp_path / "demo"
    assert run_cli("demo", "--home", str(home)).exit_code == 0
    code = ("import sys\n"
            "from orchestrator.cli import main\n"
            f"try:\n    main(['--home', {str(home)!r}, 'plan', 'weekly-intros', '-q'])\n"
            "except SystemExit as exc:\n    print('EXIT', exc.code)\n"
            "print('RICH:' + str(any(m == 'rich' or m.startswith('rich.') for m in sys.modules)))")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env)
    assert "Plan " in result.stdout, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "RICH:False"


def test_a_preview_whose_verdicts_still_hold_loads_no_policy_engine(tmp_path, run_cli):
    """Preview and send check a stored plan again; when no input changed the stored verdicts
    stand, and the engine (word lists, stemmers: most of the policy's import) stays unloaded,
    as does Jinja2 (the drafts are stored, not rendered again), and building the emails to
    show them loads no SMTP client or TLS.
    Editing a contact's record changes the inputs, and then the engine runs."""
    home = tmp_path / "demo"
    assert run_cli("demo", "--home", str(home)).exit_code == 0
    plan_id = json.loads(run_cli("--home", str(home), "plans", "--json").stdout)[0]["id"]
    code = ("import sys\n"
            "from orchestrator.cli import main\n"
            f"try:\n    main(['--home', {str(home)!r}, 'preview', {plan_id!r}])\n"
            "except SystemExit as exc:\n    print('EXIT', exc.code)\n"
            "print('SMTP:' + str('smtplib' in sys.modules or 'ssl' in sys.modules))\n"
            "print('JINJA:' + str('jinja2' in sys.modules))\n"
            "print('ENGINE:' + str('orchestrator.policy.engine' in sys.modules))")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home")}

    def engine_loaded() -> bool:
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                env=env)
        assert "Summary" in result.stdout, result.stderr
        *_, smtp, jinja, engine = result.stdout.strip().splitlines()
        assert smtp == "SMTP:False"  # emails are built to be shown, not sent
        # a preview renders no template (the drafts are stored); only the engine reads one
        assert engine == "ENGINE:True" or jinja == "JINJA:False"
        return engine == "ENGINE:True"

    assert not engine_loaded()
    preview = json.loads(run_cli("--home", str(home), "preview", plan_id, "--json").stdout)
    edited = run_cli("--home", str(home), "contacts", "edit",
                     str(preview["drafts"][0]["contact_id"]),
                     "--notes", "Met at the Harbour Tech meetup in Cobh; talked about tides.")
    assert edited.exit_code == 0, edited.stderr
    assert engine_loaded()
