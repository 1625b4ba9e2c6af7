"""A recorded thing put in another century (R4): "tu tesis sobre los campaneros del siglo
XIX" for notes "tesis sobre campaneros del siglo XVIII", "la sua ricerca sul XVII secolo" for
"sul XVIII secolo".

Spanish, Portuguese, Italian and French write a century in Roman numerals, before or after
its word ("siglo XIX", "século XVIII", "XIX secolo", "XVIIIe siècle"); English and German
write an ordinal, which :mod:`.facts` and :mod:`.editions` compare. The message's century
clashes when a matched word of its clause stands shortly before it, the record names a
century, and never this one.
"""

from __future__ import annotations

import re

from .text import Token, tokenize

_CENTURY_WORDS = frozenset(
    "siglo siglos seculo seculos secolo secoli siecle siecles century centuries".split())
_ROMAN = re.compile(r"([IVXL]{1,6})(?:e|ème|eme|ᵉ|º|°)?$")
_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
_REACH = 5  # words between the matched word and the century it dates


def _roman(surface: str) -> int | None:
    m = _ROMAN.match(surface)
    if m is None:
        return None
    digits = [_VALUES[c] for c in m.group(1)]
    value = sum(-d if d < e else d for d, e in zip(digits, digits[1:] + [0]))
    return value if 1 <= value <= 21 else None


def _centuries(tokens: list[Token]) -> list[tuple[int, int, int]]:
    """(first token, last token, century) of each century written with a Roman numeral."""
    found = []
    for k, t in enumerate(tokens):
        if t.fold not in _CENTURY_WORDS:
            continue
        for j in (k + 1, k - 1):  # "siglo XIX", "XVIIIe siècle"
            if 0 <= j < len(tokens) and tokens[j].clause == t.clause:
                value = _roman(tokens[j].surface)
                if value is not None:
                    found.append((min(j, k), max(j, k), value))
                    break
    return found


def century_clash(text: str, tokens: list[Token], personal: list[int], matches: dict,
                  record) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(the message's century, the record's), when they clash (see the module)."""
    written = record.written
    if not any(word in written.lower() for word in ("sigl", "secul", "sécul", "secol",
                                                     "siècle", "siecle", "centur")):
        return None
    said = [c for c in _centuries(tokens) if c[0] in personal]
    if not said:
        return None
    rtokens = tokenize(written)
    recorded = _centuries(rtokens)
    if not recorded:
        return None
    values = {value for _, _, value in recorded}
    for first, last, value in said:
        if value in values:
            continue
        clause = tokens[first].clause
        if not any(i in matches and tokens[i].clause == clause
                   for i in range(max(0, first - _REACH), first)):
            continue  # a century of something else than the recorded thing
        a, b, _ = recorded[0]
        return ((text[tokens[first].start:tokens[last].end],),
                (written[rtokens[a].start:rtokens[b].end],))
    return None
