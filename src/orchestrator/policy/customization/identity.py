"""Merge fields: the recipient's name, company and title, and the sender's name.

These are what any mail merge fills in, so they never count as a detail, and two drafts that
differ only in them are the same text. :func:`mask` marks the tokens of a message that are
merge fields; :func:`masked_sequence` turns a message into the comparable shape used for
template coverage and shared clauses (every run of merge-field tokens becomes one ``MASK``,
so "Hi Ada," and "Hi Mary Ann," compare equal).

Matching is on folded tokens: a whole field wherever it appears ("Head of Digital"), and
single words of names anywhere (greetings are often lower case on X), and the first word of
a company name when capitalized ("Northwave" for "Northwave Telecom", not "key" in "a key
insight" for "Key Partners").
"""

from __future__ import annotations

from functools import lru_cache

from ..types import ContactFacts
from .lexicon import COMMON_WORDS
from .normalize import prepare
from .text import Token, is_stop, stem, words

MASK = "\x00"
# What a template renders for a merge field, and what an unfilled placeholder becomes.
SENTINEL = "zqz"
SLOT = "slot"


class Identity:
    """The merge fields of one draft, ready to mask tokens and to veto details."""

    __slots__ = ("sequences", "singles", "capital_singles", "stems")

    def __init__(self, contact: ContactFacts | None, sender_name: str, language: str) -> None:
        self.sequences: list[tuple[str, tuple[str, ...]]] = []
        self.singles: dict[str, str] = {}
        self.capital_singles: dict[str, str] = {}
        self.stems: set[str] = set()
        fields = [("sender", sender_name)]
        if contact is not None:
            fields = [
                ("name", contact.first_name), ("name", contact.last_name),
                ("company", contact.company), ("title", contact.title),
            ] + fields
        for field, value in fields:
            parts = _words(value)
            if not parts:
                continue
            if len(parts) > 1 or field not in ("name", "sender"):
                # Single names are masked word by word below, minding capitals.
                self.sequences.append((field, tuple(key for key, _, _ in parts)))
            for position, (key, lower, folded) in enumerate(parts):
                stopword = is_stop(language, folded)
                # A name that is also a word ("Hope", "Will", "Grace") is only masked where
                # it is capitalized, or "hope you're well" would lose a word.
                common = stopword or folded in COMMON_WORDS
                if field != "sender" and not stopword:
                    self.stems.add(key)
                    # Names are compared as written (see text.match_key); words of titles
                    # and of company names are stemmed too ("nurses" for "ICU Nurse").
                    if field == "title" or (field == "company" and position):
                        self.stems.add(stem(language, lower))
                if field in ("name", "sender") and len(key) > 1:
                    (self.capital_singles if common else self.singles).setdefault(key, field)
                elif field == "company" and position == 0 and not stopword and len(key) > 2:
                    # The distinctive head of a company name ("Gatti" of "Gatti Real Estate");
                    # later words are often plain English ("Real" in "Expo Real").
                    self.capital_singles.setdefault(key, field)
        self.sequences.sort(key=lambda item: -len(item[1]))


@lru_cache(maxsize=65536)
def _words(value: str) -> tuple[tuple[str, str, str], ...]:
    """``(key, lower, fold)`` of each word of a field; titles and names repeat a lot."""
    return tuple(words(prepare(value))) if value else ()


def mask(tokens: list[Token], identity: Identity) -> list[str | None]:
    """The merge field each token belongs to (``None`` for ordinary words)."""
    keys = [t.key for t in tokens]
    fields: list[str | None] = [SLOT if k == SENTINEL else None for k in keys]
    for field, seq in identity.sequences:
        n, first = len(seq), seq[0]
        i = -1
        while True:
            try:
                i = keys.index(first, i + 1)
            except ValueError:
                break
            if tuple(keys[i:i + n]) == seq and not any(fields[i:i + n]):
                fields[i:i + n] = [field] * n
    singles, capitals = identity.singles, identity.capital_singles
    for i, t in enumerate(tokens):
        if fields[i] is None:
            field = singles.get(t.key)
            if field is None and (t.capital or t.upper):
                field = capitals.get(t.key)
            fields[i] = field
    return fields


def masked_sequence(tokens: list[Token], fields: list[str | None]) -> list[tuple[str, int]]:
    """``(key or MASK, token index)`` with each run of merge-field tokens collapsed to one."""
    out: list[tuple[str, int]] = []
    for i, t in enumerate(tokens):
        if fields[i] is not None:
            if out and out[-1][0] == MASK:
                continue
            out.append((MASK, i))
        else:
            out.append((t.key, i))
    return out
