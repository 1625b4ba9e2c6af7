"""Links a human follows to act on X themselves (assisted delivery).

X's Developer Guidelines allow automated DMs "only after user DMs you first" (docs/platform-rules.md
2d), so a first DM is sent by the person: the orchestrator opens X's compose screen with the
recipient and the reviewed text filled in, and the person presses send. The compose URL
``https://x.com/messages/compose?recipient_id=<id>&text=<text>`` takes the numeric user id
(handles can change; ids cannot).
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from .identity import is_user_id

COMPOSE_URL = "https://x.com/messages/compose"


def compose_dm_link(recipient_id: str, text: str = "") -> str:
    """The X compose-DM link for ``recipient_id`` with ``text`` pre-filled.

    Spaces are encoded as ``%20`` (not ``+``) so the text arrives exactly as reviewed.
    """
    if not is_user_id(recipient_id):
        raise ValueError(f"not an X user id: {recipient_id!r}")
    params = {"recipient_id": recipient_id}
    if text:
        params["text"] = text
    return f"{COMPOSE_URL}?{urlencode(params, quote_via=quote, safe='')}"
