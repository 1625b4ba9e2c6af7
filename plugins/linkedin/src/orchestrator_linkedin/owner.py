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

The owner's name comes from ``Profile.csv`` (or ``-o owner="Name"``), else - exports of
2019-2022 often come without ``Profile.csv`` and name people only by name - from the name
that is on *your* side of every ``Invitations.csv`` row and on one side of every message
(:func:`name_on_every_row`; then step 3 finds the URL), else from the rows found above, else
(2018 exports, which say ``OUTGOING``) from the senders of outgoing messages. Without an
owner the directions of ``messages.csv`` cannot be known and the import fails (in
:mod:`.export`) rather than guess, saying why (:func:`why_no_owner`).
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from attrs import frozen

from orchestrator.api import Identity

from .invitations import Invitation
from .messages import Message
from .names import PLACEHOLDERS, name_key


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
    detected = ""
    if not profile_name:
        names = name_on_every_row(invitations, messages)
        detected = names[0] if len(names) == 1 else ""
        profile_name = detected
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
        how = ("the name on every invitation and message" if detected
               else "Profile.csv" if profile_name else "senders of outgoing messages")
    return Owner(name, identity, how)


def _runs(joined: str) -> dict[str, str]:
    """Every name a ``TO`` cell may hold (runs of its ``", "``-separated pieces), by key."""
    pieces = joined.split(", ")
    runs = (", ".join(pieces[i:j]) for i in range(len(pieces))
            for j in range(i + 1, min(len(pieces), i + 6) + 1))
    return {name_key(run): run for run in runs}


def _invitation_names(invitations: list[Invitation]) -> dict[str, str] | None:
    """Name key -> name of whoever is on your side of *every* invitation (None: no rows)."""
    if not invitations:
        return None
    keys = {name_key(i.own_name) for i in invitations}
    if len(keys) != 1 or "" in keys:
        return {}
    return {name_key(invitations[0].own_name): invitations[0].own_name}


def _message_names(messages: list[Message]) -> dict[str, str] | None:
    """Name key -> name of whoever is on one side of *every* message (None: no messages)."""
    undirected = [m for m in messages if m.direction is None]
    if not undirected:
        return None
    common: set[str] | None = None
    shown: dict[str, str] = {}
    for m in undirected:
        sides = _runs(m.to)
        sides[name_key(m.from_name)] = m.from_name
        for key, name in sides.items():
            shown.setdefault(key, name)
        common = set(sides) if common is None else common & set(sides)
        if not common:
            return {}
    return {k: shown[k] for k in sorted(common or ()) if k and k not in PLACEHOLDERS}


def name_on_every_row(invitations: list[Invitation], messages: list[Message]) -> list[str]:
    """Names that could be the owner's: on your side of every invitation and on one side of
    every message. One name is the owner; none or several cannot say."""
    by_invitations = _invitation_names(invitations)
    by_messages = _message_names(messages)
    if by_invitations is None and by_messages is None:
        return []
    if by_invitations is None:
        assert by_messages is not None
        return list(by_messages.values())
    if by_messages is None:
        return list(by_invitations.values())
    return [name for key, name in by_invitations.items() if key in by_messages]


def why_no_owner(has_profile: bool, invitations: list[Invitation],
                 messages: list[Message]) -> str:
    """Why :func:`find_owner` found nobody, in one sentence, for the error message."""
    parts = [] if has_profile else ["the export has no Profile.csv"]
    by_invitations = _invitation_names(invitations)
    by_messages = _message_names(messages)
    if by_invitations == {}:
        counts = Counter(i.own_name or "(no name)" for i in invitations)
        named = ", ".join(f"{n!r} on {c} row{'s' if c > 1 else ''}"
                          for n, c in counts.most_common(3))
        parts.append(f"Invitations.csv names different people on your side ({named})")
    elif by_invitations is None:
        parts.append("there is no Invitations.csv")
    if by_messages == {}:
        parts.append("nobody takes part in every conversation of messages.csv")
    elif by_messages and len(by_messages) > 1:
        names = sorted(by_messages.values())
        shown = " and ".join(repr(n) for n in names[:3])
        parts.append(f"{shown} each take part in every conversation of messages.csv")
    elif by_messages and by_invitations:
        parts.append(f"Invitations.csv names {next(iter(by_invitations.values()))!r}, who is "
                     "not in every conversation of messages.csv")
    return "; ".join(parts) or "no file names you"


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
