"""The right occasion or project in the wrong city (R4), in any of the nine languages and
across them: "your talk at the Osaka congress" for notes "横浜の学会で講演", "香港でのHR Tech
Asia" for "HR Tech Asia in Singapore", "보스턴 BIO International" for "BIO International in
San Diego", "les entrepôts de Lille et Amiens" for "2 warehouses (Lille and Arras)".

The word-by-word slots (:mod:`.slots`, the venue rules of :mod:`.details`) read a place after
a link in the record's own language; a city written before its event ("the Osaka
congress"), in another script ("香港での"), as its demonym ("la fiera torinese") or as one
of a pair misses them. Here the places are the table's (:mod:`.places`, every spelling of
each), a city's demonym, and a capitalized name written in a list with a city of the table
("Lille et Amiens": a place in a list of places is a place). The message *swaps* a place
when (all of):

1. it names a place, in a sentence holding a word the record's detail matched (its words
   outside the place itself: the place is said of the same thing), and the record names
   that place nowhere, in no spelling;
2. the record names another place, in a sentence holding a word of the same match, that the
   message never names, in any spelling, and the two lie apart: two cities or two
   countries, or a city and a country or region that does not hold it (the table knows
   where places lie: "Web Summit in Portugal" restates "in Lisbon", "in Spain" does not;
   "Shibuya" restates "Tokyo");
3. the message's sentence is no plan or other edition ("see you in Lisbon next year", "来年
   は大阪で") and the place is not the sender's ("our office in Porto", "我们在深圳有仓").

A country, a region or a demonym also says where the reader lives or sells ("your team in
Germany") or where a thing comes from ("la pasta bolognese"): it counts only right beside
the detail's words, a demonym only beside an event's noun.
"""

from __future__ import annotations

import re

from .lexicon import EVENT_NOUNS, EXCHANGE_WORDS
from .normalize import fold
from .text import Token, tokenize

# Words joining two places of a list ("Lille and Arras", "Lille et Amiens", "Lille e
# Arras", "Lille und Arras"); not a comma, which also ends a clause ("in Lyon, Marie").
_AND = r"(?:&|and|or|et|ou|y|o|e|und|oder|ed)"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
_AFTER = re.compile(rf"\s*{_AND}\s+({_NAME})")
_LIST_END = re.compile(r"\s*(?:[^\w\s]|$)")
_BEFORE = re.compile(rf"({_NAME})\s*{_AND}\s+$")

# Words of a plan or of another edition: a place there is where something will be, not
# where the recorded thing was ("I'll be at the next one in Nantes", "nos vemos en Sevilla
# el próximo año"). Not "see" or "again", which also recall ("great to see you again at X").
# Asked for every venue of many drafts: the stems are looked for first, the pattern only
# when one is there.
_PLAN_STEMS = ("next", "upcoming", "coming", "soon", "will", "'ll", "’ll", "chste", "kommend",
               "bald", "prochain", "bient", "róxim", "roxim", "pronto", "prossim", "presto",
               "明年", "来年", "下次", "下届", "下屆", "下周", "下週", "下个月", "下月", "来週",
               "来月", "今度", "次回", "再来年", "내년", "다음", "会いましょう", "뵙겠", "뵐게",
               "만나요")
_PLANS = re.compile(r"""\b(?:next|upcoming|coming|soon|will
    |nächste[nrs]?|naechste[nrs]?|kommende[n]?|bald
    |prochaine?|prochainement|bientôt|bientot
    |próxim[oa]|proxim[oa]|pronto
    |prossim[oa]|presto)\b
    |\w['’]ll\b
    |明年|来年|下次|下届|下屆|下周|下週|下个月|下月|来週|来月|今度|次回|再来年|내년|다음
    |会いましょう|뵙겠|뵐게|만나요""",
                    re.VERBOSE)  # searched in the lowered text: faster than IGNORECASE
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]+")
_SENTENCE = re.compile(r"[.!?。！？\n]+")


class _Place:
    """A place written in a text: its key (the table's place, or a folded name), its kind
    ("city", "country" or None, see :func:`.places.place_kind`), where it is, the sentence
    it stands in and its folded name."""

    __slots__ = ("key", "kind", "start", "end", "sentence", "name", "adjective")

    def __init__(self, key, kind: str | None, start: int, end: int, sentence: int,
                 name: str, adjective: bool = False) -> None:
        self.key, self.kind, self.start, self.end = key, kind, start, end
        self.sentence, self.name, self.adjective = sentence, name, adjective


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _SENTENCE.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _sentence_at(bounds: list[tuple[int, int]], at: int) -> int:
    for n, (a, b) in enumerate(bounds):
        if a <= at < b:
            return n
    return len(bounds) - 1


def places_in(text: str, said: bool = False) -> list[_Place]:
    """The places of ``text``: the table's, a city's demonym, and a capitalized name in a
    list with a city of the table ("Lille et Amiens", "Arras and Lille"), which is a city
    too; in a message (``said``), only where the list ends, before a mark or the end ("de
    Lille et Amiens ?"): "in Lisbon and Maria was lovely" lists no place."""
    from .places import demonym_place, find, place_kind, place_of  # the table: on this path

    bounds = _sentences(text)
    found = find(text)
    out = [_Place(place, place_kind(place), a, b, _sentence_at(bounds, a), fold(text[a:b]))
           for place, a, b in found]
    taken = [(a, b) for _, a, b in found]
    for m in _LATIN_WORD.finditer(text):
        # A city's demonym ("la fiera torinese", "die Hamburger Messe"): the city, said of
        # a thing beside it (see place_swap).
        if len(m.group()) >= 7:
            place = demonym_place(m.group())
            if place is not None and not any(a <= m.start() < b for a, b in taken):
                out.append(_Place(place, "city", m.start(), m.end(),
                                  _sentence_at(bounds, m.start()), fold(m.group()), True))
    for place, a, b in found:
        if place_kind(place) != "city":
            continue
        for m in (_AFTER.match(text, b), _BEFORE.search(text, max(0, a - 40), a)):
            if m is None or place_of(m.group(1)) is not None \
                    or said and m.end() > b and not _LIST_END.match(text, m.end()):
                continue
            start, end = m.start(1), m.end(1)
            name = fold(m.group(1))
            out.append(_Place(name, "city", start, end, _sentence_at(bounds, start), name))
    return out


# The record's places, by its text: one record is checked against many drafts.
_RECORDED: dict[str, list[_Place]] = {}


def _recorded_places(written: str) -> list[_Place]:
    try:
        return _RECORDED[written]
    except KeyError:
        pass
    found = places_in(written) if _may_name_place(written) else []
    if len(_RECORDED) > 5_000:
        _RECORDED.clear()  # bounded: a long policy check streams new records
    _RECORDED[written] = found
    return found


def _may_name_place(text: str) -> bool:
    """Whether ``text`` may hold a place at all: a capital past its first letter or a CJK
    letter (the cheap test before the table is read)."""
    return any(c.isupper() for c in text[1:]) or not text.isascii()


def planned_at(text: str, at: int, written: str) -> bool:
    """Whether the sentence of ``text`` holding offset ``at`` plans or names another edition
    (see :data:`_PLANS`): a place there is no claim about the recorded one. Not when the
    record ``written`` plans too ("they'd open a Lisbon studio next year"): then the plan is
    the recorded thing."""
    if not _planned(text) or _planned(written):
        return False  # no plan anywhere in the message: the usual case
    for a, b in _sentences(text):
        if a <= at < b:
            return _planned(text[a:b])
    return False


def _planned(sentence: str) -> bool:
    """Whether a sentence plans or names another edition (see :data:`_PLANS`)."""
    lowered = sentence.lower()
    return any(w in lowered for w in _PLAN_STEMS) and _PLANS.search(lowered) is not None


def _holds(sentence: str, keys: set[str]) -> bool:
    """Whether a sentence of the record holds one of a match's record keys: a word of it,
    or, for a key in a script without spaces, anywhere."""
    words = {t.key for t in tokenize(sentence)}
    folded = None
    for key in keys:
        if key in words:
            return True
        if not key.isascii():
            if folded is None:
                folded = fold(sentence)
            if key in folded:
                return True
    return False


def _same(a: _Place, b: _Place) -> bool:
    """Whether two places are one: the same row of the table, or names sharing a beginning
    ("Lisboa" / "Lisbon" when neither is in the table). A name the table holds only part
    of is found as that part ("Santiago de Compostela" as "Santiago"): no row may hold a
    longer name whose short form is another row's."""
    if a.key == b.key:
        return True
    return isinstance(a.key, str) and isinstance(b.key, str) and a.name[:4] == b.name[:4]


def _apart(a: _Place, b: _Place) -> bool:
    """Whether two places are two: lying apart by the table (Lisbon and Spain; not Lisbon
    and Portugal or Shibuya and Tokyo, one said otherwise), else two cities or two countries
    of their own."""
    if _same(a, b):
        return False
    if isinstance(a.key, int) and isinstance(b.key, int):
        from .places import apart  # the table: read on this path only

        found = apart(a.key, b.key)
        if found is not None:
            return found
    return a.kind is not None and a.kind == b.kind


def _beside_event(tokens: list[Token], place: _Place) -> bool:
    """Whether the demonym ``place`` says of an event's noun ("fiera", "Messe", "congress")
    where it was: the noun within three words of it, in its clause, on the side the
    adjective goes: after a capitalized one ("die Hamburger Hausbau-Messe", "the Parisian
    fair"), before a lower-case one ("la fiera del design torinese", "le salon
    toulousain"). Not where a thing comes from ("la pasta bolognese al Salone")."""
    inside = [i for i, t in enumerate(tokens) if place.start <= t.start < place.end]
    if not inside:
        return False
    first, last = inside[0], inside[-1]
    clause = tokens[first].clause
    around = tokens[last + 1:last + 4] if tokens[first].capital \
        else tokens[max(0, first - 3):first]
    for t in around:
        if t.clause == clause and (t.fold in EVENT_NOUNS or t.fold in _MORE_EVENTS):
            return True
    return False


# Event nouns the lexicon's list lacks ("il salone veronese", "la mostra", "das Festival").
_MORE_EVENTS = frozenset(fold(w) for w in """salone mostra rassegna festival festa sagra
    exposition exposição exposicion exposición muestra messen kongresses salão""".split())


def _attached(tokens: list[Token], matches, said: list[_Place], place: _Place) -> bool:
    """Whether a matched word (no place) stands within three words of ``place``, in its
    clause ("Web Summit in Spain", "스페인 Web Summit"): the place is the occasion's."""
    inside = [i for i, t in enumerate(tokens) if place.start <= t.start < place.end]
    if not inside:
        return False
    first, last = inside[0], inside[-1]
    clause = tokens[first].clause
    for i in matches:
        t = tokens[i]
        if (first - 3 <= i < first or last < i <= last + 3) and t.clause == clause \
                and not any(p.start <= t.start < p.end for p in said):
            return True
    return False


# Words of an exchange ("our chat", "unser Gespräch", "nuestra conversación"): the clause's
# "we" or "our" is then the sender and the reader, and its place is where they met. Not
# "talk", which is often the reader's alone ("your talk ... inspired our Antwerp team").
_EXCHANGE = EXCHANGE_WORDS | frozenset(fold(w) for w in """chat chats charla
    chiacchierata conversazione conversation""".split())


def _exchange(tokens: list[Token], at: int) -> bool:
    """Whether the clause of word ``at`` speaks of an exchange of the sender and the reader."""
    clause = tokens[at].clause
    for t in tokens[max(0, at - 12):at + 12]:
        if t.clause == clause and t.fold in _EXCHANGE:
            return True
    return False


def place_swap(text: str, tokens: list[Token], personal: list[int],
               matches: dict[int, set[str]], record, exclude
               ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(the message's city, the record's), when the message moves a matched detail from the
    record's city to another (see the module); ``exclude``: the merge fields' and names'
    keys (a reader called Florence is no city)."""
    if not matches or not personal:
        return None
    from .places import may_hold_place  # the table: read on this path only

    if not may_hold_place(tokens, personal):
        return None  # no word of the message may be a place: the usual case
    written = record.written
    recorded = _recorded_places(written)
    if not recorded:
        return None  # the record names no place
    said = places_in(text, said=True)
    if not said:
        return None
    lo, hi = tokens[personal[0]].start, tokens[personal[-1]].end
    bounds = _sentences(text)
    record_bounds = _sentences(written)
    from .crosslang import _company_says  # the sender's company ("我们在深圳有仓")
    from .record import _senders_clause  # "I was at the Antwerp one too"

    folded_record = None
    for place in said:
        if place.start < lo or place.end > hi or any(_same(place, r) for r in recorded):
            continue
        if isinstance(place.key, str):
            # A name read as a place from its list: one the record holds otherwise ("in
            # Lisbon and Maria", Maria a recorded colleague) is no place of the message's.
            if folded_record is None:
                folded_record = fold(written)
            if place.key in folded_record:
                continue
        a, b = bounds[place.sentence]
        # The matched words of the sentence, outside the place: what it is said of (another
        # recorded place too: "Lille et Amiens" for "Lille and Arras").
        keys: set[str] = set()
        for i, found in matches.items():
            t = tokens[i]
            if a <= t.start < b and not place.start <= t.start < place.end:
                keys |= found
        if not keys or _planned(text[a:b]) and not _planned(written):
            continue
        at = next((i for i, t in enumerate(tokens) if t.start >= place.start), None)
        if at is None or tokens[at].key in exclude or (
                _company_says(text, tokens, at) or _senders_clause(tokens, at)
        ) and not _exchange(tokens, at):
            continue  # a name, or the sender's city ("we just opened a depot in Antwerp");
            # not where "we" met or talked ("our chat at the Antwerp edition")
        attached = None
        for other in recorded:
            if not _apart(place, other) or any(_same(other, p) for p in said):
                continue
            if place.kind != "city" or other.kind != "city" or place.adjective:
                # A country or region is also where the reader lives or sells ("your team
                # in Germany"), a demonym where a thing comes from: the occasion's only
                # beside its words.
                if attached is None:
                    attached = _attached(tokens, matches, said, place) and (
                        not place.adjective or _beside_event(tokens, place))
                if not attached:
                    continue
            ra, rb = record_bounds[other.sentence]
            if _holds(written[ra:rb], keys):
                return (text[place.start:place.end],), (written[other.start:other.end],)
    return None
