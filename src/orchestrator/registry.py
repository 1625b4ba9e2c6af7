"""Registries the core owns and hands to registration hooks.

Each registry keys entries by name, stamps the plugin that provided them and rejects a
duplicate with an error naming both plugins. The plugin manager calls every implementation
with ``registry.bound(plugin_name)`` so the stamp is always right.
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


class _Registry(Generic[T]):
    what = "entry"

    def __init__(self) -> None:
        self._entries: dict[str, Entry[T]] = {}

    def bound(self, plugin: str) -> "_Bound[T]":
        return _Bound(self, plugin)

    def _add(self, name: str, value: T, plugin: str, help: str = "") -> None:
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

    def __iter__(self) -> Iterator[Entry[T]]:
        return iter(sorted(self._entries.values(), key=lambda e: e.name))

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def __len__(self) -> int:
        return len(self._entries)


class _Bound(Generic[T]):
    """The view of a registry a single plugin's hook implementation receives."""

    def __init__(self, registry: _Registry[T], plugin: str) -> None:
        self._registry = registry
        self.plugin = plugin


class ImportContext(Protocol):
    """What an importer may use besides the file: options, settings, secrets, a logger."""

    options: Mapping[str, str]
    settings: Mapping[str, Any]

    def secret(self, name: str) -> str | None: ...

    def log(self, message: str) -> None: ...


Importer = Callable[[Path, ImportContext], Iterable[Any]]


class ImporterRegistry(_Registry[Importer]):
    what = "importer"

    def bound(self, plugin: str) -> "BoundImporterRegistry":
        return BoundImporterRegistry(self, plugin)


class BoundImporterRegistry(_Bound[Importer]):
    def add(self, name: str, parse: Importer, *, help: str = "") -> None:
        self._registry._add(name, parse, self.plugin, help)


class ChannelRegistry(_Registry[Any]):
    what = "channel"

    def bound(self, plugin: str) -> "BoundChannelRegistry":
        return BoundChannelRegistry(self, plugin)


class BoundChannelRegistry(_Bound[Any]):
    def add(self, channel: Any) -> None:
        for attr in ("name", "manifest", "problems", "render", "open"):
            if not hasattr(channel, attr):
                raise PluginError(
                    f"plugin {self.plugin!r} registered a channel without {attr!r}",
                    "See orchestrator.channels.Channel for the protocol.",
                )
        self._registry._add(channel.name, channel, self.plugin)


AudienceSource = Callable[..., Iterable[int]]


class AudienceRegistry(_Registry[AudienceSource]):
    what = "audience source"

    def bound(self, plugin: str) -> "BoundAudienceRegistry":
        return BoundAudienceRegistry(self, plugin)


class BoundAudienceRegistry(_Bound[AudienceSource]):
    def add(self, name: str, candidates: AudienceSource, *, help: str = "") -> None:
        self._registry._add(name, candidates, self.plugin, help)


class PolicyCheckRegistry(_Registry[Any]):
    what = "policy check"

    def bound(self, plugin: str) -> "BoundPolicyCheckRegistry":
        return BoundPolicyCheckRegistry(self, plugin)


class BoundPolicyCheckRegistry(_Bound[Any]):
    def add(self, check: Any) -> None:
        name = getattr(check, "name", None)
        if not callable(getattr(check, "check", None)):
            raise PluginError(f"plugin {self.plugin!r} registered a policy check without check()")
        self._registry._add(f"{self.plugin}:{name}", check, self.plugin)
