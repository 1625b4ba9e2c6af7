"""The core library's entry object: a workspace, its ledger and the loaded plugins.

The CLI is a thin layer over :class:`App`. Plugins never see it: each gets a
:class:`~orchestrator.api.PluginContext` (:meth:`App.context`), a view bound to its name. In a
dry run the ledger is a throwaway snapshot in a temporary folder, so planning runs the
exact same code while the workspace stays byte-for-byte unchanged, and no event reaches a
plugin.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping

from attrs import define, field

from .errors import InputError, WorkspaceBusy
from .ledger import Ledger
from .model import Identity
from .plugins import Plugins
from .workspace import Workspace, make_private_dir

if TYPE_CHECKING:
    from .plugin_context import AppContext


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


@define
class App:
    workspace: Workspace
    plugins: Plugins
    clock: Callable[[], datetime] = utcnow
    dry_run: bool = False
    _ledger: Ledger | None = field(default=None, alias="ledger")
    _scratch: Path | None = None
    _scratch_txn: Any = None

    @property
    def ledger(self) -> Ledger:
        if self._ledger is None:
            url, member = self.ledger_location
            if url is not None:
                self._ledger = self._team_ledger(url, member)
            elif self.dry_run:
                self._ledger = self._snapshot_ledger(member)
            else:
                self._ledger = Ledger(self.workspace.ledger_path, clock=self.clock,
                                      verdict_codec=_LazyVerdictCodec(), member=member)
                self._ledger.set_event_sink(self.plugins.emit, self.plugins.wants_events)
        return self._ledger

    @property
    def ledger_location(self) -> tuple[str | None, str]:
        """``(url, member)``: the team's PostgreSQL ledger or None (the workspace's file)."""
        from .settings import ledger_location

        return ledger_location(self.workspace)

    @property
    def has_ledger(self) -> bool:
        """Whether there is a ledger to read (a team's always exists once configured)."""
        return self.ledger_location[0] is not None or self.workspace.ledger_path.exists()

    def _team_ledger(self, url: str, member: str) -> Ledger:
        ledger = Ledger(url, clock=self.clock, verdict_codec=_LazyVerdictCodec(), member=member)
        if self.dry_run:
            # The same code runs, inside one transaction that is rolled back at close: the
            # team's ledger stays unchanged and no event reaches a plugin.
            self._scratch_txn = ledger.scratch()
            self._scratch_txn.__enter__()
        else:
            ledger.set_event_sink(self.plugins.emit, self.plugins.wants_events)
        return ledger

    def _snapshot_ledger(self, member: str = "") -> Ledger:
        """A private copy of the ledger: reads everything, writes nowhere that matters."""
        self._scratch = Path(tempfile.mkdtemp(prefix="outreach-dry-run-"))
        source = self.workspace.ledger_path
        target = self._scratch / source.name
        for suffix in ("", "-wal"):
            original = Path(f"{source}{suffix}")
            if original.exists():
                shutil.copyfile(original, f"{target}{suffix}")
        return Ledger(target, clock=self.clock, verdict_codec=_LazyVerdictCodec(), member=member)

    def close(self) -> None:
        if self._scratch_txn is not None:
            txn, self._scratch_txn = self._scratch_txn, None
            txn.__exit__(None, None, None)
        if self._ledger is not None:
            self._ledger.close()
            self._ledger = None
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None

    def now(self) -> datetime:
        return self.clock()

    # --- settings and secrets -----------------------------------------------------------

    def settings(self, table: str) -> Mapping[str, Any]:
        """The ``[table]`` of config.toml; for a channel, its effective settings: declared
        defaults applied, secrets refused and quota overrides checked (ConfigError naming
        the key), see :mod:`orchestrator.settings`. Other tables (``sender``) as written."""
        raw = self.workspace.settings(table)
        entry = self.plugins.channels.get(table)
        if entry is None:
            return raw
        from .settings import channel_settings

        # The manifest declaring the settings comes from the raw table (never from
        # self.manifest, which calls this method).
        return channel_settings(entry.value, raw, table)

    def manifest(self, channel: str):
        return self.plugins.channel(channel).manifest(self.settings(channel))

    def context(self, plugin: str) -> "AppContext":
        """The :class:`~orchestrator.api.PluginContext` of ``plugin``."""
        from .plugin_context import AppContext

        return AppContext(self, plugin)

    def channel_context(self, channel: str, log: Callable[[str], None] | None = None):
        """The ``ChannelContext`` a session of ``channel`` gets (settings, secrets, log)."""
        from .plugin_context import SessionContext

        plugin = self.plugins.channels.get(channel).plugin if channel in self.plugins.channels \
            else channel
        kwargs = {"log": log} if log is not None else {}
        return SessionContext(self.settings(channel), self.workspace.home,
                              self.context(plugin), **kwargs)

    # --- identities ---------------------------------------------------------------------

    def normalize_identity(self, platform: str, value: str) -> Identity:
        value = (value or "").strip()
        if not value:
            raise InputError(f"empty {platform} identity")
        identity = self.plugins.normalize_identity(platform, value)
        if identity is None:  # pragma: no cover - the core's fallback always answers
            raise InputError(f"cannot read {value!r} as a {platform} identity")
        return identity

    def propose_links(self, contact_ids: list[int]) -> tuple[int, int]:
        """Ask plugins for identities of the same people; returns (attached, proposed)."""
        attached = proposed = 0
        platforms = self.plugins.link_platforms()
        if contact_ids and platforms is not None:  # only people the plugins can read
            contact_ids = self.ledger.contacts.on_platforms(contact_ids, platforms)
        if not contact_ids:
            return 0, 0
        for contact in self.ledger.contacts.all(contact_ids):
            for plugin, proposal in self.plugins.propose_links(self, contact):
                try:
                    identity = self.normalize_identity(proposal.identity.platform,
                                                       proposal.identity.key)
                except InputError:
                    continue
                outcome = self.ledger.contacts.propose_link(
                    contact.id, identity, proposal.evidence, plugin)
                attached += outcome == "attached"
                proposed += outcome == "proposed"
        return attached, proposed

    # --- locking ------------------------------------------------------------------------

    @contextmanager
    def lock(self, name: str = "send", *, wait: float = 0.0) -> Iterator[None]:
        """An exclusive, process-wide lock on the workspace (released if we die)."""
        import time

        path = self.workspace.home / f".{name}.lock"
        make_private_dir(path.parent)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + wait
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise WorkspaceBusy(
                            f"another outreach {name} is running in {self.workspace.home}",
                            "Wait for it to finish and run the command again.",
                        ) from None
                    time.sleep(0.1)
            yield
        finally:
            os.close(fd)


class _LazyVerdictCodec:
    """The policy's verdict codec, imported on first use (listing contacts needs no policy)."""

    def _codec(self):
        from .policy.types import JsonVerdictCodec

        return JsonVerdictCodec()

    def dumps(self, verdict) -> str:
        return self._codec().dumps(verdict)

    def loads(self, text: str):
        return self._codec().loads(text)
