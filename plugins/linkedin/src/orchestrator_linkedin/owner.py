"""Who the export belongs to, so that each message gets its direction.

``messages.csv`` (2019 on) has no direction column: a message is ``out`` when its sender is
the export's owner. ``Profile.csv`` gives the owner's name but no URL (see :mod:`.profile`),
so the owner's profile is found, in order of reliability, from:

1. the URL the caller gives (``parse_export(path, owner=...)``);
2. ``Invitations.csv``: the inviter of outgoing and the invitee of incoming invitations
   (2024 on), when most rows agree;
3. ``messages.csv``: the ``SENDER PROFILE URL`` of messages whose ``FROM`` is the
   ``Profile.csv`` name;
4. ``messages.csv``: the one participant present in every conversation, when the file lists
   every participant's URL (2023 on) and that participant never wrote under another name
   than the ``Profile.csv`` one.

The owner's name comes from ``Profile.csv``, else from the rows found above, else (2018
exports, which say ``OUTGOING``) from the senders of outgoing messages. Without an owner the
directions of ``messages.csv`` cannot be known and the import fails (in :mod:`.export`)
rather than guess.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from attrs import frozen

from orchestrator.api import Identity

from .invitations import Invitation
from .messages import Message
from .names import name_key


@frozen
class Owner:
    """The export's owner: their name and, when found, their profile; ``how`` says how."""

    name: str
    identity: Identity | None
    how: str

    def sent(self, message: Message) -> bool:
        if message.direction is not None:
            return message.direction == "out"
        if self.identity is not None and message.sender is not None:
            return message.sender.key == self.identity.key
        return bool(self.name) and name_key(message.from_name) == name_key(self.name)

    def is_me(self, identity: Identity | None, name: str = "") -> bool:
        if identity is not None:
            return self.identity is not None and identity.key == self.identity.key
        return bool(self.name) and name_key(name) == name_key(self.name)


def find_owner(given: Identity | None, profile_name: str, invitations: list[Invitation],
               messages: list[Message]) -> Owner | None:
    steps = (
        ("given", lambda: given),
        ("Invitations.csv", lambda: _majority(i.own for i in invitations)),
        ("messages.csv (sender named as in Profile.csv)",
         lambda: _majority(m.sender for m in messages if profile_name
                           and name_key(m.from_name) == name_key(profile_name))),
        ("messages.csv (in every conversation)",
         lambda: _in_every_conversation(messages, profile_name)),
    )
    identity, how = None, ""
    for how, find in steps:
        identity = find()
        if identity is not None:
            break
    name = profile_name or _name_of(identity, invitations, messages)
    if identity is None:
        if not name:
            return None
        how = "Profile.csv" if profile_name else "senders of outgoing messages"
    return Owner(name, identity, how)


def _majority(values: Iterable[Identity | None]) -> Identity | None:
    by_key: dict[str, Identity] = {}
    votes: Counter[str] = Counter()
    for value in values:
        if value is not None:
            by_key.setdefault(value.key, value)
            votes[value.key] += 1
    if not votes:
        return None
    key, count = max(sorted(votes.items()), key=lambda kv: kv[1])
    return by_key[key] if count * 2 > sum(votes.values()) else None


def _in_every_conversation(messages: list[Message], profile_name: str) -> Identity | None:
    """The one profile taking part in every conversation.

    Only sound when the file lists every participant's URL (``RECIPIENT PROFILE URLS``,
    2023 on): before that, someone who never wrote is invisible, and the only profile in a
    single conversation would be the other person's.
    """
    participants: dict[str, set[str]] = {}
    by_key: dict[str, Identity] = {}
    names: dict[str, set[str]] = {}
    for m in messages:
        if not m.conversation_id:
            continue
        if m.recipients is None:
            return None
        people = participants.setdefault(m.conversation_id, set())
        for identity in (m.sender, *m.recipients):
            if identity is not None:
                people.add(identity.key)
                by_key.setdefault(identity.key, identity)
        if m.sender is not None:
            names.setdefault(m.sender.key, set()).add(name_key(m.from_name))
    if not participants:
        return None
    common = sorted(set.intersection(*participants.values()))
    if profile_name:  # someone who wrote under another name is not the owner
        common = [k for k in common if not names.get(k) or name_key(profile_name) in names[k]]
    return by_key[common[0]] if len(common) == 1 else None


def _name_of(identity: Identity | None, invitations: list[Invitation],
             messages: list[Message]) -> str:
    names: Counter[str] = Counter()
    for inv in invitations:
        if identity is not None and inv.own is not None and inv.own.key == identity.key:
            names[inv.own_name] += 1
    for m in messages:
        if m.direction == "out" or (identity is not None and m.sender is not None
                                    and m.sender.key == identity.key):
            names[m.from_name] += 1
    names.pop("", None)
    return max(sorted(names.items()), key=lambda kv: kv[1])[0] if names else ""
