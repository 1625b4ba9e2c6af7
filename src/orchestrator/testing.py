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
"""

from __future__ import annotations

import json
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

import attrs
import pytest

from . import hookimpl
from .channels import (
    ChannelManifest,
    KindSpec,
    OutboundMessage,
    Quota,
    Receipt,
    RenderedMessage,
)


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
                  automated_if=None) -> ChannelManifest:
    return ChannelManifest(
        name=name, platform=name, title=f"Fake channel {name}",
        kinds=(KindSpec("message", modes=tuple(modes), max_length=max_length,
                        automated_if=automated_if),
               KindSpec("follow-up", modes=tuple(modes), max_length=max_length,
                        first_contact=False)),
        quotas=quotas, min_interval=min_interval,
        default_phrases=("Thanks for connecting",),
    )


class FakeChannel:
    """A channel whose outcomes a test scripts; it records every call."""

    def __init__(self, manifest: ChannelManifest | None = None) -> None:
        self._manifest = manifest or fake_manifest()
        self.name = self._manifest.name
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
        return _FakeSession(self)


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
