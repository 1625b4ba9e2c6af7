"""The harness itself: a spec violation fails the test that caused it; the guards hold."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

HERE = Path(__file__).parent

INNER_TEST = '''
import requests

def test_sends_an_undeclared_parameter(xapi):
    response = requests.get(xapi.url + "/2/users/me", params={"bogus": "1"},
                            headers={"Authorization": "Bearer x"}, timeout=5)
    assert response.status_code == 400  # the body of the test passes...
'''


def test_a_spec_violation_fails_the_test_at_teardown(tmp_path: Path) -> None:
    for name in ("conftest.py", "xapi_server.py", "xapi_spec.py"):
        shutil.copy(HERE / name, tmp_path / name)
    shutil.copytree(HERE / "spec", tmp_path / "spec")
    (tmp_path / "test_inner.py").write_text(INNER_TEST)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c", os.devnull,
         "--rootdir", str(tmp_path), str(tmp_path)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path)
    # ...but the fixture's teardown turns the recorded violation into an error.
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 passed, 1 error" in result.stdout
    assert "query parameter bogus: not declared" in result.stdout


def test_only_loopback_connections_are_allowed() -> None:
    with pytest.raises(Exception, match="test tried to"):
        socket.create_connection(("192.0.2.10", 443), timeout=0.5)
    with pytest.raises(Exception, match="test tried to"):
        socket.getaddrinfo("api.x.com", 443)


def test_keyring_is_in_memory(memory_keyring) -> None:
    keyring.set_password("outreach-orchestrator", "probe", "value")
    assert memory_keyring.passwords == {("outreach-orchestrator", "probe"): "value"}
