"""Build one outgoing message (RFC 5322) as the bytes that go out.

Most messages are written directly, header by header (building each one with the
``email`` package was 36-42% of the send loop and most of a dry run's rendering):

* ``From``, ``To``, ``Reply-To``: ``name <local@domain>``, the domain always in A-label
  form (``xn--``, so no SMTPUTF8 is needed); a display name of atoms is written as it is,
  other printable ASCII as a quoted-string, anything else (non-ASCII, ``=?``, too long for
  a line) as RFC 2047 encoded words (``=?utf-8?b?...?=``, whole characters, at most 75
  characters each), folded between words;
* ``Subject`` and extra headers: as they are when ASCII without ``=?``, folded at spaces
  past 78 characters; otherwise RFC 2047 encoded words, folded between them;
* ``Message-ID`` (from :func:`email.utils.make_msgid` with the sender's domain - never
  ``socket.getfqdn()`` - and a short hash of the draft's idempotency key, so a bounce or a
  reply can be traced to its draft) stays on one line: a folded Message-ID is valid but
  trips real mail tools (MailWatch issue #1305, gitgitgadget issue #1794);
* ``List-Unsubscribe``: one URI per line (the URIs were validated as plain ASCII without
  spaces; the ``email`` package would re-fold a long one into an encoded word no client can
  use), ``List-Unsubscribe-Post`` exactly as RFC 8058 §3.1 writes it;
* the body: ``7bit`` when ASCII with lines of at most 78 characters, otherwise
  quoted-printable (the C encoder, 76-character lines), so a message never needs
  8BITMIME; CRLF line ends throughout.

Every header value is checked by :func:`.headers.check_header_value` before it is written:
the message is refused with :class:`.headers.HeaderInjectionError` rather than repaired.

A message with a non-ASCII local part (RFC 6531/6532) is built with the modern ``email``
API under the ``SMTPUTF8`` policy, never the legacy ``compat32`` one (which writes some
line breaks into headers unchanged, docs/platform-rules.md §3e). Tests parse what both
paths write with the ``email`` package and compare every header and the body.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from datetime import datetime, timezone
from email.utils import format_datetime, make_msgid
from functools import lru_cache
from typing import TYPE_CHECKING

from attrs import field, frozen

from .addresses import EmailAddress
from .headers import check_header_value
from .envelope import Envelope
from .unsubscribe import ONE_CLICK, UnsubscribeLinks

if TYPE_CHECKING:
    from email.message import EmailMessage

MAX_LINE = 78  # RFC 5322 §2.1.1: SHOULD; a line never passes 998
_CRLF = "\r\n"
# a display name that is a phrase of atoms (RFC 5322 §3.2.3), written as it is
_ATOMS = re.compile(r"[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+(?: [A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+)*")
_PRINTABLE = re.compile(r"[\x20-\x7e]*")
_EW_BYTES = 45  # raw bytes per encoded word: 60 base64 characters, 72 with =?utf-8?b??=


def _encoded_words(name: str, text: str) -> list[str]:
    """``text`` as RFC 2047 encoded words of whole UTF-8 characters, each at most 75
    characters and the first short enough to share a line with ``Name: `` (a reader joins
    adjacent encoded words without the whitespace between them: the text comes back
    exactly)."""
    room = (MAX_LINE - len(name) - 2 - len("=?utf-8?b??=")) // 4 * 3
    limit = max(3, min(_EW_BYTES, room))
    words, chunk, size = [], [], 0
    for char in text:
        n = len(char.encode("utf-8"))
        if size + n > limit and chunk:
            words.append("".join(chunk))
            chunk, size, limit = [], 0, _EW_BYTES
        chunk.append(char)
        size += n
    if chunk:
        words.append("".join(chunk))
    return ["=?utf-8?b?" + base64.b64encode(w.encode("utf-8")).decode("ascii") + "?="
            for w in words]


def _fold(name: str, tokens: list[str]) -> str:
    """``Name: token token ...`` folded before a token that would pass 78 characters."""
    line = name + ":"
    lines = []
    for token in tokens:
        if len(line) + 1 + len(token) > MAX_LINE and line != name + ":":
            lines.append(line)
            line = " " + token
        else:
            line += " " + token
    lines.append(line)
    return _CRLF.join(lines) + _CRLF


def _unstructured(name: str, value: str) -> str:
    """A ``Subject`` (or another free-text header) as one folded header line."""
    if value.isascii() and "=?" not in value and _PRINTABLE.fullmatch(value):
        if len(name) + 2 + len(value) <= MAX_LINE:
            return f"{name}: {value}{_CRLF}"
        folded = _fold_spaces(name, value)
        if folded is not None:
            return folded
    return _fold(name, _encoded_words(name, value))


def _fold_spaces(name: str, value: str) -> str | None:
    """Fold a long ASCII value before single spaces between words (unfolding gives the value
    back exactly); ``None`` (encoded words instead) if a word would still leave a line past
    78 characters, or the value starts or ends with a space or has two in a row."""
    if value != value.strip(" ") or "  " in value:
        return None
    words = value.split(" ")
    lines, line = [], f"{name}: {words[0]}"
    for word in words[1:]:
        if len(line) + 1 + len(word) > MAX_LINE:
            lines.append(line)
            line = " " + word
        else:
            line += " " + word
    lines.append(line)
    if max(len(x) for x in lines) > MAX_LINE:
        return None
    return _CRLF.join(lines) + _CRLF


@lru_cache(maxsize=4096)
def _address_header(name: str, address: EmailAddress) -> str:
    """``From``/``To``/``Reply-To``: the display name as atoms (folded between them), a
    quoted-string or one encoded word, then ``<local@a-label-domain>``. Cached: a run's
    From and Reply-To repeat."""
    check_header_value(name, address.name)
    check_header_value(name, address.local)
    spec = address.ascii_addr_spec
    display = address.name
    if not display:
        return _fold(name, [spec])
    if "=?" not in display and _ATOMS.fullmatch(display):
        return _fold(name, [*display.split(" "), f"<{spec}>"])
    if "=?" not in display and display.isascii():
        token = '"' + display.replace("\\", "\\\\").replace('"', '\\"') + '"'
    else:
        words = _encoded_words(name, display)
        token = words[0] if len(words) == 1 else ""
    if token and len(name) + 2 + len(token) <= MAX_LINE:
        return _fold(name, [token, f"<{spec}>"])
    # A name longer than one line: readers disagree on the space between two encoded words
    # in a phrase (RFC 2047 drops it, Python's parser keeps one), so the email package
    # folds it, as every message was built before.
    return _package_address_header(name, address)


def _package_address_header(name: str, address: EmailAddress) -> str:
    from email import policy
    from email.headerregistry import Address

    smtp = policy.SMTP
    header = smtp.header_factory(name, Address(address.name, address.local,
                                               address.ascii_domain))
    return smtp.fold(name, header)


def _body(text: str) -> tuple[str, bytes]:
    """The transfer encoding and the body, CRLF line ends, as the ``email`` package splits
    lines (CR, LF or CRLF)."""
    lines = text.encode("utf-8").splitlines()  # a lone surrogate: UnicodeEncodeError
    if text.isascii() and max((len(x) for x in lines), default=0) <= MAX_LINE:
        return "7bit", b"\r\n".join(lines) + b"\r\n"
    data = binascii.b2a_qp(b"\n".join(lines) + b"\n", quotetabs=False, istext=True)
    return "quoted-printable", data.replace(b"\n", b"\r\n")


_CONTENT = {cte: (f'Content-Type: text/plain; charset="utf-8"{_CRLF}'
                  f"Content-Transfer-Encoding: {cte}{_CRLF}MIME-Version: 1.0{_CRLF}{_CRLF}")
            for cte in ("7bit", "quoted-printable")}


@frozen
class BuiltMessage:
    raw: bytes = field(repr=False)
    message_id: str
    envelope: Envelope

    def as_bytes(self) -> bytes:
        return self.raw

    @property
    def message(self) -> EmailMessage:
        """The message as the ``email`` package reads it (tests, tools)."""
        import email
        from email import policy

        return email.message_from_bytes(self.raw, policy=policy.SMTP)


def build_message(
    *,
    sender: EmailAddress,
    recipient: EmailAddress,
    subject: str,
    body: str,
    unsubscribe: UnsubscribeLinks | None,
    reply_to: EmailAddress | None = None,
    idempotency_key: str = "",
    now: datetime | None = None,
    extra_headers: tuple[tuple[str, str], ...] = (),
) -> BuiltMessage:
    """The message and its envelope; :class:`.headers.HeaderInjectionError` on a bad value."""
    smtputf8 = any(a.needs_smtputf8 for a in (sender, recipient, reply_to) if a is not None)
    when = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    idstring = None
    if idempotency_key:
        idstring = hashlib.sha256(idempotency_key.encode()).hexdigest()[:12]
    message_id = make_msgid(idstring=idstring, domain=sender.ascii_domain)
    check_header_value("Message-ID", message_id)
    check_header_value("Subject", subject)
    lines = [] if unsubscribe is None else [check_header_value("List-Unsubscribe", line)
                                            for line in unsubscribe.header_lines()]
    for name, value in extra_headers:
        check_header_value(name, value)
    envelope = Envelope(sender.ascii_addr_spec, (recipient.ascii_addr_spec,), smtputf8)
    if smtputf8:
        raw = _build_smtputf8(message_id, when, sender, recipient, reply_to, subject, body,
                              lines, unsubscribe, extra_headers)
        return BuiltMessage(raw, message_id, envelope)

    head = [f"Message-ID: {message_id}{_CRLF}", f"Date: {format_datetime(when)}{_CRLF}",
            _address_header("From", sender), _address_header("To", recipient)]
    if reply_to is not None and reply_to != sender:
        head.append(_address_header("Reply-To", reply_to))
    head.append(_unstructured("Subject", subject))
    if unsubscribe is not None:  # None only for a note the user sends to themselves
        head.append("List-Unsubscribe: " + (_CRLF + " ").join(lines) + _CRLF)
        if unsubscribe.one_click:
            head.append(f"List-Unsubscribe-Post: {ONE_CLICK}{_CRLF}")  # RFC 8058 §3.1
    for name, value in extra_headers:
        head.append(_unstructured(name, value))
    text = body if body.endswith("\n") else body + "\n"
    cte, data = _body(text)
    head.append(_CONTENT[cte])
    return BuiltMessage("".join(head).encode("ascii") + data, message_id, envelope)


def _build_smtputf8(message_id, when, sender, recipient, reply_to, subject, body, lines,
                    unsubscribe, extra_headers) -> bytes:
    """A message with a non-ASCII local part, with the ``email`` package (SMTPUTF8)."""
    from email.message import EmailMessage

    msg = EmailMessage(policy=_smtputf8_policy())
    # Raw, so it stays on one line: a folded Message-ID is valid but trips real tools.
    msg.set_raw("Message-ID", message_id)
    msg["Date"] = format_datetime(when)
    msg["From"] = _address("From", sender)
    msg["To"] = _address("To", recipient)
    if reply_to is not None and reply_to != sender:
        msg["Reply-To"] = _address("Reply-To", reply_to)
    msg["Subject"] = subject
    if unsubscribe is not None:
        msg.set_raw("List-Unsubscribe", "\n ".join(lines))
        if unsubscribe.one_click:
            msg["List-Unsubscribe-Post"] = ONE_CLICK
    for name, value in extra_headers:
        msg[name] = value
    text = body if body.endswith("\n") else body + "\n"
    cte = None if text.isascii() else "quoted-printable"
    msg.set_content(text, subtype="plain", charset="utf-8", cte=cte)
    return msg.as_bytes()


@lru_cache(maxsize=1)
def _smtputf8_policy():
    from email import policy

    # refold_source="none": the raw List-Unsubscribe lines stay as they are (the package
    # would re-fold a long one into an encoded word)
    return policy.SMTPUTF8.clone(refold_source="none")


def _address(header: str, address: EmailAddress):
    from email.headerregistry import Address

    check_header_value(header, address.name)
    check_header_value(header, address.local)
    return Address(address.name, address.local, address.ascii_domain)
