"""The plugin manager factory and the typed facade the engine calls.

Nothing happens at import time. :func:`load_plugins` builds a fresh manager in a fixed order:

1. the hook specifications (:mod:`orchestrator.hookspecs`);
2. the block list and allow-list from the environment;
3. every entry point of the group ``orchestrator`` - bundled plugins included, exactly like
   third-party ones - each loaded on its own: one that fails is reported in one line and
   skipped (``OUTREACH_STRICT_PLUGINS=1`` makes it fatal, for plugin authors);
4. the core's internal plugins (importers for vCard and CSV, generic audience sources),
   which cannot be blocked (the customization policy is not a plugin at all: it always runs);
5. a check that every ``outreach_*`` hook a plugin implements is declared.

Operator switches (environment variables):

``OUTREACH_PLUGINS``
    Comma-separated allow-list of entry-point plugins to load (empty: none).
``OUTREACH_BLOCK_PLUGINS``
    Comma-separated plugins not to load, e.g. ``linkedin``.
``OUTREACH_TRACE_HOOKS``
    ``1`` prints every hook call and which plugin answered to stderr.
``OUTREACH_STRICT_PLUGINS``
    ``1`` turns a plugin that fails to load into an error instead of a warning.

The engine never calls hooks by name: it calls the typed methods of :class:`Plugins`, which
call each plugin's implementation separately, so registrations are stamped with the plugin's
name, each plugin gets its own :class:`~orchestrator.api.PluginContext`, and one plugin
raising in a side-effecting hook does not stop the others.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

import pluggy
from attrs import define, field

from . import hookspecs
from .errors import PluginError
from .registry import (
    AudienceSource,
    Importer,
    Registry,
    Sync,
    audience_registry,
    channel_registry,
    importer_registry,
    policy_check_registry,
    sync_registry,
)

if TYPE_CHECKING:  # pragma: no cover - types only
    import click

    from .app import App
    from .channels import ChannelBase
    from .model import Campaign, Contact, Delivery, Identity, LinkProposal

GROUP = "orchestrator"
CORE_PLUGINS = (
    "orchestrator.builtins.contacts",
    "orchestrator.builtins.audience",
)


@define
class PluginInfo:
    name: str
    version: str = ""
    distribution: str = ""
    module: str = ""
    origin: str = "entry point"  # or "core"
    status: str = "loaded"  # loaded | failed | blocked | not allowed
    error: str = ""

    def as_json(self) -> dict:
        return {
            "name": self.name,
            "version": self.version,
            "distribution": self.distribution,
            "module": self.module,
            "origin": self.origin,
            "status": self.status,
            "error": self.error,
        }


def _env_list(name: str) -> list[str] | None:
    raw = os.environ.get(name)
    if raw is None:
        return None
    return [p.strip() for p in raw.split(",") if p.strip()]


def _truthy(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def _warn(message: str) -> None:
    print(f"outreach: warning: {message}", file=sys.stderr)


@define
class Plugins:
    """The loaded plugins and a typed way to call them."""

    pm: pluggy.PluginManager
    infos: list[PluginInfo] = field(factory=list)
    trace: bool = False
    # outreach_normalize_identity's implementations for each platform (see normalize_identity)
    _routes: dict[str, tuple[tuple, list]] = field(factory=dict, init=False, repr=False)

    # --- calling hooks ------------------------------------------------------------------

    def _impls(self, hook_name: str):
        return getattr(self.pm.hook, hook_name).get_hookimpls()

    def _call_each(
        self, hook_name: str, *, bind: Callable[[str], dict] | None = None,
        when: Callable[[Any], bool] | None = None, **kwargs: Any
    ) -> Iterator[tuple[str, Any, BaseException | None]]:
        """Call every implementation of ``hook_name`` on its own.

        Yields ``(plugin_name, result, error)``; an exception in one implementation is
        yielded, not raised, so the caller decides whether it is fatal. ``bind(plugin)``
        adds per-plugin arguments (a registrar stamped with the plugin's name, its context);
        ``when(impl)`` false skips an implementation.
        """
        for impl in reversed(self._impls(hook_name)):  # pluggy's order: last registered first
            if when is not None and not when(impl):
                continue
            args = dict(kwargs)
            if bind is not None:
                args.update(bind(impl.plugin_name))
            if "app" in impl.argnames:
                _deprecated_app(impl, hook_name)
            args = {k: v for k, v in args.items() if k in impl.argnames}
            if self.trace:
                print(f"outreach: hook {hook_name} -> {impl.plugin_name}", file=sys.stderr)
            try:
                yield impl.plugin_name, impl.function(**args), None
            except Exception as exc:  # isolate plugins from each other
                yield impl.plugin_name, None, exc

    def _register_all(self, hook_name: str, registry: Registry[Any]) -> Registry[Any]:
        for plugin, _, error in self._call_each(hook_name,
                                                bind=lambda p: {"registry": registry.bound(p)}):
            if isinstance(error, PluginError):
                raise error
            if error is not None:
                self._plugin_failed(plugin, hook_name, error)
        return registry

    def _plugin_failed(self, plugin: str, hook_name: str, error: BaseException) -> None:
        if _truthy("OUTREACH_STRICT_PLUGINS"):
            raise PluginError(f"plugin {plugin!r} failed in {hook_name}: {error!r}") from error
        _warn(f"plugin {plugin!r} failed in {hook_name}: {type(error).__name__}: {error} (skipped)")

    def _notify(self, hook_name: str, **kwargs: Any) -> None:
        """Call a side-effecting hook; failures are reported, never propagated."""
        for plugin, _, error in self._call_each(hook_name, **kwargs):
            if error is not None:
                self._plugin_failed(plugin, hook_name, error)

    def _collect(self, hook_name: str, **kwargs: Any) -> list[tuple[str, Any]]:
        """Call a hook that returns iterables; returns ``(plugin, item)`` pairs."""
        out: list[tuple[str, Any]] = []
        for plugin, result, error in self._call_each(hook_name, **kwargs):
            if error is not None:
                self._plugin_failed(plugin, hook_name, error)
                continue
            for item in result or ():
                out.append((plugin, item))
        return out

    @staticmethod
    def _contexts(app: "App") -> Callable[[str], dict]:
        return lambda plugin: {"context": app.context(plugin), "app": app}

    # --- typed facade: what the engine calls ----------------------------------------------

    @cached_property
    def importers(self) -> Registry[Importer]:
        return self._register_all("outreach_register_importers", importer_registry())

    @cached_property
    def channels(self) -> Registry[ChannelBase]:
        return self._register_all("outreach_register_channels", channel_registry())

    @cached_property
    def audience_sources(self) -> Registry[AudienceSource]:
        return self._register_all("outreach_register_audience_sources", audience_registry())

    @cached_property
    def syncs(self) -> Registry[Sync]:
        return self._register_all("outreach_register_syncs", sync_registry())

    @cached_property
    def policy_checks(self) -> Registry[Any]:
        return self._register_all("outreach_register_policy_checks", policy_check_registry())

    def channel(self, name: str) -> ChannelBase:
        entry = self.channels.get(name)
        if entry is None:
            known = ", ".join(self.channels.names()) or "none"
            raise PluginError(
                f"no channel named {name!r} (channels: {known})",
                "Install or unblock the plugin that provides it (outreach plugins).",
            )
        return entry.value

    def audience(self, app: "App", name: str, campaign: Campaign,
                 since: datetime | None) -> Iterable[int] | None:
        """The contact ids audience source ``name`` proposes (``None``: no such source)."""
        entry = self.audience_sources.get(name)
        if entry is None:
            return None
        return entry.value(app.context(entry.plugin), campaign, since)

    def normalize_identity(self, platform: str, value: str) -> Identity | None:
        """The first identity an implementation gives, in pluggy's order. Implementations
        that declare the platforms they read (``outreach_normalize_identity.platforms``)
        are asked about those only, and they are called directly: an import makes one call
        per identity, and pluggy's dispatch cost more than reading an email address."""
        registered = tuple(self._impls("outreach_normalize_identity"))
        route = self._routes.get(platform)
        if route is None or route[0] != registered:  # new platform, or plugins changed
            wrapped = any(i.hookwrapper or getattr(i, "wrapper", False) for i in registered)
            asked = None if wrapped else [
                i for i in reversed(registered)
                if getattr(i.function, "platforms", None) is None
                or platform in i.function.platforms]
            route = self._routes[platform] = (registered, asked)
        if self.trace or route[1] is None:  # tracing, or a wrapper: pluggy calls them all
            if self.trace:
                print(f"outreach: hook outreach_normalize_identity({platform!r})",
                      file=sys.stderr)
            return self.pm.hook.outreach_normalize_identity(platform=platform, value=value)
        arguments = {"platform": platform, "value": value}
        for impl in route[1]:
            result = impl.function(*[arguments[name] for name in impl.argnames])
            if result is not None:
                return result
        return None

    def policy_phrases(self, channel: str) -> list[str]:
        """Default phrases from third-party policy plugins (manifests carry the channels')."""
        return [phrase for _, phrase in self._collect("outreach_policy_phrases", channel=channel)]

    def link_platforms(self) -> frozenset[str] | None:
        """The platforms the ``outreach_propose_links`` implementations read, when each
        declares them (a ``platforms`` attribute on the function); None when one does not
        (it is asked about every contact)."""
        declared: set[str] = set()
        for impl in self._impls("outreach_propose_links"):
            platforms = getattr(impl.function, "platforms", None)
            if platforms is None:
                return None
            declared.update(platforms)
        return frozenset(declared)

    def propose_links(self, app: "App", contact: Contact) -> list[tuple[str, LinkProposal]]:
        has = {identity.platform for identity in contact.identities}

        def reads(impl) -> bool:  # what the implementation declared it reads, if anything
            platforms = getattr(impl.function, "platforms", None)
            return platforms is None or not has.isdisjoint(platforms)

        return self._collect("outreach_propose_links", contact=contact,
                             bind=self._contexts(app), when=reads)

    def before_plan(self, app: "App", campaign: Campaign, dry_run: bool) -> None:
        self._notify("outreach_before_plan", campaign=campaign, dry_run=dry_run,
                     bind=self._contexts(app))

    def wants_after_send(self) -> bool:
        """Whether any plugin listens (skip building the delivery record if not)."""
        return bool(self._impls("outreach_after_send"))

    def after_send(self, app: "App", delivery: Delivery) -> None:
        self._notify("outreach_after_send", delivery=delivery, bind=self._contexts(app))

    def register_commands(self, cli: "click.Group") -> None:
        self._notify("outreach_register_commands", cli=cli)

    def wants_events(self) -> bool:
        """Whether any plugin listens to ledger events (else they are not held for it)."""
        return bool(self._impls("outreach_event"))

    def emit(self, name: str, payload: dict, at: datetime) -> None:
        self._notify("outreach_event", name=name, payload=payload, at=at)


_warned: set[tuple[str, str]] = set()


def _deprecated_app(impl, hook_name: str) -> None:
    """Warn once per plugin and hook that still asks for ``app`` (attributed to the plugin)."""
    import warnings

    from .model import OutreachDeprecationWarning

    if (impl.plugin_name, hook_name) in _warned:
        return
    _warned.add((impl.plugin_name, hook_name))
    code = getattr(impl.function, "__code__", None)
    warnings.warn_explicit(
        f"plugin {impl.plugin_name!r}: the 'app' argument of {hook_name} is deprecated and "
        "goes away in the next release; take 'context' (orchestrator.api.PluginContext)",
        OutreachDeprecationWarning,
        filename=code.co_filename if code else "<plugin>",
        lineno=code.co_firstlineno if code else 0,
        module=getattr(impl.function, "__module__", None) or impl.plugin_name,
    )


def _scan_entry_points() -> list[dict]:
    """Every plugin entry point on ``sys.path``, first of each name (what was always loaded).

    This is the slow part of start-up the cache below saves: importing ``importlib.metadata``
    and reading every installed distribution's metadata took about 18-40 ms per command."""
    from importlib import metadata

    found: list[dict] = []
    seen: set[str] = set()
    for ep in sorted(metadata.entry_points(group=GROUP), key=lambda e: e.name):
        if ep.name in seen:
            continue  # the same distribution visible twice on sys.path
        seen.add(ep.name)
        dist = getattr(ep, "dist", None)
        found.append({
            "name": ep.name,
            "value": ep.value,
            "version": getattr(dist, "version", "") or "",
            "distribution": (dist.metadata["Name"] if dist is not None else "") or "",
        })
    return found


_DIST_SUFFIXES = (".dist-info", ".egg-info")


def _stat_key(path: str) -> list:
    try:
        st = os.stat(path)
    except OSError:
        return []
    return [st.st_mtime_ns, st.st_size]


def _path_fingerprint() -> list:
    """What the entry-point scan depends on, read with a few cheap system calls: each
    ``sys.path`` entry, the distributions in it (``*.dist-info``, ``*.egg-info``) and the
    size and time of their folder, ``entry_points.txt`` and metadata file. Installing,
    upgrading or removing a distribution, or editing its entry points in place, changes it."""
    key: list = [sys.version, sys.executable]
    join = os.path.join
    for entry in sys.path:
        where = os.path.abspath(entry or os.curdir)
        row: list = [where]
        try:
            with os.scandir(where) as listing:
                dists = sorted((e for e in listing if e.name.endswith(_DIST_SUFFIXES)),
                               key=lambda e: e.name)
        except NotADirectoryError:
            row.append(_stat_key(where))  # a zip on sys.path
        except OSError:
            row.append(None)  # missing or unreadable: importlib.metadata skips it too
        else:
            for dist in dists:
                st = dist.stat()
                if dist.is_dir():
                    meta = "METADATA" if dist.name.endswith(".dist-info") else "PKG-INFO"
                    row.append([dist.name, st.st_mtime_ns,
                                _stat_key(join(dist.path, "entry_points.txt")),
                                _stat_key(join(dist.path, meta))])
                else:
                    row.append([dist.name, st.st_mtime_ns, st.st_size])  # an .egg-info file
        key.append(row)
    return key


def _cache_path() -> str | None:
    if _truthy("OUTREACH_NO_PLUGIN_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return None
    import zlib

    # one file per environment and sys.path (`outreach`, `python -m orchestrator`, a
    # PYTHONPATH): commands alternating between them do not overwrite each other's cache
    where = "\0".join([sys.prefix, sys.executable, *sys.path])
    tag = zlib.crc32(where.encode("utf-8", "surrogateescape"))
    return os.path.join(base, "outreach", f"entry-points-{tag:08x}.json")


def entry_points() -> list[dict]:
    """The plugin entry points (``name``, ``value``, ``version``, ``distribution``), from a
    small cache file while the fingerprint of ``sys.path`` is unchanged, else scanned.

    The cache (``$XDG_CACHE_HOME/outreach``, one file per Python environment and ``sys.path``, written
    atomically) only remembers names; plugins are still imported and checked on every
    start-up. ``OUTREACH_NO_PLUGIN_CACHE=1`` always scans. A cache that cannot be read or
    written is ignored."""
    import json

    path = _cache_path()
    fingerprint = _path_fingerprint() if path else None
    if path:
        try:
            with open(path, encoding="utf-8") as f:
                cached = json.load(f)
            if cached.get("key") == fingerprint:
                return cached["entry_points"]
        except (OSError, ValueError, AttributeError, KeyError, TypeError):
            pass
    found = _scan_entry_points()
    if path:
        _write_cache(path, {"key": fingerprint, "entry_points": found})
    return found


def _write_cache(path: str, data: dict) -> None:
    import json
    import tempfile

    folder = os.path.dirname(path)
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".entry-points-", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass  # a read-only home: scan every time


def _load_entry_point(value: str) -> Any:
    """``module`` or ``module:attr.attr``, as ``EntryPoint.load`` reads it."""
    import importlib

    module_name, _, attrs = value.partition(":")
    obj = importlib.import_module(module_name.strip())
    for attr in filter(None, attrs.strip().split(".")):
        obj = getattr(obj, attr)
    return obj


def _load_entry_points(pm: pluggy.PluginManager, infos: list[PluginInfo]) -> None:
    allow = _env_list("OUTREACH_PLUGINS")
    block = set(_env_list("OUTREACH_BLOCK_PLUGINS") or ())
    strict = _truthy("OUTREACH_STRICT_PLUGINS")
    for ep in entry_points():
        name = ep["name"]
        info = PluginInfo(name=name, version=ep["version"], distribution=ep["distribution"],
                          module=ep["value"])
        infos.append(info)
        if name in block:
            pm.set_blocked(name)
            info.status = "blocked"
            continue
        if allow is not None and name not in allow:
            info.status = "not allowed"
            continue
        try:
            plugin = _load_entry_point(ep["value"])
            _check_hooks(pm, plugin, name)
            pm.register(plugin, name=name)
        except Exception as exc:
            info.status, info.error = "failed", f"{type(exc).__name__}: {exc}"
            if strict:
                raise PluginError(f"plugin {name!r} failed to load: {info.error}") from exc
            _warn(f"plugin {name!r} failed to load: {info.error} (skipped)")


def _check_hooks(pm: pluggy.PluginManager, plugin: object, name: str) -> None:
    """Refuse a plugin implementing a hook we do not declare (likely a typo)."""
    for attr in dir(plugin):
        if attr.startswith("outreach_") and pm.parse_hookimpl_opts(plugin, attr) is not None:
            if not hasattr(hookspecs, attr):
                raise PluginError(f"plugin {name!r} implements unknown hook {attr!r}")


def load_plugins() -> Plugins:
    """Build a plugin manager with every allowed plugin loaded. Cheap: no plugin work yet."""
    import importlib

    pm = pluggy.PluginManager(GROUP)
    pm.add_hookspecs(hookspecs)
    infos: list[PluginInfo] = []
    _load_entry_points(pm, infos)
    for module_name in CORE_PLUGINS:
        module = importlib.import_module(module_name)
        pm.register(module, name=module_name)
        infos.append(PluginInfo(name=module_name, module=module_name, origin="core",
                                version=_core_version()))
    pm.check_pending()
    trace = _truthy("OUTREACH_TRACE_HOOKS")
    if trace:
        pm.trace.root.setwriter(lambda s: sys.stderr.write(f"outreach: {s}"))
        pm.enable_tracing()
    return Plugins(pm=pm, infos=infos, trace=trace)


def _core_version() -> str:
    from . import __version__

    return __version__
