"""The plugin contract: every hook a plugin may implement.

A plugin is a module (or object) registered under the entry-point group ``orchestrator``,
whose functions are marked with :data:`orchestrator.hookimpl` and named after the hooks
below. Bundled plugins (email, linkedin, twitter) use exactly the same contract.

Hooks come in five families, in the order of an outreach week:

* **contacts** - where people come from and how their identities are recognised;
* **channels** - how messages go out, declared as data the core enforces;
* **campaigns** - who a campaign reaches, and events around planning and sending;
* **policy** - extra checks on drafts (the built-in customization checks always run);
* **commands** - CLI subcommands (``outreach twitter sync``).

Registration hooks receive a :class:`~orchestrator.registry.Registrar` owned by the core.
The core calls each plugin's implementation separately, with a registrar stamped with that
plugin's name, so the core knows who provided what, rejects duplicates with a clear error,
and one plugin that raises is reported without stopping the others.

Hooks that act receive ``context``, the plugin's own
:class:`~orchestrator.api.PluginContext`; everything a plugin may use is in
:mod:`orchestrator.api`. Hooks evolve by adding arguments only: the ``app`` argument of
earlier releases still works for one release, with an ``OutreachDeprecationWarning``.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Iterable

import pluggy

if TYPE_CHECKING:  # pragma: no cover - types only
    import click

    from .api import PluginContext
    from .channels import Channel
    from .model import Campaign, Contact, Delivery, Identity, LinkProposal
    from .policy.types import PolicyCheck
    from .registry import AudienceSource, Importer, Registrar, Sync

hookspec = pluggy.HookspecMarker("orchestrator")


# --- contacts ---------------------------------------------------------------------------


@hookspec
def outreach_register_importers(registry: Registrar[Importer]) -> None:
    """Register importers: a source name (``vcard``, ``linkedin``) and a parser.

    Called once when the plugins are loaded. Call ``registry.add(name, parse, help=...)``
    where ``parse(path, context)`` yields :class:`~orchestrator.model.ContactRecord` objects
    and raises :class:`~orchestrator.errors.ImportFailed` (naming the file and line) on bad
    input. The ledger applies all records of one import in one transaction.
    """


@hookspec(firstresult=True)
def outreach_normalize_identity(platform: str, value: str) -> Identity | None:
    """Normalize ``value`` (an address, URL, handle) into an identity on ``platform``.

    Return an :class:`~orchestrator.model.Identity` whose ``key`` is the canonical form used
    for matching, or ``None`` when the platform is not yours. Raise
    :class:`~orchestrator.errors.InputError` when the value is yours but invalid. First
    non-``None`` result wins. Declare the platforms you read as data,
    ``outreach_normalize_identity.platforms = ("email",)``, and you are asked about those
    only.
    """


@hookspec
def outreach_propose_links(contact: Contact, context: PluginContext) -> Iterable[LinkProposal] | None:
    """Propose identities of the same person found in ``contact``'s data, with evidence.

    For example an email address or LinkedIn URL written in an X bio. Proposals whose
    identity is unclaimed are attached to the contact; proposals that would merge two known
    contacts wait for the user (``outreach contacts links``).

    An implementation that only reads people with an identity on certain platforms says so
    as data, ``outreach_propose_links.platforms = ("twitter",)``: the core then asks it about
    those people only (an import of 100,000 email contacts no longer loads every one).
    """


# --- channels ---------------------------------------------------------------------------


@hookspec
def outreach_register_channels(registry: Registrar[Channel]) -> None:
    """Register delivery channels with ``registry.add(channel)``.

    A channel subclasses :class:`~orchestrator.api.ChannelBase`: its
    :class:`~orchestrator.channels.ChannelManifest` declares message kinds, delivery modes,
    limits, quotas, pacing, settings (and which are secret) and default phrases.
    """


# --- campaigns --------------------------------------------------------------------------


@hookspec
def outreach_register_audience_sources(registry: Registrar[AudienceSource]) -> None:
    """Register audience sources a campaign can name in ``[audience] source = "..."``.

    ``registry.add(name, candidates, help=...)`` where
    ``candidates(context, campaign, since)`` returns the contact ids the source proposes
    (``context`` is the plugin's :class:`~orchestrator.api.PluginContext`);
    ``since`` is the time of the campaign's previous run (``None`` on the first run). Names
    are namespaced by convention: ``twitter:new-followers``.
    """


@hookspec
def outreach_register_syncs(registry: Registrar[Sync]) -> None:
    """Register what brings replies and followers in before campaigns are planned.

    ``registry.add(name, sync, help=...)`` where ``sync(context)`` reads new messages or
    followers from the platform into the ledger (``context.import_records``) and returns
    a one-line summary, or ``None`` when it is not set up (no IMAP server configured, not
    logged in): then nothing happened. It raises
    :class:`~orchestrator.errors.OutreachError` when the sync failed. ``outreach run`` and
    ``outreach run --due`` call every registered sync before planning (never in a dry run),
    report a failure in one line and plan with what the ledger has.
    """


@hookspec
def outreach_before_plan(context: PluginContext, campaign: Campaign, dry_run: bool,
                         app: Any) -> None:
    """Called before a campaign is planned, e.g. to sync a source.

    In a dry run (``dry_run=True``) an implementation must not write anything nor touch the
    network. Exceptions are reported and planning goes on. ``app`` is deprecated: use
    ``context``.
    """


@hookspec
def outreach_after_send(context: PluginContext, delivery: Delivery, app: Any) -> None:
    """Called after each delivery reached a final or waiting state.

    ``delivery`` is a :class:`~orchestrator.model.Delivery` (``id``, ``draft_id``,
    ``contact_id``, ``channel``, ``kind``, ``mode``, ``state``, ``external_id`` ...);
    ``delivery["state"]`` still works for one release, with a deprecation warning, and so
    does ``app``. Exceptions are reported and the run goes on.
    """


@hookspec
def outreach_event(name: str, payload: dict[str, Any], at: datetime) -> None:
    """Every ledger event (``contacts.imported``, ``plan.created``, ``delivery.sent`` ...).

    For audit or analytics plugins. Must not raise; must not block.
    """


# --- policy -----------------------------------------------------------------------------


@hookspec
def outreach_register_policy_checks(registry: Registrar[PolicyCheck]) -> None:
    """Add policy checks with ``registry.add(check)``.

    A check (:class:`~orchestrator.policy.types.PolicyCheck`) sees one batch of drafts and
    yields findings (refusals or warnings) with a code, a message, a fix and evidence. Plugin
    checks can add refusals and warnings; they can never overturn a built-in refusal.
    """


@hookspec
def outreach_policy_phrases(channel: str) -> Iterable[str] | None:
    """Default or generic notes of ``channel``'s platform that must never be sent as is.

    E.g. LinkedIn's "I'd like to add you to my professional network". Compared after
    normalization (case, punctuation, the recipient's name), so list each phrase once.
    For policy plugins adding phrases: a channel declares its own in its manifest's
    ``default_phrases`` (the only source for them), not here.
    """


# --- commands ---------------------------------------------------------------------------


@hookspec
def outreach_register_commands(cli: click.Group) -> None:
    """Add subcommands to the ``outreach`` command line (``cli.add_command(group)``).

    Use :func:`orchestrator.api.pass_context` to receive the plugin's
    :class:`~orchestrator.api.PluginContext`. Keep imports inside the command functions:
    this hook runs on every start-up, ``--help`` included.
    """
