"""The X channel: first DMs are sent by the human through a compose link; replies may be API.

X's Developer Guidelines allow automated DMs only where the person wrote first
(docs/platform-rules.md 2d), so the manifest makes ``dm`` ``assisted`` and the core switches a draft
to ``api`` only when the ledger shows an inbound DM from that person (the sync records
them). An assisted draft carries X's compose link (links.py) with the reviewed text; the
user sends it and records it with ``outreach confirm``. API drafts go out through one
:class:`~.client.XClient` per run (delivery.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from orchestrator.api import (
    ChannelBase,
    ChannelContext,
    ChannelManifest,
    Contact,
    Identity,
    Mode,
    OutboundMessage,
    Receipt,
    RenderedMessage,
    write_private,
)

from . import manifest as _manifest
from .identity import is_user_id


def compose_link(identity: Identity, text: str) -> str:
    """X's compose screen for a user id; a handle-only contact gets their profile instead."""
    from .links import compose_dm_link

    if is_user_id(identity.key):
        return compose_dm_link(identity.key, text)
    return f"https://x.com/{identity.key.lstrip('@')}"


class TwitterChannel(ChannelBase):
    name = "twitter"

    def manifest(self, settings: Mapping[str, Any]) -> ChannelManifest:
        return _manifest.manifest(settings)

    def problems(self, settings: Mapping[str, Any], step_mode: Mode) -> list[str]:
        if step_mode != "api":
            return []
        from orchestrator.api import ConfigError

        from .config import api_base
        from .connect import logged_in

        found = []
        if not logged_in():
            found.append(f"Log in to X with `outreach twitter login` (or set "
                         f"${_manifest.ACCESS_TOKEN_ENV}) to send replies through the API.")
        try:
            api_base(settings)
        except ConfigError as exc:
            found.append(f"{exc.message}: {exc.hint}")
        return found

    def recipient(self, contact: Contact) -> Identity | None:
        ids = [i for i in contact.identities if i.platform == "twitter"]
        ids.sort(key=lambda i: not is_user_id(i.key))  # the user id survives handle changes
        return ids[0] if ids else None

    def conversation_link(self, identity: Identity) -> str | None:
        """The DM thread with a known user id, else the profile of the handle."""
        if is_user_id(identity.key):
            return f"https://x.com/messages/compose?recipient_id={identity.key}"
        return f"https://x.com/{identity.key.lstrip('@')}"

    def render(self, message: OutboundMessage, settings: Mapping[str, Any]) -> RenderedMessage:
        if message.mode == "api":
            return RenderedMessage(text=message.text, instructions="Sent through the X API "
                                   "(they wrote first).")
        link = compose_link(message.recipient, message.text)
        how = ("Open the link: X opens the conversation with the text filled in; send it."
               if is_user_id(message.recipient.key) else
               "Open their profile, choose Message, paste the text and send.")
        return RenderedMessage(text=message.text, link=link, instructions=how)

    def open(self, context: ChannelContext) -> "TwitterSession":
        return TwitterSession(context)


class TwitterSession:
    """One delivery run: one X client (one HTTP session), created on the first API send.

    The tokens are the user's OAuth 2.0 pair, which a run may refresh and must then save
    (tokens.py), so the client reads and writes them itself rather than through
    ``context.secret``; the context gives the settings and the log.
    """

    def __init__(self, context: ChannelContext) -> None:
        self.context = context
        self._client = None
        self.resolved: dict[str, str] = {}  # handle key -> user id, looked up this run

    def client(self):
        if self._client is None:
            from . import connect
            from .progress import Countdown

            countdown = Countdown(lambda text: self.context.log(text.strip()))
            self._client = connect.open_client(self.context.settings, on_wait=countdown)
        return self._client

    def deliver(self, message: OutboundMessage) -> Receipt:
        from .delivery import send_dm

        return send_dm(self, message)

    def export(self, message: OutboundMessage, directory: Path) -> Path:
        path = directory / f"{message.draft_id}.txt"
        link = compose_link(message.recipient, message.text)
        who = message.recipient.display or message.recipient.key
        write_private(path, f"To: {message.contact.name} ({who})\nLink: {link}\n\n"
                            f"{message.text}\n")
        return path

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
