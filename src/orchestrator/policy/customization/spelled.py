"""Numbers spelled out in words, read as the digits the notes may have.

"quinhentos e quarenta azulejos" for "540 azulejos", "the thirty-two-lever frame" for "the
32-lever frame", "fünfhundertvierzig", "cinquecentoquaranta", "doscientos treinta": a number
of two or more number words (or one compound word, or one word of hundreds) in English,
Spanish, Portuguese, French, Italian or German. :func:`spelled_numbers` writes each as its digits, padded with leading zeros to the
words' length, so offsets hold and the token spans the words (quotes show them as written;
a number's key drops the zeros, see :mod:`.text`).

Left as words: one number word alone ("twelve", read by the count checks), a list ("two or
three", "one, two"), and a round figure ("two hundred stops", "fifteen hundred", "dos mil",
"doscientos socios" may be "over two hundred" of a recorded 212: the count checks read "N
hundred" and "N thousand" with the tolerance a round figure has).
"""

from __future__ import annotations

import re

from .normalize import fold

_UNITS, _TEENS, _TENS, _HUNDREDS, _HUNDRED, _THOUSAND = range(6)


def _table() -> dict[str, tuple[int, int]]:
    table: dict[str, tuple[int, int]] = {}

    def add(kind: int, words: str, values) -> None:
        for word, value in zip(words.split(), values):
            for form in word.split("/"):
                table[fold(form)] = (kind, value)

    units = range(1, 10)
    teens = range(10, 20)
    tens = range(20, 100, 10)
    hundreds = range(100, 1000, 100)
    add(_UNITS, "one two three four five six seven eight nine", units)
    add(_TEENS, "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
                "nineteen", teens)
    add(_TENS, "twenty thirty forty fifty sixty seventy eighty ninety", tens)
    add(_UNITS, "uno/un/una dos tres cuatro cinco seis siete ocho nueve", units)
    add(_TEENS, "diez once doce trece catorce quince dieciséis diecisiete dieciocho "
                "diecinueve", teens)
    add(_TENS, "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa", tens)
    add(_HUNDREDS, "cien doscientos/doscientas trescientos/trescientas "
                   "cuatrocientos/cuatrocientas quinientos/quinientas seiscientos/seiscientas "
                   "setecientos/setecientas ochocientos/ochocientas novecientos/novecientas",
        hundreds)
    add(_UNITS, "um/uma dois/duas três quatro cinco seis sete oito nove", units)
    add(_TEENS, "dez onze doze treze catorze/quatorze quinze dezesseis/dezasseis "
                "dezessete/dezassete dezoito dezenove/dezanove", teens)
    add(_TENS, "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa", tens)
    add(_HUNDREDS, "cem duzentos/duzentas trezentos/trezentas quatrocentos/quatrocentas "
                   "quinhentos/quinhentas seiscentos/seiscentas setecentos/setecentas "
                   "oitocentos/oitocentas novecentos/novecentas", hundreds)
    add(_UNITS, "un/une deux trois quatre cinq six sept huit neuf", units)
    add(_TEENS, "dix onze douze treize quatorze quinze seize", range(10, 17))
    add(_TENS, "vingt/vingts trente quarante cinquante soixante", range(20, 70, 10))
    add(_UNITS, "uno/un due tre quattro cinque sei sette otto nove", units)
    add(_TEENS, "dieci undici dodici tredici quattordici quindici sedici diciassette "
                "diciotto diciannove", teens)
    add(_TENS, "venti/vent trenta/trent quaranta/quarant cinquanta/cinquant "
               "sessanta/sessant settanta/settant ottanta/ottant novanta/novant", tens)
    add(_UNITS, "ein/eins zwei drei vier fünf sechs/sech sieben/sieb acht neun", units)
    add(_TEENS, "zehn elf zwölf", range(10, 13))
    add(_TENS, "zwanzig dreißig/dreissig vierzig fünfzig sechzig siebzig achtzig neunzig",
        tens)
    add(_HUNDRED, "hundred ciento cento/cent hundert", [100] * 4)
    add(_THOUSAND, "thousand mil mille mila tausend", [1000] * 5)
    table[fold("veinti")] = (_TENS, 20)  # "veintidós"
    table[fold("dieci")] = (_TEENS, 10)  # "dieciséis" is in the table; "dieci" + "seis" too
    table["quatre-vingt"] = table["quatre-vingts"] = (_TENS, 80)
    return table


_NUMBER_WORDS: dict[str, tuple[int, int]] = {}
_JOINS = frozenset("and e y et und".split())
_WORD = re.compile(r"[^\W\d_]+")
_COMPOUND: list[re.Pattern[str]] = []
# A piece of every spelled number the module reads (its tens, hundreds or thousands): most
# texts hold none, and are returned at once.
_PIECES = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
           "hundred", "thousand", "veint", "treint", "cuarent", "cincuent", "sesent", "setent",
           "ochent", "novent", "cien", "mil", "vinte", "trint", "quarent", "cinquent",
           "sessent", "oitent", "cem", "cent", "entos", "entas", "vingt", "trente",
           "soixante", "venti", "ventu", "ventot", "trent", "quarant", "settant", "ottant",
           "novant", "zig", "ssig", "ßig", "hundert", "tausend")


def _words() -> dict[str, tuple[int, int]]:
    if not _NUMBER_WORDS:
        for word, entry in _table().items():
            _NUMBER_WORDS[word] = entry
        morphemes = sorted((w for w in _NUMBER_WORDS if "-" not in w), key=len, reverse=True)
        _COMPOUND.append(re.compile("|".join(map(re.escape, ["und", *morphemes]))))
        _COMPOUND.append(re.compile("(?:" + _COMPOUND[0].pattern + ")+"))
    return _NUMBER_WORDS


def _parts_of(word: str) -> list[tuple[int, int]] | None:
    """The parts of a number word: one ("forty") or a word made of several ("fünfhundert-
    vierzig", "cinquecentoquaranta", "vierundzwanzig", "veintidós"); None for other words."""
    entry = _NUMBER_WORDS.get(word)
    if entry is not None:
        return [entry]
    if len(word) < 7 or _COMPOUND[1].fullmatch(word) is None:
        return None
    parts: list[tuple[int, int]] = []
    for m in _COMPOUND[0].finditer(word):
        if m.group() == "und":
            if not parts:
                return None
            parts.append((-1, 0))  # German "und": the tens follow the unit
        else:
            parts.append(_NUMBER_WORDS[m.group()])
    return parts if len(parts) > 1 else None


def _value(parts: list[tuple[int, int]]) -> int | None:
    """The number the parts say, or None when they say none ("two three")."""
    total = current = 0
    previous: int | None = None  # the last part added, which the next must be below
    swap = False
    for kind, value in parts:
        if kind == -1:
            swap = True
            continue
        if kind == _HUNDRED:
            if current >= 20:  # "fifteen hundred", not "ninety cent"
                return None
            current = (current or 1) * 100
            previous = 100
        elif kind == _THOUSAND:
            if total:
                return None
            total, current, previous = (current or 1) * 1000, 0, 1000
        else:
            if previous is not None and value >= previous and not (swap and kind == _TENS):
                return None
            current += value
            previous = 10 if swap else value
            swap = False
    return total + current


def spelled_numbers(text: str) -> str:
    """``text`` with each spelled-out number written in zero-padded digits (see the module)."""
    lowered = text.lower()
    for piece in _PIECES:
        if piece in lowered:
            break
    else:
        return text
    _words()
    words = [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]
    out = list(text)
    k = 0
    while k < len(words):
        start, end, word = words[k]
        if word == "quatre" and k + 1 < len(words) and words[k + 1][2].startswith("vingt") \
                and text[end:words[k + 1][0]] == "-":
            word, end = "quatre-vingt", words[k + 1][1]
            k += 1
        run = _parts_of(word)
        if run is None and word == "a" and k + 1 < len(words) \
                and words[k + 1][2] in ("hundred", "thousand"):
            run = [(_UNITS, 1)]
        if run is None:
            k += 1
            continue
        single = len(run) > 1  # one word of several parts
        last_end, count, j = end, 1, k + 1
        while j < len(words):
            w_start, w_end, w = words[j]
            if text[last_end:w_start] not in (" ", "-"):
                break
            skip = w_end
            if w in _JOINS and j + 1 < len(words) and text[w_end:words[j + 1][0]] == " ":
                j += 1  # "five hundred and forty", "quinhentos e quarenta"
                w_start, w_end, w = words[j]
            more = _parts_of(w)
            if more is None or _value(run + more) is None:
                if skip != w_end:
                    j -= 1  # the join was no part of the number
                break
            run += more
            last_end, count = w_end, count + 1
            j += 1
        value = _value(run)
        worth = count > 1 or single or run[0][0] == _HUNDREDS
        round_figure = run[-1][0] in (_HUNDRED, _THOUSAND) or value is not None and (
            value < 1000 and value % 100 == 0)
        if value and worth and not round_figure:
            out[start:last_end] = str(value).rjust(last_end - start, "0")
        k = max(j, k + 1)
    return "".join(out)
