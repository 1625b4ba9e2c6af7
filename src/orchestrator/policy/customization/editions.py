"""A recorded occasion given another edition's number (R4): "your keynote at the 12th
AstroFest North" for notes "Gave the keynote at AstroFest North 2023 (11th edition)", "la 5ª
Feria del Queso" for "la 4ª Feria del Queso".

The message writes an ordinal ("12th", "12e", "12ª", "12.", "twelfth", "dodicesima") right
before a name the record holds; the record gives that name another ordinal, right before it
or as "Nth edition" in the sentence naming it. An ordinal the record gives anywhere agrees
(the message may speak of two editions). Chinese, Japanese and Korean write an edition
"第八届", "第6回", "제3회" before the name: compared by the two letters after it.
"""

from __future__ import annotations

import re

from .facts import ORDINAL_WORDS
from .normalize import fold
from .text import Token

# "12th", "12e", "12ème", "12ª", "12º", "12.": digits and an ordinal ending.
_ENDINGS = r"(?:st|nd|rd|th|e|ème|eme|er|re|ª|º|a|o|\.[ªºao]|\.)"  # "5.ª", "12."
_ORDINAL = re.compile(r"(?<![\d.,])(\d{1,3})" + _ENDINGS + r"(?=\s)", re.I)
_EDITION = re.compile(r"(?<![\d.,])(\d{1,3})" + _ENDINGS + r"?\s*(?:edition|édition|edición|"
                      r"edicion|edizione|edição|edicao|ausgabe|auflage)", re.I)
# A sentence, whose end is no ordinal's point ("beim 12. Imkertag").
_DIGIT = re.compile(r"\d")
_SENTENCE = re.compile(r"(?:[^.!?\n]|(?<=\d)\.)+")


def _ordinal_at(text: str, tokens: list[Token], i: int) -> int | None:
    """The ordinal token ``i`` writes, if it is one."""
    t = tokens[i]
    word = ORDINAL_WORDS.get(t.fold)
    if word is not None:
        return word
    m = _ORDINAL.match(text, t.start)
    if m is not None and m.end() >= t.end:
        return int(m.group(1))
    return None


def _recorded_editions(written: str, name: str) -> tuple[set[int], str | None]:
    """Every ordinal of an edition the record writes, and its sentence naming ``name`` with
    another one (quoted)."""
    everywhere = {int(m.group(1)) for m in _EDITION.finditer(written)}
    everywhere |= {int(m.group(1)) for m in _ORDINAL.finditer(written + " ")}
    folded_name = fold(name)
    quoted = None
    for m in _SENTENCE.finditer(written):
        sentence = m.group()
        if folded_name not in fold(sentence):
            continue
        at = fold(sentence).find(folded_name)
        before = _ORDINAL.search(sentence[max(0, at - 8):at] + " ") if at > 0 else None
        if before is not None or _EDITION.search(sentence) is not None:
            quoted = sentence.strip()
    return everywhere, quoted


# CJK editions: 第八届, 第6回, 제3회, and the name after them.
_CJK_EDITION = re.compile(r"第\s?([0-9一二三四五六七八九十百]+)\s?[届屆回期]|제\s?(\d+)\s?회")
_CJK_NUMERALS = {c: n for n, c in enumerate("一二三四五六七八九", 1)}


def _cjk_value(numeral: str) -> int | None:
    """A number in digits or in Chinese numerals up to ninety-nine ("八", "十二", "二十")."""
    if numeral.isdigit():
        return int(numeral)
    if "百" in numeral:
        return None
    tens, _, ones = numeral.partition("十")
    if "十" not in numeral:
        return _CJK_NUMERALS.get(numeral)
    return (_CJK_NUMERALS.get(tens, 0) if tens else 1) * 10 + (_CJK_NUMERALS.get(ones, 0)
                                                               if ones else 0)


def _cjk_editions(text: str) -> list[tuple[int, int, int, str]]:
    """(value, start, end, the two letters after it) of each CJK edition in ``text``."""
    out = []
    for m in _CJK_EDITION.finditer(text):
        value = _cjk_value(m.group(1) or m.group(2))
        after = text[m.end():m.end() + 2].strip()
        if value is not None and len(after) == 2:
            out.append((value, m.start(), m.end(), after))
    return out


def _cjk_edition_clash(text: str, record) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """An edition written 第N届 (第N回, 제N회) before a name the record numbers otherwise."""
    said = _cjk_editions(text)
    if not said:
        return None
    written = record.written
    recorded = _cjk_editions(written)
    values = {value for value, _, _, _ in recorded}
    for value, start, end, name in said:
        if value in values:
            continue
        for _, a, b, other in recorded:
            if other == name:
                return (text[start:end + 4].strip(),), (written[a:b + 6].strip(),)
    return None


def edition_number_clash(text: str, tokens: list[Token], personal: list[int], matches: dict,
                         record, language: str = ""
                         ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The message's edition of a recorded name against the record's (see the module)."""
    if language in ("chinese", "japanese", "korean"):
        return _cjk_edition_clash(text, record)
    written = None
    n = len(tokens)
    for i in personal:
        t = tokens[i]
        if not t.number and t.fold not in ORDINAL_WORDS:
            continue  # the usual case: no ordinal
        said = _ordinal_at(text, tokens, i)
        if said is None:
            continue
        if written is None:
            written = record.written
            if _DIGIT.search(written) is None:
                return None  # the record numbers no edition
        j = i + 1
        if j < n and tokens[j].surface in ("ª", "º") and tokens[j].start <= t.end + 1:
            j += 1  # "5.ª"
        if j + 1 < n and tokens[j].fold in _EDITION_WORDS and tokens[j + 1].fold in _OF:
            j += 2  # "the 12th edition of AstroFest North"
        name = []
        while j < n and tokens[j].clause == tokens[i].clause and tokens[j].capital \
                and j in matches:
            name.append(j)
            j += 1
        if not name:
            continue
        everywhere, quoted = _recorded_editions(
            written, text[tokens[name[0]].start:tokens[name[-1]].end])
        if quoted is not None and said not in everywhere:
            return (text[tokens[i].start:tokens[name[-1]].end],), (quoted,)
    return None


_EDITION_WORDS = frozenset(fold(w) for w in """edition édition edición edizione edição
    ausgabe auflage""".split())
_OF = frozenset("of de di der des du da do del della".split())
