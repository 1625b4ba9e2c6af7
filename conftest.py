"""Guards for the whole suite: loopback-only network, an in-memory keyring, a clean env.

Tests and the demo never touch the internet; a connection to anything but loopback fails
the test that tried it. No test may read or write the real system keyring.
"""

from __future__ import annotations

import ipaddress
import socket

import pytest

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_loopback(address) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = address[0]
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _guarded(real):
    def connect(self, address):
        if not _is_loopback(address):
            raise OSError(f"test tried to reach the network ({address!r}); only loopback is allowed")
        return real(self, address)

    return connect


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch):
    monkeypatch.setattr(socket.socket, "connect", _guarded(_real_connect))
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded(_real_connect_ex))


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch):
    import keyring
    from keyring.backend import KeyringBackend
    from keyring.errors import PasswordDeleteError

    store: dict[tuple[str, str], str] = {}

    class Backend(KeyringBackend):
        priority = 1

        def get_password(self, service, username):
            return store.get((service, username))

        def set_password(self, service, username, password):
            store[(service, username)] = password

        def delete_password(self, service, username):
            if store.pop((service, username), None) is None:
                raise PasswordDeleteError(username)

    previous = keyring.get_keyring()
    keyring.set_keyring(Backend())
    yield store
    keyring.set_keyring(previous)


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
