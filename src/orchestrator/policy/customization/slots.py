"""The right detail with a wrong name beside it (R4): the message names a recorded thing and,
in the same slot next to it, a name the record gives otherwise.

A name stands in a slot of a recorded word when it is written right after the word (or the
word's run of recorded words), directly or joined by a link ("for", "in", "für", "de", "di",
"em"), or right before it: "your soundtrack for Driftmoor", "Hausbau-Messe in Hannover",
"Hitzeinsel-Karte für Linz", "Flutter Porto Alegre", "la cooperativa de Alzira", "Codemotion
di Roma". The record's slot is read the same way around the same word, where a link may also
be followed by an article and one plain word ("the soundtrack for the game 'Saltmarsh'").

The message *clashes* when (all of):

1. its name is a name (capitalized mid-sentence, an acronym; in German, where every noun is
   capitalized, a place the table of places knows) the record holds nowhere;
2. the record's slot holds a name the message never gives, written in no other way either
   (a translation or the initials of the same place: see :mod:`.places`);
3. the message's name is not the sender's (their clause alone, a merge field, their offer).

A name the record has no slot for is no clash: a message may add a city the record does not
give ("your Flutter meetup in Porto Alegre" for "organizes a Flutter meetup"), a second
product, or the sender's own things. Korean, which writes spaces, is read word by word with
its particles dropped: a word between two recorded words where the record has another one
("넥스트 페스트 레이싱 게임 데모" for "넥스트 페스트에 퍼즐 게임 데모") is the same clash (see
:func:`korean_slot_clash`).
"""

from __future__ import annotations

import re

from .facts import _senders as senders_only
from .lexicon import DETERMINERS, FIRST_PERSON, LANGUAGE_NAMES, REGION_CODES, TIME_WORDS
from .normalize import fold
from .placeswap import planned_at
from .record import _senders_clause, offered
from .text import Token, proper_flags, stem, tokenize

# Links between a thing and the name of what it is for, of, at or in. Not the prepositions of
# a subject ("on", "about", "über", "sur"): a talk's subject is compared by topics.
_LINKS = frozenset("""for in at of from für fur in im am aus bei beim von vom zu zum zur
    de di da do du des del della dello delle dei degli dell dall nell sull all d em no na
    nos nas nel nella à a au aux
    al alla allo en pour per para voor van bij op""".split())
# Of those, the links of where something is ("in", "at", "em"); the others say what it is
# for or whose ("for", "für", "de"). A name after a link of the one kind does not
# contradict a name after one of the other ("the Rust compiler for Firefox" / "at Mozilla"),
# unless both are places ("Hitzeinsel-Karte für Linz" / "Karte der Hitzeinseln in Graz").
_WHERE_LINKS = frozenset("""in at im am aus bei beim em no na nos nas nel nella nell all à a au aux
    al alla allo en bij op""".split())
_ELIDED_LINK = re.compile(r"\b(dell|dall|nell|sull|all|d)['’]", re.IGNORECASE)
# Links that are also an English article or word ("a"): a link in other languages only.
_ENGLISH_NOT_LINKS = frozenset({"a", "all"})
# At most this many words make a name ("Porto Alegre", "Rio de Janeiro" is cut at "de").
_LONGEST = 3


def _is_link(t: Token, language: str) -> bool:
    return t.fold in _LINKS and not (language == "english" and t.fold in _ENGLISH_NOT_LINKS)


def _name_flags(tokens: list[Token], language: str,
                flags: list[bool] | None = None) -> list[bool]:
    """Which words are names (from ``flags``, the words' proper flags when the caller has
    them). German capitalizes every noun, so there a capitalized word is a name only when
    the table of places knows it ("Hannover", "Graz"). A short word in capitals names a
    subject ("ML", "UX", "API"), not a thing of its own, unless it is a country's or
    region's code ("PyCon US")."""
    if flags is None:
        flags = proper_flags(tokens, language)
    place_of = None
    if language == "german":
        from .places import place_of  # the table: read on this path only
    # A loop, not a comprehension: Cython miscompiles these chains there (test_policy_build).
    out = []
    for f, t in zip(flags, tokens):
        name = bool(f)
        if not name and place_of is not None and t.capital and not t.initial:
            name = place_of(t.surface) is not None
        if name and (t.number or t.upper and len(t.surface) <= 4
                     and t.fold not in REGION_CODES):
            name = False
        out.append(name)
    return out


def _slot_after(tokens: list[Token], names: list[bool], last: int, language: str,
                skip_plain: bool) -> list[int]:
    """The name written after word ``last``: right after it, or after a link. In the record
    (``skip_plain``) the link may be followed by an article and up to two plain words ("for
    the indie game 'Fernwick'"); in the message an article there names a part of the thing
    ("at Web Summit in the Altice Arena"), not another one, unless a place of the table
    follows ("para o Japão")."""
    n, clause = len(tokens), tokens[last].clause
    k = last + 1
    if k < n and tokens[k].clause == clause and _is_link(tokens[k], language) and not names[k]:
        k += 1
        if k < n and tokens[k].fold in DETERMINERS and not names[k]:
            k += 1
            if not skip_plain and not _place_at(tokens, names, k):
                return []  # "in the Altice Arena": a part of it; "para o Japão" is a place
        if skip_plain:
            # Up to two plain words that say what the name is ("the indie game 'Fernwick'").
            plain = k
            while plain < n and plain - k < 2 and not names[plain] and tokens[plain].clause \
                    == clause and not tokens[plain].capital and not _is_link(tokens[plain],
                                                                              language):
                plain += 1
            if plain < n and plain > k and names[plain] and tokens[plain].clause == clause:
                k = plain
    run = []
    while k < n and names[k] and tokens[k].clause == clause and len(run) < _LONGEST:
        run.append(k)
        k += 1
    return run


def _capital_near(tokens: list[Token], first: int, last: int) -> bool:
    """Whether a capitalized word stands right before ``first`` or up to three words after
    ``last`` (past a link and an article), in their clause: where a slot's name would."""
    clause = tokens[first].clause
    for k in (first - 1, last + 1, last + 2, last + 3):
        if 0 <= k < len(tokens) and tokens[k].clause == clause and (
                tokens[k].capital or tokens[k].upper) and not tokens[k].number:
            return True
    return False


def _place_at(tokens: list[Token], names: list[bool], k: int) -> bool:
    """Whether the name starting at word ``k`` is a place the table knows ("o Japão")."""
    from .places import place_of  # the table: read on this path only

    run, n = [], len(tokens)
    while k < n and names[k] and len(run) < _LONGEST:
        run.append(tokens[k])
        k += 1
    return bool(run) and any(place_of(" ".join(t.surface for t in run[:m])) is not None
                             for m in range(len(run), 0, -1))


def _slot_before(tokens: list[Token], names: list[bool], first: int) -> list[int]:
    """The name written right before word ``first`` ("your Driftmoor soundtrack")."""
    clause, k = tokens[first].clause, first - 1
    run = []
    while k >= 0 and names[k] and tokens[k].clause == clause and len(run) < _LONGEST:
        run.insert(0, k)
        k -= 1
    return run


def _plain(tokens: list[Token], run: list[int]) -> bool:
    """Whether a name run is only a time or a language ("in May", "in German")."""
    return any(tokens[k].fold in TIME_WORDS or tokens[k].fold in LANGUAGE_NAMES for k in run)


def slot_clash(text, tokens, matches, personal, language, record, message_keys,
               exclude, proper: list[bool] | None = None
               ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(the message's name in the slot, the record's name there), when they clash (see the
    module); ``proper``: the message's proper flags, when the caller has them."""
    if not record.proper and record.language != "german" and language != "german":
        return None  # the record names nothing: no slot of it holds a name
    n = len(tokens)
    personal_set: set[int] | None = None
    names = None
    for i in sorted(matches):
        if i > 0 and i - 1 in matches and tokens[i - 1].clause == tokens[i].clause:
            continue  # inside a run of recorded words: its first word stands for it
        last = i
        clause = tokens[i].clause
        while last + 1 < n and last + 1 in matches and tokens[last + 1].clause == clause:
            last += 1
        if not _capital_near(tokens, i, last):
            continue  # no capitalized word where a slot's name could stand: the usual case
        if all(tokens[k].key.isdigit() for k in range(i, last + 1)):
            continue  # a number has no slot ("cruzó el Estrecho tres veces")
        if names is None:
            names = _name_flags(tokens, language, proper)
            personal_set = set(personal)
        if names[i] and i > 0 and names[i - 1] and tokens[i - 1].clause == tokens[i].clause:
            continue  # a recorded word inside another name ("Wind Europe"): a near miss's
        if _senders_clause(tokens, i):
            continue  # "I'll be at Wind Europe in Copenhagen": the sender's own plans
        for after in (True, False):
            said = _slot_after(tokens, names, last, language, False) if after \
                else _slot_before(tokens, names, i)
            if not said or any(k in matches or k not in personal_set  # type: ignore[operator]
                               for k in said) \
                    or _plain(tokens, said):
                continue
            keys = {tokens[k].key for k in said}
            if not keys.isdisjoint(exclude) or any(record.lookup(k, {k}) for k in keys) \
                    or senders_only(tokens, tokens[i].clause, i) \
                    or offered(tokens, said[0], said[-1]) \
                    or planned_at(text, tokens[said[0]].start, record.written):
                continue  # the sender's, their offer, or a plan ("see you there next year")
            thing = set().union(*(matches[k] for k in range(i, last + 1)))
            recorded = _recorded_slot(record, thing, after, message_keys | exclude)
            if recorded is None:
                continue
            surface, there, their_link = recorded
            name = text[tokens[said[0]].start:tokens[said[-1]].end]
            if _same_place(name, there, keys) or _within(name, there) \
                    or _one_place(name, there) or _written_out(name, there):
                continue
            our_link = tokens[said[0] - 1].fold if after and said[0] - 1 > last else None
            if _link_kind(our_link) != _link_kind(their_link) and not _both_places(name, there):
                continue
            span = (i, said[-1]) if after else (said[0], last)
            return (text[tokens[span[0]].start:tokens[span[1]].end],), (surface,)
    return None


def _written_out(name: str, there: str) -> bool:
    """Whether each word of ``name`` is a word of ``there`` written short or long ("Street"
    for "St", "EU" for "Europe")."""
    from .details import _written_short

    said, recorded = fold(name).split(), fold(there).split()
    for word in said:
        if not _written_short(word, recorded):
            return False
    return bool(said)


def _recorded_slot(record, keys: set[str], after: bool,
                   message_keys: set[str]) -> tuple[str, str, str | None] | None:
    """(the record's words from the recorded word to its slot's name, that name, the link
    between them), for the first mention of the word ``keys`` whose slot holds a name the
    message never gives (``message_keys``: its words, with the merge fields: a slot holding
    the reader's company is no other name)."""
    for written, lang in record._sources:
        rtokens = tokenize(written)
        names = None
        m = len(rtokens)
        for u, t in enumerate(rtokens):
            if not _same_word(t, keys, lang):
                continue
            if names is None:
                names = _name_flags(rtokens, lang)
            if after:
                last = u
                while last + 1 < m and _same_word(rtokens[last + 1], keys, lang) \
                        and rtokens[last + 1].clause == t.clause:
                    last += 1
                there = _slot_after(rtokens, names, last, lang, True)
            else:
                first = u
                there = _slot_before(rtokens, names, first)
            if not there or _plain(rtokens, there):
                continue
            if any(rtokens[k].key in message_keys or stem(lang, rtokens[k].lower) in message_keys
                   or _same_word(rtokens[k], keys, lang) for k in there):
                continue  # the message gives it (or it is the recorded word's own run)
            name = written[rtokens[there[0]].start:rtokens[there[-1]].end]
            start, end = (t.start, rtokens[there[-1]].end) if after \
                else (rtokens[there[0]].start, t.end)
            link = next((rtokens[k].fold for k in range(last + 1, there[0])
                         if _is_link(rtokens[k], lang)), None) if after else None
            if after and link is None:
                # An elided link is no word of its own ("l'affresco dell'Annunciazione").
                elided = _ELIDED_LINK.search(written, rtokens[last].end, rtokens[there[0]].start)
                link = elided.group(1).lower() if elided is not None else None
            return written[start:end], name, link
    return None


def _link_kind(link: str | None) -> str:
    """"where" ("in Graz"), "whose" ("für Linz", "de Alzira") or "name" (no link: the name
    goes on the thing's own, "Flutter Floripa", "Hausbau-Messe Bremen")."""
    if link is None:
        return "name"
    return "where" if link in _WHERE_LINKS else "whose"


def _one_place(said: str, recorded: str) -> bool:
    """Whether one name is a place the table knows and the other is not: a place and, most
    likely, a company or a product ("equipo de datos de Valencia" / "de Mercadona"), names
    of two kinds that need not contradict each other."""
    from .places import well_known  # the table: read on this path only

    return well_known(said) != well_known(recorded)


def _both_places(said: str, recorded: str) -> bool:
    from .places import place_of  # the table: read on this path only

    return place_of(said) is not None and place_of(recorded) is not None


def _within(said: str, recorded: str) -> bool:
    """Whether one name may lie in the other: a city and a country or region ("in Paris" for
    "KubeCon Europe", "in Pittsburgh" for "PyCon US")."""
    from .places import is_region  # the table: read on this path only

    return is_region(said) != is_region(recorded)


def _same_word(t: Token, keys: set[str], language: str) -> bool:
    return t.key in keys or stem(language, t.lower) in keys


def _same_place(said: str, recorded: str, said_keys: set[str]) -> bool:
    """Whether the two names are one name written otherwise: a shared beginning ("Lisboa" /
    "Lisbon"), the table of places ("Napoli" / "Naples"), initials ("BH" for "Belo
    Horizonte") or each word a short form of one of the record's ("EU" for "Europe")."""
    from .details import _short_form  # imported late: details imports this module
    from .places import same  # the table: read on this path only

    recorded_keys = {w.key for w in tokenize(recorded)}
    if any(a[:4] == b[:4] for a in said_keys for b in recorded_keys):
        return True
    if all(any(_short_form(a, b) for b in recorded_keys) for a in said_keys):
        return True
    return same(said, recorded)


# --- Korean ------------------------------------------------------------------------------------

# Particles a Korean word ends in ("페스트에", "데모를"), longest first: dropped to compare.
_PARTICLES = ("에서", "으로", "에게", "까지", "부터", "에", "를", "을", "의", "은", "는", "이",
              "가", "로", "와", "과", "도")
# Endings of verbs and adjectives ("좋은", "하신", "멋진", "나눈", "만나", "했다"): those words
# describe or tell, they do not name what fills the slot. Endings that many nouns share too
# ("-지" of "이미지", "-고" of "로고", "-서" of "문서") are left out: a verb there is missed.
_DESCRIBING = ("은", "는", "던", "한", "된", "운", "진", "인", "난", "눈", "본", "간", "온",
               "준", "쓴", "든", "린", "신", "친", "낸", "을", "히", "며", "요", "다", "나",
               "할", "적", "려", "게요", "니다")
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3A-Za-z0-9]+")


def _korean_words(text: str) -> list[tuple[str, int, int]]:
    """Each word of ``text`` without its particle, with where it is written; a mark between
    two words ("만남; 소상공인") puts an empty word between them, so no slot spans it."""
    out: list[tuple[str, int, int]] = []
    for m in _HANGUL_WORD.finditer(text):
        if out and text[out[-1][2]:m.start()].strip():
            out.append(("", out[-1][2], m.start()))
        word = m.group()
        for particle in _PARTICLES:
            if len(word) > len(particle) + 1 and word.endswith(particle):
                word = word[:-len(particle)]
                break
        out.append((word, m.start(), m.end()))
    return out


# Times are no name of a slot ("올해 부산 밋업" and "작년 부산 밋업" may be two editions).
_KOREAN_TIMES = frozenset("""올해 작년 내년 지난해 지난주 지난달 이번 저번 지난번 오늘 어제 요즘
    최근 올봄 올여름 올가을 올겨울 봄 여름 가을 겨울""".split())


def _filler(word: str) -> bool:
    """Whether a word may fill a slot: a noun of two syllables or more, and no time."""
    return len(word) >= 2 and not word.isdigit() and not word.endswith(_DESCRIBING) \
        and word not in _KOREAN_TIMES


def korean_slot_clash(text: str, spans: list[tuple[int, int]],
                      record_text: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A Korean word between two recorded words where the record has another word between the
    same two ("넥스트 페스트 레이싱 게임 데모" for "넥스트 페스트에 퍼즐 게임 데모"): the
    message's word the record holds nowhere, the record's one the message never writes.
    ``spans``: where the personal words are."""
    if not spans or not record_text:
        return None
    lo, hi = spans[0][0], spans[-1][1]
    said = _korean_words(text[lo:hi])
    if len(said) < 3:
        return None
    recorded = _korean_words(record_text)
    frames: dict[tuple[str, str], list[int]] = {}
    for q in range(1, len(recorded) - 1):
        frames.setdefault((recorded[q - 1][0], recorded[q + 1][0]), []).append(q)
    if not frames:
        return None
    said_text = text[lo:hi]
    for p in range(1, len(said) - 1):
        left, word, right = said[p - 1][0], said[p][0], said[p + 1][0]
        if len(left) < 2 or len(right) < 2 or not _filler(word) or word in record_text \
                or _senders_sentence(said_text, said[p][1]):
            continue
        for q in frames.get((left, right), ()):
            other = recorded[q][0]
            if other == word or not _filler(other) or other in said_text:
                continue
            return ((said_text[said[p - 1][1]:said[p + 1][2]],),
                    (record_text[recorded[q - 1][1]:recorded[q + 1][2]],))
    return _korean_number_slot(said, said_text, recorded, record_text)


# The sender speaking of themselves ("저희는 500만 건을 처리합니다"): their figures and
# things are no claim about the reader.
_KOREAN_SENDERS = ("저희", "우리", "제가", "저는", "제 ")
_KOREAN_SENTENCE = re.compile(r"[.!?。\n]")


def _senders_sentence(text: str, at: int) -> bool:
    """Whether the sentence holding offset ``at`` speaks of the sender."""
    ends = [m.start() for m in _KOREAN_SENTENCE.finditer(text)]
    start = max((e + 1 for e in ends if e < at), default=0)
    end = min((e for e in ends if e >= at), default=len(text))
    return any(w in text[start:end] for w in _KOREAN_SENDERS)


_KOREAN_NUMBER = re.compile(r"(\d+(?:[.,]\d+)*)(\D*)")


def _korean_number_slot(said, said_text: str, recorded,
                        record_text: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A number before the same two recorded words with another value in the same unit
    ("500만 건 카드" for "300만 건 카드"): a number has no word before it to frame it, so
    the two words after it do."""
    after: dict[tuple[str, str], list[int]] = {}
    for q in range(len(recorded) - 2):
        if recorded[q][0][:1].isdigit():
            after.setdefault((recorded[q + 1][0], recorded[q + 2][0]), []).append(q)
    if not after:
        return None
    for p in range(len(said) - 2):
        number = _KOREAN_NUMBER.fullmatch(said[p][0])
        if number is None or said[p][0] in record_text \
                or _senders_sentence(said_text, said[p][1]):
            continue
        for q in after.get((said[p + 1][0], said[p + 2][0]), ()):
            other = _KOREAN_NUMBER.fullmatch(recorded[q][0])
            if other is not None and other.group(2) == number.group(2) \
                    and other.group(1) != number.group(1) and len(said[p + 1][0]) + len(
                        said[p + 2][0]) >= 3:
                return ((said_text[said[p][1]:said[p + 2][2]],),
                        (record_text[recorded[q][1]:recorded[q + 2][2]],))
    return None


# --- a number written into a German or Dutch word ----------------------------------------------

# Number words German and Dutch write at the front of a compound ("fünfgeschossig",
# "dreitägig", "zesdaagse"), longest first so "sieben" is not read as "sie"+"ben".
_COMPOUND_NUMBERS = (
    ("zwanzig", 20), ("zwölf", 12), ("zwoelf", 12), ("sieben", 7), ("sechs", 6),
    ("fünf", 5), ("fuenf", 5), ("zehn", 10), ("drei", 3), ("vier", 4), ("acht", 8),
    ("neun", 9), ("zwei", 2), ("elf", 11), ("ein", 1), ("twaalf", 12), ("twintig", 20),
    ("zeven", 7), ("negen", 9), ("twee", 2), ("drie", 3), ("vier", 4), ("vijf", 5), ("zes", 6),
    ("acht", 8), ("tien", 10), ("elf", 11), ("een", 1),
)
_COMPOUND_LANGUAGES = ("german", "dutch")
# The rest of the word must be this long to be a word of its own ("geschossige", "tägige").
_REST = 4


def _number_compound(lower: str) -> tuple[int, str] | None:
    """(the number, the rest) of a word that starts with a number word: "sechsgeschossige"
    is (6, "geschossige")."""
    for word, value in _COMPOUND_NUMBERS:
        if lower.startswith(word) and len(lower) - len(word) >= _REST:
            return value, lower[len(word):]
    return None


def number_compound_clash(text: str, tokens: list[Token], personal: list[int], language: str,
                          record) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A German or Dutch compound that gives the record's thing another number ("Ihre
    sechsgeschossige Holz-Kita" for "eine fünfgeschossige Kita"): the same word after the
    number, another number, and the message's compound nowhere in the record."""
    if language not in _COMPOUND_LANGUAGES:
        return None
    said = []
    for i in personal:
        t = tokens[i]
        if len(t.lower) >= _REST + 3 and t.lower[:1] in "sfzdvnaeztw" \
                and not record.lookup(t.key, {t.key}):
            found = _number_compound(t.lower)
            if found is not None:
                said.append((t, found))
    if not said:
        return None
    for written, _ in record._sources:
        for u in tokenize(written):
            there = _number_compound(u.lower) if len(u.lower) >= _REST + 3 else None
            if there is None:
                continue
            for t, (value, rest) in said:
                if value != there[0] and rest[:_REST + 2] == there[1][:_REST + 2]:
                    return (t.surface,), (u.surface,)
    return None


# --- a quoted title in the slot ------------------------------------------------------------------

# How far (in characters) a title may stand from the recorded word whose slot it fills
# ("您为《雾港》创作的配乐": "配乐" five letters after it).
_TITLE_REACH = 12
_ENDS = re.compile(r"[.!?。！？\n]")
_SELF = ("我们", "我", "弊社", "当社", "私", "저희", "제가", "저는")


def _near(text: str, start: int, end: int, a: int, b: int) -> bool:
    """Whether span ``a..b`` lies within reach of ``start..end``, in its sentence."""
    if b <= start:
        gap = (b, start)
    elif a >= end:
        gap = (end, a)
    else:
        return True
    return gap[1] - gap[0] <= _TITLE_REACH and _ENDS.search(text, gap[0], gap[1]) is None


def title_slot_clash(text: str, tokens: list[Token], personal: list[int], matches,
                     record, language: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A quoted title beside a recorded word where the record quotes another beside the same
    word ("您为《雾港》创作的配乐" for "为独立游戏《盐沼》创作了配乐", "your score 'Low Tide'"
    for "wrote the score 'Salt Roads'"): the message's title is nowhere in the record, none of
    its words either (a title half right is :func:`.facts.title_clash`'s), and the message
    never writes the record's. Not in a sentence of the sender's own ("我们的《雾港》")."""
    written = record.written
    if not any(q in text for q in "《「『“\"'‘«") or not any(q in written for q in "《「『“\"'‘«"):
        return None
    from .facts import _titles  # the titles' pattern: built on first use

    said = _titles(text)
    if not said:
        return None
    theirs = [(a, b, t) for a, b, t in _titles(written) if t not in text]
    if not theirs:
        return None
    spans = [(tokens[i].start, tokens[i].end) for i in personal]
    beside = [(tokens[i].start, tokens[i].end, tokens[i].surface) for i in matches]
    for start, end, title in said:
        if title in written or not any(a < end and start < b for a, b in spans):
            continue
        if any(record.lookup(t.key, {t.key}) for t in tokenize(title)):
            continue  # a word of it is recorded: half right, or the same title otherwise
        sentence = _sentence_of(text, start)
        before = text[max(0, start - 20):start]
        if any(w in before[-8:] for w in _SELF) or (
                any(w in sentence for w in _SELF) and not any(w in sentence for w in _CJK_YOU)) \
                or any(fold(w) in FIRST_PERSON for w in before.split()[-3:]):
            continue  # "我们的新游戏《雾港》", "our film 'Low Tide'": the sender's own title
        for a, b, word in beside:
            if not _near(text, start, end, a, b):
                continue
            for ra, rb, other in theirs:
                at = written.find(word)
                while at >= 0:
                    if _near(written, ra, rb, at, at + len(word)):
                        return (title,), (other,)
                    at = written.find(word, at + 1)
    return None


_CJK_YOU = ("您", "你", "さん", "様", "님")


def _sentence_of(text: str, at: int) -> str:
    ends = [m.start() for m in _ENDS.finditer(text)]
    start = max((e + 1 for e in ends if e < at), default=0)
    end = min((e for e in ends if e >= at), default=len(text))
    return text[start:end]
