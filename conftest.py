"""Guards for the whole suite: loopback-only network, an in-memory keyring, a clean env.

Tests and the demo never touch the internet; a connection to anything but loopback fails
the test that tried it. No test may read or write the real system keyring.
"""

from __future__ import annotations

import pytest

# The guards live in the test kit (orchestrator.testing, a pytest plugin that only offers
# fixtures); this suite makes them autouse.


@pytest.fixture(autouse=True)
def _guards(loopback_only, memory_keyring):
    """Every test: only loopback is reachable, and the keyring is an in-memory one."""


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch, tmp_path):
    for name in ("OUTREACH_HOME", "OUTREACH_PLUGINS", "OUTREACH_BLOCK_PLUGINS",
                 "OUTREACH_TRACE_HOOKS", "OUTREACH_STRICT_PLUGINS", "OUTREACH_TRACEBACK",
                 "OUTREACH_EMAIL_PASSWORD", "OUTREACH_X_ACCESS_TOKEN", "OUTREACH_X_REFRESH_TOKEN",
                 "OUTREACH_X_CLIENT_ID", "OUTREACH_X_API_BASE"):
        monkeypatch.delenv(name, raising=False)
    # platformdirs must never resolve to the developer's real data folder in tests
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
