"""Numbers of any shape tied to a recorded detail, and the record's own number for it.

:func:`.facts.count_clash` compares small counts right before their noun ("your twelve
sites" / "3 sites"). A number can be written in many more shapes, and each still says
something the record may contradict:

* with thousands separators or a multiplier: "3,000", "3.000", "3 000", "12 mil", "5万",
  "3천" (all read as one value: "12 mil produtores" is 12,000, not 12);
* with a unit or a CJK counter: "40 kg", "12英寸", "300명", "8インチ";
* as a date: "15 June", "June 15", "15 de mayo";
* as a pattern: "4x400" (a relay), "2x2";
* as a percentage: "40%", "40 %", "40 pour cent", "cuarenta por ciento" (compared only with
  the record's percentage tied to the same word right before or after it, never scaled);
* after its noun, as a label: "phase 2", "Series 3", "직원 300명";
* in a compound with its noun: "a 30-truck pilot", "a 12-person team"; or counting units of
  the thing named before it: "hydrogen trucks, 12 units";
* as an amount of money, with its currency and multiplier: "1,2 M€", "$3M", "4 Mio. €",
  "1,5 milioni di euro", "5万元", "50억 원" (a price per month, seat or user is none);
* as a length of time: "a 6-month PoC", "a three-month PoC", "PoC de 6 mois", "from 12 days
  to 6", "6ヶ月のPoC", "6개월" (not how long ago, since or until when: "for 3 years", "3 years
  ago", "10 years at Acme", "hace 6 meses", "3年前").

A message's number *clashes* with the record when (all of):

1. its clause is not the sender's alone, and it is no year, price or time; for an amount or
   a length, its clause neither plans or offers ("happy to set up a 4-week pilot", "la
   prochaine étape à 10 M€") nor asks whether ("was it €5M?"; "how did the 6-week pilot
   go?" takes its figure as given);
2. the value is nowhere in the record (however it is written there);
3. the record holds a number of the same shape (same unit or counter; a date; the same
   pattern) with another value, and that number is tied to the same recorded word: the
   same word right before it ("closes 15 May" / "closes on 15 June", "phase 1" /
   "phase 2") or right after it ("8英寸产线" / "12英寸产线"); for a unit or a pattern, a
   recorded word of the same clause is enough ("4x400 relay team breaking the school
   record" / "the 4x100 school record"); an amount or a length is tied on either side, to
   the words it measures too ("7-day close" / "close from 12 days"; "a three-month proof of
   concept" spells out "PoC"), and an amount to a recorded word of its clause ("3 M€ con
   Seaya" / "ronda de 1,2 M€ liderada por Seaya"), not across "and";
4. or the value is the record's value of that shape times a power of ten ("600
   triathletes" / "60 members", "3,000명" / "300명"): the recorded figure with its
   magnitude misremembered, when the word the number counts is in the record;
5. and it is no loose restatement of the record's: hedged and within a third ("about 1 M€",
   "rund 300 Nutzer"), or rounded and within a fifth for money or four digits ("$1M" for
   "$1.2M"). A length in years that grew says nothing (the record was written earlier).

A count of the same thing in the notes' language and another one clashes too ("1 200
utilisateurs" / "300 users", "ウィッシュリスト2万件" / "5,000 wishlists"), for the things
people commonly count (users, employees, customers, stores, downloads...: _COUNTED_TABLE),
unless its clause speaks of others' things or plans.

The recorded amount of another thing clashes too: the same number and unit measuring a word
the record does not hold, where the record's measures one the message does not ("40 kg of
alpaca" / "40 kg of merino yarn").

A number beside no recorded word (the sender's offer, a proposed date, another thing) says
nothing against the record.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .cjk import FIRST as CJK_FIRST
from .lexicon import ABBREVIATIONS
from .normalize import cjk_digits, fold
from .spelled import spelled_numbers
from .text import NUMBER_LABELS, Token, is_stop, stem, tokenize

# A numeral as written: groups of three after a separator, or a plain (decimal) number.
_NUMERAL = re.compile(r"\d{1,3}(?:(?:,|\.|\u00a0|\u202f| )\d{3})+(?!\d)|\d+(?:[.,]\d+)?")
_PATTERN = re.compile(r"\d+x\d+")
_DIGIT = re.compile(r"\d")
# A percentage's sign or words right after its number, in the nine languages (CJK text
# writes the sign).
_PERCENT = re.compile(r"\s?(?:%|％|(?:percent|per cent|pour cent|por ciento|por cento"
                      r"|per cento|prozent|pct)\b)", re.IGNORECASE)

_MULTIPLIERS = {fold(w): n for w, n in (
    ("thousand", 1000), ("mil", 1000), ("mille", 1000), ("mila", 1000), ("tausend", 1000),
    ("million", 10**6), ("millions", 10**6), ("millón", 10**6), ("millones", 10**6),
    ("milhão", 10**6), ("milhões", 10**6), ("millionen", 10**6), ("milione", 10**6),
    ("milioni", 10**6), ("mio", 10**6), ("mln", 10**6), ("billion", 10**9))}
_CJK_MULTIPLIERS = {"千": 1000, "천": 1000, "万": 10**4, "萬": 10**4, "만": 10**4,
                    "億": 10**8, "亿": 10**8, "억": 10**8}

# Units written after a number, by their canonical form.
_UNITS = {fold(w): u for u, words in (
    ("kg", "kg kgs kilo kilos kilogram kilograms kilogramm kilogramos kilogrammes "
           "quilos"),
    ("t", "t tonne tonnes ton tons tonnen toneladas tonnellate"),
    ("km", "km kms kilometer kilometers kilometre kilometres kilómetros kilomètres "
           "kilometri quilômetros quilómetros kilometern"),
    ("m", "m metre metres meter meters metros mètres metri"),
    ("mi", "mi mile miles millas meilen miglia milhas"),
    ("inch", "inch inches pulgadas pouces zoll pollici polegadas"),
    ("ha", "ha hectare hectares hectáreas hektar ettari hectares"),
    ("acre", "acre acres"),
    ("m2", "m2 m² sqm"),
    ("w", "w kw mw gw"),
    ("wh", "wh kwh mwh gwh"),
    ("b", "gb tb mb pb"),
    ("l", "l litre litres liter liters litros litri"),
) for w in words.split()}
# Units of one quantity at another scale, as (canonical unit, factor): "1,2 GW" is "1.200 MW",
# "2 t" is "2,000 kg", "3 km" is "3.000 m".
_SCALES = {"kw": ("w", 10**3), "mw": ("w", 10**6), "gw": ("w", 10**9), "kwh": ("wh", 10**3),
           "mwh": ("wh", 10**6), "gwh": ("wh", 10**9), "mb": ("b", 10**6), "gb": ("b", 10**9),
           "tb": ("b", 10**12), "pb": ("b", 10**15), "km": ("m", 10**3), "kms": ("m", 10**3),
           **{fold(w): ("m", 10**3) for w in _UNITS if _UNITS[w] == "km"},
           **{fold(w): ("kg", 10**3) for w in _UNITS if _UNITS[w] == "t"}}


def _unit(value, word: str) -> tuple[str, int | float | str]:
    """The shape and value of a number with its unit word, in the unit's base ("1,2 GW" and
    "1.200 MW" are both 1,200,000,000 W)."""
    scale = _SCALES.get(word)
    if scale is None or not isinstance(value, (int, float)):
        return "unit:" + _UNITS[word], value
    unit, factor = scale
    scaled = round(value * factor, 6)
    return "unit:" + unit, int(scaled) if float(scaled).is_integer() else scaled
_CJK_UNITS = {"英寸": "inch", "インチ": "inch", "인치": "inch", "公斤": "kg", "キロ": "kg",
              "킬로": "kg", "吨": "t", "トン": "t", "톤": "t", "公里": "km", "平米": "m2",
              "平方": "m2", "미터": "m", "メートル": "m", "公顷": "ha", "헥타르": "ha"}

# What a number is not a quantity of the reader's thing next to: a price, a share, a time.
_MONEY_BEFORE = frozenset("$€£¥₩#")
_MONEY_SIGNS = frozenset("$€£¥₩%％")
_MONEY_AFTER = frozenset(fold(w) for w in """€ $ £ ¥ % ％ ₩ euro euros eur dollar dollars
    usd gbp chf reais real pesos yuan rmb kr percent prozent pct am pm h uhr hrs o'clock
    heures horas ore""".split())
_CJK_NOT_COUNTERS = frozenset("元円원块塊%％時时点點分秒시점년年月日天周週晩晚夜个個ヶか歳岁살")
_DURATIONS = frozenset(fold(w) for w in """year years yr yrs month months week weeks day days
    hour hours hr minute minutes min mins second seconds night nights decade decades
    año años mes meses semana semanas día días hora minuto minutos noche noches
    jahr jahre jahren monat monate monaten woche wochen tag tage tagen stunde stunden minuten
    nacht nächte an ans année années mois semaine semaines jour jours heure nuit nuits
    anno anni mese mesi settimana settimane giorno giorni ora minuti notte notti
    ano anos mês dia dias noite noites percent""".split())

# Units of time a length is written in ("a 6-month PoC", "PoC de 6 mois", "从12天"), by the
# canonical unit: compared like a unit when it measures a recorded thing (see the module).
_TIME_UNITS = {fold(w): u for u, words in (
    ("year", "year years yr yrs año años jahr jahre jahren ans année années anno anni ano anos"),
    ("month", "month months mes meses monat monate monaten mois mese mesi mês"),
    ("week", "week weeks semana semanas woche wochen semaine semaines settimana settimane"),
    ("day", "day days día días tag tage tagen jour jours giorno giorni dia dias"),
    ("hour", "hour hours hr hrs stunde stunden heure hora ora"),
    ("minute", "minute minutes min mins minuto minutos minuten minuti"),
) for w in words.split()}
# Written right after the number in CJK text ("6个月", "3ヶ月", "6개월", "2週間", "5일간").
_CJK_TIME_UNITS = (("ヶ月", "month"), ("か月", "month"), ("カ月", "month"), ("个月", "month"),
                   ("個月", "month"), ("개월", "month"), ("週間", "week"), ("周", "week"),
                   ("주", "week"), ("日間", "day"), ("天", "day"), ("일간", "day"),
                   ("時間", "hour"), ("小时", "hour"), ("시간", "hour"), ("年間", "year"),
                   ("년간", "year"), ("年", "year"), ("년", "year"))
# After a CJK length: how long ago or which one, not how long ("3年前", "2년 전", "3年目").
_CJK_NOT_LENGTH = frozenset("前後后来目째전후年")  # ... and "3周年", an anniversary
# Around a length that says how long ago, since when or until when, not how long a recorded
# thing lasts ("for 3 years", "since 6 months", "in 2 weeks", "seit 5 Jahren", "hace 3 años",
# "3 anni fa", "3 years ago", "10 years at Acme"): a record written earlier gives those
# otherwise without contradicting.
_ELAPSED_BEFORE = frozenset(fold(w) for w in """for since in within after over past last next
    every seit vor nach für innerhalb binnen alle depuis pendant dans en après ya durant
    tous chaque hace desde durante dentro tras después cada da fa per tra fra dopo entro ogni
    há ha em após por""".split())
_ELAPSED_AFTER = frozenset(fold(w) for w in """ago fa atrás atras her später later plus
    después depois dopo old left remaining at with bei mit chez avec con com presso of de di
    d da dans in im en em na no nel""".split())

# Words that count units of a thing named before them ("hydrogen trucks, 12 units"): the
# number counts that thing.
_UNIT_NOUNS = frozenset(fold(w) for w in """unit units unités unité unidades unidad stück
    einheiten unità pezzi pieces pcs""".split())

# Money: a currency sign or word before or after the number, with a multiplier ("1,2 M€",
# "$3M", "€1.5 Mio.", "12 millones de euros", "3,5억 원", "2億円"), by canonical currency.
_CURRENCIES = {fold(w): c for c, words in (
    ("eur", "€ eur euro euros 欧元 ユーロ 유로"),
    ("usd", "$ us$ usd dollar dollars dólares dólar dollari dollaro 美元 ドル 달러"),
    ("gbp", "£ gbp pound pounds sterling"),
    ("chf", "chf"), ("brl", "r$ brl reais real"),
    ("yen", "¥ ￥ jpy yen cny rmb yuan 円 元 人民币"), ("krw", "₩ krw won 원"),
) for w in words.split()}
_MONEY_PREFIX = re.compile(r"(?:us\$|r\$|[$€£¥￥₩]|\b(?:usd|eur|gbp|chf|jpy|cny|rmb|krw|brl))"
                           r"\s?$", re.IGNORECASE)
_MONEY_MULTIPLIER = (r"(?:k|m|mn|bn|b|mio|mrd|mld|md|mill|millions?|millones|mill[oó]n|milh[aã]o"
                     r"|milh[oõ]es|milion[ei]|millionen|mln|billions?|milliards?|miliardi?"
                     r"|bilh[oõ]es|thousand|mil|mille|mila|tausend)(?![a-zà-ÿ])\.?"
                     r"|万|萬|亿|億|억|만|千|천")
_MONEY_SUFFIX = re.compile(
    r"\s?(?:(?P<mult>" + _MONEY_MULTIPLIER + r")\s?)?(?:(?:de|di|d')\s?)?"
    r"(?P<cur>€|\$|£|¥|￥|₩|eur\b|euros?\b|usd\b|dollars?\b|d[oó]lar(?:es)?\b"
    r"|dollar[io]\b|gbp\b|pounds?\b|chf\b|brl\b|reais\b|yen\b|yuan\b|rmb\b|won\b|人民币|欧元"
    r"|美元|ユーロ|ドル|유로|달러|円|元|원)", re.IGNORECASE)
# A multiplier alone, after a number a currency comes before ("$3M", "€1,5 Mio.").
_MONEY_SCALE = re.compile(r"\s?(?P<mult>" + _MONEY_MULTIPLIER + ")", re.IGNORECASE)
_MONEY_SCALES = {"k": 1000, "m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9, "mio": 10**6,
                 "mrd": 10**9, "mld": 10**9, "md": 10**9, "mill": 10**6, "mln": 10**6,
                 "万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "억": 10**8, "만": 10**4,
                 "千": 1000, "천": 1000}
# What makes an amount a price ("€49 a month", "$12 per seat", "30 €/mois", "por mes").
_PER = re.compile(r"\s?(?:/|per\b|pro\b|par\b|a (?:month|year|week|day|seat|user|head)\b"
                  r"|an (?:hour|user)\b|al (?:mese|mes|año|anno)\b|por (?:mes|año|mês|ano)\b"
                  r"|im monat\b|each\b|apiece\b)", re.IGNORECASE)

# Month names in full, a line a language, English first (crosslang reads the notes' months
# with them); MONTHS adds the English abbreviations.
MONTH_NAMES = (
    "january february march april may june july august september october november december",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "januari februari maart april mei juni juli augustus september oktober november december",
)
MONTHS = {fold(w): n for words in (*MONTH_NAMES, "jan feb mar apr may jun jul aug sep oct nov dec")
          for n, w in enumerate(words.split(), 1)}

# Number words of one language that are other words in another: Portuguese "dos" (of the),
# "doce" (sweet), "sei" (I know); German "sei" (be); English "due", "sept" (September).
NOT_NUMBER = {
    "portuguese": frozenset(("dos", "doce", "sei", "due")),
    "english": frozenset(("due", "sei", "dos", "otto", "sept", "tre")),
    "german": frozenset(("sei", "due", "otto", "dos")),
    "french": frozenset(("sei", "due", "dos")),
    "spanish": frozenset(("sei", "due")),
    "italian": frozenset(("dos",)),
}
_OF = frozenset("de di of".split())  # between a day and its month ("15 de mayo")
_WORD_NUMBERS: dict[str, int] = {}  # filled from facts (number words), see _word_number


class Quantity(NamedTuple):
    start: int  # in the text
    end: int
    value: str  # "3000", "15-6" (a date), "4x400"
    shape: str  # "count", "unit:kg", "ctr:명", "date", "pattern"
    index: int  # its first token
    before: int  # the token the number follows (its label: "phase 2"), or -1
    after: int  # the token it counts or measures ("300명 참여", "12英寸产线"), or -1
    clause: int


def _number_words() -> dict[str, int]:
    if not _WORD_NUMBERS:
        _word_number("")
    return _WORD_NUMBERS


def _word_number(folded: str) -> int | None:
    if not _WORD_NUMBERS:
        from .facts import MORE_NUMBERS
        from .lexicon import NUMBER_WORDS

        _WORD_NUMBERS.update({w: int(n) for w, n in NUMBER_WORDS.items()})
        _WORD_NUMBERS.update(MORE_NUMBERS)
    return _WORD_NUMBERS.get(folded)


def _joined(text: str, a: Token, b: Token) -> bool:
    """Whether nothing but spaces stands between two tokens (no comma, no full stop, no line
    break: the subject's "40 kW" and the greeting "Teresa," below it are two lines)."""
    gap = text[a.end:b.start]
    if gap[:1] == "." and (a.fold in ABBREVIATIONS or a.fold in NUMBER_LABELS):
        gap = gap[1:]  # a short form's point ("ep. 12", "No. 7")
    return not gap or gap.isspace() and "\n" not in gap


def _neighbour(text: str, tokens: list[Token], i: int, step: int, language: str,
               skip: int = 2) -> int:
    """The content word next to token ``i`` on one side (``step`` -1 or 1), past up to
    ``skip`` stop words ("closes on 15", "40 kg of merino"), not across punctuation; -1 if
    none. A count crosses none: "two of your sites" counts no sites."""
    j, skipped = i + step, 0
    while 0 <= j < len(tokens):
        a, b = (tokens[j - 1], tokens[j]) if step > 0 else (tokens[j], tokens[j + 1])
        if not _joined(text, a, b):
            return -1
        u = tokens[j]
        if u.fold[:1].isdigit():
            return -1
        if u.fold < CJK_FIRST and is_stop(language, u.fold) and u.fold not in MONTHS:
            skipped += 1
            if skipped > skip:
                return -1
            j += step
            continue
        return j
    return -1


def quantities(text: str, tokens: list[Token], indices, language: str) -> list[Quantity]:
    """The quantities written at the tokens ``indices`` (see the module), in order."""
    out: list[Quantity] = []
    by_start = {t.start: n for n, t in enumerate(tokens)}
    taken = -1
    for i in indices:
        t = tokens[i]
        if t.start < taken:
            continue  # the rest of a numeral already read ("000" of "3,000")
        folded = t.fold
        value: int | float | str | None = None
        end = t.end
        shape = "count"
        if folded[:1].isdigit():
            if _PATTERN.fullmatch(folded):
                value, shape = folded, "pattern"
            else:
                m = _NUMERAL.match(text, t.start)
                if m is None:
                    continue
                raw = m.group()
                end = m.end()
                if re.fullmatch(r"\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+", raw):
                    value = int(re.sub(r"\D", "", raw))
                elif raw.isdigit():
                    value = int(raw)
                else:
                    value = float(raw.replace(",", "."))
                money = _money(text, t.start, end, value)
                if money is not None:
                    value, shape, end = money
                elif text[end:end + 1].isalpha() and text[end:end + 1] < CJK_FIRST:
                    continue  # "12th", "50K", "3D": other rules' figures or no number
        else:
            word = _word_number(folded)
            if word is None or folded in NOT_NUMBER.get(language, ()):
                continue
            value = word
        start = t.start
        before_char = text[start - 1:start]
        if before_char and (before_char in _MONEY_BEFORE and not shape.startswith("money:")
                            or before_char in "+-/:.," and text[start - 2:start - 1].isdigit()):
            continue
        if text[end:end + 1] in (":", "-", "/", "–") and text[end + 1:end + 2].isdigit():
            continue  # a time, a range, a score
        if shape.startswith("money:") and _PER.match(text, end):
            continue  # a price ("€49 a month")
        percent = _PERCENT.match(text, end) if shape == "count" else None
        if percent is not None:
            shape, end = "percent", percent.end()  # "40%", "40 %", "40 pour cent"
        elif text[end:end + 3].lstrip()[:1] in _MONEY_SIGNS:
            continue  # "30 €"
        taken = end
        # What follows: a multiplier, a unit or counter, then the word it is tied to.
        k = i
        while k + 1 < len(tokens) and tokens[k + 1].start < end:
            k += 1  # the numeral's own tokens
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        counted = -1  # the noun of a compound ("30-truck pilot")
        hyphen = shape == "count" and nxt is not None and text[end:nxt.start] == "-"
        if hyphen and nxt.fold in _UNITS:
            (shape, value), end = _unit(value, nxt.fold), nxt.end  # "12-inch", "10-km"
        elif hyphen and nxt.fold in _TIME_UNITS and isinstance(value, int):
            shape, end = "dur:" + _TIME_UNITS[nxt.fold], nxt.end  # "a 6-month PoC"
        elif hyphen and nxt.fold < CJK_FIRST and nxt.fold.isalpha() \
                and not is_stop(language, nxt.fold):
            counted = k + 1  # "30-truck pilot", "a 12-person team"
        elif shape == "count" and nxt is not None and _joined(text, tokens[k], nxt):
            nf = nxt.fold
            if nf >= CJK_FIRST and nxt.start == end:
                # A CJK multiplier, unit or counter written right after ("5万人", "12英寸",
                # "300명이").
                c = nf[0]
                if c in _CJK_MULTIPLIERS and isinstance(value, int):
                    value *= _CJK_MULTIPLIERS[c]
                    end += 1
                    c = text[end:end + 1]
                unit = next((u for w, u in _CJK_UNITS.items() if text.startswith(w, end)),
                            None)
                length = _cjk_length(text, end, value) if c in _CJK_TIME_FIRST else None
                if length is not None:
                    if not length[0]:
                        continue  # "3年前", "2023年": when, not how long
                    shape, end = "dur:" + length[0], length[1]
                elif unit is not None:
                    shape = "unit:" + unit
                    end += next(len(w) for w in _CJK_UNITS if text.startswith(w, end))
                elif c and c >= CJK_FIRST:
                    if c in _CJK_NOT_COUNTERS:
                        continue
                    shape = "ctr:" + c
                    end += 1
            else:
                if nf in _MULTIPLIERS and isinstance(value, int):
                    value *= _MULTIPLIERS[nf]
                    end = nxt.end
                    k += 1
                    nxt = tokens[k + 1] if k + 1 < len(tokens) and _joined(
                        text, tokens[k], tokens[k + 1]) else None
                    nf = nxt.fold if nxt is not None else ""
                if nf in _TIME_UNITS and isinstance(value, int) and nf not in _MONEY_AFTER \
                        and not _elapsed(text, tokens, i, k + 1):
                    shape, end = "dur:" + _TIME_UNITS[nf], nxt.end  # "PoC de 6 mois"
                elif nf in _MONEY_AFTER or nf in _DURATIONS or text[end:end + 1] in "%％€$":
                    continue
                elif nf in _UNITS:
                    shape, value = _unit(value, nf)
                    end = nxt.end
                elif isinstance(value, int) and 1 <= value <= 31 and nf in _OF \
                        and k + 2 < len(tokens) and tokens[k + 2].fold in MONTHS \
                        and _joined(text, nxt, tokens[k + 2]):
                    month = tokens[k + 2]  # "15 de mayo", "15 di maggio"
                    shape, value, end = "date", f"{value}-{MONTHS[month.fold]}", month.end
                elif nf in MONTHS and isinstance(value, int) and 1 <= value <= 31:
                    shape, value, end = "date", f"{value}-{MONTHS[nf]}", nxt.end
        elif nxt is not None and text[end:end + 1] in "%％€$":
            continue
        if shape == "count" and isinstance(value, int):
            if 1900 <= value <= 2099 and folded.isdigit() and len(folded) == 4:
                continue  # a year: figure_clash reads those
            prev = tokens[i - 1] if i > 0 else None
            if prev is not None and prev.fold in MONTHS and _joined(text, prev, t) \
                    and 1 <= value <= 31:
                shape, value = "date", f"{value}-{MONTHS[prev.fold]}"
        if shape == "count" and prev_is_money(text, start):
            continue
        skip = 2 if shape in ("date", "percent") or shape.startswith(_MEASURES) else 0
        # The word after what was read (a CJK word right after its counter), and the one
        # before the number.
        n, gap = k + 1, end
        while n < len(tokens) and tokens[n].start < end:
            if tokens[n].fold >= CJK_FIRST and tokens[n].start + 1 >= end:
                gap = max(gap, tokens[n].end)  # a particle after the counter ("명이")
            n += 1
        after = -1
        between = text[gap:tokens[n].start] if n < len(tokens) else ""
        if n < len(tokens) and not between.strip() and "\n" not in between:
            u = tokens[n]
            if u.fold >= CJK_FIRST:
                after = n if u.fold[0] not in _CJK_NOT_COUNTERS else -1
            else:
                after = n if not is_stop(language, u.fold) else _neighbour(
                    text, tokens, n, 1, language, skip - 1) if skip else -1
        if shape == "date" and after >= 0 and tokens[after].fold in MONTHS:
            after = _neighbour(text, tokens, after, 1, language, skip)
        if counted >= 0:
            after = counted
        elif shape == "count" and after >= 0 and tokens[after].fold in _UNIT_NOUNS:
            after = _named_before(text, tokens, i, after, language)
        before = _neighbour(text, tokens, i, -1, language, skip)
        if shape == "date" and before >= 0 and tokens[before].fold in MONTHS:
            before = _neighbour(text, tokens, before, -1, language, skip)
        out.append(Quantity(start, end, _canonical(value), shape, i, before, after, t.clause))
    return out


# Shapes of a measure: compared with a recorded word of the same clause (see the module).
_MEASURES = ("unit:", "money:", "dur:")
_CJK_TIME_FIRST = frozenset(w[0] for w, _ in _CJK_TIME_UNITS)


def _money(text: str, start: int, end: int, value) -> tuple[int, str, int] | None:
    """``(amount, "money:" currency, end)`` of the number at ``start``..``end`` when a
    currency is written before or after it ("$3M", "1,2 M€", "12 millones de euros",
    "5万元"), else None."""
    m = _MONEY_SUFFIX.match(text, end)
    if m is None:
        prefix = _MONEY_PREFIX.search(text, max(0, start - 4), start)
        if prefix is None:
            return None
        m = _MONEY_SCALE.match(text, end)
        written = prefix.group()
    else:
        written = m.group("cur")
    currency = _CURRENCIES.get(fold(written.strip()))
    if currency is None:
        return None
    scale = 1
    if m is not None and m.group("mult"):
        folded = fold(m.group("mult").rstrip("."))
        scale = _MONEY_SCALES.get(folded) or _MULTIPLIERS.get(folded) or 1
    return int(round(value * scale)), "money:" + currency, m.end() if m is not None else end


def _cjk_length(text: str, end: int, value) -> tuple[str, int] | None:
    """``(unit, end)`` of a length of time written right after a number in CJK text
    ("6个月", "3ヶ月", "6개월"); the unit is "" when it says when, not how long ("3年前",
    "2023年", "3年目"); None when no unit of time follows."""
    for w, unit in _CJK_TIME_UNITS:
        if text.startswith(w, end):
            after = text[end + len(w):end + len(w) + 2].lstrip()[:1]
            if after in _CJK_NOT_LENGTH or unit == "year" and (
                    not isinstance(value, int) or value >= 100) or after in "生级級":
                return "", end
            return unit, end + len(w)
    return None


def _elapsed(text: str, tokens: list[Token], i: int, unit: int) -> bool:
    """Whether the length of time at token ``i`` (its unit at ``unit``) says how long ago,
    since or until when ("for 3 years", "hace 6 meses", "3 anni fa", "10 years at Acme")."""
    if i > 0 and tokens[i - 1].fold in _ELAPSED_BEFORE and _joined(text, tokens[i - 1],
                                                                     tokens[i]):
        return True
    return unit + 1 < len(tokens) and tokens[unit + 1].fold in _ELAPSED_AFTER \
        and _joined(text, tokens[unit], tokens[unit + 1])


def _named_before(text: str, tokens: list[Token], i: int, after: int, language: str) -> int:
    """The thing a count of units counts, named right before it ("hydrogen trucks, 12
    units"), else the units themselves (``after``)."""
    if i > 0:
        u = tokens[i - 1]
        gap = text[u.end:tokens[i].start]
        if gap.strip() in ("", ",", ":", "(") and "\n" not in gap and u.fold < CJK_FIRST \
                and u.fold.isalpha() and not is_stop(language, u.fold):
            return i - 1
    return after


def prev_is_money(text: str, start: int) -> bool:
    """A currency word or code right before ("USD 40", "R$ 12", "EUR 3.000")."""
    head = text[max(0, start - 5):start].rstrip().lower()
    return head.endswith(("usd", "eur", "gbp", "chf", "r$", "us$", "rmb", "cny", "jpy", "krw"))


def _canonical(value) -> str:
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


_NONE = ("", (), (), frozenset())


class _Word(NamedTuple):
    """A recorded word, kept with the record: a tuple of strings and numbers, which the
    garbage collector stops walking (a kept list of Tokens would be walked on every
    collection of a big batch)."""
    key: str
    lower: str
    fold: str
    clause: int
    start: int
    end: int


def recorded(record) -> tuple[str, tuple[_Word, ...], tuple[Quantity, ...], frozenset[str]]:
    """The record's text as read (CJK numerals in digits), its tokens, its quantities and
    every value it gives; read once per record (a batch's drafts share records)."""
    found = record.quantities
    if found is None:
        prepared = spelled_numbers(cjk_digits(record.written))
        if _DIGIT.search(prepared) is None:
            found = _NONE
        else:
            tokens = tokenize(prepared)
            read = tuple(quantities(prepared, tokens, range(len(tokens)),
                                    record.language or "english"))
            # Every value it gives: its quantities, and its other numbers ("stage 3"); not
            # the pieces of a quantity ("13" of "13,000 singers" is no value of it).
            pieces = {t.key for t in tokens if any(q.start <= t.start < q.end for q in read)}
            loose = {t.key for t in tokens if t.key.isdigit()} - pieces
            values = frozenset({r.value for r in read} | {
                k for k in record.keys if k.isdigit() and (k not in pieces or k in loose)})
            words = tuple(_Word(t.key, t.lower, t.fold, t.clause, t.start, t.end)
                          for t in tokens) if read else ()
            found = (prepared, words, read, values)
        record.quantities = found
    return found


def _power_of_ten(a: str, b: str) -> bool:
    """Whether two whole numbers differ by a factor 10, 100 or 1000 ("600" / "60")."""
    if not (a.isdigit() and b.isdigit()) or a == b:
        return False
    x, y = sorted((int(a), int(b)))
    return x >= 10 and y % x == 0 and y // x in (10, 100, 1000)


def quantity_clash(text: str, tokens: list[Token], personal: list[int], matches: dict,
                   record, language: str, senders, generic_word
                   ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A number of the message that the record gives otherwise (see the module);
    ``senders(clause, i)`` tells a clause of the sender's alone, ``generic_word(i)`` a
    generic matched word."""
    written, rtokens, recorded_, values = recorded(record)
    if not recorded_:
        return None  # the record gives no number to contradict
    # Numbers in the clauses of the personal words, template words around them too
    # ("对我们的12英寸产线方案感兴趣" where the template also says "12英寸产线").
    # Numbers in digits: the small counts written as words are facts.count_clash's.
    # A length written in words is read in a compound only ("a three-month PoC").
    digits = spelled_numbers(text)  # what the tokens read ("thirty-six" as 36), same length
    if _DIGIT.search(digits) is None and "-" not in text:
        return None
    clauses = {tokens[i].clause for i in personal}
    candidates = []
    for i, t in enumerate(tokens):
        if t.clause in clauses and (t.number or t.fold[:1].isdigit() or (
                text[t.end:t.end + 1] == "-" and _word_number(t.fold) is not None)):
            candidates.append(i)
    if not candidates:
        return None
    known = _Known(tokens, matches, record, language)
    said = []
    read = quantities(digits, tokens, candidates, language)
    for q in read:
        # (A length's thing may be spelled out for the record's acronym: "a three-month
        # proof of concept" / "PoC de 6 mois", see _measure_clash.)
        # (An amount's may stand further, past a participle: "i 3 milioni di euro raccolti
        # con Orsa Ventures", compared with a recorded word of its clause there.)
        if q.shape == "pattern" or q.shape.startswith("unit:") \
                or q.shape.startswith("dur:") and q.after >= 0 \
                or q.shape.startswith("money:") and _clause_matched(tokens, matches, q) \
                or any(known(j) for j in _tied(text, tokens, q, language)):
            said.append(q)
    if record.language not in (language, ""):
        # A count of the same thing named in each language (see _counted_across).
        clash = _counted_across(text, tokens, read, recorded_, written, values, senders)
        if clash is not None:
            return clash
    if not said:
        return None
    same = known.same_as(rtokens)
    recalled = []
    for q in said:
        if senders(q.clause, q.index):
            continue
        if q.shape.startswith(_ASKED) and (_asked(text, tokens, q) or _proposed(text, tokens, q)):
            continue  # an amount or a length asked about, planned or offered
        recalled.append(q)
    said = recalled
    measured = _other_thing(text, tokens, said, recorded_, written, rtokens, known,
                            language, record.language or language)
    if measured is not None:
        return measured
    said = [q for q in said if q.value not in values]
    # Tied to the same recorded word first; a magnitude misremembered only then.
    for q in said:
        clause_words = [j for j in matches if tokens[j].clause == q.clause
                        and not tokens[j].fold[:1].isdigit() and not generic_word(j)]
        for r in recorded_:
            if r.shape != q.shape or r.value == q.value or _faithful(text, tokens, q, r):
                continue
            if q.shape.startswith(_ASKED):
                clash = _measure_clash(text, tokens, q, r, written, rtokens, same,
                                       clause_words, language, record.language or language)
                if clash is not None:
                    return clash
                continue
            if same(q.before, r.before):
                return (_said(text, tokens, q, q.before),), (_said(written, rtokens, r, r.before),)
            if same(q.after, r.after):
                return (_said(text, tokens, q, q.after),), (_said(written, rtokens, r, r.after),)
            if (q.shape == "pattern" or q.shape.startswith("unit:")) and any(
                    same(j, u) for j in clause_words
                    for u, w in enumerate(rtokens) if w.clause == r.clause):
                return (_said(text, tokens, q, q.after),), (_said(written, rtokens, r, r.after),)
    for q in said:
        if q.shape == "percent":
            clash = _percent_of_the_sentence(text, tokens, q, recorded_, written, rtokens,
                                             known, same, generic_word)
            if clash is not None:
                return clash
    for q in said:
        for r in recorded_:
            if r.shape == q.shape and q.shape not in ("date", "percent") \
                    and not q.shape.startswith("dur:") and _power_of_ten(q.value, r.value):
                for j in (q.after, q.before):
                    if known(j) and not generic_word(j):
                        return (_said(text, tokens, q, j),), (_said(written, rtokens, r, -1),)
    return None


# Shapes read anew with money and lengths of time: not asked about ("was it 3 months?").
_ASKED = ("money:", "dur:")
# Words right before a number that say it is approximate ("about 1 M€", "rund 300").
APPROXIMATE = frozenset(fold(w) for w in """about around roughly nearly almost approximately
    some over ~ c ca circa environ presque quelque quelques unos unas aproximadamente casi
    cerca alrededor etwa rund ungefähr fast knapp über circa quasi oltre quase aproximadamente
    cerca 约 近 約 およそ 약 대략""".split())


# What joins two things, so that an amount after it measures the second ("the €2M round
# with Kibo and the €300k grant").
_AND = frozenset("and und et y e or oder ou & plus".split())


def _coordinated(tokens: list[Token], j: int, i: int) -> bool:
    """Whether a conjunction stands between tokens ``j`` and ``i``."""
    if j < 0:
        return False
    for t in tokens[min(i, j) + 1:max(i, j)]:
        if t.fold in _AND:
            return True
    return False


def _clause_matched(tokens: list[Token], matches: dict, q: Quantity) -> bool:
    """Whether a word of the number's clause is a recorded one."""
    for j in matches:
        if tokens[j].clause == q.clause and not tokens[j].fold[:1].isdigit():
            return True
    return False


def _tied(text: str, tokens: list[Token], q: Quantity, language: str) -> list[int]:
    """The message words a number is tied to: the words before and after it, and for an
    amount or a length the rest of what it measures ("a three-month pricing proof of
    concept")."""
    out = [q.before, q.after]
    if q.after >= 0 and q.shape.startswith(_ASKED):
        out.extend(_measured(text, tokens, q.after, language)[1:])
    return out


_CLAUSE_ENDS = re.compile(r"[,;:.!?\n。！？，、；]")


# Question words: a question they open takes its figures as given ("how did the 6-week
# pilot go?"), unlike one that asks whether ("was it €3M?").
_WH = frozenset(fold(w) for w in """how what which when where who why wie was welche welcher
    welches wann wo warum comment quel quelle quels quelles quand où pourquoi cómo como qué
    que cuál cual cuándo dónde por come com cosa quale quali quando dove perché qual onde
    porque""".split())


# Words of a clause that proposes or plans rather than recalls ("happy to set up a 2-week
# pilot", "could we try a €5k pilot", "la prochaine phase de 3 mois", "次の3ヶ月").
_PROPOSING = frozenset(fold(w) for w in """would could can shall should will let lets offer
    offering propose proposing suggest plan plans planning planned next another upcoming
    happy glad gern gerne volontiers würde würden könnte könnten können kann soll sollen
    wollen werden wird anbieten vorschlagen nächste nächsten nächstes weitere weiteren
    geplant plant pourrait pourrions pourriez voudrais proposer proposons offrir prochain
    prochaine prochains autre prévu prévoit podría podríamos podemos puedo proponer
    propongo ofrecer próximo próxima próximos otro otra planea previsto potrebbe potremmo
    possiamo proporre offrire prossimo prossima prossimi altro altra poderia poderíamos
    propor proponho oferecer outro outra""".split())
_CJK_PROPOSING = ("下次", "下一", "计划", "打算", "予定", "次の", "次回", "다음", "계획", "예정")


def _proposed(text: str, tokens: list[Token], q: Quantity) -> bool:
    """Whether the clause of a number proposes or plans (see _PROPOSING): its figure is an
    offer, not a recollection the record could contradict."""
    a = b = q.index
    while a > 0 and tokens[a - 1].clause == q.clause:
        a -= 1
    while b + 1 < len(tokens) and tokens[b + 1].clause == q.clause:
        b += 1
    for t in tokens[a:b + 1]:
        if t.fold in _PROPOSING:
            return True
    span = text[tokens[a].start:tokens[b].end]
    return any(w in span for w in _CJK_PROPOSING)


# The same in CJK text, anywhere in the clause ("3个月的PoC进展如何？", "いかがでしたか？").
_CJK_WH = ("如何", "怎么", "怎样", "什么", "哪", "多少", "いかが", "どう", "何", "어떠", "어떻",
           "어땠", "무엇", "얼마")


def _asked(text: str, tokens: list[Token], q: Quantity) -> bool:
    """Whether the clause a number ends in asks whether ("was it €3M?", "¿fueron 3 M€?");
    not a question that takes it as given ("how did the 6-week pilot go?") nor the clause
    of a question's presupposition ("now that the 3-month PoC is over, could we ...?")."""
    m = _CLAUSE_ENDS.search(text, q.end)
    while m is not None and m.group() in ".," and text[m.end():m.end() + 1].isdigit():
        m = _CLAUSE_ENDS.search(text, m.end())  # "1.5", "1,2"
    if m is None or m.group() not in "?？":
        return False
    first = q.index
    while first > 0 and tokens[first - 1].clause == q.clause:
        first -= 1
    span = text[tokens[first].start:m.start()]
    return tokens[first].fold not in _WH and not any(w in span for w in _CJK_WH)


def _faithful(text: str, tokens: list[Token], q: Quantity, r: Quantity) -> bool:
    """Whether the message's number restates the record's one loosely: approximately
    ("about 1 M€", "rund 300 Nutzer": within a third), or rounded ("$1M" for "$1.2M", at
    most a fifth off, for an amount of money or a figure of four digits or more)."""
    if not (q.value.isdigit() and r.value.replace(".", "", 1).isdigit()):
        return False
    said, given = int(q.value), float(r.value)
    if not given:
        return False
    off = abs(said - given) / given
    i = q.index
    approximate = i > 0 and (tokens[i - 1].fold in APPROXIMATE or text[
        max(0, q.start - 2):q.start].strip() in ("~", "≈", "+/-")) or (
        i > 1 and fold(text[tokens[i - 2].start:tokens[i - 1].end]) in _ROUGHLY)
    if approximate:
        return off <= 0.34
    if off > 0.2 or not (q.shape.startswith("money:") or given >= 1000):
        return False
    # Rounded: the record's figure rounded (or cut) to the message's last significant digit
    # ("3,000" or "2,800" for 2,870; "$1M" for 1.2M), not another figure as precise as it
    # ("2,830" for 2,359).
    zeros = len(str(said)) - len(str(said).rstrip("0"))
    unit = 10 ** zeros
    return zeros > 0 and said in (int(given / unit + 0.5) * unit, int(given // unit) * unit)


# Two words that say a number is approximate ("more than", "près de", "más de").
_ROUGHLY = frozenset(fold(w) for w in ("more than", "less than", "close to", "près de",
                                        "plus de", "más de", "cerca de", "mehr als",
                                        "più di", "mais de", "upwards of", "just under",
                                        "just over", "a little over", "little over"))


def _measure_clash(text: str, tokens: list[Token], q: Quantity, r: Quantity, written: str,
                   rtokens, same, clause_words: list[int], language: str,
                   record_language: str):
    """An amount of money or a length of time the record gives otherwise for the same
    thing: a word it is tied to is one the record's is tied to, on either side ("12-day
    close" / "close from 12 days"); for money, a recorded word of its clause is also in the
    record's clause ("3 M€ con Seaya" / "ronda de 1,2 M€ liderada por Seaya"). A length of
    years that grew says nothing (the record was written earlier)."""
    if q.shape == "dur:year" and q.value.isdigit() and r.value.isdigit() \
            and int(q.value) > int(r.value):
        return None
    mine = [j for j in _tied(text, tokens, q, language) if not _coordinated(tokens, j, q.index)]
    theirs = [r.before, r.after]
    if r.after >= 0:
        theirs.extend(_measured(written, rtokens, r.after, record_language)[1:])
    for j in mine:
        for u in theirs:
            if j >= 0 and u >= 0 and same(j, u):
                return (_said(text, tokens, q, j),), (_said(written, rtokens, r, u),)
    if q.after >= 0:
        for u in theirs:
            if u >= 0 and _spelled_out(text, tokens, q.after, written, rtokens[u]):
                return (text[q.start:tokens[mine[-1]].end],), (_said(written, rtokens, r, u),)
    if q.shape.startswith("money:"):
        last = r.clause
        for w in rtokens:
            if r.start <= w.start < r.end:
                last = w.clause  # "1,2 M€" ends in the clause its comma opens
        for j in clause_words:
            if _coordinated(tokens, j, q.index):
                continue  # "the €2M round with Kibo and the €300k EIC grant"
            for u, w in enumerate(rtokens):
                if r.clause <= w.clause <= last and same(j, u):
                    return (_said(text, tokens, q, j),), (_said(written, rtokens, r, -1),)
    return None


def _spelled_out(text: str, tokens: list[Token], at: int, written: str, word) -> bool:
    """Whether the words from ``at`` end in the spelled-out form of a recorded acronym
    ("pricing proof of concept" for "PoC", "total cost of ownership" for "TCO")."""
    acronym = written[word.start:word.end]
    if not 2 <= len(acronym) <= 5 or sum(c.isupper() for c in acronym) < 2 \
            or not acronym.isalpha():
        return False
    initials = ""
    j = at
    while j < len(tokens) and len(initials) < 6 and tokens[j].fold[:1].isalpha() \
            and tokens[j].fold < CJK_FIRST and (j == at or _joined(text, tokens[j - 1],
                                                                      tokens[j])):
        initials += tokens[j].fold[0]
        if initials.endswith(word.fold) and j > at:
            return True
        j += 1
    return False


# What people count about a contact's organisation, a line a thing, in the columns of
# crosslang's gloss (English | Spanish | French | German | Italian | Portuguese | Chinese |
# Japanese | Korean): whole words, or CJK forms right beside the number. A count of the same
# thing in the notes' language and the message's is compared (see _counted_across).
_COUNTED_TABLE = """users user | usuarios usuario | utilisateurs utilisateur | nutzer benutzer
    anwender | utenti utente | usuários usuário utilizadores | 用户 | ユーザー | 사용자 유저 이용자
employees employee staff | empleados trabajadores | employés salariés collaborateurs |
    mitarbeiter mitarbeitende beschäftigte angestellte | dipendenti collaboratori |
    funcionários colaboradores empregados | 员工 | 従業員 社員 | 직원 임직원
customers customer clients client | clientes cliente | clients client | kunden kundinnen |
    clienti cliente | clientes cliente | 客户 | 顧客 | 고객
stores shops outlets branches | tiendas sucursales | magasins boutiques | filialen geschäfte
    läden | negozi filiali | lojas filiais | 门店 | 店舗 | 매장 점포
trucks lorries vehicles | camiones vehículos | camions véhicules | lkw lastwagen fahrzeuge |
    camion veicoli | caminhões camiões veículos | 卡车 车辆 | トラック 車両 | 트럭 차량
members | socios miembros | membres adhérents | mitglieder | soci membri iscritti | sócios
    membros | 会员 成员 | 会員 メンバー | 회원 멤버
students pupils | estudiantes alumnos | étudiants élèves | studierende studenten schüler |
    studenti alunni | alunos estudantes | 学生 | 学生 生徒 | 학생
downloads installs | descargas | téléchargements | downloads | download | downloads | 下载 |
    ダウンロード | 다운로드
followers subscribers | seguidores suscriptores | abonnés | follower abonnenten | follower
    iscritti | seguidores inscritos | 粉丝 | フォロワー 登録者 | 팔로워 구독자
wishlists | | | wunschlisten | | | 愿望单 | ウィッシュリスト | 위시리스트
beds | camas | lits | betten | posti letto | leitos | 床位 | 病床 | 병상
patients | pacientes | patients | patienten | pazienti | pacientes | 患者 | 患者 | 환자
rooms | habitaciones | chambres | zimmer | camere | quartos | 客房 | 客室 | 객실
engineers developers | ingenieros desarrolladores | ingénieurs développeurs | ingenieure
    entwickler | ingegneri sviluppatori | engenheiros desenvolvedores | 工程师 | エンジニア 開発者 |
    엔지니어 개발자
warehouses warehouse depots | almacenes bodegas | entrepôts entrepôt | lager lagerhallen
    lagerhäuser | magazzini depositi | armazéns | 仓库 | 倉庫 | 창고
factories factory | fábricas | usines usine | fabriken werke | fabbriche stabilimenti |
    fábricas | 工厂 | 工場 | 공장
farms farm | granjas fincas | fermes | bauernhöfe höfe | fattorie | fazendas quintas | 农场 |
    農場 | 농장
restaurants restaurant | restaurantes | restaurants | restaurants | ristoranti |
    restaurantes | 餐厅 | レストラン | 레스토랑 식당
hotels hotel | hoteles | hôtels | hotels | alberghi | hotéis | 酒店 | ホテル | 호텔
clinics hospitals | clínicas hospitales | cliniques hôpitaux | kliniken krankenhäuser |
    cliniche ospedali | clínicas hospitais | 诊所 医院 | クリニック 病院 | 클리닉 병원
schools | escuelas colegios | écoles | schulen | scuole | escolas | 学校 | 学校 | 학교
offices | oficinas | bureaux | büros | uffici | escritórios | 办事处 | 事務所 | 사무소
pairs | pares parejas | paires couples | paare brutpaare | coppie paia | pares casais | 对 |
    つがい | 쌍
volunteers | voluntarios voluntarias | bénévoles volontaires | freiwillige ehrenamtliche |
    volontari | voluntários voluntárias | 志愿者 | ボランティア | 자원봉사자 봉사자
hives colonies | colmenas | ruches colonies | bienenvölker völker bienenstöcke | alveari arnie
    colonie | colmeias colônias | 蜂箱 蜂群 | 巣箱 | 벌통
trees | árboles olivos | arbres oliviers | bäume | alberi ulivi olivi | árvores oliveiras | 棵 |
    | 그루
cows cattle | vacas | vaches | kühe rinder | mucche vacche | vacas | 头牛 奶牛 | 頭 | 젖소
boats vessels | barcos embarcaciones | bateaux navires | boote schiffe | barche imbarcazioni
    navi | barcos embarcações | 艘 | 隻 | 척
books copies volumes | libros ejemplares | livres exemplaires | bücher exemplare bände |
    libri copie | livros exemplares | 册 | 冊 | 권
tonnes tons | toneladas | tonnes | tonnen | tonnellate | toneladas | 吨 | トン | 톤"""
_COUNTED: dict[str, int] = {}  # a Latin word -> its thing, read lazily
_COUNTED_CJK: list[tuple[str, int]] = []  # CJK forms, longest first
# What stands between a CJK count and its thing ("300名の従業員", "300명의 직원", "2万件の").
_CJK_LINKS = "のの的의 名位个個人件명"


def _counted_things() -> dict[str, int]:
    if not _COUNTED:
        for n, line in enumerate(re.split(r"\n(?=\S)", _COUNTED_TABLE)):
            for column in line.split("|"):
                for word in column.split():
                    if word[0] >= CJK_FIRST:
                        _COUNTED_CJK.append((word, n))
                    else:
                        _COUNTED[fold(word)] = n
        _COUNTED_CJK.sort(key=lambda pair: -len(pair[0]))
    return _COUNTED


def _thing_counted(text: str, tokens, q: Quantity) -> int | None:
    """The thing of the table a count counts: its word after it ("300 users", "1 200
    utilisateurs actifs"), or a CJK form right before or after it ("ウィッシュリスト2万件",
    "300名の従業員", "직원 300명")."""
    for j in (q.after, q.after + 1 if q.after >= 0 else -1):
        if 0 <= j < len(tokens):
            thing = _thing_of(tokens[j].fold)
            if thing is not None:
                return thing
    # A CJK thing right after the count, or before it with at most a verb between
    # ("下载量突破5万次", "다운로드 5만 건").
    head = text[max(0, q.start - 12):q.start].rstrip()
    tail = text[q.end:q.end + 12].lstrip().lstrip(_CJK_LINKS).lstrip()
    for form, n in _COUNTED_CJK:
        if tail.startswith(form) or form in head[-len(form) - 3:]:
            return n
    return None


def _thing_of(folded: str) -> int | None:
    """The thing of the table a Latin word names, its inflections too ("Mitarbeitern")."""
    things = _counted_things()
    thing = things.get(folded)
    if thing is None and len(folded) > 6:
        thing = things.get(folded[:-1]) if folded[-1] in "ns" else None
        if thing is None and folded[-2:] in ("en", "es"):
            thing = things.get(folded[:-2])
    return thing


def _counted_across(text: str, tokens: list[Token], read: list[Quantity], recorded_,
                    written: str, values, senders):
    """A count of a thing in the message's language that the notes, in another language,
    give otherwise ("aux 1 200 utilisateurs" / "rolling out to 300 users",
    "ウィッシュリスト2万件" / "5,000 wishlists")."""
    theirs = []
    for r in recorded_:
        if r.shape == "count" or r.shape.startswith("ctr:"):
            thing = _recorded_thing(written, r)
            if thing is None:
                thing = _thing_counted(written, (), r)
            if thing is not None:
                theirs.append((r, thing))
    if not theirs:
        return None
    for q in read:
        if not (q.shape == "count" or q.shape.startswith("ctr:")) or q.value in values \
                or senders(q.clause, q.index) or _proposed(text, tokens, q) \
                or _of_others(tokens, q):
            continue
        thing = _thing_counted(text, tokens, q)
        if thing is None:
            continue
        for r, recorded_thing in theirs:
            if r.value != q.value and recorded_thing == thing \
                    and not _faithful(text, tokens, q, r):
                said = _said(text, tokens, q, -1)
                # Quoted to its thing past a name between them ("3 Bielefeld warehouses").
                j = q.after + 1
                if 0 < j < len(tokens) and _thing_of(tokens[j].fold) == thing \
                        and _thing_of(tokens[q.after].fold) is None:
                    said = text[q.start:tokens[j].end]
                return (said,), (_said_plain(written, r),)
    return None


# Words that put a count on someone else's things ("d'autres hôpitaux ont 2 000
# utilisateurs", "otros clientes").
_OTHERS = frozenset(fold(w) for w in """other others another autre autres otro otros otra
    otras andere anderen anderer altri altre altro outro outros outra outras 其他 他の 다른
    """.split())


def _of_others(tokens: list[Token], q: Quantity) -> bool:
    """Whether the clause of a count speaks of other people's things (see _OTHERS)."""
    for t in tokens:
        if t.clause == q.clause and (t.fold in _OTHERS or t.fold[:2] in ("其他", "他の", "다른")):
            return True
    return False


def _recorded_thing(written: str, r: Quantity) -> int | None:
    """The thing of the table a recorded count counts (its next word, as written)."""
    m = re.match(r"[\s\u00a0]*(\w+)(?:[\s\u00a0]+(\w+))?", written[r.end:])
    if m is not None:
        for word in m.groups():
            thing = _thing_of(fold(word)) if word is not None else None
            if thing is not None:
                return thing
    return None


def _said_plain(written: str, r: Quantity) -> str:
    """The recorded count with the word after it, as written ("300 users")."""
    m = re.match(r"[\s\u00a0]*\w+", written[r.end:])
    return written[r.start:r.end + (m.end() if m is not None else 0)]


# What ends a thought between a recorded word and its percentage ("churn; 30% of clients"
# is another fact); a colon or a comma does not ("chargeback rates in retail: 2.3%"), nor
# the point of a decimal ("2.3").
_THOUGHT_ENDS = re.compile(r"[;!?\n。！？；]|\.(?!\d)")


def _one_thought(written: str, a: int, b: int) -> bool:
    """Whether nothing ends a thought between offsets ``a`` and ``b`` of ``written``."""
    a, b = min(a, b), max(a, b)
    return _THOUGHT_ENDS.search(written, a, b) is None


def _percent_of_the_sentence(text: str, tokens: list[Token], q: Quantity, recorded_,
                             written: str, rtokens, known, same, generic_word):
    """The record's one percentage of the thought that holds the recorded word the
    message's percentage is tied to, when it is another value ("3,2% de chargeback" for
    "chargeback rates in Pernambuco retail: 2.3%"): the record gives that word's figure
    written apart from it. Not when that thought gives several percentages (which one the
    word has is then unknown)."""
    words = [j for j in (q.before, q.after) if known(j) and not generic_word(j)]
    if not words:
        return None
    for r in recorded_:
        if r.shape != "percent" or r.value == q.value:
            continue
        if any(o is not r and o.shape == "percent" and _one_thought(written, o.start, r.start)
               for o in recorded_):
            continue
        for j in words:
            for u, w in enumerate(rtokens):
                if not same(j, u):
                    continue
                if _one_thought(written, w.end if w.end <= r.start else w.start,
                                r.start if w.end <= r.start else r.end):
                    return (_said(text, tokens, q, j),), (written[min(w.start, r.start):
                                                                  max(w.end, r.end)],)
    return None


class _Known:
    """What the record holds of each message word (a template word too), looked up once.

    An object, not nested functions: once compiled, closures that call each other keep
    their scope alive in a reference cycle, and with it the draft's tokens."""

    __slots__ = ("tokens", "matches", "record", "language", "found")

    def __init__(self, tokens: list[Token], matches: dict, record, language: str) -> None:
        self.tokens, self.matches, self.record, self.language = tokens, matches, record, language
        self.found: dict[int, set[str] | frozenset[str]] = {}

    def __call__(self, j: int) -> set[str] | frozenset[str]:
        if j < 0:
            return frozenset()
        if j in self.matches:
            return self.matches[j]
        found = self.found.get(j)
        if found is None:
            t = self.tokens[j]
            found = self.found[j] = frozenset() if t.fold[:1].isdigit() else self.record.lookup(
                t.key, {t.key, stem(self.language, t.lower)}) or frozenset()
        return found

    def same_as(self, rtokens) -> "_SameWord":
        return _SameWord(self, rtokens, self.record._languages)


class _SameWord:
    """Whether message word ``j`` and record word ``u`` are the same recorded word."""

    __slots__ = ("known", "rtokens", "languages")

    def __init__(self, known: _Known, rtokens, languages) -> None:
        self.known, self.rtokens, self.languages = known, rtokens, languages

    def __call__(self, j: int, u: int) -> bool:
        near = self.known(j)
        if not near or u < 0:
            return False
        w = self.rtokens[u]
        return w.key in near or any(stem(lang, w.lower) in near for lang in self.languages)


def _said(text: str, tokens: list[Token], q: Quantity, word: int) -> str:
    """The number with the word it is tied to (``word``, or its own), as written."""
    word = word if word >= 0 else q.after if q.after >= 0 else q.before
    a, b = q.start, q.end
    if word >= 0:
        a, b = min(a, tokens[word].start), max(b, tokens[word].end)
    return text[a:b]


def _other_thing(text: str, tokens: list[Token], said: list[Quantity],
                 recorded_: list[Quantity], written: str, rtokens: list[Token], known,
                 language: str, record_language: str
                 ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The recorded amount of another thing: the same number with the same unit ("40 kg"),
    measuring words one of which the record does not hold, where the record's measured words
    hold one the message does not ("40 kg of alpaca" for "40 kg of merino yarn", "200 kg de
    harina de centeno" for "200 kg de harina de espelta")."""
    words = None
    for q in said:
        if not q.shape.startswith("unit:") or q.after < 0:
            continue
        mine = _measured(text, tokens, q.after, language)
        if all(known(j) for j in mine):
            continue
        for r in recorded_:
            if r.shape != q.shape or r.value != q.value or r.after < 0:
                continue
            if words is None:
                words = {t.fold for t in tokens}
            theirs = _measured(written, rtokens, r.after, record_language)
            if record_language != language:
                # Translated words are never spelled alike ("2.000 hectáreas de café" for
                # "2,000 ha of coffee"): only two things the gloss tells apart clash.
                if _glossed_apart(text[tokens[mine[0]].start:tokens[mine[-1]].end], language,
                                  written[rtokens[theirs[0]].start:rtokens[theirs[-1]].end],
                                  record_language):
                    return ((text[q.start:tokens[mine[-1]].end],),
                            (written[r.start:rtokens[theirs[-1]].end],))
                continue
            if any(rtokens[u].fold not in words for u in theirs):
                return ((text[q.start:tokens[mine[-1]].end],),
                        (written[r.start:rtokens[theirs[-1]].end],))
    return None


def _glossed_apart(said: str, language: str, recorded_: str, record_language: str) -> bool:
    """Whether the gloss names a thing in each text and none in both (see crosslang)."""
    from .crosslang import topics

    mine, theirs = topics(said, language), topics(recorded_, record_language)
    return bool(mine) and bool(theirs) and mine.keys().isdisjoint(theirs)


def _measured(text: str, tokens: list[Token], at: int, language: str) -> list[int]:
    """The words a unit measures, from ``at``: up to three content words, joined by "of",
    "de", "di" but no other stop word or punctuation ("harina de espelta", "Maris Otter
    malt")."""
    out = [at]
    j = at + 1
    while j < len(tokens) and len(out) < 3 and _joined(text, tokens[j - 1], tokens[j]):
        u = tokens[j]
        if u.fold in _OF:
            j += 1
            continue
        if u.fold[:1].isdigit() or u.fold < CJK_FIRST and is_stop(language, u.fold) \
                or u.fold in MONTHS:
            break
        out.append(j)
        j += 1
    return out
