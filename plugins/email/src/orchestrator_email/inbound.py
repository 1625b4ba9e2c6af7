"""What an incoming email is: a reply, an auto-reply, a bounce, or just a message.

Pure functions over the raw bytes an IMAP server returns; :mod:`.sync` decides what to
record. The rules:

* a **delivery status notification** (RFC 3464: ``multipart/report;
  report-type=delivery-status``) is a bounce: each ``Final-Recipient`` with its ``Status``
  (``5.x.x`` permanent, ``4.x.x`` temporary) and the Message-ID of the original message,
  from its ``text/rfc822-headers`` or ``message/rfc822`` part;
* an **auto-reply** (RFC 3834 ``Auto-Submitted`` other than ``no``; the ``X-Autoreply``,
  ``X-Autorespond`` and ``Precedence: auto_reply`` headers mail servers still send; an
  out-of-office subject) is recorded, never counted as the person writing back;
* anything else is a person writing; it *answers one of ours* when ``In-Reply-To`` or
  ``References`` holds a Message-ID we sent (the delivery's ``external_id``).

The text kept is the first ``text/plain`` part with quoted lines (``>``) and the "On ...
wrote:" line before them left out, cut at :data:`TEXT_LIMIT` characters.
"""

from __future__ import annotations

import email
import email.policy
import re
from datetime import datetime, timezone
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime

from attrs import frozen

TEXT_LIMIT = 2000
_MSGID = re.compile(r"<[^<>\s]+>")
_STATUS = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")
# Subjects of out-of-office notes from servers that send no Auto-Submitted header.
_OUT_OF_OFFICE = re.compile(
    r"^\s*(out of (the )?office|automatic reply|auto(matic)?[- ]?(reply|response)|"
    r"autoreply|abwesenheitsnotiz|r[ée]ponse automatique|respuesta autom[áa]tica|"
    r"risposta automatica|fuera de la oficina|absence)\b", re.IGNORECASE)
_QUOTE_INTRO = re.compile(r"^(on .{4,200} wrote:|am .{4,200} schrieb .{0,200}:|le .{4,200} a "
                          r"écrit ?:|-+ ?original message ?-+)$", re.IGNORECASE)


@frozen
class Recipient:
    """One recipient of a delivery status notification."""

    address: str
    status: str  # "5.1.1"
    action: str  # "failed", "delayed", ...
    diagnostic: str = ""

    @property
    def permanent(self) -> bool:
        return self.status.startswith("5") or (not self.status and self.action == "failed")


@frozen
class Inbound:
    message_id: str  # "<id@host>", or "" when the message has none
    sender: str  # the From address as written (parsed by the caller)
    sender_name: str
    subject: str
    at: datetime | None  # the Date header, UTC; None when absent or unreadable
    text: str
    answers: tuple[str, ...]  # Message-IDs from In-Reply-To and References, nearest first
    auto_reply: bool = False
    bounce: tuple[Recipient, ...] = ()
    original_ids: tuple[str, ...] = ()  # a bounce: the Message-ID(s) of what bounced

    @property
    def is_bounce(self) -> bool:
        return bool(self.bounce)


def parse(raw: bytes) -> Inbound:
    """Read one message; never raises on what a stranger can put in an email."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    name, address = _sender(msg)
    return Inbound(
        message_id=_first_id(msg.get("Message-ID", "")),
        sender=address, sender_name=name,
        subject=_header_text(msg.get("Subject", "")),
        at=_date(msg.get("Date")),
        text=_body(msg),
        answers=_answers(msg),
        auto_reply=is_auto_reply(msg),
        bounce=_recipients(msg) if _is_dsn(msg) else (),
        original_ids=_original_ids(msg) if _is_dsn(msg) else (),
    )


def is_auto_reply(msg: Message) -> bool:
    auto = str(msg.get("Auto-Submitted", "")).strip().lower()
    if auto and not auto.startswith("no"):
        return True
    if msg.get("X-Autoreply") or msg.get("X-Autorespond") or msg.get("X-Auto-Response-Suppress"):
        return True
    if str(msg.get("Precedence", "")).strip().lower() in ("auto_reply", "auto-reply"):
        return True
    return bool(_OUT_OF_OFFICE.match(_header_text(msg.get("Subject", ""))))


# --- headers ---------------------------------------------------------------------------------


def _header_text(value) -> str:
    from email.header import decode_header, make_header

    if value is None:
        return ""
    try:
        text = str(make_header(decode_header(str(value))))
    except (UnicodeError, LookupError, ValueError, email.errors.HeaderParseError):
        text = str(value)
    return " ".join(text.split())


def _sender(msg: Message) -> tuple[str, str]:
    pairs = getaddresses([str(msg.get("From", ""))])
    for name, address in pairs:
        if "@" in address:
            return _header_text(name), address.strip()
    return "", ""


def _first_id(value) -> str:
    found = _MSGID.findall(str(value or ""))
    return found[0] if found else ""


def _answers(msg: Message) -> tuple[str, ...]:
    ids = _MSGID.findall(str(msg.get("In-Reply-To", "") or ""))
    ids += list(reversed(_MSGID.findall(str(msg.get("References", "") or ""))))
    return tuple(dict.fromkeys(ids))


def _date(value) -> datetime | None:
    if not value:
        return None
    try:
        at = parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
    if at is None:
        return None
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone(timezone.utc)


# --- the text ----------------------------------------------------------------------------


def _body(msg: Message) -> str:
    part = _plain_part(msg)
    if part is None:
        return ""
    try:
        payload = part.get_payload(decode=True) or b""
        text = payload.decode(part.get_content_charset() or "utf-8", errors="replace")
    except (LookupError, AssertionError, TypeError):
        return ""
    lines = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.lstrip().startswith(">"):
            continue
        lines.append(line.rstrip())
    while lines and (not lines[-1].strip() or _QUOTE_INTRO.match(lines[-1].strip())):
        lines.pop()
    return "\n".join(lines).strip()[:TEXT_LIMIT]


def _plain_part(msg: Message) -> Message | None:
    if not msg.is_multipart():
        return msg if msg.get_content_type() in ("text/plain", "text") else None
    for part in msg.walk():
        if part.get_content_type() == "text/plain" and not part.get_filename():
            return part
    return None


# --- delivery status notifications (RFC 3464) ----------------------------------------------


def _is_dsn(msg: Message) -> bool:
    return (msg.get_content_type() == "multipart/report"
            and str(msg.get_param("report-type", "")).lower() == "delivery-status")


def _status_blocks(msg: Message) -> list[Message]:
    for part in msg.walk():
        if part.get_content_type() == "message/delivery-status":
            payload = part.get_payload()
            if isinstance(payload, list):  # the stdlib parses it into header blocks
                return [block for block in payload if isinstance(block, Message)]
            text = payload if isinstance(payload, str) else ""
            return [email.message_from_string(block) for block in re.split(r"\n\s*\n", text)]
    return []


def _recipients(msg: Message) -> tuple[Recipient, ...]:
    found = []
    for block in _status_blocks(msg):
        final = str(block.get("Final-Recipient", "") or block.get("Original-Recipient", ""))
        if not final:
            continue
        address = final.split(";", 1)[-1].strip().strip("<>")
        status = _STATUS.search(str(block.get("Status", "")))
        found.append(Recipient(
            address=address, status=".".join(status.groups()) if status else "",
            action=str(block.get("Action", "")).strip().lower(),
            diagnostic=" ".join(str(block.get("Diagnostic-Code", "")).split())[:500]))
    return tuple(found)


def _original_ids(msg: Message) -> tuple[str, ...]:
    ids: list[str] = []
    for part in msg.walk():
        kind = part.get_content_type()
        if kind == "text/rfc822-headers":
            payload = part.get_payload(decode=True) or b""
            headers = email.message_from_bytes(payload, policy=email.policy.compat32)
            ids.append(_first_id(headers.get("Message-ID", "")))
        elif kind == "message/rfc822":
            payload = part.get_payload()
            inner = payload[0] if isinstance(payload, list) and payload else None
            if isinstance(inner, (Message, EmailMessage)):
                ids.append(_first_id(inner.get("Message-ID", "")))
    return tuple(i for i in dict.fromkeys(ids) if i)
