"""A sync killed half-way keeps what it fetched and resumes (a real process, SIGKILLed)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from xapi_server import ME_ID, Fault

FOLLOWERS = "getUsersFollowers"


def _ledger_state(path: Path) -> tuple[int, str | None]:
    """(contacts, saved follower cursor) as another process sees the ledger."""
    if not path.exists():
        return 0, None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as conn:
            contacts = conn.execute("SELECT COUNT(*) FROM contacts").fetchone()[0]
            row = conn.execute("SELECT value FROM plugin_state WHERE namespace = 'twitter' "
                               "AND key = 'followers.cursor'").fetchone()
    except sqlite3.OperationalError:  # not migrated yet
        return 0, None
    return contacts, row[0] if row else None


def test_killed_sync_resumes_from_the_saved_cursor(xapi, outreach_home, x_cli, make_app,
                                                   tmp_path) -> None:
    ids = xapi.world.add_followers(ME_ID, 2500)
    token = xapi.world.issue_tokens(ME_ID)["access_token"]
    # Page 1 answers at once; page 2 hangs until the process is gone.
    xapi.inject(FOLLOWERS, Fault(), Fault(delay=60))
    env = {**os.environ, "OUTREACH_HOME": str(outreach_home),
           "OUTREACH_X_API_BASE": xapi.url, "OUTREACH_X_ACCESS_TOKEN": token,
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    log = tmp_path / "sync.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "orchestrator", "twitter", "sync"],
                                env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                contacts, cursor = _ledger_state(outreach_home / "ledger.db")
                if cursor is not None and len(xapi.calls(FOLLOWERS)) >= 2:
                    break
                assert proc.poll() is None, log.read_text()
                time.sleep(0.05)
            else:
                raise AssertionError("the first page was never committed:\n" + log.read_text())
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert token not in log.read_text()
    contacts, cursor = _ledger_state(outreach_home / "ledger.db")
    assert contacts == 1000 and cursor is not None  # page 1 and its cursor, together
    waiting_for = xapi.calls(FOLLOWERS)[1].query["pagination_token"][0]

    resumed = x_cli("twitter", "sync", "--json", env={"OUTREACH_X_ACCESS_TOKEN": token})
    assert resumed.exit_code == 0, resumed.stderr
    summary = resumed.json()
    assert summary["resumed"] == ["followers"] and summary["followers_seen"] == 1500
    assert summary["baseline"] is True  # the interrupted first sync is still the baseline
    calls = xapi.calls(FOLLOWERS)
    assert calls[2].query["pagination_token"] == [waiting_for]  # no page fetched twice
    app = make_app()
    follows = app.ledger.touchpoints.query(platform="twitter", kinds=("follow",))
    assert sorted(tp.external_id for tp in follows) == sorted(f"follow:in:{i}" for i in ids)
    keys = [c.identity("twitter").key for c in app.ledger.contacts.all()]
    assert sorted(keys) == sorted(ids)  # every follower exactly once
    assert app.ledger.state.get("twitter", "followers.cursor") is None
