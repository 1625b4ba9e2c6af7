"""A better result than the record gives: "congrats on winning the Northern Clash!" when the
notes say the team finished second there (R4).

The record states a placing short of a win for the reader ("finished second", "runner-up",
"finalist", "honourable mention", "medalha de prata", "準優勝", "준우승", "亚军"), and says
nowhere that they won; the message credits them with a win ("won", "the national champion",
"first place", "título nacional", "médaille d'or", "優勝", "우승", "冠军") in a clause that
names no other occasion or person (every name in it is the record's or the reader's). That
is a contradiction, quoted from both sides.

Never one when the win is the sender's ("we won the Northern Clash last year"), someone
else's or another occasion's (a name the record does not know in its clause), missed ("so
close to winning", "quase venceram"), or when the message also gives a placing short of a
win ("congrats on second place": it follows the record, or says it in other words). A verb
of winning counts only with what is won in its clause - a contest ("the cup", "the
hackathon") or a word of the record - or alone at the clause end ("congrats on winning!"),
so "you won a big contract" says nothing about a placing. The words are in
:data:`.lexicon.PLACINGS`, :data:`.lexicon.WINS` and :data:`.lexicon.WIN_VERBS`, per
language; the record is read in all of them (notes in one language, message in another).
"""

from __future__ import annotations

import re

from .cjk import CJK_LANGUAGES
from .lexicon import (AWARD_WORDS, CJK_FIRST_PERSON, CONTESTS, FIRST_PERSON, NEAR_MISSES, NEGATIONS,
                      PLACINGS, SECOND_PERSON, WIN_VERBS, WINS)
from .text import Token, tokenize

_WORDY = tuple(language for language in PLACINGS if language not in CJK_LANGUAGES)
_COMPILED: dict[str, re.Pattern[str]] = {}
# Substrings one of which any win of the message contains, to skip the rest cheaply.
_HINTS = ("win", "won", "champ", "victor", "victoi", "triumph", "first", "1st", "gold",
          "title", "top ", "campe", "primer", "gan", "venc", "vit", "primeiro", "1º", "ouro",
          "títul", "titul", "vainq", "gagn", "rempor", "premi", "1re", "1er", "médaille",
          "medaille", "medagli", "medall", "medalh", "titre", "oro", "l'or", "l’or",
          "sieg", "gewinn", "gewonn", "gewann", "platz", "meister", "vinc", "vint", "primo",
          "titolo", "冠军", "夺冠", "第一名", "金牌", "金奖", "一等奖", "获胜", "胜出", "優勝",
          "1位", "金賞", "金メダル", "最優秀賞", "制覇", "우승", "1위", "1등", "금메달", "금상",
          "최우수상")


def _pattern(name: str, pieces) -> re.Pattern[str]:
    pattern = _COMPILED.get(name)
    if pattern is None:
        pattern = _COMPILED[name] = re.compile(
            r"(?<![\w-])(?:" + "|".join(pieces) + r")(?![\w])")
    return pattern


def _placings(language: str) -> re.Pattern[str]:
    return _pattern("p:" + language, PLACINGS[language])


def _wins(language: str) -> re.Pattern[str]:
    return _pattern("w:" + language, WINS[language])


def _verbs(language: str) -> re.Pattern[str]:
    return _pattern("v:" + language, (WIN_VERBS[language],))


def _joined(tokens: list[Token], indices: list[int]) -> tuple[str, list[int]]:
    """The folded words joined by spaces, and the token index at each character."""
    parts, owner = [], []
    for i in indices:
        if parts:
            parts.append(" ")
            owner.append(i)
        parts.append(tokens[i].fold)
        owner.extend([i] * len(tokens[i].fold))
    return "".join(parts), owner


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in spans)


def _occurrences(text: str, word: str) -> list[tuple[int, int]]:
    out, at = [], text.find(word)
    while at >= 0:
        out.append((at, at + len(word)))
        at = text.find(word, at + 1)
    return out


def _record_result(written: str) -> str | None:
    """The placing the record gives short of a win, quoted; None when it gives none or also
    says they won."""
    if not written:
        return None
    placing = None
    for language in CJK_LANGUAGES:
        placed = [span for word in PLACINGS[language] for span in _occurrences(written, word)]
        if placed and placing is None:
            a, b = min(placed)
            placing = written[a:b]
        for word in WINS[language]:
            if any(not _inside(span, placed) for span in _occurrences(written, word)):
                return None  # the record says they won ("優勝", not "準優勝")
    tokens = tokenize(written)
    if tokens:
        folded, owner = _joined(tokens, list(range(len(tokens))))
        placed = []
        for language in _WORDY:
            placed += _spans(_placings(language), folded)
        for language in _WORDY:
            for span in _spans(_wins(language), folded):
                if not _inside(span, placed):
                    return None
            for span in _spans(_verbs(language), folded):
                # "won second place", "won the silver": a placing, not a win.
                if not _inside(span, placed) and not any(
                        span[1] <= a <= span[1] + 16 for a, _ in placed):
                    return None
        if placed and placing is None:
            a, b = min(placed)
            for c, d in sorted(placed):  # "won second" and "second place" overlap
                if c < b:
                    b = max(b, d)
            placing = written[tokens[owner[a]].start:tokens[owner[b - 1]].end]
    return placing


def _award(placing: str) -> bool:
    """Whether the record's placing is a side award ("got the Engineering Inspiration
    award"): winning an award then says the record's result in other words."""
    return any(t.fold in AWARD_WORDS for t in tokenize(placing))


def placing_clash(text: str, tokens: list[Token], personal: list[int], proper: list[bool],
                  matches: dict, record, language: str, veto: set[str] | frozenset[str]
                  ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A win the message credits the reader with, against the record's lesser placing (see
    the module): ``(message's words,), (record's words,)``, else None."""
    if language not in PLACINGS:
        return None
    lowered = text.lower()
    if not any(hint in lowered for hint in _HINTS):
        return None
    if language in CJK_LANGUAGES:
        said = _cjk_win(text, tokens, personal, matches, language)
    else:
        said = _win(text, tokens, personal, proper, matches, language, veto)
    if said is None:
        return None
    recorded = _record_result(record.written)
    if recorded is None:
        return None
    if language not in CJK_LANGUAGES and _award(recorded) and any(
            t.fold in AWARD_WORDS for t in tokenize(said)):
        return None  # "congrats on winning the Engineering Inspiration award"
    return (said,), (recorded,)


def _win(text: str, tokens: list[Token], personal: list[int], proper: list[bool],
         matches: dict, language: str, veto) -> str | None:
    folded_all, _ = _joined(tokens, list(range(len(tokens))))
    if _placings(language).search(folded_all):
        return None  # the message gives a lesser placing too: it follows the record
    clauses: dict[int, list[int]] = {}
    for i in personal:
        clauses.setdefault(tokens[i].clause, []).append(i)
    wins, verbs = _wins(language), _verbs(language)
    for indices in clauses.values():
        folded, owner = _joined(tokens, indices)
        found = [(a, b, False) for a, b in _spans(wins, folded)]
        found += [(a, b, True) for a, b in _spans(verbs, folded)]
        for a, b, verb in sorted(found):
            first = owner[a]
            at = indices.index(first)
            after = indices[at + 1:at + 6]
            if verb and after and not any(
                    tokens[j].fold in CONTESTS or j in matches for j in after):
                continue  # "won a big contract": no contest, nothing of the record
            if verb and at + 1 < len(indices) and tokens[indices[at + 1]].fold in (
                    "over", "me", "us"):
                continue  # "won me over"
            if any(tokens[j].fold in NEAR_MISSES or tokens[j].fold in NEGATIONS
                   for j in indices[max(0, at - 4):at]):
                continue  # "so close to winning", "didn't win"
            person = next((tokens[j].fold for j in reversed(indices[:at])
                           if tokens[j].fold in FIRST_PERSON
                           or tokens[j].fold in SECOND_PERSON), None)
            if person is not None and person in FIRST_PERSON:
                continue  # the sender's win
            if any(proper[j] and j not in matches and tokens[j].key not in veto
                   and not tokens[j].initial for j in indices):
                continue  # another occasion, or someone else's win
            if not any(j in matches for j in indices) and any(
                    proper[j] and j not in matches for j in personal):
                continue
            last = min(len(indices) - 1, at + 4)
            return text[tokens[first].start:tokens[indices[last]].end]
    return None


def _cjk_win(text: str, tokens: list[Token], personal: list[int], matches: dict,
             language: str) -> str | None:
    if any(word in text for word in PLACINGS[language]):
        return None
    clauses: dict[int, list[int]] = {}
    for i in personal:
        clauses.setdefault(tokens[i].clause, []).append(i)
    for indices in clauses.values():
        if not any(j in matches for j in indices):
            continue
        start, end = tokens[indices[0]].start, tokens[indices[-1]].end
        clause = text[start:end]
        for word in WINS[language]:
            at = clause.find(word)
            if at < 0:
                continue
            if any(person in clause[:at] for person in CJK_FIRST_PERSON):
                continue  # the sender's win
            return clause
    return None
