"""What a channel plugin declares (as data) and what it implements (a small protocol).

A channel declares its platform's rules in a :class:`ChannelManifest`: which message kinds
exist, how each may be delivered (``api`` = automated, ``assisted`` = the human sends through
a link and confirms, ``export`` = written to a file), length limits, quotas, pacing, its
settings (and which are secret) and the platform's default notes. The *core* enforces all of
it: no plugin throttles, counts or length-checks on its own.

The behaviour a channel implements is deliberately small (:class:`Channel`): build the final
message for preview, open a session that delivers or exports messages, and say what is
missing from the settings before anything is sent.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal, Mapping, Protocol

import attrs
from attrs import frozen

from .model import MODES, Contact, Identity, Mode

AutomatedIf = Literal["they-wrote-first"]


@frozen
class Quota:
    """At most ``limit`` sends per rolling ``window``, counted from the ledger.

    ``scope="account"`` counts everything the user sent on the channel (of ``kinds``, or all
    kinds when empty); ``scope="recipient"`` counts per person. ``setting`` names the config
    key (under the channel's table) that overrides ``limit``.
    """

    limit: int
    window: timedelta
    name: str
    scope: Literal["account", "recipient"] = "account"
    kinds: tuple[str, ...] = ()
    # Delivery modes the quota counts (empty: all). API rate limits count only ``api``.
    modes: tuple[str, ...] = ()
    setting: str | None = None

    def applies_to(self, kind: str, mode: str | None = None) -> bool:
        if self.kinds and kind not in self.kinds:
            return False
        return not self.modes or mode is None or mode in self.modes

    def as_json(self) -> dict:
        return {
            "name": self.name,
            "limit": self.limit,
            "window_seconds": int(self.window.total_seconds()),
            "scope": self.scope,
            "kinds": list(self.kinds),
            "modes": list(self.modes),
            "setting": self.setting,
        }


@frozen
class KindSpec:
    """One kind of message on a channel and how it may be delivered.

    ``modes`` lists the allowed delivery modes, the default first. ``automated_if`` allows
    ``api`` delivery beyond ``modes`` only under a condition the core checks in the ledger:
    ``"they-wrote-first"`` means the person has written to the user on this platform.
    ``max_length`` is the limit for the account the settings describe; ``max_length_any``,
    when an account of another kind allows more, the longest any account allows (a check
    that knows no account, ``outreach policy check``, refuses only past it and warns past
    ``max_length``).
    """

    name: str
    modes: tuple[Mode, ...]
    max_length: int | None = None
    max_length_any: int | None = None
    max_subject_length: int | None = None
    has_subject: bool = False
    automated_if: AutomatedIf | None = None
    first_contact: bool = True
    description: str = ""

    def __attrs_post_init__(self) -> None:
        if not self.modes or any(m not in MODES for m in self.modes):
            raise ValueError(f"kind {self.name!r}: modes must be a non-empty subset of {MODES}")

    def as_json(self) -> dict:
        data = attrs.asdict(self)
        data["modes"] = list(self.modes)
        return data


@frozen
class Setting:
    """One key of the channel's ``config.toml`` table; the core enforces what it declares.

    ``default`` is filled in when the key is missing; a ``secret`` is refused in
    ``config.toml`` (it comes from ``env`` or the keyring); a ``required`` setting missing
    for a delivery mode is reported before anything is sent - in every mode, or only in the
    modes of ``required_for`` (email: ``host`` only for ``api``). ``choices`` lists the
    allowed values (a value outside them is reported; the channel must then act as if the
    default were set). ``example`` is what ``outreach init`` writes when there is no default.
    ``announce_default`` marks a default that changes what may be sent (a LinkedIn account
    type): when ``config.toml`` leaves it out, ``outreach plan`` says once which value it
    assumed.
    """

    name: str
    help: str = ""
    required: bool = False
    secret: bool = False
    default: Any = None
    env: str | None = None
    required_for: tuple[str, ...] = ()
    choices: tuple[Any, ...] = ()
    example: Any = None
    announce_default: bool = False

    def required_in(self, mode: str) -> bool:
        """Whether a step in ``mode`` needs this setting."""
        if self.required_for:
            return mode in self.required_for
        return self.required

    def as_json(self) -> dict:
        data = attrs.asdict(self)
        data["required_for"] = list(self.required_for)
        data["choices"] = list(self.choices)
        if self.secret:
            data["default"] = None
            data["example"] = None
        return data


@frozen
class ChannelManifest:
    name: str
    platform: str
    title: str
    kinds: tuple[KindSpec, ...]
    quotas: tuple[Quota, ...] = ()
    # Minimum time between two automated sends on this channel (pacing).
    min_interval: timedelta | None = None
    # How many sessions the core may keep busy at once for automated sends, each carrying
    # one message at a time (several SMTP connections): the next message is claimed while
    # the others wait for the server's answer. A process that dies leaves at most this many
    # deliveries "unknown". With pacing (min_interval) the core uses one.
    sessions: int = 1
    settings: tuple[Setting, ...] = ()
    default_phrases: tuple[str, ...] = ()
    description: str = ""

    def kind(self, name: str) -> KindSpec | None:
        for spec in self.kinds:
            if spec.name == name:
                return spec
        return None

    def as_json(self) -> dict:
        return {
            "name": self.name,
            "platform": self.platform,
            "title": self.title,
            "description": self.description,
            "kinds": [k.as_json() for k in self.kinds],
            "quotas": [q.as_json() for q in self.quotas],
            "min_interval_seconds": (
                int(self.min_interval.total_seconds()) if self.min_interval else None
            ),
            "sessions": self.sessions,
            "settings": [s.as_json() for s in self.settings],
            "default_phrases": list(self.default_phrases),
        }


@frozen
class OutboundMessage:
    """A reviewed draft, as handed to a channel to deliver, export or show."""

    draft_id: str
    idempotency_key: str
    channel: str
    kind: str
    mode: Mode
    recipient: Identity
    contact: Contact
    subject: str | None
    text: str
    campaign: str = ""


@frozen
class RenderedMessage:
    """What the user will see and send: the final text (with footers) and how to send it."""

    text: str
    subject: str | None = None
    # For assisted delivery: where the human sends it (compose link, profile URL).
    link: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    instructions: str = ""


@frozen
class Receipt:
    """Proof of a delivery: the platform's id for it (Message-ID, dm_event_id)."""

    external_id: str = ""
    at: datetime | None = None
    detail: str = ""


class DeliveryError(Exception):
    """Base of what a channel session raises when a message did not go out cleanly."""


class TransientDeliveryError(DeliveryError):
    """Nothing was handed over and trying again later may work (4xx, refused connection).

    ``retry_after`` (seconds) is a hint from the platform (rate-limit reset).
    """

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class ChannelUnavailable(TransientDeliveryError):
    """The channel cannot take any message right now; nothing was handed over.

    A problem of the session, not of the message: the server refuses or drops connections,
    does not answer, fails TLS or the login, or says it is shutting down (SMTP ``421``).
    The core counts these per channel: after a few in a row it stops sending on that
    channel for the run (a circuit breaker), leaves the remaining messages planned and
    says when to try again (``retry_after`` seconds, if the platform said). Raise a plain
    :class:`TransientDeliveryError` for a problem of one message (a greylisted recipient).
    """


class PermanentDeliveryError(DeliveryError):
    """The platform refused this message for good (5xx SMTP reply, 403 DM not accepted)."""


class AmbiguousDeliveryError(DeliveryError):
    """The message may or may not have gone out (connection lost after handing it over).

    The core marks the delivery ``unknown`` and never retries it automatically.
    """


class NotCleared(Exception):
    """Raised by the ``ready`` callable of :meth:`ChannelSession.deliver_when`: the core did
    not clear the message (its claim failed: an opt-out, an edit in review, another process
    took it). The session has handed nothing over; it lets this propagate."""


class ChannelContext(Protocol):
    """What the core gives a channel session. ``now()`` is the core's clock: a session
    stamps its receipts with it, so a test's fake clock holds for what a channel did too."""

    settings: Mapping[str, Any]
    workspace: Path

    def secret(self, name: str) -> str: ...

    def log(self, message: str) -> None: ...

    def now(self) -> datetime: ...


class ChannelSession(Protocol):
    """One delivery session. Optional: ``deliver_when(message, ready) -> Receipt``, the
    same as ``deliver`` but started before the core has durably claimed the message - it
    prepares what commits nothing (builds the message, opens the envelope: SMTP ``MAIL``
    and ``RCPT``) while the claim is written, and calls ``ready()`` right before the first
    step that may deliver. ``ready()`` waits for the claim and raises :class:`NotCleared`
    when there is none: the session then abandons the envelope (``RSET``) and lets it
    propagate. Without it, the core claims first and then calls ``deliver``."""

    def deliver(self, message: OutboundMessage) -> Receipt: ...

    def export(self, message: OutboundMessage, directory: Path) -> Path: ...

    def close(self) -> None: ...


class Channel(Protocol):
    """A delivery channel. Registered through ``outreach_register_channels``.

    Subclass :class:`ChannelBase` (``orchestrator.api.ChannelBase``) to get the optional
    methods with their defaults; the registry adapts a channel that does not.
    """

    name: str

    def manifest(self, settings: Mapping[str, Any]) -> ChannelManifest:
        """The channel's rules for these settings (e.g. a free LinkedIn account's limits).

        Must never raise on bad setting values: the core validates them (quota overrides,
        required settings) and reports a configuration error naming the key.
        """

    def problems(self, settings: Mapping[str, Any], step_mode: Mode) -> list[str]:
        """What must be fixed in the settings before a step in ``step_mode`` can go out.

        Each entry is one sentence that says what to add; an empty list means ready.
        """

    def render(self, message: OutboundMessage, settings: Mapping[str, Any]) -> RenderedMessage:
        """The message exactly as it will go out (footers, links), for preview and export."""

    def open(self, context: ChannelContext) -> ChannelSession:
        """Start a delivery session (one SMTP connection, one HTTP session) for a run."""

    def recipient(self, contact: Contact) -> Identity | None:
        """The identity to address on this channel, or ``None`` when the person has none."""

    def skip_reason(self, context: Any, contact: Contact, kind: str) -> str | None:
        """Why ``contact`` must be left out of a ``kind`` step (``None``: include them).

        ``context`` is the :class:`~orchestrator.api.PluginContext` (touch-point history),
        e.g. a LinkedIn message needs a 1st-degree connection.
        """

    def conversation_link(self, identity: Identity) -> str | None:
        """Where the user answers this person on the platform (a profile, a DM thread, a
        ``mailto:``), for the inbox and reports; ``None`` when there is no such page."""

    def note_to_self(self, context: ChannelContext, address: str, subject: str,
                     text: str) -> Receipt:
        """Send the user a note at their own ``address`` (the weekly digest): not outreach,
        so no footer, no unsubscribe, no quota. Channels that cannot raise ``PluginError``."""


class ChannelBase:
    """Defaults for a channel's optional methods; subclass it and set ``name``."""

    name: str = ""

    def manifest(self, settings: Mapping[str, Any]) -> ChannelManifest:  # pragma: no cover
        raise NotImplementedError

    def problems(self, settings: Mapping[str, Any], step_mode: Mode) -> list[str]:
        return []

    def render(self, message: OutboundMessage, settings: Mapping[str, Any]) -> RenderedMessage:
        return RenderedMessage(text=message.text, subject=message.subject)

    def open(self, context: ChannelContext) -> ChannelSession:  # pragma: no cover
        raise NotImplementedError(f"channel {self.name!r} cannot deliver")

    def recipient(self, contact: Contact) -> Identity | None:
        # The platform is the channel's, whatever its settings: the manifest is built once,
        # not once per person planned.
        platform = self.__dict__.get("_recipient_platform")
        if platform is None:
            platform = self.__dict__["_recipient_platform"] = self.manifest({}).platform
        return contact.identity(platform)

    def skip_reason(self, context: Any, contact: Contact, kind: str) -> str | None:
        return None

    def conversation_link(self, identity: Identity) -> str | None:
        return None

    def note_to_self(self, context: ChannelContext, address: str, subject: str,
                     text: str) -> Receipt:
        from .errors import PluginError

        raise PluginError(f"channel {self.name!r} cannot send you a note",
                          "Use a channel that can (email).")


class LegacyChannel(ChannelBase):
    """Wraps a channel written before :class:`ChannelBase`: its optional methods may be missing.

    The registry wraps such channels once, so the core always calls one typed interface.
    """

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.name = inner.name

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def manifest(self, settings: Mapping[str, Any]) -> ChannelManifest:
        return self.inner.manifest(settings)

    def problems(self, settings: Mapping[str, Any], step_mode: Mode) -> list[str]:
        return self.inner.problems(settings, step_mode)

    def render(self, message: OutboundMessage, settings: Mapping[str, Any]) -> RenderedMessage:
        return self.inner.render(message, settings)

    def open(self, context: ChannelContext) -> ChannelSession:
        return self.inner.open(context)

    def recipient(self, contact: Contact) -> Identity | None:
        pick = getattr(self.inner, "recipient", None)
        return pick(contact) if callable(pick) else super().recipient(contact)

    def skip_reason(self, context: Any, contact: Contact, kind: str) -> str | None:
        reason = getattr(self.inner, "skip_reason", None)
        return reason(context, contact, kind) if callable(reason) else None

    def conversation_link(self, identity: Identity) -> str | None:
        link = getattr(self.inner, "conversation_link", None)
        return link(identity) if callable(link) else None
