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

Names in Chinese, Japanese or Korean are matched as their character bigrams (see :mod:`.cjk`),
written family name first or last, with or without a space ("王伟", "김 민준"); a one-letter
family name only where an honorific follows it ("王总", "김님"). The bigrams that straddle a
name and the next word ("伟在" in "王伟在上海") belong to the name too: they would otherwise
read as a word of the message.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..types import ContactFacts
from .cjk import CJK_CLASS, FIRST, HONORIFIC_STARTS, is_cjk
from .lexicon import COMMON_WORDS
from .normalize import prepare, remembered
from .text import Token, is_stop, stem, words

MASK = "\x00"
# What a template renders for a merge field, and what an unfilled placeholder becomes.
SENTINEL = "zqz"
SLOT = "slot"
# A CJK bigram that is half a name, half the next word: masked, never quoted as the name.
PART = "part"


class Identity:
    """The merge fields of one draft, ready to mask tokens and to veto details."""

    __slots__ = ("sequences", "singles", "capital_singles", "stems", "cjk", "cjk_singles")

    def __init__(self, contact: ContactFacts | None, sender_name: str, language: str) -> None:
        self.sequences: list[tuple[str, tuple[str, ...]]] = []
        self.singles: dict[str, str] = {}
        self.capital_singles: dict[str, str] = {}
        self.stems: set[str] = set()
        self.cjk_singles: dict[str, str] = {}
        fields = [("sender", sender_name)]
        if contact is not None:
            fields = [
                ("name", contact.first_name), ("name", contact.last_name),
                ("company", contact.company), ("title", contact.title),
            ] + fields
        # A CJK letter in any field is one in all of them put together (one search, not five).
        self.cjk = _has_cjk("".join(value for _, value in fields))
        if self.cjk and contact is not None:
            first, last = contact.first_name.strip(), contact.last_name.strip()
            if first and last:
                fields += [("name", last + first), ("name", first + last)]
            for value in (first, last):
                if len(value) == 1 and is_cjk(value):
                    self.cjk_singles[value.casefold()] = "name"
        sequences, singles, capitals, stems = (self.sequences, self.singles,
                                               self.capital_singles, self.stems)
        for field, value in fields:
            if not value:
                continue
            sequence, single, capital, stemmed = _field(field, value, language)
            if sequence is not None:
                sequences.append(sequence)
            for key in single:
                singles.setdefault(key, field)
            for key in capital:
                capitals.setdefault(key, field)
            stems.update(stemmed)
        self.sequences.sort(key=lambda item: -len(item[1]))


_IDENTITIES: dict[tuple[str, str, str, str, str, str], Identity] = {}
_IDENTITY_LIMIT = 4_096


def identity_for(contact: ContactFacts, sender_name: str, language: str) -> Identity:
    """The :class:`Identity` of a recipient, shared by their drafts (a campaign's steps and
    a plan checked again at preview and send time meet the same people). Identities are
    never changed once built."""
    key = (contact.first_name, contact.last_name, contact.company, contact.title,
           sender_name, language)
    return remembered(_IDENTITIES, _IDENTITY_LIMIT, key,
                      lambda: Identity(contact, sender_name, language))


_FieldParts = tuple[
    "tuple[str, tuple[str, ...]] | None", tuple[str, ...], tuple[str, ...], tuple[str, ...]]


@lru_cache(maxsize=65536)
def _field(field: str, value: str, language: str) -> _FieldParts:
    """What one merge field adds to an identity: its word sequence (for several words, or
    any company, title or CJK name), the keys masked anywhere, the keys masked only where
    capitalized, and the stems that veto details. Titles and companies repeat across a
    batch, so this is computed once per field value."""
    parts = _words(value)
    if not parts:
        return None, (), (), ()
    sequence = None
    if len(parts) > 1 or field not in ("name", "sender") or _has_cjk(value):
        # Single names are masked word by word below, minding capitals.
        sequence = (field, tuple(key for key, _, _ in parts))
    singles: list[str] = []
    capitals: list[str] = []
    stems: list[str] = []
    for position, (key, lower, folded) in enumerate(parts):
        stopword = is_stop(language, folded)
        # A name that is also a word ("Hope", "Will", "Grace") is only masked where it is
        # capitalized, or "hope you're well" would lose a word.
        common = stopword or folded in COMMON_WORDS
        if field != "sender" and not stopword:
            stems.append(key)
            # Names are compared as written (see text.match_key); words of titles and of
            # company names are stemmed too ("nurses" for "ICU Nurse").
            if field == "title" or (field == "company" and position):
                stems.append(stem(language, lower))
        if field in ("name", "sender") and len(key) > 1:
            (capitals if common else singles).append(key)
        elif field == "company" and position == 0 and not stopword and len(key) > 2:
            # The distinctive head of a company name ("Gatti" of "Gatti Real Estate"); later
            # words are often plain English ("Real" in "Expo Real").
            capitals.append(key)
    return sequence, tuple(singles), tuple(capitals), tuple(stems)


_CJK_LETTER: list = []  # compiled on first use: only values that are not ASCII need it


def _has_cjk(value: str) -> bool:
    if value.isascii():
        return False
    if not _CJK_LETTER:
        _CJK_LETTER.append(re.compile(f"[{CJK_CLASS}]"))
    return _CJK_LETTER[0].search(value) is not None


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
        # Each place the field's first word stands (counted first: most drafts never name
        # the title or the sender, and a failed index() raises).
        i = -1
        for _ in range(keys.count(first)):
            i = keys.index(first, i + 1)
            if tuple(keys[i:i + n]) == seq and not any(fields[i:i + n]):
                fields[i:i + n] = [field] * n
    singles, capitals = identity.singles, identity.capital_singles
    for i, t in enumerate(tokens):
        if fields[i] is None:
            field = singles.get(t.key)
            if field is None and (t.capital or t.upper):
                field = capitals.get(t.key)
            fields[i] = field
    if identity.cjk:
        _mask_cjk(tokens, fields, identity)
    return fields


def _mask_cjk(tokens: list[Token], fields: list[str | None], identity: Identity) -> None:
    """A one-letter family name before an honorific, and bigrams straddling a name."""
    singles = identity.cjk_singles
    if singles:
        for i, t in enumerate(tokens):
            key = t.key
            if fields[i] is None and len(key) == 2 and key[0] in singles \
                    and key[1] in HONORIFIC_STARTS:
                fields[i] = singles[key[0]]
    straddling: list[int] = []
    for i, t in enumerate(tokens):
        field = fields[i]
        if field is None or field in (SLOT, PART) or not (t.key >= FIRST and is_cjk(t.key[0])):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(tokens) and fields[j] is None:
                other = tokens[j]
                if other.start < t.end and t.start < other.end:
                    straddling.append(j)
    for j in straddling:
        fields[j] = PART


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
