"""A test kit for the core and for plugin authors (a pytest plugin, loaded automatically).

Fixtures:

``outreach_home``
    A fresh, empty workspace folder; ``OUTREACH_HOME`` points at it for the test.
``run_cli``
    ``run_cli("plan", "weekly", input=None, env=None)`` runs the real ``outreach`` entry
    point in-process (error boundary included) and returns a :class:`CliResult` with
    ``exit_code``, ``stdout``, ``stderr`` and ``json()``.
``make_app``
    ``make_app(extra_plugins=[...], clock=...)`` builds an :class:`~orchestrator.app.App` on
    the workspace with a *fresh* plugin manager: the installed entry points plus the objects
    given (e.g. a :class:`FakeChannelPlugin`).

:class:`FakeChannel` is a scriptable channel: declare its manifest, queue outcomes
(``"ok"``, or an exception instance to raise), and read what it was asked to deliver.

Guards (fixtures only: nothing here is autouse, so installing the package forces nothing on
a test suite; make them autouse in your own ``conftest.py`` with a thin wrapper such as
``@pytest.fixture(autouse=True) def _guards(loopback_only, memory_keyring): pass``):

``loopback_only``
    Any ``connect``/``connect_ex`` of an IPv4/IPv6 socket to a host that is not loopback,
    and any ``socket.getaddrinfo`` of such a host, raises :class:`NetworkBlocked` (an
    ``OSError``) before a packet leaves. Returns the :class:`NetworkGuard` (``blocked``
    lists the refused addresses). :func:`guard_network` is the same as a context manager.
``memory_keyring``
    Installs a fresh :class:`MemoryKeyring` as keyring's backend (restored afterwards,
    without probing the system keyring) and returns it: ``passwords`` maps
    ``(service, username)`` to the stored value.
``fake_clock``
    A :class:`FakeClock`: ``clock()`` is an aware UTC datetime that moves only when told to
    (``advance(hours=2)``, ``advance(90)``, ``clock.now = ...``) or slept on
    (``sleep(seconds)`` records the seconds in ``slept`` and advances); ``time()`` gives the
    same instant as epoch seconds for code that takes a ``time.time``-style clock.

:class:`ChannelConformance` is the suite every channel must pass: subclass it in a ``Test*``
class with ``channel = YourChannel()`` and ``settings = {...valid settings...}`` and pytest
collects its checks (a valid manifest that never raises on bad setting values, problems as
sentences, deterministic rendering that keeps the text, recipients on the right platform,
no sleeping or counting in the plugin).
"""

from __future__ import annotations

import ipaddress
import json
import os
import re
import socket
import sys
import threading
import time
import types
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

import attrs
import keyring
import keyring.backend
import keyring.core
import keyring.errors
import pytest

from . import hookimpl
from .channels import (
    ChannelBase,
    ChannelManifest,
    KindSpec,
    OutboundMessage,
    Quota,
    Receipt,
    RenderedMessage,
)
from .model import MODES, Contact, Identity


@attrs.define
class CliResult:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


def invoke(args: Iterable[str], *, input: str | None = None,
           env: Mapping[str, str] | None = None) -> CliResult:
    """Run ``outreach ARGS`` in-process through :func:`orchestrator.cli.main`."""
    from click.testing import CliRunner

    from .cli import main
    from .cli.context import reset_plugins

    reset_plugins()
    runner = CliRunner()
    code = 0
    with runner.isolation(input=input, env=dict(env or {})) as streams:
        try:
            main([str(a) for a in args])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        sys.stdout.flush()
        sys.stderr.flush()
        stdout, stderr = streams[0].getvalue(), streams[1].getvalue()
    reset_plugins()
    return CliResult(code, stdout.decode("utf-8", "replace"), stderr.decode("utf-8", "replace"))


def fake_manifest(name: str = "fake", *, modes=("api", "export"), max_length: int | None = 500,
                  quotas: tuple[Quota, ...] = (), min_interval: timedelta | None = None,
                  automated_if=None, sessions: int = 1) -> ChannelManifest:
    return ChannelManifest(
        name=name, platform=name, title=f"Fake channel {name}",
        kinds=(KindSpec("message", modes=tuple(modes), max_length=max_length,
                        automated_if=automated_if),
               KindSpec("follow-up", modes=tuple(modes), max_length=max_length,
                        first_contact=False)),
        quotas=quotas, min_interval=min_interval, sessions=sessions,
        default_phrases=("Thanks for connecting",),
    )


class FakeChannel(ChannelBase):
    """A channel whose outcomes a test scripts; it records every call."""

    def __init__(self, manifest: ChannelManifest | None = None, *, early: bool = False) -> None:
        self._manifest = manifest or fake_manifest()
        self.name = self._manifest.name
        # Sessions that start a message before its claim (ChannelSession.deliver_when);
        # ``on_ready(message)`` is then called once the core cleared it.
        self.early = early
        self.started: list[str] = []
        self.on_ready: Callable[[OutboundMessage], None] | None = None
        self.outcomes: list[Any] = []
        self.delivered: list[OutboundMessage] = []
        self.exported: list[Path] = []
        self.problem_list: list[str] = []
        self.opened = 0
        self.closed = 0

    def manifest(self, settings):
        return self._manifest

    def problems(self, settings, step_mode):
        return list(self.problem_list)

    def render(self, message, settings):
        return RenderedMessage(text=message.text, subject=message.subject,
                               link=f"https://{self.name}.example/{message.recipient.key}"
                               if message.mode == "assisted" else None)

    def open(self, context):
        self.opened += 1
        return _EarlyFakeSession(self) if self.early else _FakeSession(self)


class _FakeSession:
    def __init__(self, channel: FakeChannel) -> None:
        self.channel = channel

    def deliver(self, message):
        outcome = self.channel.outcomes.pop(0) if self.channel.outcomes else "ok"
        if isinstance(outcome, BaseException):
            raise outcome
        self.channel.delivered.append(message)
        return Receipt(external_id=f"<{message.draft_id}@fake>")

    def export(self, message, directory):
        from .workspace import write_private

        path = Path(directory) / f"{message.draft_id}.txt"
        write_private(path, message.text)
        self.channel.exported.append(path)
        return path

    def close(self):
        self.channel.closed += 1


class _EarlyFakeSession(_FakeSession):
    def deliver_when(self, message, ready):
        self.channel.started.append(message.draft_id)
        ready()  # raises NotCleared when the claim failed: nothing delivered
        if self.channel.on_ready is not None:
            self.channel.on_ready(message)
        return self.deliver(message)


class FakeChannelPlugin:
    """A plugin object registering the given channels (for ``make_app(extra_plugins=...)``)."""

    def __init__(self, *channels: FakeChannel) -> None:
        self.channels = channels

    @hookimpl
    def outreach_register_channels(self, registry):
        for channel in self.channels:
            registry.add(channel)

    @hookimpl
    def outreach_normalize_identity(self, platform, value):
        from .model import Identity

        if any(c.name == platform for c in self.channels):
            return Identity(platform, value.strip().lower(), value.strip())
        return None


def build_app(home: Path, *, extra_plugins: Iterable[object] = (),
              clock: Callable | None = None, dry_run: bool = False):
    from .app import App
    from .plugins import load_plugins
    from .workspace import Workspace

    plugins = load_plugins()
    for index, plugin in enumerate(extra_plugins):
        plugins.pm.register(plugin, name=f"test-plugin-{index}")
    app = App(workspace=Workspace(Path(home)), plugins=plugins, dry_run=dry_run)
    if clock is not None:
        app.clock = clock
    return app


@pytest.fixture
def outreach_home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "workspace"
    monkeypatch.setenv("OUTREACH_HOME", str(home))
    for name in ("OUTREACH_PLUGINS", "OUTREACH_BLOCK_PLUGINS", "OUTREACH_TRACE_HOOKS",
                 "OUTREACH_STRICT_PLUGINS", "OUTREACH_TRACEBACK"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture
def run_cli(outreach_home) -> Callable[..., CliResult]:
    def run(*args, input: str | None = None, env: Mapping[str, str] | None = None) -> CliResult:
        return invoke(args, input=input, env={"OUTREACH_HOME": str(outreach_home), **(env or {})})

    return run


@pytest.fixture
def make_app(outreach_home):
    apps = []

    def make(**kwargs):
        app = build_app(kwargs.pop("home", outreach_home), **kwargs)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.close()


# --- guards: loopback-only network --------------------------------------------------------

_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


class NetworkBlocked(OSError):
    """A test tried to reach (or resolve) a host that is not loopback."""


def is_loopback_host(host: Any) -> bool:
    """``localhost``, ``127.0.0.1``, ``::1`` (with or without brackets or a ``%scope``)."""
    if isinstance(host, (bytes, bytearray)):
        host = bytes(host).decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    name = host.strip().strip("[]").lower()
    if name in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name.split("%")[0]).is_loopback
    except ValueError:
        return False


class NetworkGuard:
    """Wrappers for ``socket.socket.connect``/``connect_ex`` and ``socket.getaddrinfo`` that
    refuse anything but loopback (AF_UNIX paths pass); ``blocked`` records each refusal."""

    def __init__(self) -> None:
        self.blocked: list[Any] = []

    def _refuse(self, what: str, target: Any) -> NetworkBlocked:
        self.blocked.append(target)
        return NetworkBlocked(f"test tried to {what} {target!r}; only loopback is allowed "
                              "(orchestrator.testing.loopback_only)")

    def _check_connect(self, sock: socket.socket, address: Any) -> None:
        if getattr(socket, "AF_UNIX", None) is not None and sock.family == socket.AF_UNIX:
            return
        if isinstance(address, (str, bytes, bytearray, os.PathLike)):  # a socket path
            return
        host = address[0] if isinstance(address, (tuple, list)) and address else address
        if not is_loopback_host(host):
            raise self._refuse("reach the network at", address)

    def patches(self) -> list[tuple[Any, str, Any]]:
        """``(owner, attribute, replacement)`` triples wrapping what is installed now."""
        real_connect = socket.socket.connect
        real_connect_ex = socket.socket.connect_ex
        real_getaddrinfo = socket.getaddrinfo
        guard = self

        def connect(self: socket.socket, address: Any) -> None:
            guard._check_connect(self, address)
            return real_connect(self, address)

        def connect_ex(self: socket.socket, address: Any) -> int:
            guard._check_connect(self, address)
            return real_connect_ex(self, address)

        def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
            if host not in (None, "", b"") and not is_loopback_host(host):
                raise guard._refuse("resolve", host)
            return real_getaddrinfo(host, *args, **kwargs)

        return [(socket.socket, "connect", connect), (socket.socket, "connect_ex", connect_ex),
                (socket, "getaddrinfo", getaddrinfo)]

    def install(self, setattr: Callable[[Any, str, Any], Any]) -> NetworkGuard:
        """Install the wrappers with ``setattr`` (e.g. ``monkeypatch.setattr``)."""
        for owner, name, replacement in self.patches():
            setattr(owner, name, replacement)
        return self


@contextmanager
def guard_network() -> Iterator[NetworkGuard]:
    """``with guard_network() as guard:`` only loopback is reachable inside the block."""
    saved: list[tuple[Any, str, Any]] = []

    def remember_and_set(owner: Any, name: str, value: Any) -> None:
        saved.append((owner, name, getattr(owner, name)))
        setattr(owner, name, value)

    try:
        yield NetworkGuard().install(remember_and_set)
    finally:
        for owner, name, original in reversed(saved):
            setattr(owner, name, original)


@pytest.fixture
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> NetworkGuard:
    """No connection (or name resolution) beyond loopback for this test."""
    # Through monkeypatch, so that its undo stack restores everything in the right order
    # even when the test monkeypatches socket functions itself.
    return NetworkGuard().install(monkeypatch.setattr)


# --- guards: an in-memory keyring ---------------------------------------------------------

class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in a dict: tests never read or write the system keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    @property
    def entries(self) -> dict[tuple[str, str], str]:
        """The same dict as :attr:`passwords`."""
        return self.passwords

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


# keyring registers every backend class it sees and may pick one when it probes for the
# system's; a test double must never be chosen that way (only installed explicitly).
getattr(keyring.backend.KeyringBackend, "_classes", set()).discard(MemoryKeyring)


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """A fresh :class:`MemoryKeyring` as keyring's backend for this test."""
    backend = MemoryKeyring()
    # Restore whatever backend was active at teardown without calling get_keyring(), which
    # would initialize and probe the system keyring.
    monkeypatch.setattr(keyring.core, "_keyring_backend",
                        getattr(keyring.core, "_keyring_backend", None))
    keyring.set_keyring(backend)
    return backend


# --- a fake clock -------------------------------------------------------------------------

DEFAULT_START = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)  # a Monday morning


def _epoch(value: datetime | float | int) -> float:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.timestamp()
    return float(value)


class FakeClock:
    """Time that moves only when a test says so (thread-safe).

    ``clock()`` and ``clock.now`` give an aware UTC datetime (the core's ``app.clock``);
    ``clock.time()`` gives the same instant in epoch seconds (for ``time.time``-style
    clocks). ``advance(**timedelta_kwargs)`` or ``advance(seconds)`` moves it; assigning
    ``clock.now`` sets it; ``sleep(seconds)`` records the seconds in ``slept`` and advances.
    ``start`` is a datetime (naive means UTC) or epoch seconds.
    """

    def __init__(self, start: datetime | float | int | None = None) -> None:
        self._lock = threading.RLock()
        self._epoch = _epoch(DEFAULT_START if start is None else start)
        self.slept: list[float] = []

    def __call__(self) -> datetime:
        return self.now

    def __repr__(self) -> str:
        return f"FakeClock({self.now.isoformat()})"

    @property
    def now(self) -> datetime:
        with self._lock:
            return datetime.fromtimestamp(self._epoch, timezone.utc)

    @now.setter
    def now(self, value: datetime | float | int) -> None:
        with self._lock:
            self._epoch = _epoch(value)

    def time(self) -> float:
        with self._lock:
            return self._epoch

    def advance(self, seconds: float | timedelta = 0.0, /, **kwargs: float) -> datetime:
        """Move forward by ``seconds`` (a number or a timedelta) plus ``timedelta(**kwargs)``."""
        if isinstance(seconds, timedelta):
            seconds = seconds.total_seconds()
        step = float(seconds) + timedelta(**kwargs).total_seconds()
        with self._lock:
            self._epoch += step
            return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.slept.append(seconds)
            self._epoch += max(0.0, float(seconds))


@pytest.fixture
def fake_clock() -> FakeClock:
    """A :class:`FakeClock` starting on Monday 2 November 2026, 09:00 UTC."""
    return FakeClock()


# --- the channel conformance suite --------------------------------------------------------

HOSTILE_VALUES: tuple[Any, ...] = ("abc", "", -5, None, [], {}, "1e9", True)

# Sample identities for well-known platforms; anything else gets a generic one.
_SAMPLE_IDENTITIES = {
    "email": ("jane.doe@example.com", "Jane Doe <jane.doe@example.com>"),
    "linkedin": ("in/jane-doe", "https://www.linkedin.com/in/jane-doe"),
    "twitter": ("2244994945", "@JaneDoe"),
}
_CLOSING = "\"'`\u201d\u2019\u00bb"
_CODE_WORD = re.compile(r"[a-z][\w.-]*[_.][\w.-]*\b")


class _Slept(AssertionError):
    pass


def is_sentence(text: Any) -> bool:
    """One or more sentences: starts with a capital letter (or a digit, a quote, a code
    word such as ``daily_cap``) and ends with ``.``, ``?``, ``!`` or ``)``."""
    if not isinstance(text, str) or not text or text != text.strip():
        return False
    first = text[0]
    starts = (first.isupper() or first.isdigit() or first in "`'\"$([\u201c\u2018"
              or _CODE_WORD.match(text) is not None)
    return starts and text.rstrip(_CLOSING)[-1:] in (".", "?", "!", ")")


class ChannelConformance:
    """Checks every channel must pass; subclass it in a ``Test*`` class of your test suite::

        from orchestrator.testing import ChannelConformance

        class TestMyChannelConformance(ChannelConformance):
            channel = MyChannel()
            settings = {"api_key_env": "MY_KEY", "daily_cap": 50}

    pytest then collects the ``test_*`` methods below for your channel. Override the
    ``sample_*`` hooks when your channel needs special inputs (an identity key in your
    platform's format, a subject, a contact with more details). Every check calls the channel
    with ``time.sleep`` made to fail and with read-only settings.
    """

    __test__ = False  # the base itself is not a test class

    #: The channel under test (an instance).
    channel: Any = None
    #: Valid settings for the channel (the table under ``[channel]`` in config.toml).
    settings: Mapping[str, Any] = {}
    #: Values each setting is replaced with in turn: ``manifest()`` must not raise on them.
    hostile_values: tuple[Any, ...] = HOSTILE_VALUES

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "__test__" not in cls.__dict__:
            cls.__test__ = True

    # --- hooks (override for special inputs) -------------------------------------------

    def sample_recipient(self) -> Identity:
        """An identity on the channel's platform, as the core would address it."""
        platform = self.platform()
        key, display = _SAMPLE_IDENTITIES.get(platform, ("jane-doe", "Jane Doe"))
        return Identity(platform, key, display)

    def sample_contact(self) -> Contact:
        """A person with an identity on the channel's platform (and details to write about)."""
        return Contact(first_name="Jane", last_name="Doe", company="Harvest Bakery",
                       notes="Met at the Harvest Fair in Galway; talked about sourdough.",
                       identities=[self.sample_recipient()])

    def sample_text(self, index: int = 0) -> str:
        suffix = "" if index == 0 else f" (note {index})"
        return ("Hi Jane, good talking about sourdough starters at the Harvest Fair in Galway."
                f" Would you like to compare notes next week?{suffix}")

    def sample_subject(self, kind: KindSpec) -> str | None:
        return "A note after the Harvest Fair" if kind.has_subject else None

    def sample_message(self, kind: KindSpec, mode: str, index: int = 0) -> OutboundMessage:
        """The reviewed draft the core would hand to ``render``/``deliver``."""
        return OutboundMessage(
            draft_id=f"conformance-{index}", idempotency_key=f"conformance-key-{index}",
            channel=self._name(), kind=kind.name, mode=mode,  # type: ignore[arg-type]
            recipient=self.sample_recipient(), contact=self.sample_contact(),
            subject=self.sample_subject(kind), text=self.sample_text(index),
            campaign="conformance")

    def other_platform_identities(self) -> list[Identity]:
        """Identities on platforms other than the channel's."""
        platform = self.platform()
        others = [Identity(p, key, display) for p, (key, display) in _SAMPLE_IDENTITIES.items()
                  if p != platform]
        others.append(Identity("elsewhere", "jane-doe", "Jane Doe"))
        return others

    # --- helpers ------------------------------------------------------------------------

    def _name(self) -> str:
        return str(getattr(self.channel, "name", "") or type(self.channel).__name__)

    def _settings(self, settings: Mapping[str, Any] | None = None) -> Mapping[str, Any]:
        return types.MappingProxyType(dict(self.settings if settings is None else settings))

    @contextmanager
    def _no_sleep(self, call: str) -> Iterator[None]:
        name = self._name()
        slept: list[Any] = []

        def refusal(seconds: Any) -> _Slept:
            return _Slept(f"{name}: {call} called time.sleep({seconds!r}): a channel must not "
                          "sleep, throttle or pace; declare Quota and min_interval in the "
                          "manifest and the core paces deliveries")

        def sleep(seconds: float = 0, *args: Any, **kwargs: Any) -> None:
            slept.append(seconds)
            raise refusal(seconds)

        real = time.sleep
        time.sleep = sleep
        try:
            yield
        finally:
            time.sleep = real
        if slept:  # even if the channel swallowed the error
            raise refusal(slept[0])

    def _call(self, method: str, *args: Any, describe: str = "") -> Any:
        if self.channel is None:
            raise AssertionError(f"{type(self).__name__}: set channel = YourChannel() on the "
                                 "class (and settings = {...} with valid settings)")
        call = f"{method}({describe})" if describe else f"{method}()"
        with self._no_sleep(call):
            try:
                return getattr(self.channel, method)(*args)
            except _Slept:
                raise
            except Exception as exc:
                raise AssertionError(f"{self._name()}: {call} raised {type(exc).__name__}: "
                                     f"{exc}") from exc

    def manifest_for(self, settings: Mapping[str, Any] | None = None) -> ChannelManifest:
        desc = "settings" if settings is None else _describe(settings)
        manifest = self._call("manifest", self._settings(settings), describe=desc)
        assert isinstance(manifest, ChannelManifest), (
            f"{self._name()}: manifest({desc}) returned {type(manifest).__name__}, "
            "not a ChannelManifest")
        return manifest

    def platform(self) -> str:
        return self.manifest_for().platform

    def kinds_and_modes(self) -> list[tuple[KindSpec, str]]:
        """Every (kind, mode) the core may use: the kind's modes, plus ``api`` when the kind
        allows automation under a condition (``automated_if``)."""
        out = []
        for kind in self.manifest_for().kinds:
            modes = list(kind.modes)
            if kind.automated_if and "api" not in modes:
                modes.append("api")
            out += [(kind, mode) for mode in modes]
        return out

    def render(self, message: OutboundMessage,
               settings: Mapping[str, Any] | None = None) -> RenderedMessage:
        desc = f"{message.kind}/{message.mode} message"
        rendered = self._call("render", message, self._settings(settings), describe=desc)
        assert isinstance(rendered, RenderedMessage), (
            f"{self._name()}: render({desc}) returned {type(rendered).__name__}, "
            "not a RenderedMessage")
        return rendered

    def recipient_of(self, contact: Contact) -> Identity | None:
        pick = getattr(self.channel, "recipient", None)
        if callable(pick):
            return self._call("recipient", contact, describe="contact")
        return contact.identity(self.platform())  # what the core does without recipient()

    def problems_for(self, settings: Mapping[str, Any] | None, mode: str) -> list[str]:
        desc = f"{'settings' if settings is None else _describe(settings)}, {mode!r}"
        return self._call("problems", self._settings(settings), mode, describe=desc)

    # --- the checks ---------------------------------------------------------------------

    def test_manifest_is_valid(self) -> None:
        for settings in (None, {}):
            _check_manifest(self._name(), self.manifest_for(settings),
                            "settings" if settings is None else "{}")

    def test_manifest_never_raises_on_bad_setting_values(self) -> None:
        name = self._name()
        manifest = self.manifest_for()
        keys = {s.name for s in manifest.settings} | {q.setting for q in manifest.quotas
                                                      if q.setting}
        failures = []
        trials: list[tuple[str, Mapping[str, Any]]] = [("an empty mapping", {})]
        for key in sorted(keys):
            for value in self.hostile_values:
                trials.append((f"{key}={value!r}", {**self.settings, key: value}))
        for what, settings in trials:
            try:
                with self._no_sleep(f"manifest({what})"):
                    manifest = self.channel.manifest(self._settings(settings))
            except _Slept:
                raise
            except Exception as exc:
                failures.append(f"{name}: manifest() raised {type(exc).__name__} for {what} "
                                "\u2014 the core validates setting values; declare "
                                f"Quota(setting=...) instead of parsing ({exc})")
                continue
            if not isinstance(manifest, ChannelManifest) or manifest.name != name:
                failures.append(f"{name}: manifest() for {what} returned {manifest!r:.80}, "
                                f"not the ChannelManifest of {name!r}")
        assert not failures, "\n".join(failures)

    def test_problems_are_sentences(self) -> None:
        name = self._name()
        for settings in (None, {}):
            for mode in sorted({mode for _, mode in self.kinds_and_modes()}):
                found = self.problems_for(settings, mode)
                where = f"problems({'settings' if settings is None else '{}'}, {mode!r})"
                assert isinstance(found, list), (
                    f"{name}: {where} returned {type(found).__name__}, not a list of sentences")
                for problem in found:
                    assert isinstance(problem, str) and problem.strip(), (
                        f"{name}: {where} returned {problem!r}: every entry must be a "
                        "non-empty sentence saying what to fix")
                    assert is_sentence(problem), (
                        f"{name}: {where} returned {problem!r}, which is not a sentence: "
                        "start with a capital letter and end with '.', '?' or ')'")

    def test_render_keeps_the_text(self) -> None:
        for kind, mode in self.kinds_and_modes():
            message = self.sample_message(kind, mode)
            rendered = self.render(message)
            assert isinstance(rendered.text, str) and message.text in rendered.text, (
                f"{self._name()}: render() of a {kind.name}/{mode} message dropped or changed "
                f"the reviewed text {message.text!r}; got {rendered.text!r}. The user approved "
                "that text: render may add footers or links, never rewrite it")

    def test_render_is_deterministic(self) -> None:
        for kind, mode in self.kinds_and_modes():
            message = self.sample_message(kind, mode)
            first, second = self.render(message), self.render(message)
            assert first == second, (
                f"{self._name()}: render() of the same {kind.name}/{mode} message gave two "
                f"different results:\n  {first!r}\n  {second!r}\nThe preview must be exactly "
                "what goes out")

    def test_recipient_is_on_the_platform(self) -> None:
        name, platform = self._name(), self.platform()
        contact = self.sample_contact()
        picked = self.recipient_of(contact)
        assert isinstance(picked, Identity), (
            f"{name}: recipient() returned {picked!r} for a contact with a {platform} "
            f"identity ({contact.identities!r}); expected an Identity")
        assert picked.platform == platform, (
            f"{name}: recipient() returned an identity on {picked.platform!r}, not on the "
            f"manifest's platform {platform!r}")
        nobody = Contact(first_name="Jane", last_name="Doe")
        assert self.recipient_of(nobody) is None, (
            f"{name}: recipient() of a contact with no identities returned "
            f"{self.recipient_of(nobody)!r}; expected None")
        elsewhere = Contact(first_name="Jane", last_name="Doe",
                            identities=self.other_platform_identities())
        picked = self.recipient_of(elsewhere)
        assert picked is None, (
            f"{name}: recipient() of a contact known only on other platforms "
            f"({sorted({i.platform for i in elsewhere.identities})}) returned {picked!r}; "
            f"expected None (only a {platform} identity can be addressed here)")

    def test_never_sleeps(self) -> None:
        # Every call of the suite runs with time.sleep made to fail; this check makes one of
        # each explicitly so that a failure names the method.
        self.manifest_for()
        self.manifest_for({})
        for kind, mode in self.kinds_and_modes():
            self.problems_for(None, mode)
            self.render(self.sample_message(kind, mode))
        self.recipient_of(self.sample_contact())

    def test_rendering_many_messages_changes_nothing(self) -> None:
        name = self._name()
        pairs = self.kinds_and_modes()
        message = self.sample_message(*pairs[0])
        before = (self.render(message), self.manifest_for(),
                  {m: self.problems_for(None, m) for _, m in pairs})
        for index in range(1, 51):
            kind, mode = pairs[index % len(pairs)]
            self.render(self.sample_message(kind, mode, index))
        after = (self.render(message), self.manifest_for(),
                 {m: self.problems_for(None, m) for _, m in pairs})
        for label, old, new in zip(("render()", "manifest()", "problems()"), before, after):
            assert old == new, (
                f"{name}: {label} changed after rendering 50 messages:\n  before: {old!r}\n"
                f"  after:  {new!r}\nA channel must not count or throttle: the core counts "
                "sends in the ledger and enforces the manifest's quotas")


def _describe(settings: Mapping[str, Any]) -> str:
    return "{}" if not settings else "{" + ", ".join(f"{k!r}: {v!r}" for k, v in
                                                     settings.items()) + "}"


def _positive_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _check_manifest(name: str, manifest: ChannelManifest, given: str) -> None:
    where = f"{name}: manifest({given})"
    assert manifest.name == name, (
        f"{where}.name is {manifest.name!r}; it must equal the channel's name {name!r}")
    assert isinstance(manifest.platform, str) and manifest.platform, (
        f"{where}.platform must be a non-empty string, not {manifest.platform!r}")
    assert manifest.kinds, f"{where} declares no kinds of message"
    kind_names = [k.name for k in manifest.kinds]
    assert all(isinstance(k, str) and k for k in kind_names), (
        f"{where}: every kind needs a name, got {kind_names!r}")
    duplicates = sorted({k for k in kind_names if kind_names.count(k) > 1})
    assert not duplicates, f"{where}: kinds declared twice: {duplicates}"
    for kind in manifest.kinds:
        assert kind.modes and set(kind.modes) <= set(MODES), (
            f"{where}: kind {kind.name!r} has modes {kind.modes!r}; they must be a non-empty "
            f"subset of {MODES}")
        for field in ("max_length", "max_subject_length"):
            value = getattr(kind, field)
            assert value is None or _positive_int(value), (
                f"{where}: kind {kind.name!r} has {field}={value!r}; it must be a positive "
                "int or None")
    assert manifest.min_interval is None or (
        isinstance(manifest.min_interval, timedelta)
        and manifest.min_interval > timedelta(0)), (
        f"{where}.min_interval is {manifest.min_interval!r}; it must be a positive timedelta "
        "or None")
    assert _positive_int(manifest.sessions), (
        f"{where}.sessions is {manifest.sessions!r}; it must be a positive int")
    setting_names = [s.name for s in manifest.settings]
    duplicates = sorted({s for s in setting_names if setting_names.count(s) > 1})
    assert not duplicates, f"{where}: settings declared twice: {duplicates}"
    for quota in manifest.quotas:
        q = f"{where}: quota {quota.name!r}"
        assert isinstance(quota.name, str) and quota.name, f"{where}: a quota has no name"
        assert _positive_int(quota.limit), (
            f"{q} has limit={quota.limit!r}; it must be a positive int")
        assert isinstance(quota.window, timedelta) and quota.window > timedelta(0), (
            f"{q} has window={quota.window!r}; it must be a positive timedelta")
        assert quota.scope in ("account", "recipient"), (
            f"{q} has scope={quota.scope!r}; it must be 'account' or 'recipient'")
        unknown = sorted(set(quota.kinds) - set(kind_names))
        assert not unknown, f"{q} names kinds the manifest does not declare: {unknown}"
        assert set(quota.modes) <= set(MODES), (
            f"{q} has modes {quota.modes!r}; they must be a subset of {MODES}")
        assert quota.setting is None or quota.setting in setting_names, (
            f"{q} has setting={quota.setting!r}, which is not a declared Setting "
            f"({setting_names})")
    for setting in manifest.settings:
        assert not (setting.secret and setting.default is not None), (
            f"{where}: secret setting {setting.name!r} has a default; a secret never has one")
    try:
        json.dumps(manifest.as_json())
    except (TypeError, ValueError) as exc:
        raise AssertionError(f"{where}.as_json() is not JSON-serialisable: {exc}") from exc
