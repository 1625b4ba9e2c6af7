"""Build one outgoing message (RFC 5322) with the modern ``email`` API.

``EmailMessage`` with the ``SMTP`` policy (CRLF line ends), or ``SMTPUTF8`` when an address
has non-ASCII characters before the '@' (RFC 6531/6532); never the legacy ``compat32`` API,
which writes some line breaks into headers unchanged (docs/platform-rules.md §3e). Domains are
always written in A-label form (``xn--``), which needs no SMTPUTF8; display names and
subjects outside ASCII become RFC 2047 encoded words.

Every header value is checked by :func:`.headers.check_header_value` before it is assigned:
the message is refused with :class:`.headers.HeaderInjectionError` rather than repaired.

Three stdlib behaviours are worked around here, all seen on CPython 3.11:

* a long ``List-Unsubscribe`` value is re-folded into RFC 2047 encoded words, which turns
  the URL into ``=?utf-8?q?=3Chttps=3A//...?=`` that no client can use. The header is set
  raw, one URI per line, with a policy that leaves raw headers as they are
  (``refold_source="none"``); the URIs were validated as plain ASCII without spaces;
* a Message-ID longer than a line is folded onto a continuation line (``Message-ID:``
  alone, then the id): valid, but some mail tools then fail to find it (e.g. MailWatch
  issue #1305, gitgitgadget issue #1794). It is set raw too, on one line;
* a non-ASCII local part under the ``SMTP`` policy is written as an encoded word inside the
  address, which is invalid; such messages use ``SMTPUTF8``.

Text bodies are 7bit when ASCII with short lines, otherwise quoted-printable, so a message
never needs 8BITMIME from the server. The Message-ID comes from
:func:`email.utils.make_msgid` with the sender's domain (never ``socket.getfqdn()``: slow,
and it names the local machine) and a short hash of the draft's idempotency key, so that a
bounce or a reply can be traced to its draft.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from email import headerregistry
from email import policy as email_policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from attrs import frozen

from .addresses import EmailAddress
from .headers import check_header_value
from .smtp import Envelope
from .unsubscribe import ONE_CLICK, UnsubscribeLinks


class _CachedHeaderRegistry(headerregistry.HeaderRegistry):
    """The stdlib registry builds a new header class on every lookup (``type(...)`` in
    ``__getitem__``); that was a third of the time spent building a message."""

    def __init__(self) -> None:
        super().__init__()
        self._classes: dict[str, type] = {}

    def __getitem__(self, name: str) -> type:
        key = name.lower()
        if key not in self._classes:
            self._classes[key] = super().__getitem__(name)
        return self._classes[key]


class _MemoPolicy(email_policy.EmailPolicy):
    """Parsing a header value and folding a header are pure functions of the value and the
    policy, and most headers are the same in every message of a run (From, Reply-To,
    MIME-Version, Content-Type, Content-Transfer-Encoding, List-Unsubscribe-Post, often
    Date): each is parsed and folded once, not once per message. Header objects are
    immutable, so sharing them between messages is safe. Building the messages with the
    ``email`` package was 36-42% of the send loop and half of planning 1,000 emails."""

    def header_store_parse(self, name, value):
        if type(value) is not str:
            return super().header_store_parse(name, value)
        key = (id(self), name, value)
        hit = _PARSED.get(key)
        if hit is None:
            if len(_PARSED) > _MEMO_LIMIT:
                _PARSED.clear()
            hit = _PARSED[key] = super().header_store_parse(name, value)
        return hit

    def fold_binary(self, name, value):
        tree = getattr(value, "_parse_tree", None)  # what folding reads, the raw tokens
        if tree is None or not isinstance(value, headerregistry.BaseHeader):
            return super().fold_binary(name, value)
        key = (id(self), name, type(value), str(tree))
        hit = _FOLDED.get(key)
        if hit is None:
            if len(_FOLDED) > _MEMO_LIMIT:
                _FOLDED.clear()
            hit = _FOLDED[key] = super().fold_binary(name, value)
        return hit


_MEMO_LIMIT = 4096  # a run's constant headers and this second's Date; per-person ones cycle
_PARSED: dict = {}
_FOLDED: dict = {}
_HEADERS = _CachedHeaderRegistry()
_SMTP = _MemoPolicy(**{**email_policy.SMTP.__dict__, "refold_source": "none",
                       "header_factory": _HEADERS})
_SMTPUTF8 = _MemoPolicy(**{**email_policy.SMTPUTF8.__dict__, "refold_source": "none",
                           "header_factory": _HEADERS})


@frozen
class BuiltMessage:
    message: EmailMessage
    message_id: str
    envelope: Envelope

    def as_bytes(self) -> bytes:
        return self.message.as_bytes()


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
    msg = EmailMessage(policy=_SMTPUTF8 if smtputf8 else _SMTP)
    when = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    idstring = None
    if idempotency_key:
        idstring = hashlib.sha256(idempotency_key.encode()).hexdigest()[:12]
    message_id = make_msgid(idstring=idstring, domain=sender.ascii_domain)

    # Raw, so it stays on one line: a folded Message-ID is valid but trips real tools.
    msg.set_raw("Message-ID", check_header_value("Message-ID", message_id))
    msg["Date"] = format_datetime(when)
    msg["From"] = _address("From", sender)
    msg["To"] = _address("To", recipient)
    if reply_to is not None and reply_to != sender:
        msg["Reply-To"] = _address("Reply-To", reply_to)
    msg["Subject"] = check_header_value("Subject", subject)
    if unsubscribe is not None:  # None only for a note the user sends to themselves
        lines = [check_header_value("List-Unsubscribe", line)
                 for line in unsubscribe.header_lines()]
        msg.set_raw("List-Unsubscribe", "\n ".join(lines))
        if unsubscribe.one_click:
            msg["List-Unsubscribe-Post"] = ONE_CLICK  # RFC 8058 §3.1: exactly this pair
    for name, value in extra_headers:
        msg[name] = check_header_value(name, value)

    text = body if body.endswith("\n") else body + "\n"
    cte = None if text.isascii() else "quoted-printable"
    msg.set_content(text, subtype="plain", charset="utf-8", cte=cte)

    envelope = Envelope(sender.ascii_addr_spec, (recipient.ascii_addr_spec,), smtputf8)
    return BuiltMessage(msg, message_id, envelope)


def _address(header: str, address: EmailAddress) -> Address:
    check_header_value(header, address.name)
    check_header_value(header, address.local)
    return Address(address.name, address.local, address.ascii_domain)
