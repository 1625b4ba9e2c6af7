"""What the record says the reader does not do, have or want, credited to them (R4).

Notes deny as often as they assert: "replaced the window with mouth-blown glass - no float",
"voices Badger (not a puppeteer)", "not interested in TPA outsourcing this year". A message
that matches the denied word ("the window you redid with float glass", "your puppeteering",
"great to hear you're looking to outsource") matches the record's words and says the
opposite of what it holds.

The record side: the first few content words after a denial, within its clause. A word the
record also uses outside any denial is left alone (the record may deny it of one thing and
assert it of another). The message side: a personal word with a denied key, in a clause of
the message that denies nothing itself ("I know float glass is not for you" agrees).
"""

from __future__ import annotations

from .lexicon import NEGATIONS
from .text import Token, is_generic, is_stop, match_key

# The words that deny what follows them, by the record's language. "no" is a denial in
# English, Spanish and Italian, but Portuguese "no" is "in the" ("no RS"); "ne" is French
# only with its "pas", so "pas" is the cue.
_CUES = {
    "english": frozenset("not never without no didn doesn don isn wasn".split()),
    "spanish": frozenset("no nunca sin jamás".split()),
    "german": frozenset("nicht kein keine keinen keinem keiner nie niemals ohne".split()),
    "french": frozenset("pas jamais sans".split()),
    "italian": frozenset("non mai senza".split()),
    "portuguese": frozenset("não nunca sem nem".split()),
}
# How many content words after a cue it denies ("not interested in TPA outsourcing").
_REACH = 3


def denies(tokens: list[Token], language: str) -> bool:
    """Whether a record segment has a denial at all (most have none: nothing else is read)."""
    cues = _CUES.get(language)
    return bool(cues) and any(t.fold in cues for t in tokens)


def denied_words(text: str, tokens: list[Token], flags: list[bool], languages: set[str],
                 language: str) -> tuple[list[tuple[str, frozenset[str]]], set[int]]:
    """``([(as recorded, match keys)], indices of the denied words)`` of a record segment."""
    cues = _CUES[language]
    found: list[tuple[str, frozenset[str]]] = []
    inside: set[int] = set()
    n = len(tokens)
    for i, t in enumerate(tokens):
        if t.fold not in cues or (t.surface[:1].isupper() and i > 0
                                  and tokens[i - 1].clause == t.clause):
            continue  # a word of a title ("'Blu Senza Indaco'"), not a denial
        words: list[int] = []
        for j in range(i + 1, n):
            u = tokens[j]
            if u.clause != t.clause or len(words) == _REACH or u.fold in cues:
                break
            if is_stop(language, u.fold) or u.number:
                continue
            words.append(j)
        inside.update(words)
        keys = {match_key(lang, tokens[j], flags[j]) for j in words for lang in languages
                if not is_generic(language, tokens[j], flags[j])}
        if keys:
            found.append((text[t.start:tokens[words[-1]].end], frozenset(keys)))
    return found, inside


def asserted_words(tokens: list[Token], flags: list[bool], languages: set[str],
                   language: str, denied: set[int]) -> set[str]:
    """The keys of a segment's words outside its denials."""
    return {match_key(lang, u, flags[j]) for j, u in enumerate(tokens) if j not in denied
            for lang in languages if not is_stop(language, u.fold)}


def denied_claim(text: str, tokens: list[Token], personal: list[int], stems: list[str],
                 generic, record) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The message's personal word the record denies (see the module), else None."""
    denying = {tokens[i].clause for i in range(len(tokens)) if tokens[i].fold in NEGATIONS}
    for i in personal:
        t = tokens[i]
        if t.clause in denying or generic(i) or t.number:
            continue
        keys = {t.key, stems[i]} - record.asserted
        for surface, denied in record.denied:
            if not keys.isdisjoint(denied):
                return (t.surface,), (surface,)
    return None
