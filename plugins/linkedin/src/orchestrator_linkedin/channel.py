"""The LinkedIn channel: notes you send yourself, from a queue, never by automation.

LinkedIn's User Agreement (section 8.2) forbids bots that add contacts or send messages, and
LinkedIn offers members no messaging API, so this channel has no ``deliver``: an
``assisted`` draft gives the profile link and the note to paste; an ``export`` draft is
written to a file. ``outreach confirm`` records what the user really sent.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from orchestrator.api import (
    ChannelBase,
    ChannelManifest,
    Contact,
    Identity,
    Mode,
    OutboundMessage,
    PermanentDeliveryError,
    Receipt,
    RenderedMessage,
    write_private,
)

from . import manifest as _manifest

INSTRUCTIONS = {
    "invitation": "Open the profile, choose Connect, then 'Add a note', paste the note and send.",
    "message": "Open the profile, choose Message, paste the text and send.",
    "follow-up": "Open the profile, choose Message, paste the text and send.",
}


def profile_url(identity: Identity) -> str:
    if identity.key.startswith("in/"):
        return f"https://www.linkedin.com/{identity.key}"
    return identity.display or identity.key


class LinkedInChannel(ChannelBase):
    name = "linkedin"

    def manifest(self, settings: Mapping[str, Any]) -> ChannelManifest:
        return _manifest.manifest(settings)

    def problems(self, settings: Mapping[str, Any], step_mode: Mode) -> list[str]:
        account = str(settings.get("account", _manifest.DEFAULT_ACCOUNT)).strip().lower()
        if account not in _manifest.NOTE_LIMIT:
            return ['Set account = "free" or "premium" under [linkedin] in config.toml.']
        return []

    def recipient(self, contact: Contact) -> Identity | None:
        return contact.identity("linkedin")

    def skip_reason(self, context, contact: Contact, kind: str) -> str | None:
        """LinkedIn messages reach 1st-degree connections only; invitations go to others."""
        from .audience import is_connection

        connected = is_connection(context, contact.id)
        if kind in ("message", "follow-up") and not connected:
            return "not a LinkedIn connection (yet)"
        if kind == "invitation" and connected:
            return "already a LinkedIn connection"
        return None

    def conversation_link(self, identity: Identity) -> str | None:
        return profile_url(identity) if identity.key.startswith("in/") else None

    def render(self, message: OutboundMessage, settings: Mapping[str, Any]) -> RenderedMessage:
        return RenderedMessage(
            text=message.text, subject=message.subject, link=profile_url(message.recipient),
            instructions=INSTRUCTIONS.get(message.kind, INSTRUCTIONS["message"]),
        )

    def open(self, context) -> "LinkedInSession":
        return LinkedInSession(context.settings)


class LinkedInSession:
    def __init__(self, settings: Mapping[str, Any]) -> None:
        self.settings = settings

    def deliver(self, message: OutboundMessage) -> Receipt:
        # Unreachable through the core (no kind allows api); kept as a hard stop.
        raise PermanentDeliveryError("LinkedIn forbids automated sending; send it by hand")

    def export(self, message: OutboundMessage, directory: Path) -> Path:
        path = directory / f"{message.draft_id}.txt"
        body = (f"To: {message.contact.name} ({profile_url(message.recipient)})\n"
                f"Kind: {message.kind}\n\n{message.text}\n")
        write_private(path, body)
        return path

    def close(self) -> None:
        pass
