"""Fixtures for the X plugin's tests: no network, an in-memory keyring, a spec-checked fake X.

* every test runs with ``socket.socket.connect`` (and name resolution) refusing anything but
  loopback, so no test can reach the internet even by mistake, and with an in-memory keyring
  (``memory_keyring``): nothing touches the system keyring. Both guards come from the core's
  test kit (``orchestrator.testing``) and are made autouse here too, so the folder is guarded
  even when run on its own;
* ``xapi`` starts :class:`xapi_server.XApiServer`, points ``OUTREACH_X_API_BASE`` and
  ``OUTREACH_X_CLIENT_ID`` at it, and fails the test at teardown if any request broke the
  X API OpenAPI document (or a response of the fake did);
* ``make_client`` builds the real :class:`XClient` the way the CLI will (``from_settings``),
  with the fake's clock and sleep so rate-limit waits and backoff take no real time;
* every client the plugin itself opens (sync, delivery, archive lookups, status) gets the
  same fake clock and sleep (``connect.open_client`` is wrapped for each test);
* ``x_cli`` runs ``outreach ...`` in-process (the core's ``run_cli``) and fails the test if
  any token the fake X ever issued appears in its stdout or stderr.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from orchestrator_twitter import connect
from orchestrator_twitter.client import XClient
from orchestrator_twitter.tokens import TokenSet, TokenStore

# The suite runs with --import-mode=importlib, which puts no test folder on sys.path; the
# helper modules next to this file (uniquely named xapi_*) are imported from here.
sys.path.insert(0, str(Path(__file__).parent))

from xapi_server import ME_HANDLE, ME_ID, FakeClock, XApiServer  # noqa: E402
from xapi_spec import SpecValidator  # noqa: E402


@pytest.fixture(autouse=True)
def x_guards(loopback_only, memory_keyring) -> None:
    """No network beyond loopback, an in-memory keyring (orchestrator.testing)."""


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OUTREACH_X_ACCESS_TOKEN", "OUTREACH_X_REFRESH_TOKEN",
                 "OUTREACH_X_CLIENT_ID", "OUTREACH_X_API_BASE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def spec_validator() -> SpecValidator:
    return SpecValidator.load()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def xapi(spec_validator: SpecValidator, clock: FakeClock,
         monkeypatch: pytest.MonkeyPatch) -> Iterator[XApiServer]:
    server = XApiServer(spec_validator, clock).start()
    server.world.add_user(ME_ID, ME_HANDLE, "Me Myself")
    server.world.login_user_id = ME_ID
    monkeypatch.setenv("OUTREACH_X_API_BASE", server.url)
    monkeypatch.setenv("OUTREACH_X_CLIENT_ID", server.world.client_id)
    yield server
    server.stop()
    if server.violations:
        pytest.fail("requests or responses that break the X API spec:\n  "
                    + "\n  ".join(server.violations), pytrace=False)


@pytest.fixture
def login_tokens(xapi: XApiServer, clock: FakeClock) -> Callable[..., TokenSet]:
    """Issue tokens for a user on the fake X and store them as a login would."""

    def issue(user_id: str = ME_ID, **kwargs: Any) -> TokenSet:
        tokens = TokenSet.from_token_response(xapi.world.issue_tokens(user_id, **kwargs),
                                              clock.time())
        TokenStore().save(tokens)
        return tokens

    return issue


@pytest.fixture
def make_client(xapi: XApiServer, clock: FakeClock,
                login_tokens: Callable[..., TokenSet]) -> Iterator[Callable[..., XClient]]:
    clients: list[XClient] = []

    def make(*, login: bool = True, **options: Any) -> XClient:
        if login:
            login_tokens()
        options.setdefault("clock", clock.time)
        options.setdefault("sleep", clock.sleep)
        client = XClient.from_settings({}, **options)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture(autouse=True)
def fake_time_for_plugin_clients(monkeypatch: pytest.MonkeyPatch, clock: FakeClock) -> None:
    real_open = connect.open_client

    def open_client(settings: Any = None, *, on_wait: Any = None, **options: Any) -> XClient:
        options.setdefault("clock", clock.time)
        options.setdefault("sleep", clock.sleep)
        return real_open(settings, on_wait=on_wait, **options)

    monkeypatch.setattr(connect, "open_client", open_client)


def leaked_tokens(xapi: XApiServer, *texts: str) -> list[str]:
    return [t for t in xapi.world.issued for text in texts if t in text]


@pytest.fixture
def x_cli(run_cli: Callable[..., Any], xapi: XApiServer) -> Callable[..., Any]:
    """``run_cli`` that also proves no token reached the terminal."""

    def run(*args: Any, **kwargs: Any) -> Any:
        result = run_cli(*args, **kwargs)
        leaks = leaked_tokens(xapi, result.stdout, result.stderr)
        assert not leaks, f"token printed by outreach {' '.join(map(str, args))}"
        return result

    return run


CONFIG = """\
[sender]
name = "Robin Vale"
headline = "Founder of Tidewater, cold-chain analytics"
"""

DM_CAMPAIGN = '''\
name = "x-hello"
{audience}
[[steps]]
channel = "twitter"
kind = "dm"
body = """Hi {{{{ contact.first_name }}}}, {{{{ personal_note }}}} I'm Robin, I run Tidewater \\
(cold-chain analytics). Would you be up for a short call next week?"""
'''


@pytest.fixture
def x_workspace(outreach_home: Path) -> Callable[..., Path]:
    """A workspace with a sender and a one-step X DM campaign ``x-hello``."""

    def make(audience: str = "") -> Path:
        (outreach_home / "campaigns").mkdir(parents=True, exist_ok=True)
        (outreach_home / "config.toml").write_text(CONFIG)
        (outreach_home / "campaigns" / "x-hello.toml").write_text(
            DM_CAMPAIGN.format(audience=audience))
        return outreach_home

    return make
