"""``outreach schedule`` with a workspace path holding spaces and ``%`` (issue 13 item 9).

cron turns a bare ``%`` into a line break, quoted or not, and systemd expands ``%``
specifiers and splits ``Environment=`` on spaces. The crontab line is round-tripped through
a fake ``crontab`` and run the way cron runs it; the unit is checked with
``systemd-analyze verify`` when the machine has it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from orchestrator.cli import schedule_cmd

FAKE_CRONTAB = """\
#!/bin/sh
if [ "$1" = "-l" ]; then
    [ -f "$FAKE_CRONTAB_FILE" ] || { echo "no crontab for $(id -un)" >&2; exit 1; }
    cat "$FAKE_CRONTAB_FILE"
elif [ "$1" = "-" ]; then
    cat > "$FAKE_CRONTAB_FILE"
else
    exit 2
fi
"""
# A stand-in for the outreach executable: says what it was run with.
FAKE_OUTREACH = """\
#!/bin/sh
printf '%s|%s\\n' "$OUTREACH_HOME" "$*" >> "$RAN_LOG"
"""
AWKWARD = "Dropbox (Tidewater)/100% done 'quoted' $HOME \\back"


@pytest.fixture
def awkward(tmp_path, monkeypatch):
    """A workspace and an outreach executable under paths with spaces, %, quotes and $."""
    root = tmp_path / AWKWARD
    home = root / "my workspace"
    home.mkdir(parents=True)
    (home / "config.toml").write_text('[sender]\nname = "Robin"\n')
    tool = root / "bin dir %d" / "out reach"
    tool.parent.mkdir(parents=True)
    tool.write_text(FAKE_OUTREACH)
    tool.chmod(0o755)
    monkeypatch.setattr(schedule_cmd, "_outreach_command", lambda: [str(tool)])
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "crontab").write_text(FAKE_CRONTAB)
    (bin_dir / "crontab").chmod(0o755)
    env = {"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
           "XDG_CONFIG_HOME": str(root / "config %h"),
           "FAKE_CRONTAB_FILE": str(tmp_path / "crontab.txt"),
           "OUTREACH_HOME": str(home)}
    return home, env, tmp_path / "ran.log"


def as_cron_runs_it(line: str) -> tuple[str, str]:
    """(command for /bin/sh, standard input) as cron(8) makes them from a crontab line."""
    command = line.split(" ", 5)[5]
    out, stdin, i = [], None, 0
    while i < len(command):
        ch = command[i]
        if ch == "\\" and command[i + 1:i + 2] == "%":
            out.append("%")
            i += 2
            continue
        if ch == "%":
            stdin = command[i + 1:].replace("%", "\n")
            break
        out.append(ch)
        i += 1
    return "".join(out), stdin or ""


def test_the_crontab_line_survives_cron_and_the_shell(run_cli, awkward):
    home, env, log = awkward
    installed = run_cli("schedule", "install", env=env)
    assert installed.exit_code == 0, installed.stderr
    again = run_cli("schedule", "install", env=env)
    assert "Already installed." in again.stdout
    listed = subprocess.run(["crontab", "-l"], env={**os.environ, **env}, capture_output=True,
                            text=True, check=True).stdout
    (line,) = listed.splitlines()
    command, stdin = as_cron_runs_it(line)
    assert stdin == "", "a bare % would have cut the command"
    subprocess.run(["/bin/sh", "-c", command], env={"PATH": "/usr/bin:/bin",
                                                    "RAN_LOG": str(log)}, check=True)
    assert log.read_text() == f"{home.resolve()}|run --due --quiet\n"


def test_a_path_with_a_line_break_is_refused(run_cli, awkward, tmp_path):
    _home, env, _log = awkward
    odd = tmp_path / "line\nbreak"
    odd.mkdir()
    result = run_cli("schedule", "show", env={**env, "OUTREACH_HOME": str(odd)})
    assert result.exit_code == 3 and "line break" in result.stderr


def systemd_words(value: str, *, exec_line: bool = False) -> list[str]:
    """The words of a unit setting as systemd reads them: double quotes with C escapes,
    %% for %, and $$ for $ in command arguments."""
    words, current, quoted, i = [], [], False, 0
    while i < len(value):
        ch = value[i]
        if quoted and ch == "\\":
            current.append(value[i + 1])
            i += 2
            continue
        if ch == '"':
            quoted = not quoted
        elif ch == " " and not quoted:
            words.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    words.append("".join(current))
    words = [w.replace("%%", "%") for w in words if w]
    if exec_line:
        words = words[:1] + [w.replace("$$", "$") for w in words[1:]]
    return words


def test_the_systemd_unit_names_the_paths_exactly(run_cli, awkward):
    home, env, _log = awkward
    result = run_cli("schedule", "install", "--systemd", env=env)
    assert result.exit_code == 0, result.stderr
    units = Path(env["XDG_CONFIG_HOME"]) / "systemd" / "user"
    service = (units / "outreach-due.service").read_text()
    settings = dict(line.split("=", 1) for line in service.splitlines() if "=" in line)
    assert systemd_words(settings["Environment"]) == [f"OUTREACH_HOME={home.resolve()}"]
    assert settings["EnvironmentFile"].replace("%%", "%") == \
        f"-{env['XDG_CONFIG_HOME']}/outreach/env"
    tool = schedule_cmd._outreach_command()[0]
    # a path with a quote or backslash cannot be systemd's executable: env runs it
    assert systemd_words(settings["ExecStart"], exec_line=True) == [
        "/usr/bin/env", tool, "run", "--due", "--quiet"]
    if shutil.which("systemd-analyze") is None:
        pytest.skip("no systemd-analyze on this machine")
    verified = subprocess.run(["systemd-analyze", "verify", str(units / "outreach-due.service")],
                              capture_output=True, text=True)
    assert verified.returncode == 0, verified.stderr


def test_a_path_with_spaces_and_percent_is_systemds_executable_itself(run_cli, awkward,
                                                                     monkeypatch, tmp_path):
    _home, env, _log = awkward
    tool = tmp_path / "Program Files 100%" / "outreach"
    tool.parent.mkdir()
    tool.write_text(FAKE_OUTREACH)
    tool.chmod(0o755)
    monkeypatch.setattr(schedule_cmd, "_outreach_command", lambda: [str(tool)])
    shown = run_cli("schedule", "show", "--systemd", env=env)
    (exec_line,) = [line for line in shown.stdout.splitlines() if line.startswith("ExecStart=")]
    assert systemd_words(exec_line.removeprefix("ExecStart="), exec_line=True) == [
        str(tool), "run", "--due", "--quiet"]
