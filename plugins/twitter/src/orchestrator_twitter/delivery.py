"""Sending one reviewed DM through the X API (``api`` mode: the person wrote first).

``POST /2/dm_conversations/with/{participant_id}/messages`` (X API v2, docs/platform-rules.md 2a)
takes the numeric user id. A recipient known only by handle is looked up first with
``GET /2/users/by/username/{username}``; nothing has been sent at that point, so a failed
lookup is transient (try again later) and an unknown handle is permanent.

Outcomes are the core's delivery errors, decided by :meth:`XClient.send_dm`: transient
(nothing went out: refused connection, 429, 503), permanent (X refused it: 403 "does not
accept DMs from you", 404, 400, with X's detail), ambiguous (the body went out and no answer
came back: marked ``unknown``, never re-sent). A token X refuses even after a refresh means
nothing was sent either; it is reported as transient with no back-off, so the draft stays
planned until the user logs in again instead of being written off or marked unknown.

The receipt's ``external_id`` is the ``dm_event_id`` - the id the sync sees for the same
message, so the DM is not recorded twice - and its detail names the conversation.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

from orchestrator.api import (
    OutboundMessage,
    PermanentDeliveryError,
    Receipt,
    TransientDeliveryError,
)

from .errors import XApiError, XAuthError, XNotFound, XRateLimited
from .identity import is_user_id

if TYPE_CHECKING:
    from .channel import TwitterSession


def send_dm(session: "TwitterSession", message: OutboundMessage) -> Receipt:
    client = session.client()
    try:
        participant = _participant_id(session, message)
        sent = client.send_dm(participant, message.text)
    except XAuthError as exc:
        raise TransientDeliveryError(f"not sent: {exc.message} ({exc.hint})",
                                     retry_after=0.0) from None
    except XApiError as exc:  # the token refresh failed: X refused the request unread
        raise TransientDeliveryError(f"not sent: {exc.message}") from None
    detail = f"conversation {sent.dm_conversation_id}" if sent.dm_conversation_id else ""
    if sent.errors:
        notes = "; ".join(p.message for p in sent.errors)
        detail = f"{detail}; X noted: {notes}" if detail else f"X noted: {notes}"
    return Receipt(external_id=sent.dm_event_id, at=datetime.now(timezone.utc), detail=detail)


def _participant_id(session: "TwitterSession", message: OutboundMessage) -> str:
    key = message.recipient.key
    if is_user_id(key):
        return key
    cached = session.resolved.get(key)
    if cached:
        return cached
    handle = key.lstrip("@")
    try:
        user = session.client().user_by_username(handle)
    except XNotFound:
        raise PermanentDeliveryError(f"X has no account @{handle}; nothing was sent") from None
    except XRateLimited as exc:
        raise TransientDeliveryError(f"could not look up @{handle} before sending: {exc.message}",
                                     retry_after=exc.retry_after) from None
    except XApiError as exc:
        raise TransientDeliveryError(f"could not look up @{handle} before sending "
                                     f"({exc.message}); nothing was sent") from None
    except ValueError:
        raise PermanentDeliveryError(f"{message.recipient.display or key} is not an X "
                                     "handle; nothing was sent") from None
    session.resolved[key] = user.id
    session.context.log(f"X: @{handle} is user {user.id}; sending by id")
    return user.id
