"""The registry the core owns and hands, stamped with a plugin's name, to registration hooks.

One generic type serves importers, channels, audience sources and policy checks. A registry
keys entries by name, records which plugin provided each one, and rejects a duplicate with
an error naming both plugins. The plugin manager calls every implementation of a
registration hook with ``registry.bound(plugin_name)`` - a :class:`Registrar` - so the
stamp is always right and a plugin can only add.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Generic, Iterable, Iterator, Mapping, Protocol, TypeVar

from attrs import frozen

from .errors import PluginError

T = TypeVar("T")


@frozen
class Entry(Generic[T]):
    name: str
    value: T
    plugin: str
    help: str = ""


class Registry(Generic[T]):
    """Entries of one kind (``what``), by name.

    ``name_of`` derives the name when a plugin adds a value alone (``registry.add(channel)``);
    ``check`` validates or adapts a value as it is added (returns what is stored).
    """

    def __init__(self, what: str, *, name_of: Callable[[T, str], str] | None = None,
                 check: Callable[[T, str], T] | None = None) -> None:
        self.what = what
        self._name_of = name_of
        self._check = check
        self._entries: dict[str, Entry[T]] = {}

    def bound(self, plugin: str) -> "Registrar[T]":
        return Registrar(self, plugin)

    def _add(self, name: str | None, value: T, plugin: str, help: str = "") -> None:
        if self._check is not None:
            value = self._check(value, plugin)
        if name is None and self._name_of is not None:
            name = self._name_of(value, plugin)
        if not name or not isinstance(name, str):
            raise PluginError(f"plugin {plugin!r} registered a {self.what} without a name")
        if name in self._entries:
            other = self._entries[name].plugin
            raise PluginError(
                f"{self.what} {name!r} is provided by both plugin {other!r} and {plugin!r}",
                "Block one of them with OUTREACH_BLOCK_PLUGINS.",
            )
        self._entries[name] = Entry(name, value, plugin, help)

    def get(self, name: str) -> Entry[T] | None:
        return self._entries.get(name)

    def names(self) -> list[str]:
        return sorted(self._entries)

    def by_plugin(self, plugin: str) -> list[Entry[T]]:
        return [entry for entry in self if entry.plugin == plugin]

    def __iter__(self) -> Iterator[Entry[T]]:
        return iter(sorted(self._entries.values(), key=lambda e: e.name))

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def __len__(self) -> int:
        return len(self._entries)


class Registrar(Generic[T]):
    """What one plugin's registration hook receives: ``add`` stamps the plugin's name.

    ``add(value)`` for values that carry their name (a channel, a policy check);
    ``add(name, value, help=...)`` for the others (an importer, an audience source).
    """

    def __init__(self, registry: Registry[T], plugin: str) -> None:
        self._registry = registry
        self.plugin = plugin

    def add(self, name_or_value: Any, value: Any = None, *, help: str = "") -> None:
        if value is None:
            self._registry._add(None, name_or_value, self.plugin, help)
        else:
            self._registry._add(name_or_value, value, self.plugin, help)


# --- what each registry holds ---------------------------------------------------------------


class ImportContext(Protocol):
    """What an importer may use besides the file: options, settings and a logger.

    ``log`` reports a warning and ``skip`` a row left out, each with a ``kind`` the import
    summary groups by; ``skip_invalid`` is ``--skip-invalid`` (leave out invalid rows
    instead of failing the file).
    """

    options: Mapping[str, str]
    settings: Mapping[str, Any]
    skip_invalid: bool

    def log(self, message: str, kind: str = "warning") -> None: ...

    def skip(self, message: str, kind: str = "skipped") -> None: ...


Importer = Callable[[Path, ImportContext], Iterable[Any]]
# ``candidates(context, campaign, since)`` -> contact ids (context: orchestrator.api.PluginContext)
AudienceSource = Callable[..., Iterable[int]]
# ``sync(context)`` -> a one-line summary, or None when the platform is not set up for it
Sync = Callable[..., "str | None"]


def _channel(channel: Any, plugin: str) -> Any:
    from .channels import ChannelBase, LegacyChannel

    for attr in ("name", "manifest", "problems", "render", "open"):
        if not hasattr(channel, attr):
            raise PluginError(
                f"plugin {plugin!r} registered a channel without {attr!r}",
                "Subclass orchestrator.api.ChannelBase (see docs/plugins.md).",
            )
    return channel if isinstance(channel, ChannelBase) else LegacyChannel(channel)


def _policy_check(check: Any, plugin: str) -> Any:
    if not callable(getattr(check, "check", None)):
        raise PluginError(f"plugin {plugin!r} registered a policy check without check()")
    return check


def importer_registry() -> Registry[Importer]:
    return Registry("importer")


def channel_registry() -> Registry[Any]:
    return Registry("channel", name_of=lambda channel, plugin: channel.name, check=_channel)


def audience_registry() -> Registry[AudienceSource]:
    return Registry("audience source")


def sync_registry() -> Registry[Sync]:
    return Registry("sync")


def policy_check_registry() -> Registry[Any]:
    return Registry("policy check", check=_policy_check,
                    name_of=lambda check, plugin: f"{plugin}:{getattr(check, 'name', None)}")
