"""The entry-point scan is cached between commands, and the cache never hides a change.

Every command used to import ``importlib.metadata`` and read every installed distribution
to find plugins; the names now come from a small cache file while ``sys.path`` and the
distributions on it are unchanged.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = ("import sys\n"
         "from orchestrator.cli import main\n"
         "try:\n    main(['plugins', '--json'])\nexcept SystemExit:\n    pass\n"
         "print('SCANNED:' + str('importlib.metadata' in sys.modules))\n")


def run(tmp_path: Path, site: Path, **extra) -> tuple[list[dict], bool]:
    env = {**os.environ, "OUTREACH_HOME": str(tmp_path / "none"),
           "XDG_CACHE_HOME": str(tmp_path / "cache"), "PYTHONPATH": str(site), **extra}
    env.pop("OUTREACH_PLUGINS", None)
    env.pop("OUTREACH_BLOCK_PLUGINS", None)
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    *body, last = result.stdout.strip().splitlines()
    return json.loads("\n".join(body)), last == "SCANNED:True"


def write_plugin(site: Path, group_name: str, version: str = "1.0") -> None:
    """A minimal installed distribution with one entry point (what pip writes)."""
    (site / "orchestrator_cachetest.py").write_text("from orchestrator import hookimpl\n")
    for old in site.glob("orchestrator_cachetest-*.dist-info"):
        for f in old.iterdir():
            f.unlink()
        old.rmdir()
    dist = site / f"orchestrator_cachetest-{version}.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: orchestrator-cachetest\nVersion: {version}\n")
    (dist / "entry_points.txt").write_text(
        f"[orchestrator]\n{group_name} = orchestrator_cachetest\n")


def names(rows: list[dict]) -> set[str]:
    return {row["name"] for row in rows}


def test_the_second_command_reads_the_cache_and_finds_the_same_plugins(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    write_plugin(site, "cachetest")
    first, scanned = run(tmp_path, site)
    assert scanned
    second, scanned_again = run(tmp_path, site)
    assert not scanned_again  # importlib.metadata was not even imported
    assert first == second
    assert {"email", "linkedin", "twitter", "cachetest"} <= names(second)
    row = next(r for r in second if r["name"] == "cachetest")
    assert (row["version"], row["distribution"], row["status"]) == \
        ("1.0", "orchestrator-cachetest", "loaded")


def test_installing_upgrading_or_editing_a_distribution_is_seen_at_once(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    before, _ = run(tmp_path, site)
    assert "cachetest" not in names(before)
    write_plugin(site, "cachetest")  # installed
    rows, scanned = run(tmp_path, site)
    assert scanned and "cachetest" in names(rows)
    write_plugin(site, "cachetest", version="2.0")  # upgraded
    rows, scanned = run(tmp_path, site)
    assert scanned and next(r for r in rows if r["name"] == "cachetest")["version"] == "2.0"
    entry_points = next(site.glob("*.dist-info")) / "entry_points.txt"
    entry_points.write_text("[orchestrator]\nrenamed = orchestrator_cachetest\n")  # in place
    os.utime(entry_points, ns=(1, 1))  # even with an old time: the size changed
    rows, scanned = run(tmp_path, site)
    assert scanned and "renamed" in names(rows) and "cachetest" not in names(rows)


def test_a_broken_cache_or_an_unwritable_one_only_means_scanning(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    write_plugin(site, "cachetest")
    run(tmp_path, site)
    for cache in (tmp_path / "cache" / "outreach").glob("entry-points-*.json"):
        cache.write_text("{not json")
    rows, scanned = run(tmp_path, site)
    assert scanned and "cachetest" in names(rows)
    blocker = tmp_path / "file"
    blocker.write_text("")
    rows, scanned = run(tmp_path, site, XDG_CACHE_HOME=str(blocker))  # not a folder
    assert scanned and "cachetest" in names(rows)
    rows, scanned = run(tmp_path, site, OUTREACH_NO_PLUGIN_CACHE="1")
    assert scanned and "cachetest" in names(rows)
