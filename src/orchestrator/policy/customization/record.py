"""What is recorded about a recipient, indexed once per draft for detail matching.

The record is the contact's ``notes``, ``headline`` (or X bio) and ``interests``; name,
company and title are merge fields and are left out, so "Met Ada at Acme" records the
meeting, not the company. A headline that is only "Title at Company" records nothing.

Each content word is indexed under its folded form and its stems in both the record's and
the message's language (and by its first letters, for inflections the stemmers of two
languages disagree on), with its source and position (two message words that sit next to
each other in the record form a phrase, which is stronger evidence than two loose words).
Names of three words or more are also indexed by their initials ("ENA").

Names are kept whole too, to catch a message that gets one wrong: *venues* are the names
after "at", "in", "auf", "à"... (the events and places the record says you share) and
*names* are every capitalized run ("Series A", "Priti Venkat").

A draft with nothing personal to match only needs :func:`summarize`: is anything recorded,
and which detail to suggest.
"""

from __future__ import annotations

from typing import NamedTuple

from ..types import ContactFacts
from .cjk import FIRST as CJK_FIRST
from .cjk import name_like
from .identity import Identity, mask
from .lexicon import (
    ANCHORED_PREPOSITIONS,
    CONTRAST_WORDS,
    DISLIKE_CUES,
    DETERMINERS,
    EVENT_NOUNS,
    EXCHANGE_WORDS,
    EVENT_PREPOSITIONS,
    FIRST_PERSON,
    FIRST_POSSESSIVES,
    INTERACTION_WORDS,
    NAME_CONNECTORS,
    PREFER_WORDS,
    OFFER_LINKS,
    OFFER_NOUNS,
    POSSESSIVES,
    SECOND_PERSON,
    TIME_WORDS,
    TALK_VERBS,
    TOPIC_DIRECT_VERBS,
    TOPIC_PREPOSITIONS,
    VENUE_PREPOSITIONS,
)
from .normalize import cjk_digits, fold, prepare, remembered
from .spelled import spelled_numbers
from .text import (
    Token,
    as_likely,
    decide_language,
    initials,
    inner_point,
    is_generic,
    is_stop,
    match_key,
    name_runs,
    proper_flags,
    stem,
    stem_table,
    stop_set,
    tokenize,
    words,
)
from .denials import asserted_words, denied_words, denies
from .topics import topic_phrases

NOTES, HEADLINE, INTERESTS = "notes", "headline", "interests"
_PREFIX = 6  # shortest shared beginning that may match two differently inflected words
# Notes shorter than this are no quote the policy trusts whole ("Acme", "Berlin"): the
# template's own words around them may say anything of them.
_QUOTED_AT_LEAST = 16


class Venue(NamedTuple):
    surface: str
    keys: frozenset[str]  # match keys of its non-generic words
    event: bool  # an occasion ("at Hannover Messe"), not a place ("in Milan")
    acronym: str | None  # its initials, when it is a name of several words
    clause: int  # where it stands (a segment's clauses are numbered apart)
    span: tuple[int, int]  # token indices: its preposition and its last word
    year: str | None  # the edition ("ENA 2024")
    mine: bool  # the sender's place, not a claim about the reader ("in our Slack")
    article: bool  # written after an article ("in the Altice Arena": a building, not a city)


class Name(NamedTuple):
    surface: str
    keys: frozenset[str]  # see name_keys


class Interest(NamedTuple):
    words: tuple[frozenset[str], ...]  # per content word, the keys it may match under
    specific: bool  # has at least one non-generic word
    surface: str  # as recorded


class RecordIndex:
    """Searchable form of one contact's record, seen from one message's language."""

    __slots__ = ("keys", "positions", "prefixes", "proper", "interests", "venues", "names",
                 "has_topics", "_topics", "_sources", "_languages", "suggestion", "language",
                 "disliked", "denied", "asserted", "quantities", "titles", "compounds", "kinds",
                 "roles", "tools", "joined", "bridge_language", "absent",
                 "ended", "_folded")

    # Indexes are kept (see record_index), so they hold as few containers as they can: the
    # collector walks every one of them again and again. Sources are shared frozensets,
    # positions and prefixes tuples (a key rarely has two), and the texts of the segments
    # are kept instead of their tokens (topics are found rarely, and tokenize again).
    def __init__(self, contact: ContactFacts, identity: Identity, message_language: str,
                 layouts: dict | None = None) -> None:
        self.keys: dict[str, frozenset[str]] = {}
        self.positions: dict[str, tuple[tuple[int, int], ...]] = {}
        self.prefixes: dict[str, tuple[str, ...]] = {}
        self.proper: set[str] = set()
        self.interests: list[Interest] = []
        self.venues: list[Venue] = []
        self.names: list[Name] = []  # every name the record holds, to catch a near miss
        # What recorded talks, posts and conversations were about (see the topics module):
        # found only when a message claims a subject, from the segments kept here.
        self.has_topics = False
        # What the reader holds against something: (as recorded, match keys); see
        # lexicon.DISLIKE_CUES.
        self.disliked: list[tuple[str, frozenset[str]]] = []
        # What the record says the reader does not do or have ("no float"), and the keys it
        # uses outside such denials (see denials).
        self.denied: list[tuple[str, frozenset[str]]] = []
        self.asserted: set[str] = set()
        # The numbers the notes and headline give, read once when a message has one (see
        # quantities.recorded): None until then.
        self.quantities = None
        # Its quoted titles and hyphenated names (see facts.title_clash): None until read.
        self.titles = None
        self.compounds = None
        # The grains, fibres, instruments... it names (see kinds): None until read.
        self.kinds = None
        # The lesser parts it gives the reader (attended, volunteer...; see roles): None
        # until read.
        self.roles = None
        # The tools it names the reader using (see tools): None until read.
        self.tools = None
        # Its sentences saying the reader missed an occasion (see absence): None until read.
        self.absent = None
        # Its clauses saying something of the reader's ended (see ended): None until read.
        self.ended = None
        self._folded: str | None = None  # written, folded (see folded)
        # (key of a title, company or name word, key of the word right beside it in its
        # clause), when the record says more than the field there ("Speakerin zu Data Mesh"
        # for a Head of Data): None if no such pair.
        self.joined: set[tuple[str, str]] | None = None
        self._topics: list[tuple[str, frozenset[str]]] | None = None
        self._sources: list[tuple[str, str]] = []
        if contact.notes.strip():
            masks: dict[int, int] = {}
            scripts: dict[str, int] = {}
            notes = tokenize(spelled_numbers(cjk_digits(prepare(contact.notes))), (masks, scripts),
                             layouts)
            language = decide_language(masks, scripts or None)
            if language != message_language and as_likely(masks, message_language, language):
                language = message_language  # a tie goes to the language the draft is in
            self.bridge_language = language
        else:
            notes, language = [], _tags_language(contact.interests, message_language)
            # Tags that do not tell their language ("inclusive design": no stop word) were
            # given the message's; such tags are mostly English, so for a message in another
            # language they are also looked for across languages ("inklusives Design").
            self.bridge_language = language
            if language == message_language and message_language not in _NOT_TO_ENGLISH:
                if _latin_tags(contact.interests):
                    self.bridge_language = "english"
        self.language = language  # of the notes: subjects are only compared within one
        languages = {language, message_language}
        self._languages = tuple(languages)
        segments: list[tuple[str, str, list[Token]]] = [(NOTES, prepare(contact.notes), notes)]
        if _says_more(contact):
            headline = prepare(contact.headline)
            segments.append((HEADLINE, headline, tokenize(headline)))
        for interest in contact.interests:
            if interest.strip():
                text = prepare(interest)
                segments.append((INTERESTS, text, tokenize(text)))
        for segment, (source, text, tokens) in enumerate(segments):
            self._add(segment, source, text, tokens, identity, languages, language)
            if source == INTERESTS:
                self._add_interest(text, tokens, languages, language)
        self._deny(segments, languages, language)
        self.suggestion = _suggestion(contact, bool(self.keys))

    def _deny(self, segments: list, languages: set[str], language: str) -> None:
        """The record's denials, and the words it asserts besides (see denials)."""
        spans = []
        for source, text, tokens in segments:
            if source == INTERESTS or not denies(tokens, language):
                spans.append((tokens, None, set()))
                continue
            flags = proper_flags(tokens, language)
            found, inside = denied_words(text, tokens, flags, languages, language)
            self.denied.extend(found)
            spans.append((tokens, flags, inside))
        if self.denied:
            for tokens, flags, inside in spans:
                self.asserted |= asserted_words(
                    tokens, flags or proper_flags(tokens, language), languages, language,
                    inside)

    def _add(self, segment: int, source: str, text: str, tokens: list[Token],
             identity: Identity, languages: set[str], language: str) -> None:
        flags = proper_flags(tokens, language)
        index, positions, veto = self.keys, self.positions, identity.stems
        # Names written in CJK also hide in the bigrams around them (see identity).
        masked = mask(tokens, identity) if identity.cjk else None
        position = 0
        names, prefixes = self.proper, self.prefixes
        alone = _sources_with(frozenset(), source)
        stops = stop_set(language)
        tables = [(lang, stem_table(lang).get) for lang in languages]
        for n, (token, proper) in enumerate(zip(tokens, flags)):
            folded = token.fold
            if (folded in stops if folded < CJK_FIRST else is_stop(language, folded)) \
                    or (masked is not None and masked[n] is not None):
                continue
            key = token.key
            # text.match_key in every language the record is read in, inlined (hot loop).
            if proper or token.upper or token.number or token.hashtag:
                keys: tuple[str, ...] | set[str] = (key,)
            else:
                keys = {key}
                lower = token.lower
                for lang, known in tables:
                    keys.add(known(lower) or stem(lang, lower))
            if not veto.isdisjoint(keys):
                if key < CJK_FIRST:
                    self._join(tokens, n, keys, veto, stops, tables)
                continue
            if not proper and key >= CJK_FIRST:
                proper = name_like(text, tokens, n)  # "共同好友：张磊"
            name = proper and token.fold not in TIME_WORDS
            place = (segment, position)
            for k in keys:
                found = index.get(k)
                if found is None:
                    index[k] = alone
                    positions[k] = (place,)
                else:
                    if source not in found:
                        index[k] = _sources_with(found, source)
                    positions[k] = positions.get(k, ()) + (place,)
                if name:
                    names.add(k)
            if len(key) >= _PREFIX:
                start = key[:_PREFIX]
                sharing = prefixes.get(start, ())
                if key not in sharing:
                    prefixes[start] = sharing + (key,)
            position += 1
        for run in name_runs(tokens, flags):
            words = [tokens[i] for i in run]
            # A name is also known by its initials ("Emergency Nurses Association" -> "ENA").
            acronym = initials(words)
            if acronym:
                index[acronym] = _sources_with(index.get(acronym, frozenset()), source)
                self.proper.add(acronym)
            keys = name_keys(words, language, veto)
            if keys:
                self.names.append(Name(text[words[0].start:words[-1].end], keys))
        if source != INTERESTS:
            self._sources.append((text, language))
            self.has_topics = self.has_topics or "ll'" in text or any(
                t.fold in TOPIC_PREPOSITIONS or t.fold in TOPIC_DIRECT_VERBS
                or t.fold in TALK_VERBS or t.fold in ANCHORED_PREPOSITIONS for t in tokens)
            if any(t.fold in DISLIKE_CUES or t.fold in PREFER_WORDS for t in tokens):
                self.disliked.extend(_disliked(text, tokens, flags, languages, language))
            self.venues.extend(find_venues(text, tokens, venue_flags(tokens, flags, language),
                                           language, identity, clause_base=segment * 100_000))

    def _join(self, tokens: list[Token], n: int, keys: tuple[str, ...] | set[str],
              veto: frozenset[str], stops: frozenset[str], tables: list) -> None:
        """Pair the field word ``tokens[n]`` with the words right beside it in its clause
        that are neither stop words nor fields themselves (see ``joined``); not with another
        field word two words away or closer, which restates the fields ("Senior Product
        Designer", "Senior Designer at Acme", "Head of Data bei Kranich")."""
        for m in range(max(0, n - 2), min(len(tokens), n + 3)):
            other = tokens[m]
            if m != n and other.fold < CJK_FIRST and (other.key in veto or any(
                    known(other.lower) in veto for _, known in tables)):
                return
        for m in (n - 1, n + 1):
            if m < 0 or m >= len(tokens) or tokens[m].clause != tokens[n].clause:
                continue
            other = tokens[m]
            if other.fold in stops or other.fold >= CJK_FIRST:
                continue
            beside = {other.key}
            for lang, known in tables:
                beside.add(known(other.lower) or stem(lang, other.lower))
            if not veto.isdisjoint(beside):
                continue
            if self.joined is None:
                self.joined = set()
            for k in keys:
                for b in beside:
                    self.joined.add((k, b))

    def _add_interest(self, text: str, tokens: list[Token], languages: set[str],
                      language: str) -> None:
        content = [t for t in tokens if not is_stop(language, t.fold)]
        if content:
            parts = tuple(frozenset({t.key} | {stem(lang, t.lower) for lang in languages})
                          for t in content)
            specific = any(not is_generic(language, t) for t in content)
            self.interests.append(Interest(parts, specific, " ".join(text.split())))

    @property
    def topics(self) -> list[tuple[str, frozenset[str]]]:
        """``(phrase, match keys)`` of each subject the record gives a talk, post or
        conversation."""
        if self._topics is None:
            self._topics = []
            languages = self._languages
            for text, language in self._sources:
                tokens = tokenize(text)
                flags = proper_flags(tokens, language)
                for topic in topic_phrases(tokens, language, claims=False, text=text):
                    keys = set()
                    for i in topic.words:
                        keys.add(tokens[i].key)
                        keys.update(match_key(lang, tokens[i], flags[i]) for lang in languages)
                    self._topics.append((text[topic.start:topic.end], frozenset(keys)))
        return self._topics

    def quoted_in(self, text: str) -> tuple[tuple[int, int], ...]:
        """Where ``text`` repeats the notes and the headline, each whole and word for word
        (a template quoting ``{{ contact.notes }}``): () unless it repeats every one of them,
        or when they are too short to be more than a word the template frames."""
        spans = []
        for written, _ in self._sources:
            written = written.strip()
            if not written:
                continue
            if len(written) < _QUOTED_AT_LEAST:
                return ()
            at = _bounded_find(text, written)
            if at < 0:
                return ()
            spans.append((at, at + len(written)))
        return tuple(spans)

    @property
    def written(self) -> str:
        """The notes and headline as written (what :mod:`.cjk_facts` reads)."""
        return "\n".join(text for text, _ in self._sources)

    @property
    def folded(self) -> str:
        """:attr:`written`, folded once (what cue patterns search)."""
        folded = self._folded
        if folded is None:
            folded = self._folded = fold(self.written)
        return folded

    @property
    def empty(self) -> bool:
        return not self.keys

    def lookup(self, word: str, keys: set[str]) -> set[str]:
        """The record keys a message word matches: its form or stem, else (across languages,
        where stemmers disagree) a recorded word sharing three quarters of the longer form:
        "decentralized" / "décentralisés", not "thanks" / "thanksgiving"."""
        found = self.keys.keys() & keys
        if found or len(word) < 5:
            return found
        # A plural or inflected form of a recorded word that names are not stemmed for
        # ("Azubis" / "Azubi-Jahrgang", "Pilotes" / "Pilote").
        base = _uninflected(word) if word[-1] in "sner" else ""
        if base and base in self.keys:
            found.add(base)
            return found
        if word.endswith(_DEMONYMS) and self.proper:
            # A demonym of a recorded place: "torinese" / "Torino", "milanese" / "Milano".
            place = _place_of(word, self.proper)
            if place:
                found.add(place)
                return found
        if len(word) < _PREFIX:
            return found
        for candidate in self.prefixes.get(word[:_PREFIX], ()):
            if _shared_prefix(word, candidate) >= 0.75 * max(len(word), len(candidate)):
                found.add(candidate)
            elif (len(base or word) >= _PREFIX and candidate.startswith(base or word)) or (
                    len(candidate) > _PREFIX and word.startswith(candidate)):
                # One is the first part of the other, a compound ("Lehrlingsjahrgang" and
                # "Lehrlinge", "Pflegeschülerinnen" and "Pflegeschüler").
                found.add(candidate)
        return found


_SOURCE_SETS: dict[tuple[frozenset[str], str], frozenset[str]] = {}


def _sources_with(sources: frozenset[str], source: str) -> frozenset[str]:
    """``sources | {source}``, one shared frozenset per combination (there are a few)."""
    found = _SOURCE_SETS.get((sources, source))
    if found is None:
        found = _SOURCE_SETS[(sources, source)] = sources | {source}
    return found


_ENDINGS = ("es", "en", "er", "s", "n", "e")
# What a place's people or things are called after it ("torinese", "bordelais", "parisien",
# "lisboeta"): the place's name, its last vowel aside, then one of these.
_DEMONYMS = ("ese", "esi", "ense", "enses", "ano", "ana", "ani", "ane", "ino", "ina", "ini",
             "ine", "ois", "oise", "ais", "aise", "ien", "ienne", "iens", "eta", "etas")


def _place_of(word: str, names) -> str:
    """The recorded name ``word`` is a demonym of, or "" (the name's first five letters at
    least, all of it but a last vowel)."""
    for ending in _DEMONYMS:
        if word.endswith(ending):
            base = word[:-len(ending)]
            break
    else:
        return ""
    if len(base) < 5:
        return ""
    for name in names:
        if name.startswith(base) and len(name) - len(base) <= 1 and (
                len(name) == len(base) or name[-1] in "aeiou"):
            return name
    return ""


def _uninflected(word: str) -> str:
    """``word`` without a plural or case ending, when at least four letters remain."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[:-len(ending)]
    return ""


def _shared_prefix(a: str, b: str) -> int:
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common


def name_keys(words: list[Token], language: str, veto: set[str]) -> frozenset[str]:
    """What tells one name from another: its specific words, and a capital letter that
    completes the word before it ("Series A", "Plan B"); not numbers, dates or merge fields."""
    keys = set()
    for n, t in enumerate(words):
        letter = len(t.surface) == 1 and t.surface.isupper() and t.fold != "i" and n > 0 \
            and words[n - 1].capital
        if letter or not (is_stop(language, t.fold) or is_generic(language, t, True)
                          or t.fold in TIME_WORDS or t.number):
            keys.add(t.key)
    return frozenset(keys - veto)


def venue_flags(tokens: list[Token], proper: list[bool], language: str) -> list[bool]:
    """Which tokens may be part of a venue's name: the name-like ones, and in German (which
    capitalizes every noun) any capitalized word; generic nouns ("auf der Messe") drop out
    in :func:`find_venues`."""
    if language != "german":
        return proper
    return [p or (t.capital and not t.initial) for t, p in zip(tokens, proper)]


def find_venues(text: str, tokens: list[Token], names: list[bool], language: str,
                identity: Identity | None, clause_base: int = 0) -> list[Venue]:
    """Names after a venue preposition ("at Hannover Messe", "in Milan"); ``names`` comes
    from :func:`venue_flags`. A venue is the sender's own (``mine``) after a first-person
    possessive ("in our Slack", "at our office in Leeds"), or in a clause that speaks of the
    sender and not of the reader or of a meeting ("I'll be at Wind Europe in May")."""
    venues = []
    n = len(tokens)
    after = 0  # where the last venue ended: a preposition inside it starts none
    for i in [k for k, t in enumerate(tokens)
              if t.fold in VENUE_PREPOSITIONS or t.fold == "met" and _met_event(tokens, names, k)]:
        if i < after or (tokens[i].lower == "a" and language == "english"):
            continue  # "à" folds to "a", the English article
        j = i + 1
        mine = False
        while j < n and j - i <= 2 and (tokens[j].fold in DETERMINERS
                                        or tokens[j].fold in FIRST_POSSESSIVES) and not names[j]:
            mine = mine or tokens[j].fold in FIRST_POSSESSIVES
            j += 1
        article = j > i + 1
        run: list[Token] = []
        while j < n and tokens[j].clause == tokens[i].clause:
            t = tokens[j]
            if run and t.surface == "I":
                break  # "in Manchester I keep thinking": the pronoun starts the next thought
            if names[j] or (run and t.number) or (
                    run and t.start == run[-1].end + 1 and text[run[-1].end] == "-"):
                # A hyphenated name is one name ("E-world", "Rhein-Main Forum").
                if t.fold in TIME_WORDS and not run:
                    break
                run.append(t)
            elif run and t.fold in NAME_CONNECTORS and j + 1 < n and names[j + 1]:
                run.append(t)
            else:
                break
            j += 1
        if run:
            # A venue is known by its name: years and edition numbers do not tell it apart.
            keys = frozenset(
                t.key for t in run
                if not is_stop(language, t.fold) and not is_generic(language, t, True)
                and t.fold not in TIME_WORDS and not t.number
            )
            if identity is not None:
                keys = keys - identity.stems  # "Acme Summit" for a contact at Acme: "Summit"
            if len(run) == 1 and any(c.isdigit() for c in run[0].surface):
                keys = frozenset()  # "in Q3", "in H2": a time, not a place
            if keys:
                event = tokens[i].fold in EVENT_PREPOSITIONS or any(
                    t.fold in EVENT_NOUNS for t in run
                )
                year = next((t.key for t in run if t.number and len(t.key) == 4
                             and t.key[:2] in ("19", "20")), None)
                clause = tokens[i].clause
                # "in our Slack", "at our office in Leeds": the place of the sender's own thing;
                # not "our chat at X", "unser Gespräch auf der X": where both met.
                mine = mine or i > 0 and tokens[i - 1].fold not in EXCHANGE_WORDS and any(
                    t.fold in FIRST_POSSESSIVES and t.clause == clause
                    for t in tokens[max(0, i - 2):i])
                venues.append(Venue(text[run[0].start:run[-1].end], keys, event, initials(run),
                                    clause_base + clause, (clause_base + i, clause_base + j - 1),
                                    year, mine or _senders_clause(tokens, i)
                                    or offered(tokens, j - len(run), j - 1), article))
        after = max(j, i + 1)
    return venues


def _met_event(tokens: list[Token], names: list[bool], at: int) -> bool:
    """Whether a note's "Met" is followed by an occasion's name and its year, with no
    preposition ("Met Posidonia 2024, Athens"): the name is where they met. ("Met Anna
    Berg" names a person: no year follows.)"""
    j = at + 1
    while j < len(tokens) and j - at <= 4 and names[j] and not tokens[j].number \
            and tokens[j].clause == tokens[at].clause:
        j += 1
    return j > at + 1 and j < len(tokens) and tokens[j].clause == tokens[at].clause \
        and tokens[j].number and len(tokens[j].key) == 4 and tokens[j].key[:2] in ("19", "20")


def _disliked(text: str, tokens: list[Token], flags: list[bool], languages: set[str],
              language: str) -> list[tuple[str, frozenset[str]]]:
    """What a record says the reader holds against: the rest of a clause after a complaint
    ("citing alert fatigue"), the other side of a preference ("over real-time alerts")."""
    found = []
    n = len(tokens)
    for i, t in enumerate(tokens):
        start = None
        if t.fold in DISLIKE_CUES:
            start = i + 1
        elif t.fold in PREFER_WORDS:
            start = next((j + 1 for j in range(i + 1, n) if tokens[j].clause == t.clause
                          and tokens[j].fold in CONTRAST_WORDS), None)
        if start is None:
            continue
        words = [j for j in range(start, n) if tokens[j].clause == t.clause]
        while words and is_stop(language, tokens[words[0]].fold):
            words.pop(0)  # "sich über zu viele Alarme": quoted from its first content word
        keys = {match_key(lang, tokens[j], flags[j]) for j in words for lang in languages
                if not is_stop(language, tokens[j].fold)
                and not is_generic(language, tokens[j], flags[j]) and not tokens[j].number}
        if keys:
            found.append((text[tokens[words[0]].start:tokens[words[-1]].end], frozenset(keys)))
    return found


def _senders_clause(tokens: list[Token], at: int) -> bool:
    """Whether the venue preposition at ``at`` speaks of the sender: reading back through its
    clause, a first-person word comes before any "you" or meeting ("I'll be at Wind Europe
    ... if you are around" is the sender's; "I loved meeting you at EMO" is shared), and no
    meeting follows in the clause ("dass wir uns auf der E-world kennengelernt haben", "we
    both spoke at X": "we" is the sender and the reader)."""
    clause = tokens[at].clause
    first = False
    for k in range(at - 1, -1, -1):  # no copy of the tokens before it
        t = tokens[k]
        if t.clause != clause:
            break
        folded = t.fold
        if folded in SECOND_PERSON or folded in INTERACTION_WORDS or folded in POSSESSIVES:
            return False  # "ich habe Ihren Chor beim Hafenfest gehört": the reader's thing
        if folded in FIRST_PERSON and not _joins_names(tokens, k) or _we_verb(t):
            first = True
            break
    if not first:
        return False
    for t in tokens[at + 1:]:
        if t.clause != clause:
            break
        if t.fold in INTERACTION_WORDS:
            return False
    return True


# Verbs of "we" (and a few of "I") where Spanish, Portuguese and Italian leave the pronoun
# out ("ne abbiamo installati tre in Veneto", "tenemos una planta en Murcia"); any Italian
# verb in -iamo. Spanish and Portuguese -amos/-emos/-imos also end adjectives ("próximos"),
# so only these.
_WE_VERBS = frozenset(fold(w) for w in """tenemos hemos estamos somos hacemos hicimos podemos
    queremos trabajamos ofrecemos fabricamos instalamos abrimos lanzamos tengo estoy
    temos estamos somos fazemos fizemos podemos queremos trabalhamos oferecemos fabricamos
    instalamos abrimos lançamos tenho estou ho""".split())


def _we_verb(t: Token) -> bool:
    folded = t.fold
    return folded in _WE_VERBS or len(folded) > 5 and folded.endswith("iamo")


def _joins_names(tokens: list[Token], k: int) -> bool:
    """Whether a lowercase "i" at ``k`` joins two capitalized words ("Muzeum i Klimat", a
    Polish or Catalan "and"): no English "I"."""
    t = tokens[k]
    if t.fold != "i" or t.capital or k == 0 or k + 1 >= len(tokens):
        return False
    return tokens[k - 1].capital and tokens[k + 1].capital


def offered(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the name ``tokens[first..last]`` describes what the sender offers: an offer
    noun right after it ("a Flink-heavy Staff Data Engineer role") or right before it ("un
    puesto de Data Engineer", "eine Stelle als Teamleiter"), and no "your" that would make it
    the reader's ("your Staff Engineer role")."""
    clause, n = tokens[first].clause, len(tokens)
    noun = None
    for k in (last + 1, last + 2):
        if k < n and tokens[k].clause == clause and tokens[k].fold in OFFER_NOUNS:
            noun = first
            break
    if noun is None:
        k = first - 1
        # Back over links, articles and the offer's own name ("eine Stelle als Data
        # Engineer bei Northwind"), at most six words.
        stop = max(0, first - 6)
        while k >= stop and tokens[k].clause == clause:
            folded = tokens[k].fold
            if folded in OFFER_NOUNS or not (
                    folded in OFFER_LINKS or folded in VENUE_PREPOSITIONS
                    or folded in DETERMINERS or tokens[k].capital):
                break
            k -= 1
        if k >= 0 and tokens[k].clause == clause and tokens[k].fold in OFFER_NOUNS:
            noun = k
    if noun is None:
        return False
    return not any(t.clause == clause and t.fold in POSSESSIVES
                   for t in tokens[max(0, noun - 3):noun])


def record_index(contact: ContactFacts, identity: Identity, language: str,
                 layouts: dict | None = None) -> RecordIndex:
    """The :class:`RecordIndex` of ``contact``; one shared empty index for the many contacts
    with nothing recorded beyond name, company and title.

    An index depends only on the record, the identity (the contact's merge fields and the
    sender's name, see :func:`.identity.identity_for`, which shares one object per
    recipient) and the message language, and is never changed once built, so each
    recipient's is built once and shared by their drafts: a campaign's steps, and every
    batch of a file that writes to the same people. ``layouts``: sentence layouts of the
    draft being matched (see :func:`.text.tokenize`), for notes it quotes."""
    if contact.notes.strip() or any(i.strip() for i in contact.interests) \
            or _says_more(contact):
        return remembered(_INDEXES, _INDEX_LIMIT, (contact, identity, language),
                          lambda: RecordIndex(contact, identity, language, layouts))
    return _EMPTY


# Bounded (see normalize.remembered): a long file must not grow memory.
_INDEXES: dict[tuple[ContactFacts, Identity, str], RecordIndex] = {}
_INDEX_LIMIT = 2_048


class RecordSummary(NamedTuple):
    """What a refusal's fix needs from a record, without indexing it."""

    empty: bool
    suggestion: str


def summarize(contact: ContactFacts, identity: Identity, language: str) -> RecordSummary:
    """Whether anything is recorded beyond merge fields, and a detail to suggest: for a draft
    with no personal words, which has nothing to match (cheaper than :class:`RecordIndex`)."""
    texts = [contact.notes, *contact.interests] + ([contact.headline] if _says_more(contact)
                                                   else [])
    recorded = any(
        not is_stop(language, folded) and key not in identity.stems
        for text in texts if text.strip() for key, _, folded in words(prepare(text))
    )
    return RecordSummary(not recorded, _suggestion(contact, recorded))


def _says_more(contact: ContactFacts) -> bool:
    """Whether the headline may say more than "Title at Company" (the common case, skipped
    without tokenizing; anything else is indexed with name, company and title left out)."""
    headline = " ".join(contact.headline.split()).casefold()
    return bool(headline) and headline not in (
        contact.title.casefold(), f"{contact.title} at {contact.company}".casefold()
    )


def _tags_language(interests, message_language: str) -> str:
    """The language of a record that has interest tags but no notes: what the tags are
    written in when they tell ("retro consoles" for a Korean message is English: their
    loanwords and translations are then looked for), else the message's."""
    if not interests:
        return message_language
    masks: dict[int, int] = {}
    scripts: dict[str, int] = {}
    tokenize(prepare(", ".join(interests)), (masks, scripts))
    language = decide_language(masks, scripts or None)
    if language != message_language and as_likely(masks, message_language, language):
        return message_language  # a tie (no stop word at all) goes to the draft's language
    return language


# Messages whose undecided tags are not taken for English: in English already, or in a
# script of their own (a tag in Latin letters is then a name or a loanword, read as it is).
_NOT_TO_ENGLISH = frozenset({"english", "chinese", "japanese", "korean", ""})


def _latin_tags(interests) -> bool:
    """Whether some interest tag is written in Latin letters (a tag in another script tells
    its language)."""
    for tag in interests:
        if tag.strip() and tag.isascii():
            return True
    return False


def _suggestion(contact: ContactFacts, recorded: bool) -> str:
    """A recorded detail to quote in a fix ("e.g. ..."): the notes' first sentence."""
    if not recorded:
        return ""
    notes = " ".join(contact.notes.split())
    if notes:
        end = notes.find(". ")
        while end >= 0 and inner_point(notes, end):  # "Univ. of Tartu" goes on
            end = notes.find(". ", end + 1)
        first = (notes if end < 0 else notes[:end]).split("; ")[0].rstrip(".")
        return first if len(first) <= 90 else first[:87].rsplit(" ", 1)[0] + "..."
    if contact.interests:
        return f"their interest in {contact.interests[0]}"
    return " ".join(contact.headline.split())


_EMPTY = RecordIndex(ContactFacts(), Identity(None, "", "english"), "english")
_EMPTY.language = ""


def _bounded_find(text: str, part: str) -> int:
    """Where ``part`` stands in ``text`` as whole words (no letter or digit of a Latin word
    glued to either end), or -1."""
    at = text.find(part)
    while at >= 0:
        end = at + len(part)
        if not (at and _glued(text[at - 1], part[0])) \
                and not (end < len(text) and _glued(part[-1], text[end])):
            return at
        at = text.find(part, at + 1)
    return -1


def _glued(a: str, b: str) -> bool:
    """Whether two letters side by side are one word (scripts without spaces never tell)."""
    return a.isalnum() and b.isalnum() and a < CJK_FIRST and b < CJK_FIRST
