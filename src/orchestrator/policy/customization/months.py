"""A month that contradicts the record's month for the same occasion.

"Content de vous avoir croisé à Rungis en juin" for notes "Rencontré à Rungis en janvier",
"6月に東京ビッグサイトでお会いし" for "1月に東京ビッグサイトで会った": the message dates a recorded
occasion (a recorded word of its clause, not a generic one) with a month, and the record
dates that occasion with another month (a word of the same clause of the notes, or of a
sentence of the notes that names no other month: "a talk (VDMA, Frankfurt, March 2026)"). Not a
clash (all of these say nothing against the record):

* a month the record gives anywhere ("the June meetup, then Rungis in January");
* a clause of the sender's alone ("we'll be at Rungis again in June"), a question ("on se
  revoit à Rungis en juin ?") or a clause dating another edition ("this year's regatta is
  in October", "今年は10月"): a plan or a proposal, not a memory;
* relative time words ("this year", "last week", "去年"): only named months are compared, so
  a time the record does not fix never clashes.
"""

from __future__ import annotations

import re

from .cjk import FIRST as CJK_FIRST
from .quantities import MONTHS
from .normalize import fold
from .text import Token, stem, tokenize

# Words that are months only in some languages or only written with a capital: English
# "may" is a verb, Italian "mai" means "never"; Spanish and Portuguese "mar" is the sea.
_AMBIGUOUS = frozenset(("may", "mai", "mar", "jan", "feb", "apr", "jun", "jul", "aug", "sep",
                        "oct", "nov", "dec"))
_MAI_LANGUAGES = ("french", "german")
_PRONOUNS = frozenset("i we you he she they it".split())
# A month in Chinese, Japanese or Korean: its number (digits, or Chinese numerals) before
# "月" or "월" ("6月", "六月", "6월"); "6ヶ月", "6개월" (six months) put a counter between.
_CJK_MONTH = re.compile(r"(?<![\d０-９一二三四五六七八九十])(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
                        r"\s?[月월]")
_CJK_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
                 "十": 10, "十一": 11, "十二": 12}
_ENDS = ".!?。！？\n"


def _month_of(t: Token, language: str) -> int | None:
    """The month a Latin-script word names, if it surely names one."""
    folded = t.fold
    month = MONTHS.get(folded)
    if month is None:
        return None
    if folded in _AMBIGUOUS:
        if folded == "mai" and language in _MAI_LANGUAGES:
            return month
        if folded == "may" and t.surface == "May":
            return month
        return None
    return month


def cjk_months(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, int]]:
    """``(month, start, end)`` of each CJK month written between ``start`` and ``end``
    ("四月", "10月", "10월")."""
    found = []
    for m in _CJK_MONTH.finditer(text, start, len(text) if end is None else end):
        number = m.group(1)
        value = int(number) if number.isdigit() else _CJK_NUMERALS.get(number)
        if value:
            found.append((value, m.start(), m.end()))
    return found


def token_at(tokens: list[Token], indices, start: int, end: int) -> int | None:
    """Which of the words at ``indices`` holds, or starts inside, the span ``start:end`` (a
    CJK match among letter pairs)."""
    for i in indices:
        t = tokens[i]
        if t.start <= start < t.end or start <= t.start < end:
            return i
    return None


def _clause_at(tokens: list[Token], position: int) -> int | None:
    for t in tokens:
        if t.end > position:
            return t.clause if t.start <= position + 2 else None
    return None


def _months(text: str, tokens: list[Token], indices, language: str) -> list[tuple[int, int]]:
    """(clause, month) of every month the words at ``indices`` name."""
    found = []
    cjk = False
    for i in indices:
        t = tokens[i]
        if t.fold >= CJK_FIRST or t.number:
            cjk = True
            continue
        month = _month_of(t, language)
        if month is not None and not (t.fold == "may" and i + 1 < len(tokens)
                                      and tokens[i + 1].fold in _PRONOUNS):
            found.append((t.clause, month, i))  # "May I ask" asks
    if cjk and ("月" in text or "월" in text):
        spans = sorted((tokens[i].start, tokens[i].end) for i in indices)
        for month, position, _ in cjk_months(text, spans[0][0], spans[-1][1]):
            for i in indices:
                t = tokens[i]
                if t.start <= position < t.end:
                    found.append((t.clause, month, i))
                    break
    return found


def _recorded_as(u: Token, keys: set[str], languages) -> bool:
    """Whether record word ``u`` is one of the message's matched ``keys``."""
    if u.key in keys:
        return True
    return u.fold < CJK_FIRST and any(stem(lang, u.lower) in keys for lang in languages)


def _reported(tokens: list[Token], a: int, b: int) -> bool:
    """Whether a word that opens a reported clause ("that", "dass", "que") stands between
    words ``a`` and ``b``: "you said in May that the fair..." dates the saying, not the
    fair."""
    for t in tokens[min(a, b) + 1:max(a, b)]:
        if t.fold in _THAT:
            return True
    return False


_THAT = frozenset("that dass que che dat".split())


# Words that date another edition than the one remembered ("this year's regatta is in
# October", "wir sehen uns wieder im Mai", "今年は10月"): the clause plans, it does not recall.
_EDITION_WORDS = frozenset(fold(w) for w in """this next again coming upcoming
    este esta próximo próxima proxima nuevo
    dieses diesen diesem nächste nächsten nächstes kommenden wieder erneut
    cette prochain prochaine prochainement encore
    quest questo questa prossimo prossima nuovo nuovamente
    deste desta novo nova
    dit deze volgend volgende opnieuw weer""".split())
_CJK_EDITION = ("今年", "明年", "来年", "下次", "下届", "今度", "次回", "再来", "올해", "내년", "다음", "다시",
                "再")


def _another_edition(text: str, tokens: list[Token], clause: int, month: int) -> bool:
    """Whether the clause of word ``month`` dates another edition (this year's, the next
    one, again); "this June" right before the month only dates the month."""
    words = [t for n, t in enumerate(tokens) if t.clause == clause and n != month - 1]
    if not words:
        return False
    if any(t.fold in _EDITION_WORDS for t in words):
        return True
    span = text[words[0].start:words[-1].end]
    return any(word in span for word in _CJK_EDITION)


def _question_or_plan(text: str, at: int) -> bool:
    """Whether the sentence holding position ``at`` asks something (ends with "?")."""
    for c in text[at:at + 200]:
        if c in _ENDS:
            return c in "?？"
    return False


def month_clash(text: str, tokens: list[Token], personal: list[int], matches: dict,
                generic, record, language: str, senders_only, find=_months
                ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The message's month for a recorded occasion and the record's other month for it,
    quoted (see the module); None when they agree or nothing ties them. ``find`` reads
    another part of the calendar the same way (see weekdays)."""
    said = find(text, tokens, personal, language)
    if not said:
        return None
    written = record.written
    notes = tokenize(written)
    recorded = find(written, notes, range(len(notes)), record.language or language)
    if not recorded:
        return None
    recorded_months = {month for _, month, _ in recorded}
    languages = record._languages
    for clause, month, i in said:
        if month in recorded_months or senders_only(tokens, clause, i) \
                or _question_or_plan(text, tokens[i].start) \
                or _another_edition(text, tokens, clause, i):
            continue
        # The recorded words of its clause that name the occasion: not generic, no month.
        occasion = [j for j in personal if tokens[j].clause == clause and j in matches
                    and not generic(j) and j != i and not tokens[j].number
                    and not _reported(tokens, i, j)]
        if not occasion:
            continue
        keys = set().union(*(matches[j] for j in occasion))
        for other_clause, other, k in recorded:
            words = [u for u in notes if u.clause == other_clause]
            if not any(_recorded_as(u, keys, languages) for u in words):
                # The occasion elsewhere in the sentence that dates nothing else ("a talk on
                # pump diagnostics (VDMA conference, Frankfurt, March 2026)").
                sentence = notes[k].sentence
                if {m for _, m, n in recorded if notes[n].sentence == sentence} != {other}:
                    continue
                words = [u for u in notes if u.sentence == sentence]
                if not any(_recorded_as(u, keys, languages) for u in words):
                    continue
            near = sorted({i, *occasion})
            quote = text[tokens[near[0]].start:tokens[near[-1]].end]
            return (quote,), (written[words[0].start:words[-1].end],)
    return None
