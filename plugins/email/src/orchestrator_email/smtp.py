"""One SMTP connection per run, and a verdict for every way a send can end.

The core's delivery runner guarantees exactly-once sends: it retries what certainly did not
go out and never retries what may have. That only works if this module knows, for every
failure, whether the server could have accepted the message. An SMTP server takes
responsibility for a message when it has read the end-of-data marker ``<CRLF>.<CRLF>`` and
answered it (RFC 5321 §4.1.1.4, §6.1). So the transaction is driven step by step
(``docmd``, ``send``, ``getreply``), not through ``smtplib.SMTP.sendmail``, whose
exceptions do not say which side of that line a failure fell on:

* :class:`SmtpTransientError` (retryable: the server certainly does not have the message)

  - connection refused, host name not found, connect timeout, connection lost while
    opening the session (``stage`` ``connect``, ``ehlo``, ``starttls`` or ``auth``);
  - a 4xx reply to the greeting, EHLO/HELO, STARTTLS, AUTH, MAIL, RCPT or the DATA command
    (``connect`` ... ``data``);
  - connection lost or timed out before the body was fully written: ``sendall`` failed, so
    its last bytes, the end-of-data marker, never left (``data``);
  - a 4xx reply to the end of data: the server says it did not take it (``data-end``);

  Of these, the failures of the *session* rather than of one message are
  :class:`SmtpUnavailableError` (a :class:`~orchestrator.api.ChannelUnavailable`, which the
  core's circuit breaker counts): every failure while opening the session (``connect``,
  ``ehlo``, ``starttls``, ``auth``: refused, unreachable, not answering, TLS failing, 4xx to
  the greeting or the login), a connection lost or timed out at a command (the server
  stopped answering before anything was handed over), and a ``421`` reply at any stage
  (the server is closing the channel). A 4xx to one recipient (greylisting) is not;

* :class:`SmtpAmbiguousError` (never retried; the core marks the delivery ``unknown``):
  the connection was lost or timed out after the whole body was written and before the final
  reply, or that reply was not an SMTP reply (``data-end``);

* :class:`SmtpPermanentError` (this message failed for good): a 5xx reply at any stage; a
  server without STARTTLS (never downgraded to clear text), AUTH or, for a non-ASCII local
  part, SMTPUTF8; a TLS certificate that does not verify; an envelope address that
  ``smtplib`` refuses to write (CR/LF).

Every error carries ``stage`` and ``code`` (the SMTP reply code, or ``None``).

After a permanent error on MAIL, RCPT or DATA the transaction is reset (RSET) and the
connection serves the next message. After a transient or ambiguous error the connection is
dropped and the next message opens a new one. A permanent error while opening the session
(greeting, EHLO, STARTTLS, AUTH, bad certificate) is a problem of the session, not of the
message: it is remembered and raised again for every later message without reconnecting,
so a wrong password is not tried once per recipient (servers lock accounts for that).

Before reusing a connection that has been idle a while, a NOOP checks it is still alive
(servers drop idle clients, and pacing leaves minutes between sends); a dead one is replaced
before anything is handed over. A connection used moments ago is trusted without the extra
round trip: if the server did close it, MAIL fails before anything is handed over, which is
a transient error the runner retries on a new connection.
The final reply to the data gets its own, longer timeout (RFC 5321 §4.5.3.2.6 recommends
10 minutes there: the server may be scanning the message, and giving up early is exactly
what produces duplicates). Server replies in errors and receipts pass through
:func:`orchestrator.secrets.mask`; the password only ever reaches ``SMTP.login``.
"""

from __future__ import annotations

import re
import smtplib
import socket
import ssl
import time
from typing import Callable, Literal, Protocol

from attrs import frozen

from orchestrator.api import (
    AmbiguousDeliveryError,
    ChannelUnavailable,
    DeliveryError,
    PermanentDeliveryError,
    TransientDeliveryError,
    secrets,
)

from .envelope import Envelope
from .settings import SmtpConfig

Stage = Literal["connect", "ehlo", "starttls", "auth", "mail", "rcpt", "data", "data-end"]
SESSION_STAGES: frozenset[str] = frozenset({"connect", "ehlo", "starttls", "auth"})

# Thunderbird's default EHLO argument: says nothing about the machine, and smtplib's default
# (socket.getfqdn()) can stall on a DNS lookup and leaks the local host name into Received:.
EHLO_NAME = "[127.0.0.1]"

_EOL = re.compile(rb"\r\n|\r|\n")
_LEADING_DOT = re.compile(rb"^\.", re.MULTILINE)


# A connection that answered less than this many seconds ago is reused without a NOOP.
FRESH_S = 5.0


class Secret(Protocol):
    def reveal(self) -> str: ...


@frozen
class SmtpReply:
    code: int
    text: str

    def __str__(self) -> str:
        return f"{self.code} {self.text}".strip()


class SmtpTransientError(TransientDeliveryError):
    """The server did not take the message; trying again later may work."""

    def __init__(self, message: str, *, stage: Stage, code: int | None = None):
        super().__init__(message)
        self.stage = stage
        self.code = code


class SmtpUnavailableError(SmtpTransientError, ChannelUnavailable):
    """The server cannot take any message now (connect, TLS, login, no answer, ``421``)."""


def _transient(message: str, *, stage: Stage, code: int | None = None) -> SmtpTransientError:
    """A retryable error, classed as a session failure where it is one (module docstring)."""
    if stage in SESSION_STAGES or code == 421:
        return SmtpUnavailableError(message, stage=stage, code=code)
    return SmtpTransientError(message, stage=stage, code=code)


class SmtpPermanentError(PermanentDeliveryError):
    """The server refused the message (or the session) for good."""

    def __init__(self, message: str, *, stage: Stage, code: int | None = None):
        super().__init__(message)
        self.stage = stage
        self.code = code


class SmtpAmbiguousError(AmbiguousDeliveryError):
    """The message was handed over but no final reply came: it may have been accepted."""

    def __init__(self, message: str, *, stage: Stage, code: int | None = None):
        super().__init__(message)
        self.stage = stage
        self.code = code


class SmtpSession:
    """Sends messages over one reused SMTP connection; see the module docstring."""

    def __init__(
        self,
        config: SmtpConfig,
        password: Secret | None = None,
        *,
        ssl_context: ssl.SSLContext | None = None,
        log: Callable[[str], None] | None = None,
    ) -> None:
        if config.username and password is None:
            raise ValueError("a password is needed when a username is set")
        self.config = config
        self._password = password
        self._ssl_context = ssl_context
        self._log = log or (lambda message: None)
        self._smtp: smtplib.SMTP | None = None
        self._session_error: SmtpPermanentError | None = None
        self._last_reply_at = 0.0
        self.connections = 0

    def __repr__(self) -> str:
        c = self.config
        return f"SmtpSession({c.host}:{c.port}, security={c.security}, user={c.username!r})"

    @property
    def where(self) -> str:
        return f"{self.config.host}:{self.config.port}"

    def send(self, envelope: Envelope, data: bytes,
             ready: Callable[[], None] | None = None) -> SmtpReply:
        """Hand one message over; the server's final reply, or a :class:`DeliveryError`.
        ``ready`` is called once the envelope is open, before ``DATA``; when it raises, the
        envelope is reset and nothing is handed over."""
        if self._session_error is not None:
            error = self._session_error
            raise SmtpPermanentError(str(error), stage=error.stage, code=error.code)
        payload = _data_payload(data)
        trusted = self._smtp is not None and time.monotonic() - self._last_reply_at < FRESH_S
        smtp = self._connection()
        try:
            try:
                reply = self._transaction(smtp, envelope, payload, ready)
            except SmtpTransientError as error:
                if not (trusted and error.stage == "mail" and error.code is None):
                    raise
                # The reused connection had been closed: nothing was handed over, reconnect.
                self._log(f"email: the connection to {self.where} was closed; reconnecting")
                self._drop(polite=False)
                smtp = self._connection()
                reply = self._transaction(smtp, envelope, payload, ready)
            self._last_reply_at = time.monotonic()
            return reply
        except SmtpPermanentError as error:
            if error.stage in ("mail", "rcpt", "data"):
                self._reset(smtp)
            raise
        except (SmtpTransientError, SmtpAmbiguousError) as error:
            self._drop(polite=error.code is not None)
            raise
        except BaseException:
            # Interrupted mid-transaction (Ctrl-C, a bug): the connection's state is unknown.
            self._drop(polite=False)
            raise

    def close(self) -> None:
        """QUIT and close; safe to call more than once."""
        self._drop(polite=True)

    # --- connection -----------------------------------------------------------------

    def _connection(self) -> smtplib.SMTP:
        if self._smtp is not None and time.monotonic() - self._last_reply_at < FRESH_S:
            return self._smtp
        if self._smtp is not None:
            try:
                code, _ = self._smtp.noop()
                if code == 250:
                    return self._smtp
            except (smtplib.SMTPServerDisconnected, OSError):
                pass
            self._log(f"email: the connection to {self.where} was closed; reconnecting")
            self._drop(polite=False)
        try:
            self._smtp = self._connect()
        except SmtpPermanentError as error:
            if error.stage in SESSION_STAGES:
                self._session_error = error
            raise
        return self._smtp

    def _connect(self) -> smtplib.SMTP:
        c = self.config
        stage: Stage = "connect"
        try:
            if c.security == "tls":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    c.host, c.port, local_hostname=EHLO_NAME, timeout=c.timeout,
                    context=self._context())
            else:
                smtp = smtplib.SMTP(c.host, c.port, local_hostname=EHLO_NAME, timeout=c.timeout)
        except smtplib.SMTPResponseException as exc:
            raise _by_code(f"SMTP server {self.where} refused the connection", stage,
                           exc.smtp_code, exc.smtp_error) from None
        except ssl.SSLCertVerificationError as exc:
            raise self._certificate_error(stage, exc) from None
        except (OSError, smtplib.SMTPException) as exc:
            raise SmtpUnavailableError(
                f"could not connect to SMTP server {self.where}: {_describe(exc)}",
                stage=stage) from None
        self.connections += 1
        try:
            stage = "ehlo"
            smtp.ehlo_or_helo_if_needed()
            if c.security == "starttls":
                stage = "starttls"
                if not smtp.has_extn("starttls"):
                    raise SmtpPermanentError(
                        f"SMTP server {self.where} does not offer STARTTLS; refusing to send "
                        'mail and password unencrypted (use security = "tls" if the port '
                        "expects TLS from the start)", stage=stage)
                smtp.starttls(context=self._context())
                stage = "ehlo"
                smtp.ehlo_or_helo_if_needed()  # STARTTLS forgets the first EHLO (RFC 3207)
            if c.username:
                stage = "auth"
                self._login(smtp)
        except DeliveryError:
            _close_quietly(smtp)
            raise
        except smtplib.SMTPResponseException as exc:
            _close_quietly(smtp)
            raise _by_code(f"SMTP server {self.where} refused {stage.upper()}", stage,
                           exc.smtp_code, exc.smtp_error) from None
        except smtplib.SMTPServerDisconnected as exc:
            _close_quietly(smtp)
            raise self._lost(stage, exc) from None
        except smtplib.SMTPException as exc:
            # SMTPNotSupportedError (no AUTH) or "No suitable authentication method found".
            # Caught before OSError, of which every SMTPException is a subclass.
            _close_quietly(smtp)
            raise SmtpPermanentError(
                f"SMTP server {self.where} cannot log in {c.username!r}: {_describe(exc)}",
                stage=stage) from None
        except ssl.SSLCertVerificationError as exc:
            _close_quietly(smtp)
            raise self._certificate_error(stage, exc) from None
        except OSError as exc:
            _close_quietly(smtp)
            raise self._lost(stage, exc) from None
        except BaseException:
            _close_quietly(smtp)
            raise
        self._log(f"email: connected to {self.where} ({c.security})")
        return smtp

    def _login(self, smtp: smtplib.SMTP) -> None:
        assert self._password is not None
        try:
            smtp.login(self.config.username, self._password.reveal())
        except smtplib.SMTPAuthenticationError as exc:
            raise _by_code(f"SMTP server {self.where} did not accept the login of "
                           f"{self.config.username!r}", "auth", exc.smtp_code,
                           exc.smtp_error) from None

    def _lost(self, stage: Stage, exc: BaseException) -> SmtpTransientError:
        return _transient(
            f"lost the connection to SMTP server {self.where} during {stage.upper()}: "
            f"{_describe(exc)}", stage=stage)

    def _context(self) -> ssl.SSLContext:
        return self._ssl_context or ssl.create_default_context()

    def _certificate_error(self, stage: Stage,
                           exc: ssl.SSLCertVerificationError) -> SmtpPermanentError:
        return SmtpPermanentError(
            f"the TLS certificate of SMTP server {self.where} is not valid: "
            f"{exc.verify_message or exc}", stage=stage)

    # --- one message ----------------------------------------------------------------

    def _transaction(self, smtp: smtplib.SMTP, envelope: Envelope, payload: bytes,
                     ready: Callable[[], None] | None = None) -> SmtpReply:
        options = ""
        if envelope.smtputf8:
            if not smtp.has_extn("smtputf8"):
                raise SmtpPermanentError(
                    f"SMTP server {self.where} does not support SMTPUTF8, which an address "
                    "with non-ASCII characters before the '@' needs", stage="mail")
            # As smtplib.SMTP.mail does for SMTPUTF8: commands may now carry UTF-8.
            smtp.command_encoding = "utf-8"
            options = " SMTPUTF8" + (" BODY=8BITMIME" if smtp.has_extn("8bitmime") else "")
        else:
            smtp.command_encoding = "ascii"
        self._expect(self._command(smtp, "mail", "MAIL", f"FROM:<{envelope.sender}>{options}"),
                     "mail", f"the sender {envelope.sender}")
        for recipient in envelope.recipients:
            self._expect(self._command(smtp, "rcpt", "RCPT", f"TO:<{recipient}>"),
                         "rcpt", f"the recipient {recipient}")
        if ready is not None:
            try:
                ready()  # the core's claim: committed, or this message must not go
            except BaseException:
                self._reset(smtp)
                raise
        self._expect(self._command(smtp, "data", "DATA"), "data", "DATA", ok=(354,))
        try:
            smtp.send(payload)
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            # sendall() failed, so the last bytes - the end-of-data marker - never left: the
            # server cannot have accepted the message. Safe to try again.
            raise SmtpTransientError(
                f"lost the connection to {self.where} while sending the message: "
                f"{_describe(exc)}", stage="data") from None
        # From here on the server may have the whole message.
        sock = smtp.sock
        try:
            if sock is not None:
                sock.settimeout(self.config.data_timeout)
            code, text = smtp.getreply()
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            raise SmtpAmbiguousError(
                f"the message was handed to {self.where} but no final reply came "
                f"({_describe(exc)}); it may or may not have been accepted",
                stage="data-end") from None
        finally:
            if sock is not None and smtp.sock is sock:
                sock.settimeout(self.config.timeout)
        reply = SmtpReply(code, _text(text))
        if 200 <= code < 300:
            return reply
        if 400 <= code < 600:
            raise _by_code(f"SMTP server {self.where} did not accept the message", "data-end",
                           code, text)
        raise SmtpAmbiguousError(
            f"the message was handed to {self.where} but the reply was not understood "
            f"({reply}); it may or may not have been accepted", stage="data-end", code=None)

    def _command(self, smtp: smtplib.SMTP, stage: Stage, cmd: str, args: str = "") -> SmtpReply:
        try:
            code, text = smtp.docmd(cmd, args)
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            # Nothing was handed over, and the server stopped answering: a session failure.
            raise SmtpUnavailableError(
                f"lost the connection to {self.where} at {cmd}: {_describe(exc)}",
                stage=stage) from None
        except ValueError as exc:
            # putcmd refuses CR/LF, and an ASCII session refuses non-ASCII, before sending.
            raise SmtpPermanentError(f"refused to send {cmd} {args!r}: {exc}",
                                     stage=stage) from None
        return SmtpReply(code, _text(text))

    def _expect(self, reply: SmtpReply, stage: Stage, what: str, ok: tuple[int, ...] = ()) -> None:
        if reply.code in ok or (not ok and 200 <= reply.code < 300):
            return
        if 400 <= reply.code < 600:
            raise _by_code(f"SMTP server {self.where} refused {what}", stage, reply.code,
                           reply.text)
        # Not an SMTP reply we understand: the connection cannot be trusted any more.
        raise SmtpTransientError(
            f"SMTP server {self.where} answered {what} with {reply}", stage=stage, code=None)

    def _reset(self, smtp: smtplib.SMTP) -> None:
        try:
            code, _ = smtp.rset()
            if code == 250:
                return
        except (smtplib.SMTPServerDisconnected, OSError):
            pass
        self._drop(polite=False)

    def _drop(self, *, polite: bool) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        if polite:
            try:
                smtp.quit()
                return
            except (smtplib.SMTPException, OSError):
                pass
        _close_quietly(smtp)


def _by_code(what: str, stage: Stage, code: int, text: bytes | str) -> DeliveryError:
    message = f"{what}: {code} {_text(text)}".strip()
    if 400 <= code < 500:
        return _transient(message, stage=stage, code=code)
    if 500 <= code < 600:
        return SmtpPermanentError(message, stage=stage, code=code)
    return _transient(message, stage=stage, code=None)


def _data_payload(data: bytes) -> bytes:
    """The DATA payload: CRLF line ends only, dot-stuffed, with the end marker.

    Bare CR or LF become CRLF so that client and server agree on where lines end (the SMTP
    smuggling attacks of 2023 exploit servers that disagree, e.g. on ``<LF>.<LF>``).
    """
    data = _EOL.sub(b"\r\n", data)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return _LEADING_DOT.sub(b"..", data) + b".\r\n"  # RFC 5321 §4.5.2 transparency


def _text(text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return secrets.mask(" ".join(text.split()))


def _describe(exc: BaseException) -> str:
    if isinstance(exc, socket.gaierror):
        return f"host name not found ({exc.strerror or exc})"
    if isinstance(exc, TimeoutError):
        return "timed out"
    return secrets.mask(str(exc) or type(exc).__name__)


def _close_quietly(smtp: smtplib.SMTP) -> None:
    try:
        smtp.close()
    except OSError:
        pass
