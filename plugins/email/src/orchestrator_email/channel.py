"""The email channel: the :class:`orchestrator.channels.Channel` protocol over the parts.

:func:`compose` is the single place where the final text is made (the message's text plus
the footer of :mod:`.footer`); ``render()``, ``deliver()`` and ``export()`` all go through
it, so the preview is what goes out. A message whose recipient or headers cannot be written
safely raises a :class:`~orchestrator.channels.PermanentDeliveryError` for that message only
(:class:`.headers.HeaderInjectionError` and :class:`.headers.InvalidHeaderError`,
:class:`InvalidRecipientError`, :class:`MissingSubjectError`); SMTP outcomes are classified
by :mod:`.smtp`.

A session is cheap to open: the sender settings are checked at ``open()``, while the SMTP
settings and the password are resolved at the first ``deliver()``, so an export-only run
needs no server. The connection then serves every message of the run; ``close()`` QUITs.

The core checks ``problems()`` before a run, so settings are normally complete. If they go
missing during a run anyway (an environment variable, a keyring entry), the session raises
:class:`SettingsNotReady`: a :class:`~orchestrator.errors.ConfigError` for the CLI that says
where to fix it, and also a :class:`~orchestrator.channels.ChannelUnavailable` (a transient
error) with ``retry_after=0``, so the delivery runner puts the message back for a later run
(nothing was sent) instead of recording the outcome as unknown, and stops the channel for
the run after a few. The same holds when the server refuses the *session* for good - the
login (535), STARTTLS, the certificate, a 5xx greeting: that is a problem of the settings or
the password, not of the message, and marking every message of the run ``failed`` would
make them unsendable after the fix. Any other failure while
*building* a message is a :class:`MessageBuildError` (permanent, nothing sent).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping

from attrs import frozen

from orchestrator.api import (
    ChannelBase,
    ChannelContext,
    ChannelManifest,
    ChannelUnavailable,
    ConfigError,
    DeliveryError,
    Identity,
    InputError,
    Mode,
    OutboundMessage,
    PermanentDeliveryError,
    Receipt,
    RenderedMessage,
    secrets,
    utcnow,
)

from . import manifest as _manifest
from .addresses import PLATFORM, EmailAddress, parse_address
from .footer import footer, with_footer
from .headers import check_header_value
from .settings import SenderSettings, load_sender, load_smtp, problems
from .unsubscribe import ONE_CLICK, UnsubscribeLinks, resolve_secret

if TYPE_CHECKING:  # building and sending load the email package and smtplib when they run:
    # `outreach plugins` and `--help` register this channel and need neither.
    from .message import BuiltMessage
    from .smtp import SmtpSession


class InvalidRecipientError(PermanentDeliveryError):
    """The recipient is not a usable email address; nothing was sent."""


class MissingSubjectError(PermanentDeliveryError):
    """An email needs a subject; nothing was sent."""


class MessageBuildError(PermanentDeliveryError):
    """The message could not be built (nothing was sent)."""


class SettingsNotReady(ConfigError, ChannelUnavailable):
    """The [email] settings or the password went missing mid-run, or the server refused the
    session for good (login, STARTTLS, certificate); nothing was sent. A session failure
    (:class:`~orchestrator.api.ChannelUnavailable`), so the core stops the channel for the
    run after a few, instead of trying every message."""

    def __init__(self, error: ConfigError):
        ConfigError.__init__(self, error.message, error.hint)
        self.retry_after = 0.0  # retrying now cannot help; the runner releases the message


@frozen
class Composed:
    """One message as it will go out, before the MIME building."""

    recipient: EmailAddress
    subject: str
    text: str
    links: UnsubscribeLinks


def compose(message: OutboundMessage, sender: SenderSettings) -> Composed:
    recipient = recipient_address(message)
    subject = message.subject or ""
    if not subject.strip():
        raise MissingSubjectError(f"draft {message.draft_id}: an email needs a subject")
    check_header_value("Subject", subject)
    secret = resolve_secret() if sender.unsubscribe.needs_token else None
    links = sender.unsubscribe.links(recipient.key, secret)
    text = with_footer(message.text, footer(links, sender.postal_address))
    return Composed(recipient, subject, text, links)


def recipient_address(message: OutboundMessage) -> EmailAddress:
    """The recipient with a display name; the identity's own spelling when it matches."""
    identity = message.recipient
    if identity.platform != PLATFORM:
        raise InvalidRecipientError(
            f"draft {message.draft_id}: the recipient is a {identity.platform} identity, "
            "not an email address")
    check_header_value("To", identity.display)
    try:
        address = _parse_cached(identity.key)
    except InputError as exc:
        raise InvalidRecipientError(f"draft {message.draft_id}: {exc.message}") from None
    if identity.display:
        try:
            shown = _parse_cached(identity.display)
        except InputError:
            shown = None
        if shown is not None and shown.key == address.key:
            address = shown  # keeps the case the person wrote their address in
    if not address.name and message.contact.name:
        name = check_header_value("To", message.contact.name)
        try:
            address = address.with_name(name)
        except InputError as exc:
            raise InvalidRecipientError(f"draft {message.draft_id}: {exc.message}") from None
    return address


@lru_cache(maxsize=4096)
def _parse_cached(value: str) -> EmailAddress:
    """parse_address, remembered: a dry run renders each draft, and the send builds it again
    (EmailAddress is immutable; an invalid address raises again each time, uncached)."""
    return parse_address(value)


def build(message: OutboundMessage, sender: SenderSettings,
          extra_headers: tuple[tuple[str, str], ...] = (),
          composed: Composed | None = None) -> BuiltMessage:
    from .message import build_message

    composed = composed or compose(message, sender)
    return build_message(
        sender=sender.sender,
        recipient=composed.recipient,
        reply_to=sender.reply_to,
        subject=composed.subject,
        body=composed.text,
        unsubscribe=composed.links,
        idempotency_key=message.idempotency_key,
        extra_headers=extra_headers,
    )


def build_bytes(message: OutboundMessage, sender: SenderSettings,
                extra_headers: tuple[tuple[str, str], ...] = (),
                composed: Composed | None = None) -> tuple[bytes, BuiltMessage]:
    """The message as it goes out (send, export, and the preview's check), or its error."""
    try:
        built = build(message, sender, extra_headers, composed)
        return built.as_bytes(), built
    except ConfigError as exc:
        raise SettingsNotReady(exc) from None
    except DeliveryError:
        raise
    except Exception as exc:  # nothing has left yet, so "failed" is certain, not "unknown"
        raise MessageBuildError(
            f"draft {message.draft_id}: could not build the email "
            f"({type(exc).__name__}: {secrets.mask(str(exc))})") from exc


class EmailChannel(ChannelBase):
    """The ``email`` channel (register with ``registry.add(EmailChannel())``)."""

    name = "email"

    def __init__(self) -> None:
        # render() runs once per draft with the same [email] settings: parse them once
        # (they were re-parsed for every draft, addresses and unsubscribe URIs included).
        self._sender_key: tuple[dict, str | None] | None = None
        self._sender: SenderSettings | ConfigError | None = None

    def _load_sender(self, settings: Mapping[str, Any]) -> SenderSettings:
        import os

        # Compared, not serialized: a dict comparison per draft costs next to nothing.
        key = (dict(settings), os.environ.get("OUTREACH_EMAIL_UNSUBSCRIBE_SECRET"))
        if key != self._sender_key or self._sender is None:
            # A problem is remembered too: without it, every draft of a preview asked the
            # keyring again for a secret that is not there.
            try:
                self._sender = load_sender(settings)
            except ConfigError as problem:
                self._sender = problem
            self._sender_key = key
        if isinstance(self._sender, ConfigError):
            raise self._sender.with_traceback(None)
        return self._sender

    def manifest(self, settings: Mapping[str, Any]) -> ChannelManifest:
        return _manifest.manifest(settings)

    def problems(self, settings: Mapping[str, Any], step_mode: Mode) -> list[str]:
        return problems(settings, step_mode)

    def conversation_link(self, identity: Identity) -> str | None:
        from urllib.parse import quote

        return f"mailto:{quote(identity.key, safe='@')}"

    def render(self, message: OutboundMessage, settings: Mapping[str, Any]) -> RenderedMessage:
        sender = self._load_sender(settings)
        composed = compose(message, sender)
        # what send and export build: the preview shows their errors
        build_bytes(message, sender, composed=composed)
        headers = [("From", sender.sender.display), ("To", composed.recipient.display)]
        if sender.reply_to != sender.sender:
            headers.append(("Reply-To", sender.reply_to.display))
        headers.append(("List-Unsubscribe", composed.links.header_value()))
        if composed.links.one_click:
            headers.append(("List-Unsubscribe-Post", ONE_CLICK))
        return RenderedMessage(text=composed.text, subject=composed.subject,
                               headers=tuple(headers))

    def open(self, context: ChannelContext) -> EmailSession:
        return EmailSession(context.settings, log=context.log,
                            clock=getattr(context, "now", None))

    def note_to_self(self, context: ChannelContext, address: str, subject: str,
                     text: str) -> Receipt:
        """The digest to your own address, through your SMTP server: no footer, no
        List-Unsubscribe (it is not outreach), nothing recorded as a touch point."""
        session = EmailSession(context.settings, log=context.log)
        try:
            return session.note_to_self(address, subject, text)
        finally:
            session.close()


class EmailSession:
    """One run's deliveries and exports; see the module docstring."""

    def __init__(self, settings: Mapping[str, Any], *,
                 log: Callable[[str], None] | None = None, ssl_context: Any = None,
                 clock: Callable[[], Any] | None = None) -> None:
        self._settings = dict(settings)
        self._clock = clock or utcnow  # the core's clock: receipts are stamped with it
        try:
            self._sender = load_sender(self._settings)
        except ConfigError as exc:
            raise SettingsNotReady(exc) from None
        self._log = log or (lambda message: None)
        self._ssl_context = ssl_context
        self._smtp: SmtpSession | None = None

    def __repr__(self) -> str:
        return f"EmailSession(from={self._sender.sender.addr_spec!r})"

    def deliver(self, message: OutboundMessage) -> Receipt:
        return self.deliver_when(message, None)

    def deliver_when(self, message: OutboundMessage,
                     ready: Callable[[], None] | None) -> Receipt:
        """Build and send; ``ready`` (see ``ChannelSession``) is called once the envelope
        is open, before ``DATA``: nothing is handed over unless it returns."""
        from .smtp import SESSION_STAGES, SmtpPermanentError

        data, built = self._build(message)
        try:
            session = self._session()
        except ConfigError as exc:
            raise SettingsNotReady(exc) from None
        try:
            reply = session.send(built.envelope, data, ready)
        except SmtpPermanentError as exc:
            if exc.stage not in SESSION_STAGES:
                raise
            raise SettingsNotReady(ConfigError(
                str(exc), "Fix the [email] settings or the password (`outreach email login` or "
                "$OUTREACH_EMAIL_PASSWORD), then send again: nothing was sent.")) from None
        return Receipt(external_id=built.message_id, at=self._clock(), detail=str(reply))

    def note_to_self(self, address: str, subject: str, text: str) -> Receipt:
        try:
            recipient = parse_address(address)
        except InputError as exc:
            raise ConfigError(f"[digest] email_to: {exc.message}") from None
        from .message import build_message

        built = build_message(sender=self._sender.sender, recipient=recipient,
                              subject=check_header_value("Subject", subject), body=text,
                              unsubscribe=None, extra_headers=(("Auto-Submitted",
                                                                "auto-generated"),))
        try:
            reply = self._session().send(built.envelope, built.as_bytes())
        except ConfigError as exc:
            raise SettingsNotReady(exc) from None
        return Receipt(external_id=built.message_id, at=self._clock(), detail=str(reply))

    def export(self, message: OutboundMessage, directory: Path) -> Path:
        data, _ = self._build(message, extra_headers=(("X-Unsent", "1"),))
        from .export import write_eml

        return write_eml(data, directory, message.draft_id)

    def close(self) -> None:
        if self._smtp is not None:
            self._smtp.close()

    def _build(self, message: OutboundMessage,
               extra_headers: tuple[tuple[str, str], ...] = ()) -> tuple[bytes, BuiltMessage]:
        return build_bytes(message, self._sender, extra_headers)

    def _session(self) -> SmtpSession:
        if self._smtp is None:
            config = load_smtp(self._settings)
            from .credentials import resolve_password
            from .smtp import SmtpSession

            password = resolve_password(config.username) if config.username else None
            self._smtp = SmtpSession(config, password, ssl_context=self._ssl_context,
                                     log=lambda line: self._log(secrets.mask(line)))
        return self._smtp
