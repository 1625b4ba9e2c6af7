"""Recognising people the export names without a profile URL, by their name.

Old exports identify people only by display name: ``Invitations.csv`` before 2024, the
recipients of ``messages.csv`` before 2023, everyone in the 2018 ``Messages.csv``, and every
connection before the ``URL`` column appeared (docs/platform-rules.md 1c). A name is not an identity
(two connections may share one, and an identity on a made-up ``linkedin-name`` platform would
merge strangers), so a name is only *resolved* to a person the same export identifies by URL
or email, and only when exactly one such person carries it. Ambiguous and unknown names
resolve to nothing; the caller skips the row with a warning.

Names are compared case-insensitively after NFC normalization with runs of whitespace
collapsed (the 2018 export writes ``Priyanka  Bose`` with two spaces).

``LinkedIn Member`` (and its translations) is what LinkedIn writes for a hidden profile: a
placeholder shared by many people, never a name. It is not indexed, never resolves to
anyone, and never becomes a contact's name.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Callable

from attrs import define, field

PLACEHOLDERS = frozenset({
    "linkedin member", "linkedin-mitglied", "linkedin mitglied", "membre linkedin",
    "miembro de linkedin", "membro do linkedin", "membro di linkedin", "linkedin-lid",
    "linkedin lid",
})


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def is_placeholder(name: str) -> bool:
    """``LinkedIn Member``: a hidden profile, not a person's name."""
    return name_key(name) in PLACEHOLDERS


@define
class NameIndex:
    """Display names -> the person keys (``in/<slug>``, ``email:<address>``) known by them."""

    _people: dict[str, dict[str, str]] = field(factory=dict)  # name -> key -> evidence
    _ambiguous: set[str] = field(factory=set)
    _mentioned: set[str] = field(factory=set)

    def add(self, name: str, person: str, evidence: str) -> None:
        key = name_key(name)
        if key and key not in PLACEHOLDERS:
            self._people.setdefault(key, {}).setdefault(person, evidence)

    def mark_ambiguous(self, name: str) -> None:
        """``name`` belongs to several people even if only one of them has a URL."""
        self._ambiguous.add(name_key(name))

    def mention(self, name: str) -> None:
        """``name`` is someone's whole name, even if they cannot be identified."""
        self._mentioned.add(name_key(name))

    def knows(self, name: str) -> bool:
        """Whether ``name`` is a whole name in this export (for splitting ``TO`` cells)."""
        key = name_key(name)
        return key in self._people or key in self._ambiguous or key in self._mentioned

    def resolve(self, name: str) -> tuple[str, str] | None:
        """(person key, evidence) when exactly one person is known by ``name``."""
        key = name_key(name)
        people = self._people.get(key, {})
        if len(people) != 1 or key in self._ambiguous or key in PLACEHOLDERS:
            return None
        return next(iter(people.items()))

    def why_not(self, name: str) -> str:
        key = name_key(name)
        if key in PLACEHOLDERS:
            return f"{name!r} is LinkedIn's name for a hidden profile, not a person"
        if len(self._people.get(key, {})) > 1 or key in self._ambiguous:
            return f"several people in this export are called {name!r}"
        return f"nobody called {name!r} has a profile URL or email address in this export"


def split_names(joined: str, known: Callable[[str], bool]) -> list[str]:
    """The names in a ``TO`` cell, where ``", "`` both joins names and occurs in them.

    Greedy from the left: the longest run of pieces that is a known name wins; an unknown
    single piece stands alone.
    """
    whole = joined.strip()
    if not whole:
        return []
    if known(whole) or ", " not in whole:
        return [whole]
    pieces = whole.split(", ")
    names: list[str] = []
    i = 0
    while i < len(pieces):
        j = next((j for j in range(len(pieces), i + 1, -1)
                  if known(", ".join(pieces[i:j]))), i + 1)
        names.append(", ".join(pieces[i:j]))
        i = j
    return names
