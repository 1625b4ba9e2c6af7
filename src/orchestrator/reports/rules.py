"""What counts as someone writing to you, as a reply, and as an acceptance.

One place for these rules, so the report, the inbox and campaign logic agree.
"""

from __future__ import annotations

from datetime import timedelta

# A message "replied" when the person wrote within this time, before our next message.
REPLY_WINDOW = timedelta(days=30)

# Inbound touch points that are not the person writing to you: signals, not words.
SIGNAL_KINDS = frozenset({"connection", "follow", "like", "view", "bounce", "auto-reply"})
# Statuses of inbound touch points that are machines answering, not people (RFC 3834
# auto-replies, delivery status notifications), or history from before you started.
NOT_A_PERSON = frozenset({"auto-reply", "bounce", "bounced", "baseline"})
# What waits for an answer in the inbox: they wrote, or invited you with a note.
WAITING_KINDS = frozenset({"message", "dm", "reply", "email", "invitation", "mention",
                           "comment"})


# Inbound touch points that say the person accepted: a LinkedIn connection, a follow on X.
ACCEPT_KINDS = frozenset({"connection", "follow"})


def is_writing(direction: str, kind: str, status: str) -> bool:
    """The person wrote to you (a reply candidate): inbound words from a human."""
    return direction == "in" and kind not in SIGNAL_KINDS and status not in NOT_A_PERSON


def waits_for_answer(direction: str, kind: str, status: str) -> bool:
    return direction == "in" and kind in WAITING_KINDS and status not in NOT_A_PERSON


def is_acceptance(direction: str, kind: str, status: str) -> bool:
    """The person accepted: their connection exists, or they followed (back)."""
    return direction == "in" and (kind in ACCEPT_KINDS or status == "accepted")
