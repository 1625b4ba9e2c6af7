"""``outreach email sync``: replies, auto-replies and bounces in over IMAP, read-only.

Per folder of ``imap_folders`` the plugin's state keeps the folder's ``UIDVALIDITY`` and
the highest UID recorded (key ``imap:USER@HOST:PORT/FOLDER``). A sync reads the messages
after that UID; the first sync of a folder - or one whose ``UIDVALIDITY`` changed, which
makes the old UIDs meaningless - reads the last 90 days instead. Messages are fetched in
batches, and each batch is recorded in one ledger transaction together with the folder's
new highest UID: a connection that drops mid-fetch loses nothing that was recorded, and
the next sync goes on from there. Touch points are keyed by Message-ID, so a message read
twice (a folder re-read after a UIDVALIDITY change, the same mail in two folders) is
recorded once.

What each message becomes (rules in :mod:`.inbound`):

* it answers one of ours (``In-Reply-To``/``References`` holds the Message-ID a delivery
  sent): a ``reply`` of the delivery's contact - an auto-reply is recorded with status
  ``auto-reply``, which the report, the inbox and stop-on-reply do not count as the
  person writing (orchestrator.reports.rules);
* from an address a contact has: a ``message`` (or an auto-reply) of that contact;
* a delivery status notification: a ``bounce`` touch point. A permanent failure (``5.x.x``)
  also marks the delivery ``bounced`` and suppresses that address - not the person's
  other channels; a temporary one (``4.x.x``) is recorded only;
* anything else - a stranger, a newsletter, your own mail - is left alone.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any, Iterator

from attrs import define, field

from orchestrator.api import ConfigError, ContactRecord, Identity, InputError, TouchPoint

from . import imap
from .credentials import Password
from .inbound import Inbound, parse

if TYPE_CHECKING:
    from orchestrator.api import PluginContext

FIRST_SYNC = timedelta(days=90)
FETCH_BATCH = 25
SOURCE = "imap"
# A Date header this far ahead of the clock is not believed (the server's time is used).
FUTURE_SLACK = timedelta(days=1)


@define
class SyncSummary:
    folders: list[str] = field(factory=list)
    read: int = 0
    replies: int = 0
    messages: int = 0
    auto_replies: int = 0
    bounces: int = 0
    suppressed: int = 0
    already: int = 0
    ignored: int = 0
    reset: list[str] = field(factory=list)  # folders re-read after a UIDVALIDITY change

    def line(self) -> str:
        text = (f"Email sync: {self.read} message(s) read in {', '.join(self.folders)}; "
                f"{self.replies} repl{'y' if self.replies == 1 else 'ies'}, "
                f"{self.messages} other message(s), {self.auto_replies} auto-repl"
                f"{'y' if self.auto_replies == 1 else 'ies'}, {self.bounces} bounce(s)")
        if self.suppressed:
            text += f" ({self.suppressed} address(es) suppressed)"
        text += f", {self.ignored} ignored"
        if self.already:
            text += f", {self.already} already recorded"
        for folder in self.reset:
            text += f"; {folder} was renumbered by the server (UIDVALIDITY) and re-read"
        return text + "."

    def as_json(self) -> dict[str, Any]:
        return {"folders": list(self.folders), "read": self.read, "replies": self.replies,
                "messages": self.messages, "auto_replies": self.auto_replies,
                "bounces": self.bounces, "suppressed": self.suppressed,
                "already": self.already, "ignored": self.ignored,
                "uidvalidity_reset": list(self.reset), "message": self.line()}


def password(context: "PluginContext") -> Password:
    value = context.secret("imap_password") or context.secret("password")
    if not value:
        raise ConfigError("no IMAP password",
                          "Set $OUTREACH_IMAP_PASSWORD or run `outreach email login --imap` "
                          "(the SMTP password, $OUTREACH_EMAIL_PASSWORD, is used if it is "
                          "the same).")
    return Password(value)


def sync_for_run(context: "PluginContext") -> str | None:
    """The core's sync before a run: ``None`` when no IMAP server is configured."""
    if not imap.configured(context.settings):
        return None
    return sync(context).line()


def sync(context: "PluginContext", *, session_factory=imap.ImapSession) -> SyncSummary:
    settings = imap.load(context.settings)
    secret = password(context)
    summary = SyncSummary(folders=list(settings.folders))
    own = _own_addresses(context)
    with context.lock("email-sync", wait=30.0):
        session = session_factory(settings, secret)
        try:
            session.connect()
            for folder in settings.folders:
                _folder(context, session, settings, folder, own, summary)
        finally:
            session.close()
    return summary


def _folder(context: "PluginContext", session, settings: imap.ImapSettings, folder: str,
            own: set[str], summary: SyncSummary) -> None:
    key = f"imap:{settings.account}/{folder}"
    cursor = context.state.get(key) or {}
    validity = session.examine(folder)
    if cursor.get("uidvalidity") == validity and "since" not in cursor:
        uids = session.uids_after(int(cursor.get("last_uid", 0)))
    else:
        if cursor.get("uidvalidity") not in (None, validity):
            summary.reset.append(folder)
            cursor = {}
        since = cursor.get("since") or (context.now() - FIRST_SYNC).date().isoformat()
        from datetime import date

        last = int(cursor.get("last_uid", 0))
        uids = [u for u in session.uids_since(date.fromisoformat(since)) if u > last]
        cursor = {"uidvalidity": validity, "last_uid": last, "since": since}
        context.state.set(key, cursor)
    for batch in _chunks(uids, FETCH_BATCH):
        raw = session.fetch(batch)  # a dropped connection raises here: nothing half-recorded
        with context.transaction():
            for uid in batch:
                if uid in raw:
                    _record(context, parse(raw[uid]), folder, own, summary)
            cursor = {**cursor, "last_uid": batch[-1], "at": context.now().isoformat()}
            context.state.set(key, cursor)
        summary.read += len(batch)
    cursor = {k: v for k, v in cursor.items() if k != "since"}  # the folder is caught up
    cursor.setdefault("uidvalidity", validity)
    cursor["at"] = context.now().isoformat()
    context.state.set(key, cursor)


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _own_addresses(context: "PluginContext") -> set[str]:
    settings = context.settings
    keys = set()
    for name in ("from", "reply_to", "username", "imap_username"):
        value = settings.get(name)
        if isinstance(value, str) and "@" in value:
            key = _key(context, value)
            if key:
                keys.add(key)
    return keys


def _key(context: "PluginContext", address: str) -> str | None:
    try:
        return context.normalize_identity("email", address).key
    except InputError:
        return None


def _record(context: "PluginContext", msg: Inbound, folder: str, own: set[str],
            summary: SyncSummary) -> None:
    now = context.now()
    at = msg.at if msg.at is not None and msg.at <= now + FUTURE_SLACK else now
    if msg.is_bounce:
        _bounce(context, msg, at, folder, summary)
        return
    sender = _key(context, msg.sender) if msg.sender else None
    if sender is None or sender in own:
        summary.ignored += 1
        return
    delivery = context.find_delivery("email", msg.answers) if msg.answers else None
    if delivery is not None:
        kind, address = "reply", delivery.recipient_key or sender
        contact_id = context.canonical_id(delivery.contact_id)
        if sender != address and context.find_contact("email", sender) is None:
            context.propose_link(contact_id, Identity(
                "email", sender, msg.sender, SOURCE,
                f"answered our message {delivery.external_id} from this address"),
                f"answered our message {delivery.external_id} from this address")
    else:
        if context.find_contact("email", sender) is None:
            summary.ignored += 1  # a stranger: not ours to record
            return
        kind, address = "message", sender
    touch = TouchPoint(platform="email", kind=kind, direction="in", at=at,
                       status="auto-reply" if msg.auto_reply else "done", text=msg.text,
                       subject=msg.subject, external_id=msg.message_id,
                       source=f"{SOURCE}:{folder}")
    added = context.import_records(SOURCE, [ContactRecord(
        identities=[Identity("email", address)], touchpoints=[touch],
        origin=f"{folder} {msg.message_id}".strip())]).touchpoints
    if not added:
        summary.already += 1
    elif msg.auto_reply:
        summary.auto_replies += 1
    elif kind == "reply":
        summary.replies += 1
    else:
        summary.messages += 1


def _bounce(context: "PluginContext", msg: Inbound, at, folder: str,
            summary: SyncSummary) -> None:
    delivery = context.find_delivery("email", msg.original_ids) if msg.original_ids else None
    for recipient in msg.bounce:
        address = _key(context, recipient.address)
        if delivery is not None and delivery.recipient_key and (
                address is None or len(msg.bounce) == 1):
            address = delivery.recipient_key
        if address is None or (delivery is None and context.find_contact("email", address)
                               is None):
            summary.ignored += 1  # nothing of ours bounced
            continue
        what = f"{recipient.status or recipient.action} {recipient.diagnostic}".strip()
        touch = TouchPoint(platform="email", kind="bounce", direction="in", at=at,
                           status="bounced" if recipient.permanent else "bounce", text=what,
                           subject=msg.subject,
                           external_id=f"{msg.message_id}:{address}" if msg.message_id else "",
                           source=f"{SOURCE}:{folder}")
        added = context.import_records(SOURCE, [ContactRecord(
            identities=[Identity("email", address)], touchpoints=[touch],
            origin=f"{folder} {msg.message_id}".strip())]).touchpoints
        if recipient.permanent:
            if delivery is not None and delivery.state == "sent" and \
                    delivery.recipient_key == address:
                context.bounced(delivery.id, f"bounced: {what}")
                delivery = None  # marked once, even if the DSN names it twice
            if context.suppress("email", address, f"bounced: {what}"):
                summary.suppressed += 1
        if added:
            summary.bounces += 1
        else:
            summary.already += 1
