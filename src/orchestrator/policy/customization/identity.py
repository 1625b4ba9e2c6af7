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

from ..types import ContactFacts
from .normalize import prepare
from .text import Token, is_stop, stem, tokenize

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
                ("name", f"{contact.first_name} {contact.last_name}"),
            ] + fields
        for field, value in fields:
            tokens = tokenize(prepare(value)) if value else []
            if not tokens:
                continue
            self.sequences.append((field, tuple(t.key for t in tokens)))
            for position, t in enumerate(tokens):
                stopword = is_stop(language, t.fold)
                if field != "sender":
                    if not stopword:
                        self.stems.add(stem(language, t.lower))
                        self.stems.add(t.key)
                if field in ("name", "sender") and len(t.key) > 1:
                    (self.capital_singles if stopword else self.singles).setdefault(t.key, field)
                elif field == "company" and position == 0 and not stopword and len(t.key) > 2:
                    # The distinctive head of a company name ("Gatti" of "Gatti Real Estate");
                    # later words are often plain English ("Real" in "Expo Real").
                    self.capital_singles.setdefault(t.key, field)
        self.sequences.sort(key=lambda item: -len(item[1]))


def mask(tokens: list[Token], identity: Identity) -> list[str | None]:
    """The merge field each token belongs to (``None`` for ordinary words)."""
    fields: list[str | None] = [None] * len(tokens)
    keys = [t.key for t in tokens]
    for i, t in enumerate(tokens):
        if t.key == SENTINEL:
            fields[i] = SLOT
    for field, seq in identity.sequences:
        n = len(seq)
        first = seq[0]
        for i in range(len(keys) - n + 1):
            if keys[i] == first and tuple(keys[i:i + n]) == seq and all(
                f is None for f in fields[i:i + n]
            ):
                fields[i:i + n] = [field] * n
    for i, t in enumerate(tokens):
        if fields[i] is None:
            field = identity.singles.get(t.key)
            if field is None and (t.capital or t.upper):
                field = identity.capital_singles.get(t.key)
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
