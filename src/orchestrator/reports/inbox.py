"""``outreach inbox``: nobody who wrote to you waits.

A person waits when they wrote to you - a message, a reply, an invitation with a note - on
some channel and you have not written to them since, on any channel (a message sent by a
plan, confirmed by hand, or logged with ``outreach contacts log --out``). One row per person
and platform, the longest-waiting first.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from attrs import asdict, frozen

from .rules import NOT_A_PERSON, WAITING_KINDS

if TYPE_CHECKING:
    from ..app import App

TEXT_LIMIT = 200


@frozen
class Waiting:
    contact_id: int
    name: str
    platform: str
    kind: str
    at: str  # when they last wrote on this platform
    waiting_since: str  # their first message you have not answered
    text: str
    link: str | None

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TEXT_LIMIT else text[:TEXT_LIMIT - 1] + "…"


def waiting(app: "App") -> list[Waiting]:
    rows = app.ledger.history.unanswered(WAITING_KINDS, NOT_A_PERSON)
    groups: dict[tuple[int, str], list] = {}
    for tp in rows:
        groups.setdefault((tp.contact_id, tp.platform), []).append(tp)
    contacts = {c.id: c for c in app.ledger.contacts.all({cid for cid, _ in groups})}
    links = link_makers(app)
    out = []
    for (contact_id, platform), items in groups.items():
        contact = contacts.get(contact_id)
        if contact is None:
            continue
        first, last = items[0], items[-1]
        identity = contact.identity(platform)
        make_link = links.get(platform)
        out.append(Waiting(
            contact_id=contact_id, name=contact.name or (identity.display if identity else ""),
            platform=platform, kind=last.kind, at=last.at.isoformat(),
            waiting_since=first.at.isoformat(), text=_cut(last.text),
            link=make_link(identity) if make_link and identity else None))
    out.sort(key=lambda w: (w.waiting_since, w.contact_id))
    return out


def link_makers(app: "App"):
    """platform -> the channel's ``conversation_link`` (first channel of each platform)."""
    makers = {}
    for entry in app.plugins.channels:
        platform = entry.value.manifest({}).platform  # the platform never depends on settings
        makers.setdefault(platform, entry.value.conversation_link)
    return makers


def waiting_since(entry: Waiting, now: datetime) -> str:
    """'3 days' - how long someone has waited, for people to read."""
    days = (now - datetime.fromisoformat(entry.waiting_since)).days
    if days <= 0:
        return "today"
    return "1 day" if days == 1 else f"{days} days"
