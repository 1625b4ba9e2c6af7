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
