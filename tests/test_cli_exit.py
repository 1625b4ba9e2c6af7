"""The `outreach` process ends itself once a command is done (cli._leave skips the
interpreter's teardown): every byte of output still arrives, the exit code is the
command's, exit handlers still run, and a reader that stops early gets no traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).parent / "policy" / "data" / "policy-dev.jsonl"


def outreach(*args: str, tmp_path: Path, **options) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home"),
           "OUTREACH_HOME": str(tmp_path / "none"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    return subprocess.run([sys.executable, "-m", "orchestrator", *args], env=env,
                          capture_output=True, **options)


def test_all_output_arrives_with_the_commands_exit_code(run_cli, tmp_path):
    expected = run_cli("policy", "check", str(CORPUS), "--json")
    result = outreach("policy", "check", str(CORPUS), "--json", tmp_path=tmp_path, text=True)
    assert result.returncode == expected.exit_code == 1  # the corpus has refusals
    assert result.stdout == expected.stdout
    assert len([json.loads(line) for line in result.stdout.splitlines()]) == 100


def test_an_error_keeps_its_exit_code_and_message(tmp_path):
    result = outreach("policy", "check", str(tmp_path / "missing.jsonl"), tmp_path=tmp_path,
                      text=True)
    assert result.returncode == 2
    assert result.stderr.startswith("outreach: error:")


def test_exit_handlers_still_run(tmp_path):
    marker = tmp_path / "ran"
    code = ("import atexit, pathlib, sys\n"
            f"atexit.register(pathlib.Path({str(marker)!r}).write_text, 'yes')\n"
            "sys.argv = ['outreach', '--version']\n"
            "from orchestrator.cli import main\n"
            "main()\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert result.returncode == 0 and "outreach, version" in result.stdout
    assert marker.read_text() == "yes"


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home"),
           "OUTREACH_HOME": str(tmp_path / "none"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    process = subprocess.Popen(
        [sys.executable, "-m", "orchestrator", "policy", "check", str(CORPUS), "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # like `| head -1`
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) in (0, 1, 141)
    assert "Traceback" not in stderr and "Exception ignored" not in stderr


def test_a_profiler_still_gets_its_report(tmp_path):
    report = tmp_path / "outreach.prof"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "OUTREACH_HOME": str(tmp_path / "w")}
    result = subprocess.run([sys.executable, "-m", "cProfile", "-o", str(report), "-m",
                             "orchestrator", "--version"], capture_output=True, text=True,
                            env=env)
    assert result.returncode == 0, result.stderr
    assert report.stat().st_size > 0
