"""The :class:`~orchestrator.api.PluginContext` the App gives each plugin.

A thin view over the App, bound to one plugin's name: its state namespace, its settings
table and the secrets its manifests declare. Everything goes through the ledger's stores,
so a plugin never sees a table, a column or a connection.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

from .errors import ConfigError
from .model import Contact, ContactRecord, Delivery, Identity, TouchPoint

if TYPE_CHECKING:
    from .app import App
    from .channels import ChannelManifest, Setting
    from .contacts.importing import ImportSummary


class _State:
    """One plugin's namespace of the ledger's keyed state."""

    def __init__(self, app: "App", namespace: str) -> None:
        self._app = app
        self._namespace = namespace

    def get(self, key: str, default: Any = None) -> Any:
        return self._app.ledger.state.get(self._namespace, key, default)

    def set(self, key: str, value: Any) -> None:
        self._app.ledger.state.set(self._namespace, key, value)

    def delete(self, key: str) -> None:
        self._app.ledger.state.delete(self._namespace, key)


def _stderr(message: str) -> None:
    print(f"outreach: {message}", file=sys.stderr)


class AppContext:
    """``orchestrator.api.PluginContext`` for ``plugin``, over ``app``."""

    def __init__(self, app: "App", plugin: str, log=_stderr) -> None:
        self._app = app
        self.plugin = plugin
        self._log = log

    def __getattr__(self, name: str) -> Any:
        """Old audience sources and hooks received the App itself (``app.ledger``): delegate,
        with a deprecation warning, for one release."""
        if name.startswith("__"):
            raise AttributeError(name)
        import warnings

        from .model import OutreachDeprecationWarning

        value = getattr(self._app, name)  # AttributeError for what the App lacks too
        warnings.warn(f"plugin {self.plugin!r} used {name!r}, which is not part of "
                      "orchestrator.api.PluginContext; this goes away in the next release",
                      OutreachDeprecationWarning, stacklevel=2)
        return value

    def __repr__(self) -> str:
        return f"<PluginContext {self.plugin!r} at {self._app.workspace.home}>"

    # --- workspace ------------------------------------------------------------------------

    @property
    def dry_run(self) -> bool:
        return self._app.dry_run

    @property
    def exists(self) -> bool:
        return self._app.workspace.exists()

    @property
    def home(self) -> Path:
        return self._app.workspace.home

    @property
    def config_path(self) -> Path:
        return self._app.workspace.config_path

    @property
    def settings(self) -> Mapping[str, Any]:
        return self._app.settings(self.plugin)

    def settings_for(self, table: str) -> Mapping[str, Any]:
        return self._app.settings(table)

    @property
    def state(self) -> _State:
        return _State(self._app, self.plugin)

    def now(self) -> datetime:
        return self._app.now()

    def log(self, message: str) -> None:
        from .secrets import mask

        self._log(mask(message))

    def lock(self, name: str, *, wait: float = 0.0):
        return self._app.lock(name, wait=wait)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self._app.ledger.transaction():
            yield

    def event(self, name: str, payload: Mapping[str, Any]) -> None:
        self._app.ledger.event(name, dict(payload))

    def manifest(self, channel: str) -> "ChannelManifest":
        return self._app.manifest(channel)

    # --- secrets --------------------------------------------------------------------------

    def _declared(self, name: str) -> tuple[str, "Setting"] | None:
        for entry in self._app.plugins.channels.by_plugin(self.plugin):
            for setting in entry.value.manifest({}).settings:
                if setting.name == name and setting.secret:
                    return entry.name, setting
        return None

    def secret(self, name: str, *, required: bool = False) -> str | None:
        from . import secrets

        declared = self._declared(name)
        if declared is None:
            raise ConfigError(f"plugin {self.plugin!r} asked for secret {name!r}, which none "
                              "of its channels declares",
                              "Declare it in the manifest: Setting(name, secret=True, env=...).")
        channel, setting = declared
        value = secrets.resolve(f"{channel}.{name}", setting.env)
        if not value and required:
            where = f"Set ${setting.env} or store it in the keyring" if setting.env else \
                "Store it in the keyring"
            raise ConfigError(f"no {channel} {name} configured",
                              f"{where} (`outreach {channel} login`).")
        return value or None

    # --- people ---------------------------------------------------------------------------

    def normalize_identity(self, platform: str, value: str) -> Identity:
        return self._app.normalize_identity(platform, value)

    def find_contact(self, platform: str, key: str) -> int | None:
        return self._app.ledger.contacts.by_identity(platform, key)

    def contact(self, contact_id: int) -> Contact:
        return self._app.ledger.contacts.get(contact_id)

    def contacts(self, ids: Iterable[int] | None = None) -> list[Contact]:
        return self._app.ledger.contacts.all(ids)

    def canonical_id(self, contact_id: int) -> int:
        return self._app.ledger.contacts.canonical_id(contact_id)

    def touchpoints(self, **filters: Any) -> list[TouchPoint]:
        return self._app.ledger.touchpoints.query(**filters)

    def count_touchpoints(self, **filters: Any) -> int:
        return self._app.ledger.touchpoints.count(**filters)

    def import_records(self, source: str, records: Iterable[ContactRecord], *,
                       skip_invalid: bool = False, path: str = "") -> "ImportSummary":
        from .contacts.importing import import_records

        return import_records(self._app, source, records, skip_invalid=skip_invalid, path=path)

    def propose_link(self, contact_id: int, identity: Identity, evidence: str) -> str:
        return self._app.ledger.contacts.propose_link(contact_id, identity, evidence,
                                                      self.plugin)

    def opt_out(self, contact_id: int, reason: str) -> bool:
        with self._app.ledger.transaction():
            return self._app.ledger.contacts.opt_out(contact_id, reason)

    # --- what comes back ------------------------------------------------------------------

    def find_delivery(self, channel: str, external_ids: Iterable[str]) -> Delivery | None:
        return self._app.ledger.deliveries.by_external_id(channel, external_ids)

    def bounced(self, delivery_id: int, reason: str) -> Delivery:
        return self._app.ledger.deliveries.bounced(delivery_id, reason)

    def suppress(self, platform: str, key: str, reason: str) -> bool:
        return self._app.ledger.suppressions.suppress(platform, key, reason, self.plugin)


class SessionContext:
    """``orchestrator.channels.ChannelContext``: what a channel session gets from the core."""

    def __init__(self, settings: Mapping[str, Any], workspace: Path, plugin: AppContext,
                 log=_stderr) -> None:
        self.settings = settings
        self.workspace = workspace
        self._plugin = plugin
        self._log = log

    def secret(self, name: str) -> str:
        """A secret the channel's manifest declares; a configuration error when missing."""
        return self._plugin.secret(name, required=True)

    def now(self) -> datetime:
        """The core's clock (receipts are stamped with it)."""
        return self._plugin.now()

    def log(self, message: str) -> None:
        from .secrets import mask

        self._log(mask(message))
