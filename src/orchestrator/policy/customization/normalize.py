"""One comparable form for text, whatever its case, accents or typography.

Messages are typed on phones, pasted from documents and written in several languages, so
before anything is compared we fold it: NFKC (full-width letters, ligatures), one kind of
apostrophe, quote and dash, no zero-width characters, then per word ``casefold`` and the
accents stripped ("Présentation" and "presentation" are the same word; "Straße" becomes
"strasse"). Folding never fails on any unicode input and never changes string length in
:func:`prepare`, so offsets found in the prepared text point into the same characters.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable, Hashable, TypeVar

_T = TypeVar("_T")

# Combining marks (accents) in every block unicode reserves for them.
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# Same-length replacements so offsets survive: typographic apostrophes, quotes and dashes.
_TYPOGRAPHY = str.maketrans(
    {
        "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "\u0060": "'",
        "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"', "\u201e": '"',
        "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
        "\u00a0": " ", "\u202f": " ", "\u2009": " ",
        "\u200b": " ", "\u200c": " ", "\u200d": " ", "\ufeff": " ",
    }
)


def prepare(text: str) -> str:
    """The text with unified typography; same length as the NFC input, so offsets hold."""
    return unicodedata.normalize("NFC", text).translate(_TYPOGRAPHY)


def cjk_digits(text: str) -> str:
    """A number written in CJK characters before a counter ("六名", "六つ", "여섯 명") in
    digits, as the notes may have it ("6名"); same length, so offsets hold (what is read, not
    what is quoted)."""
    return text if text.isascii() else _cjk_numbers(text)


# Chinese/Japanese numerals and Korean native numbers, each the same length as its digits
# (padded with a space), so offsets hold; only before a counter ("六本木", "三条" stay places).
# Tenths said the Chinese and Japanese way ("四成", "三割": 40 %, 30 %) become the percentage
# in digits, two letters for two ("40"), unless the letter starts a word ("成本", "成功").
# "One" is left alone ("一起", "한 번" say no number).
_CJK_DIGITS = {c: str(n) for n, c in enumerate("零一二三四五六七八九")} | {"两": "2"}
_KOREAN_NUMBERS = {"둘": "2", "두": "2", "셋": "3", "세": "3", "넷": "4", "네": "4", "다섯": "5 ",
                   "여섯": "6 ", "일곱": "7 ", "여덟": "8 ", "아홉": "9 "}
_NUMERALS: list = []
_COUNTED = ("(?<![第十百千万零一二三四五六七八九两])([二两三四五六七八九])"
            "(?=[名人个位家款场次支项つ社件年座辆艘头只棵栋棟间所处张匹軒店校种種箱袋亩枚冊羽隻基頭株])")
_KOREAN_COUNTED = ("|(?<![\uac00-\ud7a3])(다섯|여섯|일곱|여덟|아홉|둘|셋|넷|두|세|네)"
                   "(?=\\s?(?:명|개|곳|번|가지|분|팀|기|척|마리|그루|채|권"
                   "|동(?!생|네|안|료|의|시|기|물|아리|창|문|양|작|일|부|쪽)))")
_TENTHS = ("|(?<![第十百千万零一二三四五六七八九两])([一二三四五六七八九])[成割]"
           "(?![本功立员員果绩績熟长長就交为為不])")


def _numerals(tenths: bool) -> re.Pattern[str]:
    """Compiled on first use: most texts never need it. With ``tenths`` ("成" or "割" is in
    the text) it also reads "四成", "三割"; other texts are spared that alternative."""
    if not _NUMERALS:
        _NUMERALS.append(re.compile(_COUNTED + _KOREAN_COUNTED))
        _NUMERALS.append(re.compile(_COUNTED + _KOREAN_COUNTED + _TENTHS))
    return _NUMERALS[tenths]


def _cjk_numbers(text: str) -> str:
    pattern = _numerals("成" in text or "割" in text)
    if not pattern.search(text):
        return text

    def digits(m: re.Match[str]) -> str:
        groups = m.groups()
        han, korean = groups[0], groups[1]
        tenths = groups[2] if len(groups) > 2 else None
        if tenths:  # "四成", "三割": tenths, as the notes write them ("40%")
            return _CJK_DIGITS[tenths] + "0"
        return _CJK_DIGITS[han] if han else _KOREAN_NUMBERS[korean]

    return pattern.sub(digits, text)


def fold(word: str) -> str:
    """Case- and accent-insensitive form of ``word`` (any unicode, never raises)."""
    if word.isascii():
        return word.lower()  # NFKC leaves ASCII as it is, and casefold is lower there
    word = unicodedata.normalize("NFKC", word).casefold()
    if word.isascii():
        return word
    return unicodedata.normalize("NFC", _MARKS.sub("", unicodedata.normalize("NFKD", word)))


def remembered(table: dict, limit: int, key: Hashable, make: Callable[[], _T]) -> _T:
    """``table[key]``, made by ``make()`` on a miss; the table is emptied when it holds
    ``limit`` entries, so a long run's memory does not grow with what it has seen."""
    found = table.get(key)
    if found is None:
        if len(table) >= limit:
            table.clear()
        found = table[key] = make()
    return found
