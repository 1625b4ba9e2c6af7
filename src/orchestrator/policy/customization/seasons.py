"""A season that contradicts the record's season for the same thing (R4): "your thread on
laminitis in ponies on autumn grass" for notes "a thread on laminitis in ponies on spring
grass", "la cosecha de otoño" for "the spring harvest". :func:`seasons_named` finds them for
:func:`.months.month_clash`, which reads them as months (the same thing named in the clause,
not a plan, not a question, not another edition), in the nine languages and across them: a
season is a number, spring 1 to winter 4.
"""

from __future__ import annotations

import re

from .cjk import FIRST as CJK_FIRST
from .months import token_at
from .normalize import fold
from .text import Token

# "fall" is a verb and "estate" an English word: autumn and summer in other words only.
_NAMES = (
    ("spring springtime primavera frühling frühjahr printemps primaveril", 1),
    ("summer verano sommer été verão estivo estiva", 2),
    ("autumn otoño herbst automne autunno outono otoñal autunnale", 3),
    ("winter invierno hiver inverno invernal invernale", 4),
)
SEASONS: dict[str, int] = {fold(word): n for words, n in _NAMES for word in words.split()}
# Italian "estate" is summer; in other languages it is a word of its own.
_ITALIAN = {"estate": 2}
# CJK: a season written with a word after it (春季, 秋天, 秋の, 봄); 春 alone is in 青春, 春节.
_CJK_SEASON = re.compile(r"([春夏秋冬])(?:季|天|の|期)|(봄|여름|가을|겨울)")
_CJK_VALUES = {"春": 1, "夏": 2, "秋": 3, "冬": 4, "봄": 1, "여름": 2, "가을": 3, "겨울": 4}


def seasons_named(text: str, tokens: list[Token], indices, language: str
             ) -> list[tuple[int, int, int]]:
    """(clause, season, index) of every season the words at ``indices`` name."""
    found = []
    cjk = False
    for i in indices:
        t = tokens[i]
        if t.fold >= CJK_FIRST:
            cjk = True
            continue
        season = SEASONS.get(t.fold) or (_ITALIAN.get(t.fold) if language == "italian"
                                         else None)
        if season is not None:
            found.append((t.clause, season, i))
    if cjk:
        for m in _CJK_SEASON.finditer(text):
            i = token_at(tokens, indices, m.start(), m.end())
            if i is not None:
                found.append((tokens[i].clause, _CJK_VALUES[m.group(1) or m.group(2)], i))
    return found


def names_season(text: str, folds: frozenset[str]) -> bool:
    """Whether any word of the text (``folds``: its words folded) may name a season."""
    if not _SEASON_WORDS.isdisjoint(folds):
        return True
    return not text.isascii() and _CJK_SEASON.search(text) is not None


_SEASON_WORDS = frozenset(SEASONS) | frozenset(_ITALIAN)
