"""The facts a matched detail carries: its year or figure, the kind of thing it names.

A message can name the right occasion or achievement and still get its facts wrong: "the 2021
Women's Euros qualifiers" when the record says the 2023 ones, "2022年の京都大会" for
"2024年の京都大会", "트레일러닝 100K" for "트레일러닝 50K", "Spanish interpreters" for
"Vietnamese interpreters". Another word of it matches, the detail still contradicts the
record (R4). :func:`figure_clash` and :func:`modifier_clash` find these from the words
already matched; they read the record's word positions (see :class:`.record.RecordIndex`),
never the text word by word.

* A *figure* is a year (2023, as in "2023年") or a number with its unit or ordinal suffix
  ("50K", "10km", "12th"). The message's figure clashes when it stands next to matched words
  and the record gives a figure of the same kind next to the same words, while the message's
  own figure is nowhere in the record. A figure the record does not give, a relative date
  ("last year") or a figure beside other words (a second occasion) says nothing against it.
* A *modifier* is a capitalized adjective or a language or nationality ("Victorian",
  "Spanish"): a word that says which kind of thing, not which occasion. It clashes when it
  stands before a matched specific noun that the record gives another such modifier
  ("Spanish interpreters" / "Vietnamese interpreters"); and matched alone, before a noun the
  record does not give ("Victorian stained glass" for "Victorian samplers"), it is only a
  loose word (:func:`loose_modifier`), not a name of the reader's occasion.
* A quoted *title* («La Marée haute», “A Year of Tides”, 《海边的灯塔》) given half right: the
  message quotes one sharing a word with a recorded one but not it (:func:`title_clash`),
  and a hyphenated name with the recorded head and another tail ("quokka-vue" for
  "quokka-ui", :func:`compound_clash`).

Numbers of other shapes (separators, multipliers, units, counters, dates, labels) are read by
:mod:`.quantities`, from :func:`count_clash`.
"""

from __future__ import annotations

import re

from .lexicon import (CJK_FIRST_PERSON, CJK_SECOND_PERSON, FIRST_PERSON, HEARSAY,
                      LANGUAGE_NAMES, NUMBER_WORDS, SECOND_PERSON)
from .cjk import FIRST as CJK_FIRST
from .cjk import GENERIC_BIGRAMS
from .normalize import cjk_digits
from .quantities import APPROXIMATE, MONTHS, NOT_NUMBER, quantity_clash
from .quantities import recorded as recorded_quantities
from .spelled import spelled_numbers
from .text import Token, fold, is_generic, is_stop, stem, tokenize

_REACH = 3  # content words between a figure and the matched words it belongs to
_ORDINALS = frozenset("st nd rd th".split())
# Endings of capitalized adjectives and demonyms ("Victorian", "Japanese", "Spanish",
# "Gothic", "Mexican"): a kind of thing, not a name.
_ADJECTIVE_ENDINGS = ("ian", "ean", "ese", "ish", "ic", "can")


def figure_kind(key: str) -> str | None:
    """``"year"``, ``"ordinal"``, a unit ("k", "km") for a figure's key, else None."""
    if not key or not key[0].isdigit():
        return None
    if key.isdigit():
        return "year" if len(key) == 4 and key[:2] in ("19", "20") else None
    n = 0
    while n < len(key) and (key[n].isdigit() or key[n] in ".,"):
        n += 1
    unit = key[n:]
    if not unit.isascii() or not unit.isalpha() or len(unit) > 3:
        return None
    return "ordinal" if unit in _ORDINALS else unit


def adjective_like(folded: str, proper: bool) -> bool:
    """A language or nationality, or a capitalized word with an adjective's ending."""
    return folded in LANGUAGE_NAMES or (
        proper and len(folded) > 4 and folded.endswith(_ADJECTIVE_ENDINGS))


# What "we" did together with the reader ("we met", "wir haben uns unterhalten"), not the
# sender alone ("I enjoyed the 2021 edition too"); and thanks, for what the reader did for
# "us" ("gracias por reparar nuestro horno de 120 litros").
_TOGETHER = frozenset(fold(w) for w in """met meeting chatted talked spoke discussed
    conversation getroffen kennengelernt unterhalten gesprochen conocimos charlamos
    hablamos coincidimos rencontré rencontrés échangé discuté incontrati conosciuti
    parlato conhecemos conversamos begegnet begegneten encontramos
    thanks thank grateful gracias agradezco agradecemos danke dank merci remercie
    remercions grazie ringrazio obrigado obrigada agradeço""".split())


# Words of the first person in one language that mean something else in another: "uns"
# (German "us", Portuguese "some": "já passaram uns meses"), "mes" (French "my", Spanish and
# Portuguese "month"), "ma" (French "my", Italian "but"), "eu" (Portuguese "I", French "had"),
# "i" (English "I", Italian "the"), "mio" (Italian "my", the German and Spanish "Mio."
# of millions).
_NOT_FIRST_PERSON = {
    "portuguese": frozenset(("uns", "mes", "ma", "mio", "i")),
    "spanish": frozenset(("uns", "mes", "ma", "mio", "i")),
    "italian": frozenset(("ma", "mes", "uns", "i")),
    "french": frozenset(("eu", "uns", "mio", "i")),
    "english": frozenset(("uns", "mes", "ma", "eu", "mio")),
    "german": frozenset(("mes", "ma", "eu", "mio", "i")),
}


def _senders(tokens: list[Token], clause: int, near: int, language: str = "") -> bool:
    """Whether a clause speaks of the sender alone ("I ran the 2021 one too"): not when its
    "we" met, talked or saw each other ("dass wir uns 2019 ... unterhalten haben")."""
    first = second = False
    other = _NOT_FIRST_PERSON.get(language, ())
    start = max(0, near - 12)
    window = tokens[start:near + 12]
    for n, t in enumerate(window):
        if t.clause == clause:
            if t.fold in FIRST_PERSON and t.fold not in other and not _reports(window, n):
                first = True
            second = second or t.fold in SECOND_PERSON or t.fold in _TOGETHER \
                or t.surface in _FORMAL_YOUR
    return first and not second


# The German formal "your" ("Ihre Leistungsprüfung ... ist für uns ein Vorbild"): "ihre" in
# lower case is "her" or "their".
_FORMAL_YOUR = frozenset(("Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"))


def _reports(tokens: list[Token], n: int) -> bool:
    """Whether the first person at ``n`` only reports what they heard or read of the reader
    ("I hear ...", "ich habe gelesen", "j'ai appris", "ho saputo"): an auxiliary between."""
    for t in tokens[n + 1:n + 4]:
        if t.fold in HEARSAY:
            return True
        if t.fold not in _AUXILIARIES:
            return False
    return False


_AUXILIARIES = frozenset(fold(w) for w in """have has had ai avons habe haben hab ho abbiamo
    he hemos tenho temos just recently also ve 've""".split())


# Units a number is written apart from ("50 km", "100 miles", "42 公里").
UNITS = {
    "km": "km", "kms": "km", "kilometers": "km", "kilometres": "km", "kilómetros": "km",
    "kilomètres": "km", "kilometer": "km", "kilometri": "km", "quilômetros": "km",
    "quilómetros": "km", "kilometern": "km", "公里": "km", "キロ": "km", "킬로": "km",
    "k": "k", "mi": "mi", "miles": "mi", "mile": "mi", "millas": "mi", "meilen": "mi",
    "miglia": "mi", "milhas": "mi",
}


# Races named by their distance ("half marathon" is 21 km), so that a figure can contradict
# them ("a 10K" for a recorded half marathon), and the words that halve them.
_RACES = {"marathon": "42", "maraton": "42", "maratona": "42", "marathons": "42",
          "halbmarathon": "21", "halfmarathon": "21", "semimarathon": "21"}
_HALF = frozenset("half semi medio media mezza meia halb demi".split())


def _figure(tokens: list[Token], content: list[int], n: int) -> tuple[str, str] | None:
    """``(kind, value)`` of content word ``n`` as a figure, from its written form ("12e",
    "50K"), the unit written after it ("50 km") or a race it names ("half marathon")."""
    t = tokens[content[n]]
    fold = t.fold
    race = _RACES.get(fold)
    if race is not None:
        half = n > 0 and tokens[content[n - 1]].fold in _HALF
        return "km", "21" if half else race
    kind = figure_kind(fold)
    if kind is None and t.number and n + 1 < len(content):
        unit = tokens[content[n + 1]]
        if unit.clause == t.clause and unit.fold in UNITS:
            kind = UNITS[unit.fold]
    if kind is None:
        return None
    value = fold if kind in ("year", "ordinal") else fold.rstrip("abcdefghijklmnopqrstuvwxyz")
    if kind in _DECADE_ENDINGS and value.endswith("0"):
        return "decade", value[-2:]  # "the 60s" / "1960s", "den 60ern" / "1960ern"
    return ("km" if kind == "k" else kind), value


_DECADE_ENDINGS = frozenset(("s", "er", "ern", "ies"))


def figure_clash(text: str, tokens: list[Token], content: list[int], matches: dict,
                 record) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A year or figure next to matched words that the record gives another one of the same
    kind next to the same words (see the module)."""
    keys = record.keys
    for n, i in enumerate(content):
        t = tokens[i]
        if not (t.fold[:1].isdigit() or t.fold in _RACES) or t.key in keys or t.fold in keys \
                or _decimal_tail(text, t):
            continue
        figure = _figure(tokens, content, n)
        if figure is None:
            continue
        # The matched words around it, in its clause (not its unit, nor another figure), up
        # to a name the record does not give: a figure beside that one dates another
        # occasion ("... ad Alba: ci vediamo al Vinitaly 2025?").
        near_words = []
        for side in (content[n + 1:n + _REACH + 1], content[max(0, n - _REACH):n][::-1]):
            for j in side:
                u = tokens[j]
                if u.clause != t.clause or (j not in matches and u.capital and not u.initial):
                    break
                if j in matches and not u.fold[:1].isdigit() and u.fold not in UNITS \
                        and u.fold not in _HALF:
                    near_words.append(j)
        if not near_words or _senders(tokens, t.clause, i):
            continue
        if figure[0] == "year" and _recorded_year_given(tokens, content, keys, i):
            # The message gives the recorded edition too ("our 2024 regatta ... see you at
            # the 2025 one"): another year is another edition, not a wrong one.
            continue
        near = {k for j in near_words for k in matches[j]}
        recorded = _recorded_figure(record, figure, near)
        if recorded is not None:
            return (_quote(text, tokens, i, near_words),), (recorded,)
    return None


def _decimal_tail(text: str, t: Token) -> bool:
    """Whether a token is the decimals of a number ("2M" of "$1.2M"), no figure of its own
    (quantities reads the whole amount)."""
    return text[t.start - 1:t.start] in (".", ",") and text[t.start - 2:t.start - 1].isdigit()


def _recorded_year_given(tokens: list[Token], content: list[int], keys: dict,
                         said: int) -> bool:
    """Whether another word of the message is a year the record gives."""
    for j in content:
        u = tokens[j]
        if j != said and u.number and figure_kind(u.fold) == "year" and (
                u.key in keys or u.fold in keys):
            return True
    return False


def _recorded_figure(record, said: tuple[str, str], near: set[str]) -> str | None:
    """Another figure of the kind of ``said`` the record writes next to words of ``near``,
    quoted."""
    written = record.written
    if not any(c.isdigit() for c in written) and "arat" not in written.lower():
        return None  # no figure, no race
    tokens = tokenize(written)
    language = record.language or "english"
    content = [n for n, t in enumerate(tokens) if not is_stop(language, t.fold)]
    languages = record._languages
    for n, i in enumerate(content):
        t = tokens[i]
        if not (t.fold[:1].isdigit() or t.fold in _RACES) or _decimal_tail(written, t):
            continue
        figure = _figure(tokens, content, n)
        if figure is None or figure[0] != said[0] or figure[1] == said[1]:
            continue
        beside = [j for j in content[max(0, n - _REACH):n + _REACH + 1]
                  if j != i and tokens[j].clause == t.clause and (
                      tokens[j].key in near
                      or any(stem(lang, tokens[j].lower) in near for lang in languages))]
        if beside:
            return _quote(written, tokens, i, beside)
    return None


def _quote(text: str, tokens: list[Token], figure: int, near: list[int]) -> str:
    """The figure with the matched words beside it: the name it dates when there is one
    ("2021 Women's Euros"), else all of them."""
    names = [j for j in near if tokens[j].capital]
    after = [j for j in names if j > figure]
    indices = [figure, *(after or names or near)]
    if figure + 1 < len(tokens) and tokens[figure + 1].fold in UNITS:
        indices.append(figure + 1)  # "43 km"
    if figure > 0 and tokens[figure - 1].fold in _HALF:
        indices.append(figure - 1)  # "half marathon"
    a, b = min(indices), max(indices)
    # A CJK word is a run of pairs: quote it whole ("트레일러닝", not "레일러닝").
    while a > 0 and tokens[a].fold >= CJK_FIRST and tokens[a - 1].end >= tokens[a].start \
            and tokens[a - 1].fold >= CJK_FIRST:
        a -= 1
    while b + 1 < len(tokens) and tokens[b].fold >= CJK_FIRST \
            and tokens[b + 1].start <= tokens[b].end and tokens[b + 1].fold >= CJK_FIRST:
        b += 1
    return text[tokens[a].start:tokens[b].end]


# Ordinals written as words ("seventh location", "die dritte Filiale", "il quinto negozio"):
# a count the thing has reached. "First" is left out: "your first location" says nothing
# against three.
ORDINAL_WORDS = {
    fold(word): n
    for words in (
        "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth",
        "segundo tercero cuarto quinto sexto séptimo octavo noveno décimo",
        "zweite dritte vierte fünfte sechste siebte achte neunte zehnte",
        "deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième",
        "secondo terzo quarto quinto sesto settimo ottavo nono decimo",
        "segundo terceiro quarto quinto sexto sétimo oitavo nono décimo",
    )
    for n, word in enumerate(words.split(), 2)
} | {fold(w): n for w, n in (("tercer", 3), ("segunda", 2), ("tercera", 3), ("cuarta", 4),
                              ("quinta", 5), ("sexta", 6), ("séptima", 7), ("zweiten", 2),
                              ("dritten", 3), ("vierten", 4), ("fünften", 5), ("sechsten", 6),
                              ("siebten", 7), ("terza", 3), ("terceira", 3))}
# What stands right around a number that is no count of a thing: a price, a share, a time,
# a range or a decimal ("$39", "12%", "9:30", "3-4", "2.5").
_NOT_COUNT_BEFORE = frozenset("$€£¥₩#+-/.,:")
_NOT_COUNT_AFTER = frozenset("%$€£¥₩:/.,-+")


# Counts past twelve written as words ("fifteen food trucks"; the matcher's number words
# stop at twelve).
MORE_NUMBERS = {
    fold(word): n
    for words in (
        "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty",
        "trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte",
        "dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig",
        "treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt",
        "tredici quattordici quindici sedici diciassette diciotto diciannove venti",
        "treze catorze quinze dezesseis dezessete dezoito dezenove vinte",
    )
    for n, word in enumerate(words.split(), 13)
} | {
    # and the tens ("grown to thirty staff", "auf dreißig Mitarbeiter").
    fold(word): n
    for words in (
        "thirty forty fifty sixty seventy eighty ninety",
        "treinta cuarenta cincuenta sesenta setenta ochenta noventa",
        "dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
        "trente quarante cinquante soixante",
        "trenta quaranta cinquanta sessanta settanta ottanta novanta",
        "trinta quarenta cinquenta sessenta setenta oitenta noventa",
    )
    for n, word in zip(range(30, 100, 10), words.split())
}
# Number words the record may count with ("three sites").
NUMBER_HINTS = tuple(NUMBER_WORDS) + tuple(ORDINAL_WORDS) + tuple(MORE_NUMBERS)
# What a count is written as besides digits (a word of digits is ``Token.number``).
_COUNT_WORDS = frozenset(NUMBER_HINTS)


# Units of time: "2 weeks ago", "10 years at", "3年前", "2 hour workshop" say how long or how
# long ago, which a record written earlier gives otherwise without contradicting.
_DURATIONS = frozenset(fold(w) for w in """year years yr yrs month months week weeks day days
    hour hours hr hrs minute minutes min mins second seconds night nights decade decades
    año años mes meses semana semanas día días hora horas minuto minutos noche noches
    jahr jahre jahren monat monate monaten woche wochen tag tage tagen stunde stunden minuten
    nacht nächte an ans année années mois semaine semaines jour jours heure heures nuit nuits
    anno anni mese mesi settimana settimane giorno giorni ora ore minuti notte notti
    ano anos mês semana semanas dia dias hora horas noite noites""".split())
_CJK_DURATIONS = frozenset("年月日天周週時时分秒晩晚夜")


def _duration(tokens: list[Token], i: int) -> bool:
    """Whether the word after the number at ``i`` is a unit of time (not a count of them in
    each period: "90 nights a season", "12 días al año" count nights and days)."""
    if i + 1 >= len(tokens):
        return False
    after = tokens[i + 1].fold
    if after >= CJK_FIRST:
        return after[0] in _CJK_DURATIONS or (after[0] in "个個ヶか" and after[1:2] in "月")
    return after in _DURATIONS and not _per_period(tokens, i + 1)


# "a season", "per year", "al año", "pro Saison": each period a count of time is made in.
_EACH = frozenset(fold(w) for w in "a per each every por al ao cada pro par jede jedes jeden "
                                   "all alla ogni".split())
_PERIODS = frozenset(fold(w) for w in """season year month week temporada año mes semana
    saison année mois semaine stagione anno mese settimana temporada ano mês semana saison
    jahr monat woche""".split())


def _per_period(tokens: list[Token], unit: int) -> bool:
    clause = tokens[unit].clause
    after = [t for t in tokens[unit + 1:unit + 3] if t.clause == clause]
    return len(after) == 2 and after[0].fold in _EACH and after[1].fold in _PERIODS


def _count(text: str, tokens: list[Token], i: int) -> tuple[int, bool] | None:
    """``(value, ordinal)`` of token ``i`` as the count of a thing, else None: a small whole
    number in digits or words ("12", "twelve", "12th", "seventh"), never a year, a price, a
    share or a time."""
    t = tokens[i]
    fold_ = t.fold
    ordinal = ORDINAL_WORDS.get(fold_)
    if ordinal is not None:
        return ordinal, True
    key = t.key
    if fold_ in MORE_NUMBERS:
        key = str(MORE_NUMBERS[fold_])
    if not key.isdigit() or len(key) > 3:
        return None
    before = text[t.start - 1:t.start].strip()
    after = text[t.end:t.end + 1]
    if before and before in _NOT_COUNT_BEFORE or after in _NOT_COUNT_AFTER and after != "." \
            or after == "." and text[t.end + 1:t.end + 2].isdigit():
        return None
    value = int(key)
    if value < 10:
        value += _tens_before(text, tokens, i)  # "sessenta e duas", "sixty-two"
    if value < 2 or _duration(tokens, i):
        return None
    return value, fold_[:1].isdigit() and not fold_.isdigit()  # "12th" (not "0012": see spelled)


# What joins a number word's tens and units ("sessenta e duas", "sesenta y dos").
_NUMBER_AND = frozenset("e y et and und".split())


def _tens_before(text: str, tokens: list[Token], i: int) -> int:
    """The tens written in words before the units at ``i`` ("vinte e três", "soixante-deux",
    "sixty-two"), else 0."""
    j = i - 1
    if j < 0:
        return 0
    if tokens[j].fold in _NUMBER_AND and text[tokens[j].end:tokens[i].start] == " ":
        j -= 1
    elif text[tokens[j].end:tokens[i].start] != "-":
        return 0
    if j < 0 or tokens[j].clause != tokens[i].clause:
        return 0
    tens = MORE_NUMBERS.get(tokens[j].fold, 0)
    return tens if tens >= 20 and tens % 10 == 0 else 0


def _counted(tokens: list[Token], i: int, language: str) -> list[int]:
    """The words a count at ``i`` counts: the next word, or the one after a single content
    word between ("12 sites", "twelve retail sites", "12拠点", "3个冷库": a CJK counter
    between); never across a stop word ("two of your sites")."""
    out = []
    clause = tokens[i].clause
    if i + 1 < len(tokens) and tokens[i + 1].fold >= CJK_FIRST:
        # Without spaces, a counter stands between and the noun may come first ("旅館を3軒",
        # "7軒の旅館"): the pairs around it.
        return [j for j in (i - 2, i - 1, i + 1, i + 2, i + 3)
                if 0 <= j < len(tokens) and tokens[j].clause == clause
                and tokens[j].fold >= CJK_FIRST]
    for j in (i + 1, i + 2):
        if j >= len(tokens) or tokens[j].clause != clause or tokens[j].key.isdigit() \
                or tokens[j].fold in MONTHS:
            break  # "14 November" is a date, not fourteen of something
        out.append(j)
        if tokens[j].fold < CJK_FIRST and is_stop(language, tokens[j].fold):
            break
    return out


def count_clash(text: str, tokens: list[Token], personal: list[int], matches: dict,
                record, language: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A recorded thing counted otherwise: "your twelve sites" for notes "3 sites",
    "全国12拠点" for "3拠点", "your seventh location" for "runs 3 locations". The count
    stands right before the matched noun in the message and right before the same noun in
    the record; the message's number is nowhere in the record. A cardinal clashes with
    another cardinal, an ordinal with a recorded count it exceeds by more than one (the
    next one may be news); numbers before other words (years, prices, times, another
    thing) say nothing."""
    if not matches:
        return None
    keys = record.keys
    counts = _COUNT_WORDS
    # The personal words, stop words too: a number may be one ("sei", "due").
    not_numbers = NOT_NUMBER.get(language, ())
    for i in personal:
        t = tokens[i]
        if not (t.number or t.fold in counts) or t.fold in not_numbers:
            continue
        said = _count(text, tokens, i)
        if said is None or str(said[0]) in keys:
            continue
        # "two hundred stops": a round figure, said of a recorded 212 ("over two hundred")
        scale = _SCALES.get(tokens[i + 1].fold) if i + 1 < len(tokens) else None
        tolerance = 0.34 if i > 0 and tokens[i - 1].fold in APPROXIMATE else 0.0
        if scale is not None:
            said, tolerance = (said[0] * scale, False), 0.34
        # The counted noun, looked for after the record's counts: a merge field's word too
        # ("ferreterías" of a company "Lloret Ferretería" is still what the notes count).
        nouns: dict[int, set[str]] = {}
        counted = _counted(tokens, i, language)
        if len(counted) == 2 and all(j in matches for j in counted):
            # Two recorded words between, the noun after them ("60 chalk grassland species")
            j = counted[-1] + 1
            if j < len(tokens) and tokens[j].clause == t.clause and not tokens[j].number \
                    and not is_stop(language, tokens[j].fold):
                counted.append(j)
        for j in counted:
            u = tokens[j]
            if j in matches or u.fold < CJK_FIRST and not is_stop(language, u.fold):
                nouns[j] = set(matches.get(j) or (u.key, stem(language, u.lower)))
        if not nouns or _senders(tokens, t.clause, i, language) or (
                t.fold < CJK_FIRST and tokens[next(iter(nouns))].fold >= CJK_FIRST
                and _cjk_senders_clause(tokens, t.clause)):
            continue
        # The words after the number first, nearest first: what it counts ("8个冷库").
        for j in sorted(nouns, key=lambda j: (j < i, abs(j - i))):
            # With the rest of the noun on its side ("food trucks"), quoted whole.
            near = set().union(*(keys for k, keys in nouns.items() if (k < i) == (j < i)))
            recorded = _recorded_count(record, said, near, tolerance)
            if recorded is not None:
                noun = tokens[j]
                end = max(t.end, noun.end)
                if j < i and i + 1 < len(tokens) and tokens[i + 1].fold >= CJK_FIRST:
                    end = max(end, tokens[i + 1].start + 1)  # the counter ("旅館を3軒")
                k = j
                while j > i and k + 1 in nouns:  # the rest of the noun ("bike workshops")
                    k += 1
                    end = tokens[k].end
                return (text[min(t.start, noun.start):end],), (recorded,)
    # Numbers of every other shape: separators, multipliers, units, counters, dates, labels
    # (only when the record gives a number at all).
    if not recorded_quantities(record)[2]:
        return None
    return quantity_clash(
        text, tokens, personal, matches, record, language,
        lambda clause, i: _senders(tokens, clause, i, language) or (
            tokens[i].fold < CJK_FIRST and i + 1 < len(tokens)
            and tokens[i + 1].fold >= CJK_FIRST and _cjk_senders_clause(tokens, clause)),
        lambda i: is_generic(language, tokens[i]))


# Words that scale the number before them into a round figure.
_SCALES = {fold(w): n for n, words in ((12, "dozen dozens docena docenas dutzend douzaine "
                                           "douzaines dozzina dozzine duzia duzias"),
                                       (100, "hundred hundreds hundert cento "
                                            "centinaia cem centenas cien cientos"),
                                       (1000, "thousand thousands tausend mille mil"))
           for w in words.split()}


def _recorded_count(record, said: tuple[int, bool], near: set[str],
                    tolerance: float = 0.0) -> str | None:
    """A count the record writes right before a word of ``near`` that ``said`` contradicts
    (off by more than ``tolerance``, a share of the record's: a round figure's), quoted."""
    written = record.written
    prepared = spelled_numbers(cjk_digits(written))  # "三个冷库", "두 곳", "fifteen hundred"
    if not any(c.isdigit() for c in prepared):
        folded = fold(written)
        if not any(w in folded for w in NUMBER_HINTS):
            return None
    tokens = tokenize(prepared)
    languages = record._languages
    language = record.language or "english"
    value, ordinal = said
    not_numbers = NOT_NUMBER.get(language, ())
    for m, t in enumerate(tokens):
        if not (t.key.isdigit() or t.fold in ORDINAL_WORDS or t.fold in MORE_NUMBERS) \
                or t.fold in not_numbers:
            continue
        found = _count(prepared, tokens, m)
        if found is None or abs(found[0] - value) <= tolerance * found[0]:
            continue
        same = [j for j in _counted(tokens, m, language)
                if tokens[j].key in near
                or any(stem(lang, tokens[j].lower) in near for lang in languages)]
        for j in same[:1]:
            u = tokens[j]
            other, other_ordinal = found
            if not (other_ordinal or (ordinal and value <= other + 1)):
                end = max(t.end, tokens[same[-1]].end)
                if m + 1 < len(tokens) and tokens[m + 1].fold >= CJK_FIRST:
                    end = max(end, tokens[m + 1].start + 1)  # the counter ("3軒")
                return written[min(t.start, u.start):end]
    return None


def modifier_clash(text: str, tokens: list[Token], proper: list[bool], content: list[int],
                   matches: dict, generic, message_keys: set[str],
                   record) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A matched specific noun whose kind the message and the record give differently
    ("Spanish interpreters" / "Vietnamese interpreters")."""
    for n in range(1, len(content)):
        head, before = content[n], content[n - 1]
        t = tokens[before]
        if head not in matches or before in matches or generic(head) or before != head - 1 \
                or tokens[head].clause != t.clause or proper[head] \
                or not proper[before] or not adjective_like(t.fold, True) \
                or record.lookup(t.key, {t.key}):
            continue
        for other, seg, pos in _before(record, matches[head]):
            if other not in message_keys and adjective_like(other, True):
                said = text[t.start:tokens[head].end]
                return (said,), (f"{_surface(record, other)} {tokens[head].surface}",)
    return _language_after(text, tokens, content, matches, generic, message_keys, record)


# Endings of the lower-case demonyms and languages of Spanish, Italian, Portuguese, French
# and German ("vietnamita", "coreano", "japonesa", "chinois", "vietnamesisch").
_DEMONYM_ENDINGS = ("ita", "itas", "ano", "anos", "ana", "anas", "esa", "esas", "ese", "esi",
                    "ois", "oise", "ais", "aise", "isch", "ische", "ischen", "iano", "iana",
                    "ien", "ienne")


def _language_after(text: str, tokens: list[Token], content: list[int], matches: dict,
                    generic, message_keys: set[str], record):
    """The same with the language after its noun ("intérpretes de español" / "intérpretes de
    vietnamita"): a language the record does not give, where it gives another one."""
    for n in range(len(content) - 1):
        head, after = content[n], content[n + 1]
        t = tokens[after]
        if t.fold not in LANGUAGE_NAMES or head not in matches or after in matches \
                or generic(head) or tokens[head].clause != t.clause:
            continue
        spots = {(seg, pos + 1) for k in matches[head]
                 for seg, pos in record.positions.get(k, ())}
        for other, places in record.positions.items():
            if other not in message_keys and (other in LANGUAGE_NAMES
                                               or other.endswith(_DEMONYM_ENDINGS)) \
                    and not spots.isdisjoint(places):
                said = text[tokens[head].start:t.end]
                return (said,), (_recorded_pair(record, matches[head], other),)
    return None


def _recorded_pair(record, head: set[str], other: str) -> str:
    """The record's words from a noun (its keys ``head``) to the word after it, as written."""
    written = record.written
    tokens = tokenize(written)
    for m, t in enumerate(tokens):
        if t.key == other:
            for k in range(m - 1, max(-1, m - 4), -1):
                u = tokens[k]
                if u.key in head or any(stem(lang, u.lower) in head
                                        for lang in record._languages):
                    return written[u.start:t.end]
            return t.surface
    return other


def loose_modifier(tokens: list[Token], proper: list[bool], content: list[int], i: int,
                   matches: dict, generic, message_keys: set[str], record) -> bool:
    """Whether matched word ``i`` is an adjective that only says which kind of thing
    ("Victorian"), followed by a noun the record does not give, where the record follows it
    with another: one loose word, not a name ("Victorian stained glass" / "Victorian
    samplers")."""
    t = tokens[i]
    if not adjective_like(t.fold, proper[i]):
        return False
    at = content.index(i)
    if at + 1 >= len(content):
        return False
    after = content[at + 1]
    if after in matches or proper[after] or generic(after) or tokens[after].clause != t.clause:
        return False
    spots = {p for k in matches[i] for p in record.positions.get(k, ())}
    for other, places in record.positions.items():
        if other in message_keys or other in record.proper:
            continue
        if any((seg, pos - 1) in spots for seg, pos in places):
            return True
    return False


def _before(record, keys) -> list[tuple[str, int, int]]:
    """``(key, segment, position)`` of the recorded words right before any of ``keys``."""
    spots = {(seg, pos - 1) for k in keys for seg, pos in record.positions.get(k, ())}
    if not spots:
        return []
    return [(other, seg, pos) for other, places in record.positions.items()
            for seg, pos in places if (seg, pos) in spots]


def _surface(record, key: str) -> str:
    """A recorded word as written (names keep their capitals)."""
    for t in tokenize(record.written):
        if t.key == key:
            return t.surface
    return key


# Characters that join words rather than belong to a noun ("上海的", "关于冷链", "聊到"):
# never a head, nor part of a kind.
_JOINERS = frozenset("的是了和与及之于对从也都就把被在里上中过到关聊讲说给向跟同为"
                     "做用搞弄办"  # light verbs: "用 GridPulse 做负荷预测" is no kind of "负荷"
                     "のをはがでにへとやもからまよねした")


# What a kind is told apart in: a class, course, club, exhibition, contest or festival
# ("陶艺课" / "书法课", "陶芸教室" / "書道教室"). The modifier of anything else ("动力电池" /
# "汽车电池") is as often a paraphrase as another thing.
_KIND_HEADS = frozenset("课課班教讲講展赛賽社团團队隊节節")


def _han(text: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in text)


def cjk_kind_clash(text: str, tokens: list[Token], content: list[int], matches: dict,
                   generic, record) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """In Chinese and Japanese, the kind of a recorded thing changed in front of its head
    character ("陶艺课" for "书法课", "陶芸教室" for "書道教室"): two characters the record does
    not hold before a head it writes after two others the message does not hold, in a clause
    that names the recorded occasion ("在社区中心教的陶艺课")."""
    written = record.written
    anchored = {tokens[j].clause for j in matches if tokens[j].fold >= CJK_FIRST
                and not generic(j)}
    if not anchored:
        return None
    for n in range(1, len(content)):
        a, b = content[n - 1], content[n]
        ta, tb = tokens[a], tokens[b]
        kind, pair = ta.surface, tb.surface
        if a in matches or ta.clause not in anchored or len(kind) != 2 \
                or len(pair) != 2 or tb.start != ta.start + 1 or not _han(kind + pair) \
                or not _JOINERS.isdisjoint(kind + pair) or generic(a) or kind in written:
            continue
        if b in matches and n > 1 and content[n - 2] in matches \
                and tokens[content[n - 2]].end > ta.start:
            continue  # "上海冷链" for "上海国际冷链": "海冷" straddles two recorded words
        if text[ta.start - 1:ta.start + 1] in written:
            continue  # the same, when the first word is a merge field ("上海" of the company)
        if _cjk_senders_clause(tokens, ta.clause):
            continue  # "我们也在做低年级编程课程": what the sender does, not the reader's kind
        head = pair[1]
        if head not in _KIND_HEADS:
            continue  # "动力电池" for "汽车电池" is the same battery said otherwise
        at = written.find(head, 2)
        while at >= 0:
            other = written[at - 2:at]
            # A recorded kind may hold kana ("藍染め", "生け花").
            kana = [c for c in other if "\u3041" <= c <= "\u3096"]
            if len(kana) < 2 and _han("".join(c for c in other if c not in kana)) \
                    and other != kind and other not in text \
                    and other not in GENERIC_BIGRAMS and _JOINERS.isdisjoint(other):
                end = tb.end
                # The rest of the head when the record shares it ("陶芸教" + "室").
                if written[at + 1:at + 2] == text[end:end + 1] and _han(text[end:end + 1]):
                    end += 1
                begin = at - 2
                if begin > 0 and kana and _han(written[begin - 1]) \
                        and written[begin - 1] not in _JOINERS:
                    begin -= 1  # the whole kind ("藍染め", "生け花", not "染め", "け花")
                return (text[ta.start:end],), (written[begin:at + 1 + end - tb.end],)
            at = written.find(head, at + 1)
    return None


def _cjk_senders_clause(tokens: list[Token], clause: int) -> bool:
    """Whether a CJK clause speaks for the sender ("我们也在做...", "弊社では...") and not
    to the reader ("您", "様")."""
    words = [t.fold for t in tokens if t.clause == clause and t.fold >= CJK_FIRST]
    return any(w.startswith(CJK_FIRST_PERSON) or "我" in w for w in words) and not any(
        p in w for w in words for p in CJK_SECOND_PERSON)


# Last syllables that end a particle or a verb form, not a noun ("주민센터에", "나눈", "들은").
_NOT_NOUN_ENDS = frozenset("의에을를은는이가와과도로서고며게요다")


def _hangul(word: str) -> bool:
    """A short Hangul noun: not ending in a particle, nor in the ㄴ/ㄹ of a verb form."""
    if not 2 <= len(word) <= 4 or not all("\uac00" <= c <= "\ud7a3" for c in word):
        return False
    last = word[-1]
    return last not in _NOT_NOUN_ENDS and (ord(last) - 0xAC00) % 28 not in (4, 8)


def _word_before(text: str, at: int) -> str:
    """The space-separated word that ends right before ``at`` (a space), as written."""
    if at < 1 or text[at - 1] != " ":
        return ""
    return text[:at - 1].rsplit(None, 1)[-1] if text[:at - 1].strip() else ""


def korean_kind_clash(text: str, tokens: list[Token], content: list[int], matches: dict,
                      generic, record) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """In Korean, the word that says which kind of a recorded thing, changed ("도예 수업" for
    "서예 수업"), in a clause that names the recorded occasion."""
    written = record.written
    specific = [j for j in matches if tokens[j].fold >= CJK_FIRST and not generic(j)]
    if not specific:
        return None
    for h in content:
        head = tokens[h]
        # A recorded word ("전시" of "전시를" is matched or not, the record writes it).
        if head.fold < CJK_FIRST or text[head.start - 1:head.start] != " " or (
                h not in matches and " " + head.surface not in written):
            continue
        kind = _word_before(text, head.start)
        if not _hangul(kind) or kind in written or kind in GENERIC_BIGRAMS:
            continue
        if not any(tokens[j].clause == head.clause and tokens[j].end <= head.start - len(kind)
                   for j in specific):
            continue  # the clause names nothing else of the record
        at = written.find(" " + head.surface)
        while at >= 0:
            other = _word_before(written, at + 1)
            if _hangul(other) and other not in text and other not in GENERIC_BIGRAMS:
                return (f"{kind} {head.surface}",), (f"{other} {head.surface}",)
            at = written.find(" " + head.surface, at + 1)
    return None


# A title in quotes: « La Marée haute », “Salt Roads”, "Salt Roads", 《潮汐》, 「潮騒」, 『潮騒』.
_TITLES: list = []


def _titles(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, title)`` of the quoted titles of a text (one to eight words)."""
    if not _TITLES:
        import re

        _TITLES.append(re.compile(
            '«\\s*([^»\\n]{1,60}?)\\s*»|“([^”\\n]{1,60})”|"([^"\\n]{1,60})"'
            "|《([^》\\n]{1,30})》|「([^」\\n]{1,30})」|『([^』\\n]{1,30})』"
            # 'Holz & Klang', ‘Racimo’: not an apostrophe ("l'Olio", "it's")
            "|(?<![\\w'])'([^'\\n]{1,60}?)'(?![\\w'])|‘([^’\\n]{1,60})’(?!\\w)"))
    out = []
    for m in _TITLES[0].finditer(text):
        title = next(g for g in m.groups() if g is not None).strip()
        if 1 <= len(title.split()) <= 8:
            out.append((m.start(), m.end(), title))
    return out


def _recorded_titles(record) -> tuple[tuple[int, int, str], ...]:
    """The record's quoted titles (kept on the record); what the reader said, quoted, is
    none: its words may be put otherwise."""
    recorded = record.titles
    if recorded is None:
        written = record.written
        recorded = record.titles = tuple(
            title for title in _titles(written) if not _quoted_speech(written, *title[:2])
        ) if any(q in written for q in "«“\"《「『'‘") else ()
    return recorded


# Words saying the quote before or after them is something said, not a title.
_SAID = frozenset(fold(w) for w in """said says argued argues claimed claims insisted told
    asked dijo dice afirmó afirma argumentó sostuvo sostiene sagte sagt meinte meint betonte
    argumentierte dit affirme affirmait soutient soutenait detto sostenuto afferma disse diz
    afirmou argumentou defendeu defende""".split())


def _quoted_speech(text: str, start: int, end: int) -> bool:
    """Whether the quote at ``start:end`` is what someone said: a quotative right after it
    ("「…」と主張", "「…」라고 했다") or a verb of saying beside it ("argued 'X'", "'X', she
    said", "argued that 'X'")."""
    after = text[end:end + 12].lstrip()
    if after.startswith(("と", "って", "라고", "이라고", "고 했", "という")):
        return True
    before = re.findall(r"[^\W\d_]+", text[max(0, start - 40):start])[-6:]
    return any(fold(w) in _SAID for w in before + re.findall(r"[^\W\d_]+", after)[:2])


def title_clash(text: str, tokens: list[Token], personal: list[int], record,
                language: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A quoted title half right: the message quotes a title that shares a word with one the
    record quotes but is not it (« Marée basse » for « La Marée haute »): the reader's play,
    book or talk named wrong (R4). Articles and stop words aside, the message's title must
    have a word the recorded one lacks, and not be written in the record at all."""
    recorded = _recorded_titles(record)
    if not recorded:
        return None
    written = record.written
    spans = [(tokens[i].start, tokens[i].end) for i in personal]
    for start, end, said in _titles(text):
        if not any(a < end and start < b for a, b in spans) or said in written:
            continue
        words = _title_words(said, language)
        if not words:
            continue
        for _, _, other in recorded:
            theirs = _title_words(other, record.language or language)
            if words & theirs and words - theirs and words != theirs \
                    and not all(_inflected(w, theirs) for w in words - theirs):
                return (said,), (other,)
    return None


def _inflected(word: str, others: set[str]) -> bool:
    """Whether a title word is one of ``others`` with another ending ("zur 'Guten Form'"
    for "'Die Gute Form'", "'Nuovi Orizzonti'" for "'Nuovo Orizzonte'")."""
    for other in others:
        shorter, longer = sorted((word, other), key=len)
        if len(shorter) >= 3 and len(longer) - len(shorter) <= 2 \
                and longer.startswith(shorter[:-1] if len(shorter) > 4 else shorter):
            return True
    return False


# What publishes: a title after (or, in CJK, before) one of these is a magazine, a journal,
# a paper or a blog (the record's); a title near an article word is where the reader wrote
# (the message's).
_PUBLICATIONS = frozenset(fold(w) for w in """magazine magazines journal journals newspaper
    newsletter blog zine review quarterly revista revistas periódico diario boletín
    zeitschrift fachzeitschrift fachmagazin magazin zeitung fachblatt blatt revue
    périodique gazette rivista riviste giornale quotidiano periodico jornal""".split())
_ARTICLES = _PUBLICATIONS | frozenset(fold(w) for w in """article articles piece pieces
    column essay op-ed writes wrote published artículo artículos columna escribe escribió
    publicó artikel artikeln beitrag beiträge kolumne schreibt schrieb veröffentlicht
    chronique écrit publié articolo articoli rubrica scrive scritto pubblicato artigo
    artigos coluna escreve publicou""".split())
_CJK_PUBLICATIONS = ("杂志", "期刊", "报", "雑誌", "誌", "新聞", "잡지", "신문", "저널", "ジャーナル")
_CJK_ARTICLES = _CJK_PUBLICATIONS + ("文章", "专栏", "发表", "記事", "コラム", "寄稿", "기사", "칼럼",
                                     "기고")


def _published(text: str, start: int, end: int, words: frozenset[str], cjk: tuple) -> bool:
    """Whether a word of ``words`` stands within three words before the title at
    ``start:end`` (or, CJK, within four letters after it)."""
    before = [fold(w) for w in re.findall(r"[^\W\d_]+", text[max(0, start - 40):start])][-3:]
    if any(w in words for w in before):
        return True
    return any(w in text[end:end + 4] or w in text[max(0, start - 6):start] for w in cjk)


def publication_clash(text: str, tokens: list[Token], personal: list[int], record
                      ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Another publication than the reader's (R4): the record quotes the magazine or journal
    the reader writes for ('Copa y Cepa', 《茶与人》), and the message quotes another one as
    where they wrote ("your article in 'Racimo'", "您在《茗苑》杂志上的文章") and never names the
    recorded one."""
    recorded = _recorded_titles(record)
    if not recorded:
        return None
    written = record.written
    theirs = [(a, b, title) for a, b, title in recorded
              if _published(written, a, b, _PUBLICATIONS, _CJK_PUBLICATIONS)]
    if not theirs or any(fold(title) in fold(text) for _, _, title in theirs):
        return None
    spans = [(tokens[i].start, tokens[i].end) for i in personal]
    for start, end, said in _titles(text):
        if not any(a < end and start < b for a, b in spans) or fold(said) in fold(written):
            continue
        if _published(text, start, end, _ARTICLES, _CJK_ARTICLES):
            return (text[start:end],), (written[theirs[0][0]:theirs[0][1]],)
    return None


def _title_words(title: str, language: str) -> set[str]:
    """A title's words, folded, but its articles and the small words joining them (a stop
    word may be the title's own: "été", summer); CJK: its letter pairs."""
    return {t.fold for t in tokenize(title) if t.fold not in _TITLE_GLUE}


_TITLE_GLUE = frozenset(fold(w) for w in """the a an of and le la les l un une de des du d et
    el los las lo y del der die das den dem ein eine und von il lo gli i uno una di e o os
    as um uma do da dos das""".split())


_COMPOUNDS: list = []
# Words that start many ordinary compounds ("well-known" / "well-being", "self-made" /
# "self-taught", "long-term" / "long-range"): two of them name no family of things.
_COMMON_HEADS = frozenset("""well self long short high full part first second third real
    cross multi open close world front back user client data cold fast slow best good hand
    home life time year after over under down post anti semi mid non next last half large
    small full free hard soft team face word mind game state city town land door farm
    family full hands home kind like made make more most much near part peer play read
    ready right side sign single start stand step take tech three user very wide work""".split())


def _compounds(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, head, tail)`` of the hyphenated names of a text ("quokka-ui")."""
    if not _COMPOUNDS:
        import re

        _COMPOUNDS.append(re.compile(r"(?<![\w-])([^\W\d_]{4,})-([^\W_][\w]*)(?![\w-])"))
    return [(m.start(), m.end(), fold(m.group(1)), fold(m.group(2)))
            for m in _COMPOUNDS[0].finditer(text)]


def compound_clash(text: str, tokens: list[Token], personal: list[int], record,
                   language: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A hyphenated name half right ("quokka-vue" for the recorded "quokka-ui"): the same
    head with another tail, where neither tail is anywhere in the other text nor clips the
    other ("first-gen"): another package, product or thing of the same family (R4). A tail
    the notes give in another form ("Backup-Test" for "sie testen"), or a word's length of
    tail against notes in another language ("churn-prediction" for "Churn-Prognose"), is
    the same thing said otherwise."""
    recorded = record.compounds
    if recorded is None:
        written = record.written
        language_ = record.language or language
        recorded = record.compounds = tuple(
            c for c in _compounds(written) if c[2] not in _COMMON_HEADS
            and not is_stop(language_, c[2])) if "-" in written else ()
    if not recorded:
        return None
    written = record.written
    spans = [(tokens[i].start, tokens[i].end) for i in personal]
    said = [c for c in _compounds(text) if any(a < c[1] and c[0] < b for a, b in spans)
            and not is_stop(language, c[2]) and c[2] not in _COMMON_HEADS]
    if not said:
        return None
    from .details import _written_short  # (details imports this module)

    notes = tokenize(written)
    recorded_words = {t.fold for t in notes}
    words = {t.fold for t in tokens}
    record_language = record.language or language
    recorded_stems = None
    for start, end, head, tail in said:
        if tail in recorded_words:
            continue
        if record_language != language and len(tail) >= 5:
            continue  # a word of another language: "churn-prediction" for "Churn-Prognose"
        if recorded_stems is None:
            recorded_stems = {stem(record_language, t.lower) for t in notes}
        if stem(language, tail) in recorded_stems:
            continue  # recorded in another form: "Backup-Test" for "sie testen ..."
        for r_start, r_end, other_head, other_tail in recorded:
            if other_head == head and other_tail not in words \
                    and not (other_tail.startswith(tail) or tail.startswith(other_tail)) \
                    and not (tail.endswith(other_tail) or other_tail.endswith(tail)) \
                    and not _written_short(tail, [other_tail]):
                # ("first-gen" is "first-generation" clipped; "Zoller-Voreinstellgerät" is a
                # "Zoller-Gerät", a German compound ending in the same noun; "Agri-PV" is
                # "Agri-Photovoltaik" written short)
                return (text[start:end],), (written[r_start:r_end],)
    return None
