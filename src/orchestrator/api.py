"""Everything a plugin may use from the core: the one door.

A plugin imports from here (and marks hooks with :data:`hookimpl`); nothing else in
``orchestrator`` is API. docs/plugins.md documents exactly this surface.

* **Hooks** receive a :class:`PluginContext` (``context`` argument): contact look-ups,
  :meth:`~PluginContext.import_records` - the one way a plugin brings people and touch
  points in, all or nothing -, touch-point history, a per-plugin state store, secrets
  declared by the plugin's manifests, settings, clock, lock and log.
* **Channels** subclass :class:`ChannelBase` and declare their rules as data
  (:class:`ChannelManifest`, :class:`KindSpec`, :class:`Quota`, :class:`Setting`); the core
  enforces them.
* **Commands** use :func:`pass_context`, :func:`print_json` and :func:`queue_command`;
  text from contacts or platforms goes to a terminal through :func:`terminal_safe`, and a
  CSV file is written with :func:`write_csv` (cells made safe by :func:`csv_safe`).
* **Policy checks** use :class:`Finding`, :class:`PolicyBatch`, :class:`PolicyDraft`.
* **Secrets**: :mod:`secrets <orchestrator.secrets>` resolves (environment, then keyring),
  stores, deletes and masks them; a plugin's hooks can also ask
  :meth:`PluginContext.secret` for a secret its manifest declares.

Importing this module is cheap (no policy, no ledger, no network libraries): plugin
``__init__`` modules run on every start-up.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Protocol

from . import hookimpl, secrets
from .channels import (
    AmbiguousDeliveryError,
    Channel,
    ChannelBase,
    ChannelContext,
    ChannelManifest,
    ChannelSession,
    ChannelUnavailable,
    DeliveryError,
    KindSpec,
    NotCleared,
    OutboundMessage,
    PermanentDeliveryError,
    Quota,
    Receipt,
    RenderedMessage,
    Setting,
    TransientDeliveryError,
)
from .errors import (
    ConfigError,
    ImportFailed,
    InputError,
    NotFound,
    OutreachError,
    PluginError,
    ServiceError,
)
from .model import (
    Campaign,
    Contact,
    ContactRecord,
    Delivery,
    Direction,
    Identity,
    LinkProposal,
    Mode,
    OutreachDeprecationWarning,
    TouchPoint,
    utcnow,
)
from .output import csv_safe, terminal_safe, write_csv
from .registry import Registrar
from .secrets import mask
from .workspace import make_private_dir, write_private

if TYPE_CHECKING:  # pragma: no cover - types only
    import click

    from . import safezip
    from .contacts.importing import ImportSummary
    from .policy.types import ContactFacts, Finding, PolicyBatch, PolicyCheck, PolicyDraft


class StateStore(Protocol):
    """A plugin's own small JSON state (sync cursors), kept in the ledger under its name."""

    def get(self, key: str, default: Any = None) -> Any: ...

    def set(self, key: str, value: Any) -> None: ...

    def delete(self, key: str) -> None: ...


class PluginContext(Protocol):
    """What a plugin's hooks and commands may use; the core's ``App`` provides it.

    Each plugin gets its own context: ``plugin`` is its name, ``state`` its namespace and
    ``settings`` its table of ``config.toml`` (defaults from its manifests applied).
    """

    plugin: str
    dry_run: bool

    @property
    def settings(self) -> Mapping[str, Any]: ...

    @property
    def state(self) -> StateStore: ...

    @property
    def exists(self) -> bool:
        """Whether the workspace exists yet (reading ``state`` creates its ledger)."""

    @property
    def home(self) -> Path: ...

    @property
    def config_path(self) -> Path: ...

    def settings_for(self, table: str) -> Mapping[str, Any]: ...

    def now(self) -> datetime: ...

    def log(self, message: str) -> None: ...

    def secret(self, name: str, *, required: bool = False) -> str | None:
        """A secret the plugin's manifest declares (``Setting(secret=True)``).

        Its environment variable first, then the keyring; ``None`` (or, with ``required``,
        a configuration error saying where to put it) when neither has it.
        """

    def lock(self, name: str, *, wait: float = 0.0) -> AbstractContextManager[None]: ...

    def transaction(self) -> AbstractContextManager[None]:
        """Group writes (records, state, events) into one all-or-nothing commit."""

    def event(self, name: str, payload: Mapping[str, Any]) -> None: ...

    def manifest(self, channel: str) -> ChannelManifest: ...

    # --- people ------------------------------------------------------------------------

    def normalize_identity(self, platform: str, value: str) -> Identity: ...

    def find_contact(self, platform: str, key: str) -> int | None:
        """The contact that owns the identity ``(platform, key)`` (a normalized key)."""

    def contact(self, contact_id: int) -> Contact: ...

    def contacts(self, ids: Iterable[int] | None = None) -> list[Contact]: ...

    def canonical_id(self, contact_id: int) -> int:
        """The id a contact has now (after merges)."""

    def touchpoints(self, *, platform: str | None = None, kinds: Iterable[str] | None = None,
                    direction: str | None = None, since: datetime | None = None,
                    contact_ids: Iterable[int] | None = None) -> list[TouchPoint]: ...

    def count_touchpoints(self, **filters: Any) -> int: ...

    def import_records(self, source: str, records: Iterable[ContactRecord], *,
                       skip_invalid: bool = False, path: str = "") -> "ImportSummary":
        """Normalize and merge ``records`` into the ledger in one transaction.

        Every identity goes through the identity hooks, contacts merge by identity, touch
        points are de-duplicated, and identity links are proposed; on any error nothing is
        written. The summary's ``results`` hold each applied record's contact id.
        """

    def propose_link(self, contact_id: int, identity: Identity, evidence: str) -> str:
        """Attach ``identity`` to the contact, or propose a merge if another owns it."""

    def opt_out(self, contact_id: int, reason: str) -> bool:
        """Record that the person wants no more messages, on every channel."""

    # --- what comes back: replies and bounces --------------------------------------------

    def find_delivery(self, channel: str, external_ids: Iterable[str]) -> Delivery | None:
        """The delivery on ``channel`` whose platform id is one of ``external_ids`` (an
        email's Message-ID, as its ``Receipt`` gave it): what a reply or bounce answers."""

    def bounced(self, delivery_id: int, reason: str) -> Delivery:
        """A sent delivery the receiving server refused for good (a permanent bounce)."""

    def suppress(self, platform: str, key: str, reason: str) -> bool:
        """Never write to this address again (a mailbox that does not exist); the person's
        other identities stay reachable. False when it already was suppressed."""


# Policy types for policy plugins, imported on first use: the policy is heavy and most
# commands never load it.
_POLICY_TYPES = ("ContactFacts", "Finding", "PolicyBatch", "PolicyCheck", "PolicyDraft")


def __getattr__(name: str) -> Any:
    if name == "safezip":  # zip reading for importers: loaded when an import needs it
        from . import safezip

        return safezip
    if name in _POLICY_TYPES:
        from .policy import types

        return getattr(types, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def pass_context(func=None, *, plugin: str | None = None, create: bool = False):
    """Decorator for plugin commands: call with a :class:`PluginContext` as first argument.

    ``plugin`` names the plugin (its state namespace and settings table); by default the
    command group's name (``outreach twitter sync`` -> ``twitter``). ``create`` lets the
    command run where no workspace exists yet (it is created). Adds ``--home``.
    """
    from .cli.context import pass_plugin_context

    return pass_plugin_context(func, plugin=plugin, create=create)


def print_json(data: Any) -> None:
    """Print ``data`` as indented JSON (non-ASCII kept) on standard output."""
    from .cli.context import print_json as _print_json

    _print_json(data)


def queue_command(channel: str, title: str, help: str) -> "click.Command":
    """A ``queue`` subcommand for a channel's group (``outreach linkedin queue``)."""
    from .cli.queue_cmd import queue_command as _queue_command

    return _queue_command(channel, title, help)


__all__ = [
    "AmbiguousDeliveryError", "Campaign", "Channel", "ChannelBase", "ChannelContext",
    "ChannelManifest", "ChannelSession", "ChannelUnavailable", "ConfigError", "Contact",
    "ContactFacts",
    "ContactRecord", "Finding", "PolicyBatch", "PolicyCheck", "PolicyDraft",
    "Delivery", "DeliveryError", "Direction", "Identity", "ImportFailed", "InputError",
    "KindSpec", "LinkProposal", "Mode", "NotCleared", "NotFound", "OutboundMessage",
    "OutreachDeprecationWarning",
    "OutreachError", "PermanentDeliveryError", "PluginContext", "PluginError", "Quota",
    "Receipt", "Registrar", "RenderedMessage", "ServiceError", "Setting", "StateStore",
    "TouchPoint", "TransientDeliveryError", "hookimpl", "mask", "pass_context", "print_json",
    "queue_command", "safezip", "secrets", "terminal_safe", "csv_safe", "utcnow", "write_csv",
    "make_private_dir", "write_private",
]
