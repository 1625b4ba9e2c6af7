"""A number beside the recorded words, in Chinese, Japanese and Korean, that the record gives
otherwise (R4): "創業300年" for notes "創業120年", "2021年のパイソン九州会議" for "パイソン九州会議2023",
"플라스틱을 50%" for "플라스틱 사용량 15% 감축".

Without spaces the word-by-word figure rules (see :mod:`.facts`, :mod:`.quantities`) see
letter pairs, and the pairs beside a number are rarely the ones the record has beside its own.
Here each number is read with its unit (the letter after it: 年, %, 명, 人...; a unit in Latin
letters whole, "40FEU", read with three times the letters around it; a year of four
digits is a year whatever follows) and the letters around it (up to eight on each side, in
its sentence). The message contradicts the record when a number of its own, in a sentence
about the reader, has the unit of a recorded number of another value, and the two share a
word around them: three letters, or two Han letters that are no generic pair and no time
("去年", "작년")."""

from __future__ import annotations

import re
from typing import NamedTuple

from .normalize import cjk_digits

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_AGO = frozenset("前后後来來間间전동ぶ以")
_WINDOW = 8
_SENTENCE_ENDS = "。！？!?\n"
_HAN = re.compile("[\u4e00-\u9fff]{2,}|[\u30a1-\u30fa\u30fc\u4e00-\u9fff]{3,}|"
                  "[\uac00-\ud7a3]{3,}")
# Times are no thing a number counts ("去年 ... 30%" and "去年 ... 15%" may be two things).
_TIMES = frozenset("""去年 今年 明年 前年 昨年 来年 本年 当年 每年 今年度 昨年度 작년 올해 내년 지난해 매년
    年度 年前 年后 年後""".split())
# Dates of another edition than the one remembered (this year's, the next one).
_EDITION = ("今年", "明年", "来年", "下次", "下届", "今度", "次回", "올해", "내년", "다음")
_DATED = frozenset(("year", "月", "年", "월", "년", "日", "일"))
_FIRST = ("我", "弊社", "当社", "私", "저희", "우리", "제가", "저는", "弊店", "当店")
_SECOND = ("您", "你", "様", "さん", "님", "귀사", "御社", "貴社", "先生", "老师")


class _Number(NamedTuple):
    value: str
    unit: str
    start: int
    end: int
    around: str


def _unit(text: str, start: int, end: int, value: str) -> str:
    if len(value) == 4 and value[:2] in ("19", "20"):
        return "year"
    after = text[end:end + 1]
    if text[end + 1:end + 3].lstrip()[:1] in _AGO and after in "年月周週天日時时년개주일":
        return ""  # a time ago or a while ("3年前", "5년 전"): no count of the thing
    if after in "%％":
        return "%"
    code = _CODE.match(text, end)
    if code:
        return code.group()  # a unit written in Latin letters ("40FEU", "12MW", "3 TEU")
    return after if after and not after.isspace() and not after.isdigit() else ""


# A unit in Latin letters right after a number, of two letters or more ("FEU", "MW", "kWh"):
# it says what is counted, so the sentence around it is searched for the shared word.
_CODE = re.compile(r" ?[A-Za-z]{2,5}(?![A-Za-z])")
_CODE_WINDOW = 24


# Scales written after a number: the unit is the letter after them.
_SCALES = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000, "千": 1_000,
           "만": 10_000, "천": 1_000, "억": 100_000_000}


def _numbers(text: str) -> list[_Number]:
    out = []
    for m in _NUMBER.finditer(text):
        start, end = m.span()
        if start and (text[start - 1].isalpha() and text[start - 1].isascii()):
            continue  # part of a Latin name ("Web3")
        value = m.group().replace(",", "")
        scale = _SCALES.get(text[end:end + 1])
        if scale is not None:  # "3万冊" is 30000 books, counted in 冊
            try:
                value = str(round(float(value) * scale))
            except ValueError:
                continue
            end += 1
        unit = _unit(text, start, end, value)
        if not unit:
            continue
        window = _CODE_WINDOW if unit != "year" and len(unit.strip()) > 1 \
            and unit.isascii() else _WINDOW
        unit = unit.strip()
        a = max(0, start - window)
        b = min(len(text), end + 1 + window)
        before, after = text[a:start], text[end + 1:b]
        # Only the number's sentence.
        for c in _SENTENCE_ENDS:
            before = before.rsplit(c, 1)[-1]
            after = after.split(c, 1)[0]
        out.append(_Number(value, unit, start, end, before + "|" + after))
    return out


def _words(around: str, generic: frozenset[str]) -> set[str]:
    """The letter runs of ``around`` that may name the thing counted, cut to pieces."""
    out: set[str] = set()
    for m in _HAN.finditer(around):
        run = m.group()
        for size in (2, 3):
            for i in range(len(run) - size + 1):
                piece = run[i:i + size]
                if size == 2 and (piece in generic or piece in _TIMES
                                  or not all("\u4e00" <= c <= "\u9fff" for c in piece)):
                    continue
                if any(time in piece for time in _TIMES):
                    continue
                out.add(piece)
    return out


def _sentence(text: str, at: int) -> str:
    a = max(text.rfind(c, 0, at) for c in _SENTENCE_ENDS) + 1
    ends = [e for e in (text.find(c, at) for c in _SENTENCE_ENDS) if e >= 0]
    return text[a:min(ends) if ends else len(text)]


def _readers(text: str, at: int) -> bool:
    """Whether the sentence around ``at`` is about the reader (not the sender's alone)."""
    sentence = _sentence(text, at)
    return not any(w in sentence for w in _FIRST) or any(w in sentence for w in _SECOND)


def _another_edition(text: str, at: int) -> bool:
    """Whether the sentence around ``at`` dates another edition than the recorded one
    ("今年のレガッタは10月", "下届展会在5月", "올해는 10월"): a plan, not a date remembered."""
    sentence = _sentence(text, at)
    return any(w in sentence for w in _EDITION)


def clash(text: str, spans: list[tuple[int, int]], notes: str, generic: frozenset[str]
          ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    # Numbers in CJK numerals are read in digits ("存放五年后"); offsets hold, so the quotes
    # come from the texts as written.
    recorded = _numbers(cjk_digits(notes))
    if not recorded:
        return None
    values = {(r.value, r.unit) for r in recorded}
    for said in _numbers(cjk_digits(text)):
        if not any(a <= said.start < b for a, b in spans) or (said.value, said.unit) in values:
            continue
        if said.value in {r.value for r in recorded}:
            continue
        if said.unit in _DATED and _another_edition(text, said.start):
            continue
        mine = None
        for r in recorded:
            if r.unit != said.unit:
                continue
            if mine is None:
                mine = _words(said.around, generic)
                if not mine or not _readers(text, said.start):
                    break
            shared = mine & _words(r.around, generic)
            if shared:
                word = max(shared, key=len)
                return (_quote(text, said, word),), (_quote(notes, r, word),)
    return None


def _quote(text: str, number: _Number, word: str) -> str:
    a = max(0, number.start - _WINDOW)
    b = min(len(text), number.end + 1 + _WINDOW)
    at = text.find(word, a, b)
    if at < 0:
        return text[number.start:number.end + 1]
    start, end = min(at, number.start), max(at + len(word), number.end + 1)
    return text[start:end]
