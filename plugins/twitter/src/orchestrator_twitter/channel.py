"""The X channel: first DMs are sent by the human through a compose link; replies may be API.

X's Developer Guidelines allow automated DMs only where the person wrote first, so the
manifest makes ``dm`` ``assisted`` and the core switches a draft to ``api`` only when the
ledger shows the person wrote first. An assisted draft carries the compose link
(``https://x.com/messages/compose?recipient_id=ID&text=...``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from orchestrator.channels import ChannelManifest, OutboundMessage, Receipt, RenderedMessage
from orchestrator.model import Contact, Identity, Mode
from orchestrator.workspace import write_private

from . import manifest as _manifest


def _numeric(identity: Identity) -> bool:
    return identity.key.isdigit()


def compose_link(identity: Identity, text: str) -> str:
    from urllib.parse import urlencode

    if _numeric(identity):
        return "https://x.com/messages/compose?" + urlencode({"recipient_id": identity.key,
                                                              "text": text})
    return f"https://x.com/{identity.key.lstrip('@')}"


class TwitterChannel:
    name = "twitter"

    def manifest(self, settings: Mapping[str, Any]) -> ChannelManifest:
        return _manifest.manifest(settings)

    def problems(self, settings: Mapping[str, Any], step_mode: Mode) -> list[str]:
        if step_mode != "api":
            return []
        from orchestrator import secrets

        token = secrets.resolve("twitter.access_token", _manifest.ACCESS_TOKEN_ENV)
        if not token:
            return [f"Log in to X with `outreach twitter login` (or set "
                    f"${_manifest.ACCESS_TOKEN_ENV}) to send replies through the API."]
        return []

    def recipient(self, contact: Contact) -> Identity | None:
        ids = [i for i in contact.identities if i.platform == "twitter"]
        ids.sort(key=lambda i: not _numeric(i))  # the user id survives handle changes
        return ids[0] if ids else None

    def render(self, message: OutboundMessage, settings: Mapping[str, Any]) -> RenderedMessage:
        if message.mode == "api":
            return RenderedMessage(text=message.text, instructions="Sent through the X API "
                                   "(they wrote first).")
        link = compose_link(message.recipient, message.text)
        how = ("Open the link: X opens the conversation with the text filled in; send it."
               if _numeric(message.recipient) else
               "Open their profile, choose Message, paste the text and send.")
        return RenderedMessage(text=message.text, link=link, instructions=how)

    def open(self, context) -> "TwitterSession":
        return TwitterSession(context)


class TwitterSession:
    def __init__(self, context) -> None:
        self.context = context
        self._client = None

    def deliver(self, message: OutboundMessage) -> Receipt:
        from .delivery import send_dm

        return send_dm(self, message)

    def export(self, message: OutboundMessage, directory: Path) -> Path:
        path = directory / f"{message.draft_id}.txt"
        link = compose_link(message.recipient, message.text)
        write_private(path, f"To: {message.contact.name} ({message.recipient.display or message.recipient.key})\n"
                            f"Link: {link}\n\n{message.text}\n")
        return path

    def close(self) -> None:
        if self._client is not None:
            close = getattr(self._client, "close", None)
            if callable(close):
                close()
