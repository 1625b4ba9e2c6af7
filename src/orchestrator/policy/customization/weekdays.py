"""A day of the week that contradicts the record's day for the same recurring thing (R4).

"your Thursday baby and toddler group" for notes "hosts a Tuesday baby and toddler group",
"tu curso de torno de los domingos" for "un curso de torno ... los sábados", "每周日在社区教白茶"
for "每周六在社区教白茶": read exactly as months are (see months: the same thing named in the
clause, not the sender's plan, not a question, not another edition), in any of the nine
languages and across them, since a day is a number.
"""

from __future__ import annotations

import re

from .cjk import FIRST as CJK_FIRST
from .months import token_at
from .normalize import fold
from .text import Token

# Monday is 1. Plurals and the forms with an "s" of habit ("sábados", "dienstags", "mardis").
_NAMES = (
    "monday tuesday wednesday thursday friday saturday sunday",
    "lunes martes miércoles jueves viernes sábado domingo",
    "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "lunedì martedì mercoledì giovedì venerdì sabato domenica",
)
WEEKDAYS: dict[str, int] = {fold(form): n for line in _NAMES
                             for n, word in enumerate(line.split(), 1)
                             for form in (word, word + "s")}
WEEKDAYS.update({fold(w): 6 for w in ("sonnabend", "sonnabends", "sábados", "sabati")})
WEEKDAYS.update({fold(w): 7 for w in ("domingos", "domeniche")})
WEEKDAYS.pop("domenica")  # also a given name in Italian: read only after "la", "di", "ogni"
# Portuguese weekdays are ordinals before "feira" ("segunda-feira" is Monday); "sábado",
# "domingo" are the Spanish forms above.
_FEIRA = {fold(w): n for n, w in enumerate("segunda terça quarta quinta sexta".split(), 1)}
_DOMENICA_BEFORE = frozenset(("la", "di", "ogni", "alla", "della", "le"))

# CJK: 周六, 星期六, 礼拜六 (7 is 日 or 天; not "每周一次", once a week); 土曜日, 土曜; 토요일,
# and 토요 starting a word of its own or a market's name ("토요 마르쉐", "토요장터"; never
# 수요, which is "demand").
_CJK_DAY = re.compile(r"(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])(?![次个])|([月火水木金土日])曜|"
                      r"([월화수목금토일])요일|(?<![가-힣])([월화목금토일])요"
                      r"(?=[^가-힣]|장|시장|마켓|모임|예배|미사|학교|$)")
_CJK_VALUES = {c: n for n, c in enumerate("一二三四五六", 1)} | {"日": 7, "天": 7} | {
    c: n for n, c in enumerate("月火水木金土日", 1)} | {
    c: n for n, c in enumerate("월화수목금토일", 1)}
_CJK_VALUES_JA = {c: n for n, c in enumerate("月火水木金土日", 1)}


def _weekday_of(tokens: list[Token], i: int) -> int | None:
    folded = tokens[i].fold
    day = WEEKDAYS.get(folded)
    if day is not None:
        return day
    if folded in _FEIRA and i + 1 < len(tokens) and tokens[i + 1].fold == "feira":
        return _FEIRA[folded]
    if folded == "domenica" and i > 0 and tokens[i - 1].fold in _DOMENICA_BEFORE:
        return 7
    return None


def weekdays_named(text: str, tokens: list[Token], indices, language: str
              ) -> list[tuple[int, int, int]]:
    """(clause, day, index) of every day of the week the words at ``indices`` name."""
    found = []
    cjk = False
    for i in indices:
        t = tokens[i]
        if t.fold >= CJK_FIRST:
            cjk = True
            continue
        day = _weekday_of(tokens, i)
        if day is not None:
            found.append((t.clause, day, i))
    if cjk:
        for m in _CJK_DAY.finditer(text):
            if m.group(1):
                day = _CJK_VALUES[m.group(1)]
            elif m.group(2):
                day = _CJK_VALUES_JA[m.group(2)]
            else:
                day = _CJK_VALUES[m.group(3) or m.group(4)]
            i = token_at(tokens, indices, m.start(), m.end())
            if i is not None:
                found.append((tokens[i].clause, day, i))
    return found


def names_weekday(text: str, folds: frozenset[str]) -> bool:
    """Whether any word of the text (``folds``: its words folded) may name a day of the
    week."""
    if not _DAY_WORDS.isdisjoint(folds):
        return True
    return not text.isascii() and _CJK_DAY.search(text) is not None


_DAY_WORDS = frozenset(WEEKDAYS) | frozenset(_FEIRA) | {"domenica"}
