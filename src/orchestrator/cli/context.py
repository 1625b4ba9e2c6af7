"""Shared CLI state: the workspace's :class:`~orchestrator.app.App`, built on first use.

Core commands use :func:`pass_app`; plugin commands use ``orchestrator.api.pass_context``
(:func:`pass_plugin_context`), which gives them their plugin's context instead of the App.

For tests only, ``OUTREACH_NOW`` (an ISO 8601 time, naive meaning UTC, never in the future)
starts the CLI's clock at that time, from where it runs on: a scenario over several weeks
can drive the real command line through its Mondays. It is not a user setting and is not
documented as one.
"""

from __future__ import annotations

import functools
import sys
from typing import Any, Callable

import click
from attrs import define

_plugins = None
_apps: list = []


def shared_plugins():
    global _plugins
    if _plugins is None:
        from ..plugins import load_plugins

        _plugins = load_plugins()
    return _plugins


def reset_plugins() -> None:
    """Forget loaded plugins (tests that change the plugin environment)."""
    global _plugins
    _plugins = None


@define
class CliState:
    home: str | None = None

    def app(self, *, dry_run: bool = False, create: bool = True):
        from ..app import App
        from ..errors import ConfigError
        from ..workspace import Workspace

        workspace = Workspace.at(self.home)
        if not create and not workspace.exists():
            raise ConfigError(f"no workspace at {workspace.home}",
                              "Create one with `outreach init`, or try `outreach demo`.")
        app = App(workspace=workspace, plugins=shared_plugins(), dry_run=dry_run)
        clock = _test_clock()
        if clock is not None:
            app.clock = clock
        _apps.append(app)
        return app


def _test_clock():
    """``OUTREACH_NOW`` (tests only, see the module docstring): a clock starting there."""
    import os
    import time
    from datetime import datetime, timedelta, timezone

    value = os.environ.get("OUTREACH_NOW", "").strip()
    if not value:
        return None
    try:
        start = datetime.fromisoformat(value)
    except ValueError:
        from ..errors import ConfigError

        raise ConfigError(f"OUTREACH_NOW={value!r} is not an ISO 8601 time") from None
    if start.tzinfo is None:
        start = start.replace(tzinfo=timezone.utc)
    if start > datetime.now(timezone.utc):
        from ..errors import ConfigError

        # A clock ahead of the real one would empty the quota windows the platforms'
        # limits are counted in: a scenario replays the past, it never skips ahead.
        raise ConfigError(f"OUTREACH_NOW={value!r} is in the future",
                          "It replays past weeks in tests; unset it.")
    origin = time.monotonic()
    return lambda: start + timedelta(seconds=time.monotonic() - origin)


def close_apps() -> None:
    while _apps:
        _apps.pop().close()


def pass_app(func: Callable | None = None, *, dry_run_flag: str | None = None,
             create: bool = False):
    """Decorator: call the command with ``app`` as its first argument.

    ``dry_run_flag`` names a boolean option of the command that selects a dry-run App.
    ``create=False`` makes commands fail clearly outside a workspace.
    """

    def decorate(f: Callable) -> Callable:
        @click.option("--home", "home_override", type=click.Path(file_okay=False),
                      help="Workspace folder (same as `outreach --home DIR ...`).")
        @click.pass_context
        @functools.wraps(f)
        def wrapper(ctx: click.Context, *args, home_override: str | None = None, **kwargs):
            state = ctx.find_object(CliState) or CliState()
            if home_override:
                state = CliState(home=home_override)
            dry_run = bool(kwargs.get(dry_run_flag)) if dry_run_flag else False
            app = state.app(dry_run=dry_run, create=create)
            return f(app, *args, **kwargs)

        return wrapper

    return decorate(func) if func is not None else decorate


def pass_plugin_context(func: Callable | None = None, *, plugin: str | None = None,
                        create: bool = False):
    """Like :func:`pass_app`, but the command receives its plugin's ``PluginContext``.

    The plugin is ``plugin``, else the top-level group the command sits in
    (``outreach twitter sync`` -> ``twitter``).
    """

    def decorate(f: Callable) -> Callable:
        @pass_app(create=create)
        @click.pass_context
        @functools.wraps(f)
        def wrapper(ctx: click.Context, app, *args, **kwargs):
            name = plugin or _group_name(ctx)
            return f(app.context(name), *args, **kwargs)

        return wrapper

    return decorate(func) if func is not None else decorate


def _group_name(ctx: click.Context) -> str:
    path = []
    while ctx is not None:
        path.append(ctx.info_name)
        ctx = ctx.parent
    path.reverse()  # outreach, twitter, sync
    return path[1] if len(path) > 1 else path[0]


def print_json(data: Any) -> None:
    """``data`` as indented JSON (``json.dumps(data, indent=2, ensure_ascii=False,
    default=str)``, byte for byte); characters a terminal would act on (escape sequences,
    bidi controls) are written as ``\\uXXXX`` escapes - the same data for a JSON reader.
    A long list or an iterator of rows is written in chunks (see output.write_json)."""
    from ..output import write_json

    write_json(data, sys.stdout)


def console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)
