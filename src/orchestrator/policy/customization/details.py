"""Does the personal part name something specific that the record confirms?

Only the *personal part* of a draft is read (template and repeated text removed, see
:mod:`.template`), and in it only content words that are not merge fields. A word *matches*
when its folded form or stem is in the record (:class:`.record.RecordIndex`). The message is
customized when the matches are specific enough, any one of:

* a name-like match: a proper noun, acronym, code or hashtag ("Shoptalk", "BNPL", "G12C"),
  or a name written as the initials of a recorded one, or the other way round ("MWC" /
  "Mobile World Congress");
* a phrase: two neighbouring content words that are also neighbours in the record
  ("coupon field", "case study");
* a whole recorded interest ("decentralized trials");
* two different matching words that are not generic, one of them possibly an occasion of
  the sender's that the notes, written by the sender, hold as theirs too ("the forecasting
  question in our webinar" for "asked about demand forecasting in our webinar"), or a count,
  a place adjective or a German compound the notes give in other words (see
  :mod:`.paraphrase`: a short message is easily read as its notes' language);
* an amount with its scale, however abbreviated ("5 mi" / "R$ 5 milhões");
* one rare, specific term the message takes up about the reader ("your background in
  peptide lipidation" for a headline "lipidation chemistry"): a long word that is not one of
  the fields filling every profile ("sustainability", see :func:`rare_term`).

Generic words ("conference", "post", "team"..., and the claim words that never say which:
"the award", "your podcast", "the launch") never count alone, so "loved your recent post"
or "congrats on the award!" stay vague even when the notes mention a post or an award.

A detail can still be false, and then the message is not customized whatever else matches:

* it names a venue (a capitalized name after "at", "in", "auf", "à"...) that the record
  does not know, while the record names a venue the message does not mention ("EMO in
  Milan" against "Hannover Messe");
* it gets a recorded name half right ("Series B" for "Series A", "Priti Sharma" for "Priti
  Venkat");
* it names the recorded occasion with other facts: another place right next to it ("Ocean
  Energy Europe in Lisbon" for "in Dublin", "AGORES de Bordeaux" for "AGORES à Nantes"),
  another edition ("ENA 2023"), or a talk, post or conversation about another subject than
  the recorded one (:mod:`.topics`);
* it ties the reader's recorded thing to another place than the record does ("su local de
  Benimaclet" for "un local en el barrio del Carmen"), or counts it otherwise ("your
  seventh location" for "runs 3 locations", :func:`.facts.count_clash`);
* it credits the reader with a better result than the record gives ("congrats on winning
  the Northern Clash" for "finished second at the Northern Clash", :mod:`.placings`).

A message that says the reader loved what the record says they complained about ("you loved
the real-time alerts" for "left the pilot citing alert fatigue") contradicts it too, and so
does a place or subject in Chinese, Japanese or Korean that differs from the notes'
(:mod:`.cjk_facts`).

Praise hooked to one interest tag in a stock frame ("as a fellow theatre lover", "someone
who loves history", "passionate about sustainable fashion", "热爱咖啡") with nothing else
recorded is vague too (:func:`_stock_frame`); "interested in X" names the interest, but a
pitch hooked to it with nothing specific said ("Sei que gosta de vela; temos ótimas opções",
"日本酒にご関心をお持ちかと存じます") is vague (:func:`_bare_hook`). A month other than the
record's for the same occasion ("à Rungis en juin" for "en janvier") contradicts it
(:mod:`.months`).

Congratulating the reader on a named event the record does not hold ("congrats on the new
ERC grant" for notes about an eLife paper) claims as known what nothing confirms: not
customized whatever else matches (:func:`_unsupported_claim`); so does an interest tag made
into a thing of the reader's ("your open-data portal for the city's building permits" for
the tag "open data", :func:`_tag_made_a_thing`).

Naming the record's interest tags as a list with nothing said about any of them is the mail
merge of the interests field, not a detail, however many of them match (a tag may be named
by its head: "物流" for "物流業界"); a tag taken up again, or by its short name with the
reader's take asked ("we shipped Lattice compiled to Wasm and I'd love your take"), is
something said. Claims of the sender's own ("in our Slack", "I'll be at
Wind Europe", "we serve retailers across Europe") and names that describe what the sender
offers ("a Flink-heavy Staff Data Engineer role") are no claim about the reader. Numbers
match however they are written ("six", "sechs", "六名" for "6"), and a word matches an
inflected form or a compound it begins ("Azubis" / "Azubi-Jahrgang").

Without a detail, the result says why: a vague personal claim ("your recent talk", "the
summit", "great chatting") or a contradiction make it a *vague* message; otherwise only merge
fields are personal and it is *mail merge*.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, NamedTuple

from .cjk import CJK_LANGUAGES, GENERIC_BIGRAMS, find_cue, kana_pair
from .pitches import pitch_region
from .cjk import FIRST as CJK_FIRST
from .denials import cjk_denied_claim, denied_claim
from .noun_kinds import noun_modifier_clash
from .facts import _senders as senders_only
from .facts import (cjk_kind_clash, count_clash, figure_clash, korean_kind_clash, loose_modifier,
                    modifier_clash, title_clash, compound_clash,
                    publication_clash)
from .identity import Identity
from .lexicon import (
    CJK_FIRST_PERSON,
    CJK_SECOND_PERSON,
    CLAIM_NOUNS,
    COMMON_FIELD_WORDS,
    DETERMINERS,
    EVENT_NOUNS,
    EXONYMS,
    FIRST_PERSON,
    FRAME_WORDS,
    GEO_FEATURES,
    INTERACTION_WORDS,
    LANGUAGE_NAMES,
    LIKE_WORDS,
    NAME_CONNECTORS,
    NEGATIONS,
    POSSESSIVES,
    SECOND_PERSON,
    STOCK_FRAMES,
    CJK_STOCK_FRAMES,
    PRAISE_FRAMES,
    CJK_PRAISE_FRAMES,
    INTEREST_FRAMES,
    CJK_INTEREST_FRAMES,
    HOOK_FILLER as _HOOK_FILLER,
    CJK_HOOK_FILLER as _CJK_HOOK_FILLER,
    CJK_SHARED,
    CJK_PLURAL_SENDERS,
    PITCH_WORDS,
    CJK_PITCH_WORDS,
    PLURAL_SENDERS,
    SHARED_WORDS,
    CONGRATULATIONS,
    CLAIM_ENDS,
    TIME_WORDS,
    VAGUE_TIMES,
    VENUE_PREPOSITIONS,
)
from .normalize import cjk_digits, fold
from .record import (
    HEADLINE,
    INTERESTS,
    NOTES,
    RecordIndex,
    find_venues,
    name_keys,
    offered,
    venue_flags,
)
from .text import (
    Token,
    initials,
    is_generic,
    is_stop,
    name_runs,
    proper_flags,
    stem,
    stop_set,
    tokenize,
)
from .kinds import kind_clash
from .months import month_clash
from .mutual import introducer_clash
from .quantities import MONTHS
from .roles import keynote_clash, role_clash
from .absence import absence_clash
from .colours import colour_clash, names_colour
from .centuries import century_clash
from .editions import edition_number_clash
from .ended import ended_clash
from .seasons import names_season, seasons_named
from .sides import side_clash
from .weekdays import names_weekday, weekdays_named
from .tools import tool_clash
from .placings import placing_clash
from .placeswap import place_swap, planned_at
from .slots import _one_place as one_place
from .slots import (korean_slot_clash, number_compound_clash,
                    slot_clash, title_slot_clash)
from .fillers import cjk_move_clash, filler_clash
from .topics import topic_phrases


class Details(NamedTuple):
    ok: bool
    evidence: tuple[str, ...]
    # Stems of the words that made the match (a draft that differs from another only in
    # these carries its own detail: see duplicates).
    counted: frozenset[str]
    # Stems of every personal word the record holds, generic ones too ("my notes from the
    # session"): what a draft may differ from another in and still be written for its reader.
    recorded: frozenset[str]
    headline_only: bool
    weak: tuple[str, ...]  # matching words that were not enough on their own
    # Names the message gives and the different ones the record holds, when they clash.
    contradiction: tuple[tuple[str, ...], tuple[str, ...]] | None
    cue: str | None  # a vague personal claim, quoted
    unknown: tuple[str, ...]  # names in the personal part that the record does not know
    # The record's interests, named as a list with nothing said about any of them.
    pasted: tuple[str, ...] = ()
    # A pitch hooked to one recorded interest: (the frame as written, the tag as recorded).
    hooked: tuple[str, str] | None = None


NO_DETAILS = Details(ok=False, evidence=(), counted=frozenset(), recorded=frozenset(),
                     headline_only=False, weak=(), contradiction=None, cue=None, unknown=())


def match_details(text: str, tokens: list[Token], proper: list[bool], stems: list[str],
                  personal: list[int], language: str, identity: Identity, record: RecordIndex,
                  exclude: frozenset[str], body_start: int = 0) -> Details:
    """Match the personal tokens (indices into ``tokens``) of a draft against its record;
    ``stems`` holds each token's :func:`.text.match_key`; the body starts at ``body_start``
    (after a subject)."""
    return Matcher(text, tokens, proper, stems, language, identity, record,
                   exclude, body_start=body_start).details(personal)


class Match:
    """What a set of personal words matches in the record, before any clash is looked for
    (``clash``: what it contradicts, once :meth:`Matcher.contradiction` has looked)."""

    __slots__ = ("personal", "content", "message_keys", "matches", "named", "counted", "ok",
                 "pasted", "interest_sources", "clash", "bridge_words", "framed",
                 "unsupported", "hooked")


_UNSEEN = object()
_NOTHING: frozenset[str] = frozenset()  # one shared miss: most words are not in the record


class Matcher:
    """One draft's words against its record. A draft is matched several times (each repeated
    clause, then its whole personal part), so what a word is (stop word, generic, what the
    record holds of it) is found once per draft and remembered."""

    __slots__ = ("text", "tokens", "proper", "stems", "language", "identity", "record",
                 "exclude", "_found", "_generic", "_venue_flags", "_kept", "body_start",
                 "_congratulates", "_framing", "_dated", "_folds", "_quotes")

    def __init__(self, text: str, tokens: list[Token], proper: list[bool], stems: list[str],
                 language: str, identity: Identity, record: RecordIndex,
                 exclude: frozenset[str], generic: list[bool | None] | None = None,
                 body_start: int = 0) -> None:
        self.text, self.tokens, self.proper, self.stems = text, tokens, proper, stems
        self.body_start = body_start  # where the body starts (after a subject)
        self.language, self.identity, self.record, self.exclude = (
            language, identity, record, exclude)
        n = len(tokens)
        # Remembered per word as long as the draft is analysed: only hits hold a set.
        self._found: list = [_UNSEEN] * n
        self._generic = [None] * n if generic is None else generic
        self._venue_flags: list[bool] | None = None
        # Matches worth keeping (see keep), by their words; None until there is one.
        self._kept: dict[tuple[int, ...], Match] | None = None
        # Whether any word congratulates (see _unsupported_claim): looked for once.
        self._congratulates: bool | None = None
        # Whether any word says the reader likes or follows something (see _bare_hook).
        self._framing: bool | None = None
        # Whether any word may name a month (see months): looked for once.
        self._dated: bool | None = None
        # The draft's words, folded, for the checks that look for a closed class of words
        # (days, seasons, colours, a competition's sides) before reading anything: once.
        self._folds: frozenset[str] | None = None
        # Where the draft repeats the whole record word for word (see quoting): found once.
        self._quotes: tuple[tuple[int, int], ...] | None = None

    def found(self, i: int) -> set[str] | frozenset[str]:
        """The record keys word ``i`` matches under its form or stem (see RecordIndex.lookup)."""
        found = self._found[i]
        if found is _UNSEEN:
            key = self.tokens[i].key
            found = self._found[i] = self.record.lookup(key, {key, self.stems[i]}) or _NOTHING
        return found

    def generic(self, i: int) -> bool:
        generic = self._generic[i]
        if generic is None:
            generic = self._generic[i] = is_generic(self.language, self.tokens[i],
                                                    self.proper[i])
        return generic

    def folds(self) -> frozenset[str]:
        folds = self._folds
        if folds is None:
            folds = self._folds = frozenset([t.fold for t in self.tokens])
        return folds

    def dated(self) -> bool:
        """Whether any word of the draft may name a month (see months): looked for once per
        draft, before the record's months are read."""
        dated = self._dated
        if dated is None:
            dated = self._dated = _names_month(self.text, self.tokens)
        return dated

    def framing(self) -> bool:
        """Whether any word of the draft says the reader likes or follows something (a frame
        :func:`_bare_hook` needs): looked for once per draft."""
        framing = self._framing
        if framing is None:
            framing = False
            for t in self.tokens:
                if t.fold in _LATIN_FRAMES:
                    framing = True
                    break
            if not framing and self.language in CJK_LANGUAGES:
                text = self.text
                framing = any(f in text for f in _CJK_FRAMES)
            self._framing = framing
        return framing

    def _look_up(self, personal: list[int]) -> tuple[list[int], dict[int, set[str]], set[str],
                                                     dict[int, set[str] | frozenset[str]]]:
        """One pass over the ``personal`` words: the content words, their keys, all their
        keys together, and what the record holds of each."""
        tokens, stems = self.tokens, self.stems
        content: list[int] = []
        keys_of: dict[int, set[str]] = {}
        message_keys: set[str] = set()
        matches: dict[int, set[str] | frozenset[str]] = {}
        veto, found, cache = self.identity.stems, self.found, self._found
        stops, language = stop_set(self.language), self.language
        for i in personal:
            t = tokens[i]
            folded = t.fold
            if folded in stops if folded < CJK_FIRST else is_stop(language, folded):
                continue
            content.append(i)
            keys = keys_of[i] = {t.key, stems[i]}
            message_keys |= keys
            if veto.isdisjoint(keys):
                known = cache[i]  # found(i), without the call once looked up
                if known is _UNSEEN:
                    known = found(i)
                if known:
                    matches[i] = known
        return content, keys_of, message_keys, matches

    def _acronyms(self, keys_of: dict[int, set[str]], message_keys: set[str],
                  matches: dict[int, set[str] | frozenset[str]]) -> None:
        """A name in the message may be the expansion of an acronym in the record ("Mobile
        World Congress" for "MWC"): its words match the acronym (the other way round is
        indexed by the record itself)."""
        tokens, record = self.tokens, self.record
        for run in name_runs(tokens, [p and i in keys_of for i, p in enumerate(self.proper)]):
            if len(run) < 3:
                continue  # no initials (see text.initials)
            acronym = initials([tokens[i] for i in run])
            if acronym and acronym in record.keys and not any(i in matches for i in run):
                for i in run:
                    if i in keys_of:
                        matches[i] = {acronym}
                        message_keys.add(acronym)

    def match(self, personal: list[int]) -> Match:
        """Which of the ``personal`` words match, and whether that is enough for a detail."""
        kept = self.kept(personal)
        return kept if kept is not None else self._match(personal)

    def kept(self, personal: list[int]) -> Match | None:
        """The match of these words, if :meth:`keep` was given it."""
        return self._kept.get(tuple(personal)) if self._kept is not None else None

    def keep(self, match: Match) -> None:
        """Remember ``match`` (and what it contradicts, once known) for when the same words
        are matched again: a confirmed repeated clause is matched again for its evidence, or
        as the whole personal part of its draft. Only those are kept: a batch's worth of
        matches would weigh on its peak memory."""
        assert match.clash is not _UNSEEN  # settled: what it contradicts is known
        # The message's keys are only read to look for a contradiction: let them go.
        match.message_keys = None  # type: ignore[assignment]
        if self._kept is None:
            self._kept = {}
        self._kept[tuple(match.personal)] = match

    def _match(self, personal: list[int]) -> Match:
        tokens, proper, stems, record = self.tokens, self.proper, self.stems, self.record
        content, keys_of, message_keys, matches = self._look_up(personal)
        bridge_words = None  # the words of evidence that survives translation (crosslang)
        # Names are what venues, acronyms and near misses are about; many messages have none,
        # and few have the three name words an acronym takes (see text.initials).
        names = sum(1 for i in content if proper[i])
        # German capitalizes every noun, so its names are not told by capitals (see
        # record.venue_flags): a capitalized word inside a sentence may name a venue.
        named = names > 0 or (self.language == "german" and any(
            tokens[i].capital and not tokens[i].initial for i in content))
        if names >= 3:
            self._acronyms(keys_of, message_keys, matches)
        known = self._generic  # self.generic(i), without the call once worked out
        generic = {i: self.generic(i) if known[i] is None else known[i] for i in matches}

        counted: set[int] = set()
        strong = False
        kana: set[int] | None = None  # matched kana pairs: pieces of a kana word, never alone
        for i, found in matches.items():
            t = tokens[i]
            if generic[i] or len(t.fold) < 2:
                continue  # (one letter - the C of "2-8 °C", an initial - names nothing)
            if self.language == "japanese" and t.fold >= CJK_FIRST and kana_pair(t.fold):
                if kana is None:
                    kana = set()
                kana.add(i)
                continue
            counted.add(i)
            # A recorded name's word is one only as a name: "your practice" takes up nothing
            # of the podcast "Practice Profit Hour".
            if (proper[i] or found & record.proper and (t.capital or t.fold >= CJK_FIRST
                                                        or not t.fold.isalpha())) \
                    and t.fold not in TIME_WORDS \
                    and not t.number and not loose_modifier(tokens, proper, content, i, matches,
                                                            self.generic, message_keys, record):
                strong = True
        matched_content = [i for i in content if i in matches]
        if kana is not None and _kana_word(tokens, content, matches, generic, record, counted):
            strong = True
        for a, b in zip(content, content[1:]):
            # Two words, one of them specific; two CJK bigrams must both be ("会上"+"上认" in
            # "大会上认识" is a generic word and a straddle, not a name).
            if kana is not None and (a in kana or b in kana):
                continue  # kana pairs: see _kana_word
            if a in matches and b in matches and not (generic[a] and generic[b]) and not (
                    (generic[a] or generic[b]) and tokens[a].fold >= CJK_FIRST):
                if _neighbours(record, matches[a], matches[b]):
                    counted.update((a, b))
                    strong = True
        if not strong and counted and record.joined is not None:
            strong = _phrase_with_field(tokens, content, keys_of, matches, generic, counted,
                                        self.identity.stems, record.joined)
        if not strong and counted:
            strong = _clipped_phrase(tokens, content, matches, generic, counted, record,
                                     self.exclude)
        if not strong and self.language in CJK_LANGUAGES:
            # A title quoted as the notes quote it ("『まなびのまど』"): a name, though kana
            # pairs alone say nothing.
            quoted = _quoted_title(self.text, tokens, personal, record.written) \
                or _verbatim(self.text, tokens, personal, record.written, self.identity.stems)
            if quoted:
                counted.update(quoted)
                strong = True
        interest_sources = False
        named_interests: list[tuple[str, list[int], list[int]]] = []
        for interest in record.interests:
            if all(word & message_keys for word in interest.words) or (
                    len(record.interests) > 2 and len(interest.words) > 1
                    and interest.words[0] & message_keys):
                # A list may name each tag by its head ("物流、DX" for "物流業界", "DX推進").
                where = [i for i in matched_content
                         if any(keys_of[i] & w for w in interest.words)]
                if not where:
                    # A tag that is also a word of the reader's company or title ("Merkle
                    # Agroforst") was not looked up in the record, but is named all the same.
                    where = _named_in_fields(content, keys_of, interest.words, matches,
                                             generic, self.generic)
                # Where the tag is named: the first mention of each of its words.
                firsts = (next((i for i in where if keys_of[i] & w), None)
                          for w in interest.words)
                named_interests.append((interest.surface, [i for i in firsts if i is not None],
                                        where))
                if interest.specific:
                    strong = interest_sources = True
                    counted.update(where)
            elif len(interest.words) == 1 and interest.specific:
                where = _tag_written_otherwise(tokens, content, fold(interest.surface))
                if where:
                    # The tag's own key, as its recorded word would have matched.
                    tag_keys = record.lookup(where[-1][1], set(interest.words[0]))
                    if tag_keys:
                        for i, _ in where:
                            matches[i] = tag_keys
                        where_at = [i for i, _ in where]
                        named_interests.append((interest.surface, where_at[:1], where_at))
                        strong = interest_sources = True
                        counted.update(where_at)
        distinct = {stems[i] for i in counted if not generic.get(i, True)}
        ok = strong or len(distinct) >= 2
        if not ok and counted:
            # One rare, specific term the message takes up ("your background in peptide
            # lipidation") says who it was written for; one common word ("the award") does not.
            ok = any(rare_term(tokens, i, stems[i], self.language, proper[i])
                     and not _bare_subject(tokens, i, self.body_start) for i in counted)
        shared = 0  # an occasion of the sender's that the record holds too (see paraphrase)
        # A month or a number beside the occasion ("our webinar in March") still does not say
        # what happened there: the other piece must be a thing.
        if not ok and (record.language not in (self.language, "") or any(
                tokens[i].fold not in TIME_WORDS and not tokens[i].number for i in counted)):
            occasion = _shared_occasion(self.text, tokens, personal, counted, record)
            if occasion:
                counted.update(occasion)
                shared = 1
                ok = len(distinct) + shared >= 2
        if not ok and self.language not in CJK_LANGUAGES \
                and any(tokens[i].fold[:1].isdigit() for i in content):
            amount = _scaled_amount(self.text, tokens, personal, record)
            if amount:  # a figure with its scale, as a phrase ("5 mi" / "R$ 5 milhões")
                counted.update(amount)
                ok = True
        if not ok and content and record.bridge_language not in (self.language, ""):
            from .crosslang import bridged  # notes in another language: see crosslang

            # The interest tags are read too: "레트로 콘솔" is the tag "retro consoles".
            tags = [i.surface for i in record.interests]
            bridge = bridged(self.text, tokens, personal, content, counted, matches,
                             self.generic, self.language,
                             "\n".join([record.written, *tags]) if tags else record.written,
                             record.bridge_language, len(distinct) + shared,
                             frozenset(fold(tag) for tag in tags))
            if bridge is not None:
                ok, bridge_words = bridge
                counted.update(bridge_words)
        elif not ok and len(distinct) + shared == 1 and self.language not in CJK_LANGUAGES:
            # A short message is easily read as its notes' language ("complimenti per i dieci
            # anni" as English): what survives translation may still be the second piece.
            more = _paraphrased(self.text, tokens, personal, counted, record)
            if more:
                counted.update(more)
                ok = True
        if ok and counted and _senders_words_only(tokens, stems, counted,
                                                  self.exclude - self.identity.stems):
            # The record holds the sender's own name ("Follows Farebox on LinkedIn"): saying
            # it ("you could use Farebox") tells the reader nothing of themselves.
            ok = False
        framed = _stock_frame(self.text, tokens, counted, matches, record, self.body_start) \
            if ok and counted and interest_sources or ok and len(counted) == 1 else None
        if framed and (_taken_up(self.text, tokens, counted, self.language) or _shared_by_sender(
                tokens, personal, counted, matches, self.language, self.exclude,
                self.generic)):
            framed = None
        hooked = None
        if framed:
            hooked = _framed_interest(framed, counted, matches, record)
        elif ok and counted and len(counted) <= 4 and self.framing():
            hooked = _bare_hook(self.text, tokens, proper, personal, counted, matches, record,
                                self.language, self.identity.stems,
                                self.exclude - self.identity.stems, self.generic,
                                self.body_start)
            if hooked is not None:
                framed = hooked[0]
        if framed:
            ok = False
        unsupported: tuple[str, ...] = ()
        if ok:
            if self._congratulates is None:
                text = self.text
                self._congratulates = any(part in text for part in _CONGRATULATING) and any(
                    t.fold in CONGRATULATIONS for t in tokens)
            if self._congratulates:
                # What the bridge found in the notes is in the record, said otherwise
                # ("zur zweiten Filiale" for "opened her second shop").
                unsupported = _unsupported_claim(
                    tokens, proper, personal,
                    dict.fromkeys(bridge_words, _BRIDGED) | matches if bridge_words
                    else matches, self.language, self.exclude, self.generic,
                    record.written)
                if unsupported and bridge_words is None \
                        and record.language not in (self.language, ""):
                    unsupported = self._claim_translated(personal, content, counted, matches)
            if not unsupported and interest_sources:
                unsupported = _tag_made_a_thing(self.text, tokens, counted, personal, matches,
                                                record, self.language, self.exclude,
                                                self.generic)
        if unsupported:
            ok = False
        if counted and len(record.interests) > max(1, len(named_interests)) \
                and record.bridge_language not in (self.language, ""):
            # Tags named in translation ("inklusives Design" for "inclusive design") are named
            # all the same: a list of them is still the interests field pasted.
            named_interests.extend(_translated_tags(
                self.text, tokens, personal, content, matches, self.generic, self.language,
                record, named_interests))
        if len(named_interests) > 1:
            # A tag the sender does ("nosotros nixtamalizamos" for "nixtamalización") is
            # taken up, not listed.
            named_interests = [named for named in named_interests
                               if not _done_by_sender(tokens, named[2], named[0])]
        pasted = _pasted_interests(tokens, proper, stems, personal, content, self.language,
                                   named_interests, self.exclude, self.body_start,
                                   self.exclude - self.identity.stems) \
            if len(named_interests) > 1 else ()
        if pasted and _beyond_tags(self.text, tokens, matches, generic, named_interests, record):
            # Tags named beside a detail the notes or headline give besides them ("el
            # torrontés de altura en Cafayate"): written for the reader, not the field pasted.
            pasted = ()
        match = Match()
        match.personal, match.content, match.message_keys = personal, content, message_keys
        match.matches, match.named, match.counted = matches, named, counted
        match.ok, match.pasted, match.interest_sources = ok and not pasted, pasted, interest_sources
        match.clash, match.bridge_words = _UNSEEN, bridge_words
        match.framed, match.hooked = framed, hooked
        match.unsupported = unsupported
        return match

    def _claim_translated(self, personal: list[int], content: list[int], counted: set[int],
                          matches: dict) -> tuple[str, ...]:
        """The congratulation :func:`_unsupported_claim` quotes, looked at again with what
        the bridge across languages finds of the notes ("Glückwunsch zur zweiten Filiale" for
        "Opened her second shop in Graz": the name matched, so the bridge had not run)."""
        from .crosslang import bridged

        record = self.record
        bridge = bridged(self.text, self.tokens, personal, content, counted, matches,
                         self.generic, self.language, record.written, record.language, 0)
        found = dict.fromkeys(bridge[1], _BRIDGED) | matches if bridge else matches
        return _unsupported_claim(self.tokens, self.proper, personal, found, self.language,
                                  self.exclude, self.generic, record.written)

    def contradiction(self, match: Match) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """What the matched words say against the record, if anything (see the module)."""
        if match.clash is _UNSEEN:
            match.clash = None if self.quoting(match.personal) else self._contradiction(match)
        return match.clash

    def quoting(self, personal: list[int]) -> bool:
        """Whether the words are all inside the record's own notes and headline, which the
        draft repeats whole (``{{ contact.notes }}``): a record read back entire says nothing
        against itself, so its three dozen contradiction checks are not run (half the
        policy's time on such a campaign). Greetings may stand around the quote; any other word
        outside it is checked with the rest. Not for a part of the notes: "went to the summit"
        quoted out of "never went to the summit" would drop the word that mattered."""
        quotes = self._quotes
        if quotes is None:
            quotes = self._quotes = self.record.quoted_in(self.text)
        if not quotes or not personal:
            return False
        tokens = self.tokens
        inside = False
        for i in personal:
            t = tokens[i]
            for start, end in quotes:
                if start <= t.start and t.end <= end:
                    inside = True
                    break
            else:
                if t.fold not in FRAME_WORDS:  # a greeting around the quote says nothing
                    return False
        return inside

    def _contradiction(self, match: Match) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        text, tokens, proper, language = self.text, self.tokens, self.proper, self.language
        record, exclude, personal = self.record, self.exclude, match.personal
        message_keys, matches = match.message_keys, match.matches
        contradiction = None
        if match.named:
            if self._venue_flags is None:
                self._venue_flags = venue_flags(tokens, proper, language)
            contradiction = _contradiction(
                text, tokens, self._venue_flags, personal, language, record, message_keys,
                matches, exclude
            ) or _occasion_place(text, tokens, self._venue_flags, personal, language, record,
                                 message_keys, matches
            ) or _near_miss(text, tokens, proper, personal, language, record, self.identity,
                            matches, message_keys, exclude)
        # A subject is compared word by word, so only within one language: "fruit and veg
        # shrink" is a faithful English paraphrase of "la merma en frutas y verduras".
        if contradiction is None and record.has_topics and record.language == language:
            contradiction = _topic_clash(text, tokens, personal, language, record, matches,
                                         message_keys, exclude)
        if contradiction is None and matches:
            # The year, figure or kind the matched detail comes with (see facts).
            contradiction = figure_clash(text, tokens, match.content, matches, record) \
                or (month_clash(text, tokens, personal, matches, self.generic, record,
                                language, senders_only)
                    if self.dated() else None) \
                or (month_clash(text, tokens, personal, matches, self.generic, record,
                                language, senders_only, find=weekdays_named)
                    if names_weekday(text, self.folds()) else None) \
                or (month_clash(text, tokens, personal, matches, self.generic, record,
                                language, senders_only, find=seasons_named)
                    if names_season(text, self.folds()) else None) \
                or count_clash(text, tokens, match.personal, matches, record, language) \
                or modifier_clash(text, tokens, proper, match.content, matches, self.generic,
                                  message_keys, record) \
                or (cjk_kind_clash(text, tokens, match.content, matches, self.generic, record)
                    if language in ("chinese", "japanese") and record.language == language
                    else None) \
                or (korean_kind_clash(text, tokens, match.content, matches, self.generic,
                                      record)
                    if language == "korean" and record.language == language else None)
        if contradiction is None and record.language not in (language, ""):
            from .crosslang import clash as figures_across  # a figure translated wrongly

            contradiction = figures_across(text, [(tokens[i].start, tokens[i].end)
                                                  for i in personal], record.written)
        if contradiction is None and matches:
            contradiction = _year_clash(text, tokens, personal, matches, record) \
                or edition_number_clash(text, tokens, personal, matches, record, language) \
                or century_clash(text, tokens, personal, matches, record) \
                or _label_clash(text, tokens, personal, record) \
                or title_clash(text, tokens, personal, record, language) \
                or title_slot_clash(text, tokens, personal, matches, record, language) \
                or publication_clash(text, tokens, personal, record) \
                or compound_clash(text, tokens, personal, record, language) \
                or placing_clash(text, tokens, personal, proper, matches, record, language,
                                 self.identity.stems)
        if contradiction is None and matches and names_colour(text, self.folds()):
            # Another colour of a recorded thing ("bourbon vermelho" / "amarelo", 红茶 / 白茶).
            contradiction = colour_clash(text, tokens, personal, matches, record, language,
                                         senders_only)
        if contradiction is None and (matches or match.ok):
            # Another grain, fibre, instrument... than the record's (see kinds).
            contradiction = kind_clash(text, tokens, personal, language, record, message_keys) \
                or role_clash(text, tokens, personal, record, message_keys, language, exclude) \
                or keynote_clash(text, tokens, personal, record, language) \
                or side_clash(text, tokens, personal, record, language, self.folds()) \
                or (introducer_clash(text, tokens, personal, record, exclude)
                    if language not in CJK_LANGUAGES else None) \
                or tool_clash(text, tokens, personal, record, message_keys, exclude)
        if contradiction is None and matches:
            contradiction = _thing_place(text, tokens, proper, matches, personal, language,
                                         record, message_keys, exclude)
            if contradiction is None and language not in CJK_LANGUAGES:
                # Another name beside a recorded word than the record's, or another number
                # written into the recorded compound (see slots).
                contradiction = slot_clash(text, tokens, matches, personal, language, record,
                                           message_keys, exclude, proper) \
                    or number_compound_clash(text, tokens, personal, language, record) \
                    or filler_clash(text, tokens, proper, matches, personal, language, record,
                                    message_keys, exclude)
            if contradiction is None:
                # The matched detail moved to another city, in any language (see placeswap).
                contradiction = place_swap(text, tokens, personal, matches, record, exclude)
            if contradiction is None:
                # Another kind of the recorded thing: "seed library" for "tool library".
                contradiction = noun_modifier_clash(text, tokens, match.content, matches,
                                                    proper, self.generic, message_keys,
                                                    record, language)
        if contradiction is None and matches and language in CJK_LANGUAGES:
            # The end of a move between two Latin names, in a record of any language.
            contradiction = cjk_move_clash(
                text, [(tokens[i].start, tokens[i].end) for i in personal], record.written)
        if contradiction is None and matches:
            # A meeting at an occasion the record says the reader missed (see absence), or
            # what they no longer do spoken of as today (see ended).
            contradiction = absence_clash(text, tokens, personal, matches, self.generic, record) \
                or ended_clash(text, tokens, personal, matches, self.generic, record)
        if contradiction is None and record.disliked:
            contradiction = _liked(text, tokens, personal, language, record, self.stems)
        if contradiction is None and record.denied:
            contradiction = denied_claim(text, tokens, personal, self.stems, self.generic,
                                         record)
        if contradiction is None and language in CJK_LANGUAGES:
            contradiction = cjk_denied_claim(
                text, [(tokens[i].start, tokens[i].end) for i in personal], record.written,
                GENERIC_BIGRAMS)
        if contradiction is None and language in CJK_LANGUAGES and record.language == language:
            # Places and subjects in scripts without spaces (see cjk_facts: imported only
            # here, its patterns cost start-up time no other draft should pay).
            from .cjk_facts import clash as cjk_clash

            contradiction = cjk_clash(text, [(tokens[i].start, tokens[i].end) for i in personal],
                                      record.written, GENERIC_BIGRAMS, language)
            if contradiction is None and language == "korean":
                contradiction = korean_slot_clash(
                    text, [(tokens[i].start, tokens[i].end) for i in personal], record.written)
            if contradiction is None and (
                    any(tokens[i].fold[:1].isdigit() for i in personal)
                    or any(c.isdigit() for c in cjk_digits(text))) \
                    and any(c.isdigit() for c in cjk_digits(record.written)):
                # A number beside the recorded words given otherwise (see cjk_numbers).
                from .cjk_numbers import clash as number_clash

                contradiction = number_clash(
                    text, [(tokens[i].start, tokens[i].end) for i in personal],
                    record.written, GENERIC_BIGRAMS)
        return contradiction

    def settled(self, match: Match) -> bool:
        """Whether the words make a detail that nothing contradicts (``Details.ok``)."""
        return match.ok and self.contradiction(match) is None

    def evidence(self, match: Match) -> tuple[str, ...]:
        content = match.content if not match.bridge_words else sorted(
            {*match.content, *match.bridge_words})  # with kana pairs ("歯みがき")
        return _evidence(self.text, self.tokens, content, match.counted, match.matches,
                         self.record, self.proper, self.generic)

    def _sources(self, match: Match) -> set[str]:
        """Where the counted words were found in the record (notes, headline, interests)."""
        keys, matches = self.record.keys, match.matches
        sources = set().union(*(keys.get(k, set()) for i in match.counted
                                for k in matches.get(i, ())))
        if match.interest_sources:
            sources.add(INTERESTS)
        return sources

    def details(self, personal: list[int]) -> Details:
        match = self.match(personal)
        tokens, proper, stems = self.tokens, self.proper, self.stems
        matches, counted, ok = match.matches, match.counted, match.ok
        contradiction = self.contradiction(match)
        settled = match.ok and contradiction is None
        return Details(
            ok=settled,
            evidence=self.evidence(match),
            counted=frozenset(stems[i] for i in counted),
            recorded=frozenset(stems[i] for i in matches),
            headline_only=ok and self._sources(match) == {HEADLINE},
            weak=() if match.pasted or match.framed or match.unsupported else tuple(tokens[i].surface for i in sorted(counted)
                                               if not ok),
            contradiction=contradiction,
            cue=None if settled or match.unsupported
            else match.framed or _vague_claim(self.text, tokens, personal),
            unknown=match.unsupported if match.unsupported else () if settled or not match.named
            else _unknown_names(
                tokens, proper, personal, self.language, matches, self.exclude),
            pasted=match.pasted,
            hooked=None if settled else match.hooked,
        )


_COMMON_FIELD_STEMS: dict[str, frozenset[str]] = {}
# Thanking says the reader did what follows ("thanks for the forecasting question in our
# webinar"): the clause is about them, whatever "our" it holds.
_THANKS = frozenset(fold(w) for w in """thanks thank danke merci gracias grazie obrigado
    obrigada bedankt dank""".split())
# Who does something in a clause of the sender's own ("we run", "nosotros analizamos"): the
# subject and possessive forms, not "me" ("me pareció": the sender's view of the reader).
_SENDERS = frozenset(fold(w) for w in """i we our ours ich wir unser unsere unseren yo
    nosotros nosotras nuestro nuestra nuestros nuestras je nous notre nos io noi nostro
    nostra nostri eu nós nosso nossa nossos nossas""".split())


def _names_month(text: str, tokens: list[Token]) -> bool:
    """Whether the words may name a month (see months): cheap, before reading the record's
    months."""
    if "月" in text or "월" in text:
        return True
    for t in tokens:
        if t.fold in MONTHS:
            return True
    return False


def rare_term(tokens: list[Token], i: int, stem_: str, language: str,
              proper: bool) -> bool:
    """Whether word ``i`` is a rare, content-bearing term: a long word of letters (nine or
    more) that is no name (a German noun may be capitalized) nor number, not one of the
    fields that fill every profile
    (lexicon.COMMON_FIELD_WORDS, under its form or stem), in a clause that is not the
    sender's alone ("lipidation", "hydroponics", "letterpress"; not "sustainability"); a
    clause thanking the reader is theirs."""
    t = tokens[i]
    folded = t.fold
    if len(folded) < 9 or folded >= CJK_FIRST or not folded.isalpha() or t.number \
            or t.upper or proper or (t.capital and language != "german" and not t.initial) \
            or folded in COMMON_FIELD_WORDS or folded in CLAIM_NOUNS \
            or folded in EVENT_NOUNS or folded in INTERACTION_WORDS:
        return False
    common = _COMMON_FIELD_STEMS.get(language)
    if common is None:
        common = _COMMON_FIELD_STEMS[language] = frozenset(
            {stem(language, w) for w in COMMON_FIELD_WORDS}
            | {stem("english", w) for w in COMMON_FIELD_WORDS})
    if stem_ in common or _everyday(folded):
        return False
    # Not the sender's alone: a clause of "I"/"we" without the reader's "you", "Ihre", "su".
    words = [u.fold for u in tokens[max(0, i - 12):i + 12] if u.clause == t.clause]
    return not any(w in _SENDERS for w in words) or any(
        w in _READERS or w in _THANKS for w in words)


def _everyday(folded: str) -> bool:
    """Whether a long word is an everyday one ("collezione", "conversation"): long, but no
    rare term (see :mod:`.common_long`). Of any language: a short message is easily taken
    for another one ("spannende Zusammenarbeit!")."""
    from .common_long import EVERYDAY  # data, read on this path only

    return folded in EVERYDAY


def _bare_subject(tokens: list[Token], i: int, body_start: int) -> bool:
    """Whether word ``i`` stands in the subject line with nothing of the reader's around it
    (a subject "Atividades" over "talvez tenha interesse nas nossas atividades"): a label
    says nothing about the reader, so it is no rare term taken up about them."""
    t = tokens[i]
    if t.start >= body_start:
        return False
    return not any(u.fold in _READERS for u in tokens
                   if u.start < body_start and u.clause == t.clause)


# The keys of a word the bridge across languages counted (crosslang): none is a record key,
# so it is no interest tag's (the bridge reads the notes and headline).
_BRIDGED = ("",)
_NOTHING: frozenset[str] = frozenset()


def _stock_frame(text: str, tokens: list[Token], counted: set[int], matches: dict,
                 record: RecordIndex, body_start: int = 0) -> str | None:
    """Praise hooked to an interest tag in a stock frame ("as a fellow theatre lover",
    "someone who loves history", "passionate about sustainable fashion", "对可持续时尚感兴趣"),
    quoted, when the tag is all the message matches: every counted word is recorded only as
    an interest (notes that only restate it, "Loves jazz.", count as the interest: see
    :func:`_noted_interest`), and stands within three words of a frame word of its clause. The tag taken
    up with something said about it adds other recorded words, or none of the frame."""
    keys = record.keys
    tags = None
    for i in counted:
        for k in matches.get(i, _BRIDGED):  # a word bridged from another language is no tag's
            sources = keys.get(k, _NOTHING)
            if not sources and k:
                # A tag that is also a word of the title ("DX" of a DX Lead) is no key of
                # the record's (merge fields are none), yet still the tag.
                if tags is None:
                    tags = frozenset().union(*(words for interest in record.interests
                                                for words in interest.words))
                if k in tags:
                    continue
            if sources != _ONLY_INTERESTS and not (
                    sources == _INTERESTS_AND_NOTES and (
                        _noted_interest(record, [i], matches)
                        or _in_whole_tag(k, tokens, matches, record))):
                return None  # a word the record holds otherwise ("Gosta de vela." is not)
    quote = None
    # Each clause of the tag's words needs a frame near one of them ("open source is such
    # an underrated art": the frame is five words from "open", four from "source").
    framing: dict[int, list[int]] = {}
    for i in sorted(counted):
        clause = tokens[i].clause
        near = [j for j in range(max(0, i - 4), min(len(tokens), i + 5))
                if tokens[j].clause == clause and j not in counted and _frames(tokens[j])]
        framing.setdefault(clause, []).extend(near)
    for i in sorted(counted):
        clause = tokens[i].clause
        near = framing[clause]
        if not near:
            if tokens[i].start < body_start:
                continue  # a subject line naming the tag ("Logística y seguros") adds nothing
            praised = _cjk_praise_after(text, tokens[i].end)
            if praised is None:
                return None
            if quote is None:
                quote = text[tokens[i].start:praised]
            continue
        if quote is None:  # the first one, within its clause
            span = near + [j for j in counted if tokens[j].clause == clause]
            quote = text[tokens[min(span)].start:tokens[max(span)].end]
    return quote


def _senders_words_only(tokens: list[Token], stems: list[str], counted: set[int],
                        sender: frozenset[str]) -> bool:
    """Whether every counted word is a name of the sender's: a capitalized word of their
    name or headline ("Farebox"), not an acronym or a lowercase word that is also a topic
    ("VR", "open" of "open data" for a sender at Open Ledger)."""
    for i in counted:
        t = tokens[i]
        if not t.capital or t.upper or t.key not in sender and stems[i] not in sender:
            return False
    return True


def _in_whole_tag(key: str, tokens: list[Token], matches: dict, record: RecordIndex) -> bool:
    """Whether ``key`` is a word of a tag of several words that the message names whole
    ("field recording", though the notes say "Recorded the ambient beds"): the tag, not
    the notes' word."""
    said: set[str] = set()
    for found in matches.values():
        said |= found
    for t in tokens:  # a generic word of the tag too ("field"), never looked up
        said.add(t.key)
        said.add(t.fold)
    for interest in record.interests:
        if len(interest.words) < 2:
            continue
        if not any(key in word for word in interest.words):
            continue
        if all(word & said for word in interest.words):
            return True
    return False


def _frames(t: Token) -> bool:
    """Whether ``t`` is a frame word or praise (see :func:`_stock_frame`)."""
    if t.fold in PRAISE_FRAMES:
        return True
    return _frame_word(t)


def _cjk_praise_after(text: str, end: int) -> int | None:
    """Where CJK praise ends that follows a tag ending at ``end`` in its sentence, within a
    few letters ("DXへの取り組み、本当に素晴らしい"), or None."""
    window = text[end:end + 20]
    for stop in "。！？!?\n":
        window = window.partition(stop)[0]
    if not window or window[0] < CJK_FIRST and not window[0].isspace() and window[0] not in \
            "、，,":
        return None  # a Latin text goes on: its praise is a word of the clause
    for form in CJK_PRAISE_FRAMES:
        at = window.find(form)
        if at >= 0:
            return end + at + len(form)
    return None


def _phrase_with_field(tokens: list[Token], content: list[int], keys_of: dict[int, set[str]],
                       matches: dict, generic: dict[int, bool], counted: set[int],
                       veto: frozenset[str], joined: set[tuple[str, str]]) -> bool:
    """A specific matching word next to a word of the reader's title, company or name, the
    two side by side in the record too ("Data Mesh" for a Head of Data who speaks on Data
    Mesh, "sobre acessibilidade" for an accessibility designer's article on it): a phrase
    of the record, not a field filled in, so a detail."""
    for a, b in zip(content, content[1:]):
        if (a in matches) == (b in matches) or tokens[a].clause != tokens[b].clause:
            continue
        i, j = (a, b) if a in matches else (b, a)
        if generic[i] or i not in counted or veto.isdisjoint(keys_of[j]):
            continue
        for k in keys_of[j]:
            for m in keys_of[i]:
                if (k, m) in joined:
                    return True
    return False


def _clipped_phrase(tokens: list[Token], content: list[int], matches: dict,
                    generic: dict[int, bool], counted: set[int], record: RecordIndex,
                    exclude: frozenset[str]) -> bool:
    """A specific matching word next to a recorded word written short, the two side by side
    in the record ("riso prints" for "Risograph printing", "synth patches" for "synthesizer
    patches"): the short word is the long one's first four to six letters, at most half of
    it. The clipped word joins the match."""
    for a, b in zip(content, content[1:]):
        if (a in matches) == (b in matches) or tokens[a].clause != tokens[b].clause:
            continue
        i, j = (a, b) if a in matches else (b, a)
        short = tokens[j].fold
        if generic[i] or i not in counted or not 4 <= len(short) <= 6 \
                or not short.isalpha() or short >= CJK_FIRST or tokens[j].key in exclude:
            continue
        for key in record.keys:
            if len(key) >= 2 * len(short) and key.startswith(short) \
                    and _neighbours(record, matches[i], {key}):
                matches[j] = {key}
                generic[j] = False
                counted.add(j)
                return True
    return False


def _tag_written_otherwise(tokens: list[Token], content: list[int],
                           tag: str) -> list[tuple[int, str]]:
    """Where a one-word interest tag (folded) is written otherwise, with the tag: split in
    two words ("ultra running" for "ultrarunning", "data mesh" for "datamesh"), or made the
    one who does it ("surfista", "surfer", "golfeur" for "surf", "golf"). Empty if not."""
    if len(tag) < 4 or not tag.isalpha():
        return []
    n = len(content)
    for k in range(n):
        i = content[k]
        word = tokens[i].fold
        if word[:1] != tag[0]:
            continue
        if len(word) > len(tag):
            if word.startswith(tag) and word[len(tag):] in _DOER_ENDINGS:
                return [(i, tag)]
        elif len(word) >= 3 and word != tag and tag.startswith(word) and k + 1 < n:
            j = content[k + 1]
            if j == i + 1 and word + tokens[j].fold == tag:
                return [(i, tag), (j, tag)]
    return []


# Endings that make a pastime the one who does it ("surfista", "golfer", "skieur").
_DOER_ENDINGS = frozenset("""er ers erin erinnen ist ists istin ista istas iste isti eur
    eurs euse euses ero eros era eras eiro eiros eira eiras""".split())


def _shared_by_sender(tokens: list[Token], personal: list[int], counted: set[int],
                      matches: dict, language: str, exclude: frozenset[str],
                      generic: Callable[[int], bool]) -> bool:
    """Whether the sender says they share the tag and what they do with it ("you're into
    ultrarunning; I'm training for my first 50k too", "你也喜欢茶艺，我最近在学功夫茶", "저도
    주말마다 북한산 가요", "Fellow sourdough nerd here ... swap starter tips"): a word of
    sharing ("too", "ich auch", "也", "저도", a "fellow ... here" of their own) not said for
    the sender's company, then specific words the record does not hold, outside any clause
    of the company's ("we", "our", "我们", "저희"). A stock frame followed by the sender's
    pitch ("as a fellow jazz lover ... I book acts", "我们在做烘焙设备") shares nothing."""
    marker = -1
    for i in personal:
        t = tokens[i]
        folded = t.fold
        if folded >= CJK_FIRST:
            if not any(m in folded for m in CJK_SHARED):
                continue
        elif folded not in SHARED_WORDS and not (folded == "here" and any(
                u.fold == "fellow" and u.clause == t.clause for u in tokens[max(0, i - 4):i])):
            continue
        if not _company_clause(tokens, i):
            marker = i
            break
    if marker < 0:
        return False
    # Two words ("swap starter tips", not "a quick chat"); in CJK three letter pairs (a word
    # takes several, and a phrase of no content one or two), or two apart: two words ("最近收
    # 了一把朱泥的" holds "近收" and "朱泥" between particles).
    seen, letter_pairs, runs, last_end = None, 0, 0, -1
    for i in personal:
        if i <= marker or i in counted or i in matches:
            continue
        t = tokens[i]
        if t.number or t.key in exclude or is_stop(language, t.fold) or generic(i) \
                or _frame_word(t) or t.fold in SHARED_WORDS or _company_clause(tokens, i):
            continue
        if t.fold < CJK_FIRST:
            if seen is None:
                seen = t.key
            elif t.key != seen:
                return True
            continue
        if i - 1 in counted or i + 1 in counted or any(
                p in t.fold for p in CJK_FIRST_PERSON + CJK_SECOND_PERSON + CJK_SHARED) \
                or not _own_clause(tokens, i):
            continue  # straddling the tag, a pronoun's pair, or not of the sender's own
        letter_pairs += 1
        if t.start >= last_end:
            runs += 1
        last_end = t.end
        if letter_pairs == 3 or runs == 2:
            return True
    return False


def _own_clause(tokens: list[Token], i: int) -> bool:
    """Whether CJK word ``i`` stands in a clause where the sender speaks ("我", "저도")."""
    clause = tokens[i].clause
    for u in tokens:
        if u.clause == clause and any(p in u.fold for p in CJK_FIRST_PERSON):
            return True
    return False


def _company_clause(tokens: list[Token], i: int) -> bool:
    """Whether word ``i`` stands in a clause the sender speaks in for their company or their
    trade ("we also run", "I book acts for the club nights", "我在做烘焙设备")."""
    clause = tokens[i].clause
    for u in tokens:
        if u.clause != clause:
            continue
        folded = u.fold
        if folded < CJK_FIRST:
            if folded in PLURAL_SENDERS or folded in PITCH_WORDS:
                return True
        elif any(p in folded for p in CJK_PLURAL_SENDERS) or any(
                p in folded or folded in p for p in CJK_PITCH_WORDS):
            return True
    return False


_ONLY_INTERESTS = frozenset({INTERESTS})
_INTERESTS_AND_NOTES = frozenset({INTERESTS, NOTES})
# Parts of the words of lexicon.CONGRATULATIONS in any case they start a sentence in, to pass
# over the texts without one at C speed (a regex search is slower than these).
_CONGRATULATING = ("ongrat", "ONGRAT", "udos", "UDOS", "elic", "élic", "ELIC", "ÉLIC",
                   "horabuena", "HORABUENA", "ückw", "ÜCKW", "ratul", "RATUL", "ravo", "RAVO",
                   "omplimen", "OMPLIMEN", "arabén", "ARABÉN")


def _tag_made_a_thing(text: str, tokens: list[Token], counted: set[int], personal: list[int],
                      matches: dict, record: RecordIndex, language: str,
                      exclude: frozenset[str], generic: Callable[[int], bool]
                      ) -> tuple[str, ...]:
    """An interest tag made into a thing the reader has ("your open-data portal for the
    city's building permits" for the tag "open data", "tu portal de datos abiertos para los
    permisos de obra"), quoted: the reader's possessive, a noun the record does not give
    right after the tag (or right before it, joined by "de", "di", "du", "da"), and one more
    such word in the clause. Only when the tag is all the message matches: a tag says what
    the reader follows, not what they built (R4)."""
    keys = record.keys
    if any(keys.get(k, _NOTHING) != _ONLY_INTERESTS for i in counted
           for k in matches.get(i, _BRIDGED)):
        return ()
    mine = set(personal)

    def thing(k: int, clause: int) -> bool:
        return k in mine and tokens[k].clause == clause and k not in matches \
            and tokens[k].key not in exclude and not generic(k) \
            and not is_stop(language, tokens[k].fold)

    for i in sorted(counted):
        if i == 0 or i - 1 in counted:
            continue
        clause = tokens[i].clause
        j = i
        while j + 1 in counted:
            j += 1  # the rest of the tag
        if tokens[i - 1].fold in POSSESSIVES:  # "your open-data portal"
            start, head = i - 1, j + 1
        elif i >= 3 and tokens[i - 1].fold in _OF_WORDS and tokens[i - 3].fold in POSSESSIVES:
            start, head = i - 3, i - 2  # "tu portal de datos abiertos"
        else:
            continue
        if head >= len(tokens) or not thing(head, clause):
            continue
        end = max(head, j)
        # A loop, not a generator: one holding ``thing`` makes a reference cycle once
        # compiled (a Cython closure keeps its functions in the scope they close over).
        for k in mine:
            if k > end and thing(k, clause):
                return (text[tokens[start].start:tokens[end].end],)
    return ()


_OF_WORDS = frozenset("de di du da do des del della".split())


def _unsupported_claim(tokens: list[Token], proper: list[bool], personal: list[int],
                       matches: dict, language: str, exclude: frozenset[str],
                       generic: Callable[[int], bool], written: str = "") -> tuple[str, ...]:
    """What the message congratulates the reader on, quoted, when none of its specific words
    is in the record ("congrats on the new ERC grant" for notes about an eLife paper): an
    event claimed as known that the record does not hold (R4), whatever else matches. Only
    the words from the congratulation to the end of their name ("for", "at" or the clause
    end) are read; an all-generic one ("congrats on the launch!") is left to the rest, and
    one without a name (in German, where every noun has a capital: a noun) too. A number's
    scale ("0,85 Mio. €") is part of the number; a word the ``written`` record holds in
    another form ("Freigabe" for "freigegeben": its first five letters) is in it."""
    mine = set(personal)
    near: set[str] | None = None
    for n, i in enumerate(personal):
        t = tokens[i]
        if t.fold not in CONGRATULATIONS:
            continue
        words = []
        for j in range(i + 1, len(tokens)):
            u = tokens[j]
            if u.clause != t.clause or j not in mine:
                break
            if u.fold in CLAIM_ENDS:
                if words:
                    break
                continue  # what introduces it ("felicidades por", "Glückwunsch zu")
            if is_stop(language, u.fold) or u.key in exclude or u.number \
                    or u.fold[:1].isdigit() or u.fold >= CJK_FIRST or u.fold in _SCALES:
                continue
            words.append(j)
        specific = [j for j in words if not generic(j)]
        if specific and not any(j in matches for j in specific) \
                and any(proper[j] or language == "german" and tokens[j].capital
                        and not tokens[j].initial for j in specific):
            if near is None:
                near = {w[:5] for w in fold(written).split() if len(w) >= 6}
            if _said_otherwise([tokens[j].fold for j in specific], near):
                continue
            return (" ".join(tokens[j].surface for j in words[words.index(specific[0]):]),)
    return ()


def _said_otherwise(words: list[str], heads: set[str]) -> bool:
    """Whether a word of six letters or more starts as a recorded one does (``heads``: the
    first five letters of the record's long words)."""
    for word in words:
        if len(word) >= 6 and word[:5] in heads:
            return True
    return False


# A number's scale written after it ("1,2 Mio. €", "3 Mrd", "20k", "5 bn").
_SCALES = frozenset(fold(w) for w in """k m mm mn mio mrd bn mil mill tsd million millions
    millionen milliarde milliarden billion billions millón millones milhão milhões milione
    milioni miliardo miliardi""".split())


# "A fellow einkorn fan", "tú también", "看到你也喜欢": the sender shares the interest ...
_SHARING = frozenset(fold(w) for w in """fellow también tambien auch aussi encore anche
    também tambem""".split())
_CJK_SHARING = ("也喜欢", "也是", "也爱", "也热爱", "も好き", "もファン", "도 좋아", "도 팬")
# ... and a clause of their own takes the tag up again ("we've just started baking with
# it", "我们的新作正好是这个类型").
_ANAPHORS = frozenset(fold(w) for w in """it them damit dafür davon ihn isso isto ello
    esto ça cela ciò questo""".split())
_CJK_ANAPHORS = ("这个", "这类", "这种", "这款", "它", "それ", "これ", "この", "그거", "이거", "이런",
                 "그런")
_CJK_SELF = ("我", "私", "저희", "제가", "저는", "우리")


def _taken_up(text: str, tokens: list[Token], counted: set[int], language: str) -> bool:
    """Whether an interest in a stock frame is one the sender shares and says something of
    their own about: a sharing word in the frame's clause ("fellow", "también", "也"), and a
    later clause of the sender's that refers back to it with a word of its own ("we've just
    started baking with it"). Praise alone ("as a fellow jazz lover I'm sure we'd get on",
    "I love it too") stays a frame."""
    if not counted:
        return False
    first = min(counted)
    clause = tokens[first].clause
    if tokens[first].fold >= CJK_FIRST or any(
            ord(c) >= 0x3040 for c in text[tokens[first].start:tokens[first].end + 1]) or any(
            part in text for part in _CJK_SHARING):
        at = next((text.find(p) for p in _CJK_SHARING if p in text), -1)
        if at < 0:
            return False
        rest = text[at:]
        for end in "，,。！？!?；;":
            cut = rest.find(end)
            if cut >= 0:
                later = rest[cut + 1:]
                break
        else:
            return False
        return any(w in later for w in _CJK_SELF) and any(w in later for w in _CJK_ANAPHORS)
    if not any(t.fold in _SHARING for t in tokens if t.clause == clause):
        return False
    for t in tokens:
        if t.clause > clause and t.fold in _ANAPHORS:
            said = [u for u in tokens if u.clause == t.clause]
            if any(u.fold in _SENDERS for u in said) and any(
                    u.fold not in _ANAPHORS and u.fold not in _SENDERS and u.fold not in _SHARING
                    and not _frame_word(u) and not is_stop(language, u.fold)
                    and not is_generic(language, u, False) for u in said):
                return True
    return False


def _named_in_fields(content: list[int], keys_of: dict[int, set[str]],
                     words: tuple[frozenset[str], ...], matches: dict, generic: dict,
                     is_generic: Callable[[int], bool]) -> list[int]:
    """The words naming an interest tag that the identity mask kept from the record look-up
    (they are the reader's company or title too), entered in ``matches`` and ``generic``
    as the look-up would have."""
    where = []
    for i in content:
        found = {key for word in words for key in word & keys_of[i]}
        if found:
            matches[i] = frozenset(found)
            generic[i] = is_generic(i)
            where.append(i)
    return where


def _bare_hook(text: str, tokens: list[Token], proper: list[bool], personal: list[int],
               counted: set[int], matches: dict, record: RecordIndex, language: str,
               fields: frozenset[str], sender: frozenset[str],
               generic: Callable[[int], bool], body_start: int) -> tuple[str, str] | None:
    """A pitch hooked to one recorded interest ("I know you're into sailing; we have great
    options for you", "so che le bici cargo le interessano", "日本酒にご関心をお持ちかと存じます"),
    quoted, with the interest as recorded: every word the body matches is one interest tag
    (or words the notes give as an interest, "Interested in team outings"), a word saying
    the reader likes or follows it (an interest or stock frame) stands within five words
    of it in its clause ("interessieren Sie sich sicher für Craft Beer"),
    and the body says fewer than two other specific things: words that are not generic, not
    the tag, not the reader's merge ``fields`` nor a name of the ``sender``'s own ("na Vela
    Azul"), not frame words nor a pitch's filler ("great solutions", "what we do"). A name counts as two. What the sender did with the interest
    ("I crewed the Fastnet last year", "nous testons des capteurs dans le Jura"), something
    specific about the reader's, or the sender saying they share it ("we share an interest
    in Arctic shipping routes") says more."""
    # The tag as the body names it (a subject naming it, or the notes' "gosta de" matched
    # with it, are no more).
    tag = [i for i in counted if tokens[i].start >= body_start
           and not _interest_word(tokens[i]) and not _frame_word(tokens[i])
           and not (proper[i] and tokens[i].key in sender)]  # "na Vela Azul": the sender's
    if not tag:
        return None
    first = min(tag)
    clause = tokens[first].clause
    near = [j for j in range(max(0, first - 6), min(len(tokens), max(tag) + 6))
            if tokens[j].clause == clause and j not in tag
            and (_frame_word(tokens[j]) or _interest_word(tokens[j]))]
    if not near:
        return None  # no frame: cheap, before the record is read
    tag_keys: frozenset[str] | None = None
    surface = ""
    for interest in record.interests:
        words = frozenset().union(*interest.words)
        if all(not matches.get(i, _NOTHING).isdisjoint(words) for i in tag):
            tag_keys, surface = words, interest.surface
            break
    if tag_keys is None:
        if not _noted_interest(record, tag, matches):
            return None
        tag_keys = frozenset().union(*(matches[i] for i in tag))
        surface = " ".join(tokens[i].surface for i in sorted(tag))
    if any(tokens[j].clause == clause and (
            tokens[j].fold in SHARED_WORDS or tokens[j].fold in _SHARING
            or tokens[j].fold in _SHARE_VERBS) for j in personal) \
            or any(part in text for part in CJK_SHARED) \
            or any(part in text for part in _CJK_SHARING):
        return None  # the sender shares it: a detail of how they know the reader
    # Where the tag and its frame are written: a letter pair straddling them is neither.
    covered = [(tokens[j].start, tokens[j].end) for j in near + tag]
    # A sales claim and what follows it ("Unsere Plattform senkt Stillstandszeiten um 30 %.
    # Kurzer Termin?") say nothing about the tag, outside the tag's own clause.
    pitch = pitch_region(text, tokens, body_start)
    said: set[str] = set()
    letter_pairs = 0
    for i in personal:
        t = tokens[i]
        if pitch is not None and t.sentence >= pitch and t.clause != clause:
            continue
        if t.start < body_start or i in tag or t.key in fields or t.number \
                or proper[i] and t.key in sender \
                or is_stop(language, t.fold) or generic(i) or _frame_word(t) \
                or _interest_word(t) or t.fold in _HOOK_FILLER:
            continue
        found = matches.get(i)
        if found and not found.isdisjoint(tag_keys):
            continue  # the tag again
        if t.fold >= CJK_FIRST:
            # Letter pairs: a word takes several, a phrase of no content one or two; pairs
            # holding a particle ("的", "很") or kana are grammar, not content.
            if kana_pair(t.fold) or any(c in _CJK_GRAMMAR for c in t.fold) \
                    or any(f in t.fold for f in _CJK_HOOK_FILLER) \
                    or any(a < t.end and t.start < b for a, b in covered):
                continue
            letter_pairs += 1
            if letter_pairs >= 3:
                return None
            continue
        said.add(t.key)
        if proper[i]:
            said.add(t.key + "\0")  # a name is specific enough on its own
        if len(said) >= 2:
            return None
    span = near + tag
    return text[tokens[min(span)].start:tokens[max(span)].end], surface


# "We share an interest in": the sender says the interest is theirs too.
_SHARE_VERBS = frozenset(fold(w) for w in """share shares shared sharing compartimos
    compartilhamos partilhamos teilen partageons condividiamo delen ook""".split())
def _noted_interest(record: RecordIndex, tag: list[int], matches: dict) -> bool:
    """Whether the notes give the matched words only as an interest: each of them within
    three words after a word saying the reader likes or follows it ("Interessada em
    atividades ao ar livre", "Gosta de vela.", "Loves jazz", "喜欢设计"), and nowhere else in
    that part of the record. Such notes restate the interests field."""
    frames = [place for key, places in record.positions.items() if _frame_key(key)
              for place in places]
    if not frames:
        return False
    framed_segments = {segment for segment, _ in frames}
    for i in tag:
        near = False
        for key in matches.get(i, _NOTHING):  # (a word bridged from another language: none)
            for segment, position in record.positions.get(key, ()):
                if segment not in framed_segments:
                    continue  # an interest tag, or a part without any frame
                if not any(segment == s and 0 < position - p <= 3 for s, p in frames):
                    return False  # said otherwise too ("played a jazz set")
                near = True
        if not near:
            return False
    return True


def _frame_key(key: str) -> bool:
    """Whether a record key is a word saying the reader likes or follows something."""
    if key < CJK_FIRST:
        return key in INTEREST_FRAMES or key in STOCK_FRAMES
    return any(f in key for f in CJK_INTEREST_FRAMES) or any(f in key for f in CJK_STOCK_FRAMES)


# Every frame word, for a quick look whether a draft has one at all.
_LATIN_FRAMES = STOCK_FRAMES | INTEREST_FRAMES
_CJK_FRAMES = CJK_STOCK_FRAMES + CJK_INTEREST_FRAMES
# Chinese letters that make grammar, not content: a pair holding one is no word said.
# Korean endings and particles ("습니다", "에", "를") are the same.
_CJK_GRAMMAR = frozenset("的了是在很有对會会也都就和与及之们們这那个個一吗呢吧啊把被让給给得地着過过"
                         "습니다요는을를에의로께세")


def _framed_interest(quote: str, counted: set[int], matches: dict,
                     record: RecordIndex) -> tuple[str, str] | None:
    """The stock frame with the interest it praises, as recorded (for the reason)."""
    for interest in record.interests:
        words = frozenset().union(*interest.words)
        if any(not matches[i].isdisjoint(words) for i in counted if i in matches):
            return quote, interest.surface
    return None


def _interest_word(t: Token) -> bool:
    """Whether ``t`` says the reader likes or follows something ("interested", "te
    interesa", "gosta", "感兴趣", "ご関心")."""
    if t.fold < CJK_FIRST:
        return t.fold in INTEREST_FRAMES
    return any(f in t.fold for f in CJK_INTEREST_FRAMES)


def _frame_word(t: Token) -> bool:
    if t.fold < CJK_FIRST:
        return t.fold in STOCK_FRAMES
    return any(f in t.fold or t.fold in f for f in CJK_STOCK_FRAMES)


def _translated_tags(text: str, tokens: list[Token], personal: list[int], content: list[int],
                     matches: dict, generic, language: str, record: RecordIndex,
                     named: list[tuple[str, list[int], list[int]]]
                     ) -> list[tuple[str, list[int], list[int]]]:
    """The interest tags the bridge across languages finds in the message ("inklusives
    Design" for "inclusive design") besides the ``named`` ones, as
    :func:`_pasted_interests` reads named tags: each with the words that say it."""
    from .crosslang import bridged

    surfaces = {surface for surface, _, _ in named}
    taken = {i for _, _, every in named for i in every}
    out = []
    for interest in record.interests:
        if interest.surface in surfaces:
            continue
        # Its words matched as they are ("barrierefreies" for "barrier-free"), or bridged.
        said = set()
        for i in content:
            if i not in taken and i in matches:
                if _names_a_word(matches[i], interest.words):
                    said.add(i)
        found = bridged(text, tokens, personal, content, taken | said, matches, generic,
                        language, interest.surface, record.bridge_language, 0)
        if found is not None:
            said |= found[1]
        words = sorted(said - taken)
        if words and len(words) < len(interest.words):
            # The tag's other words, untranslated by the bridge, are the words beside it
            # ("barrierefreies Bauen" for "barrier-free building").
            words = _with_neighbours(text, tokens, words, content, taken,
                                     len(interest.words))
        if words:
            out.append((interest.surface, words, words))
            taken.update(words)
    return out


def _with_neighbours(text: str, tokens: list[Token], words: list[int], content: list[int],
                     taken: set[int], size: int) -> list[int]:
    """``words`` with the content words right beside them (a space apart, in one clause),
    until they are ``size`` words."""
    out = list(words)
    allowed = set(content) - taken
    for i in words:
        for j in (i + 1, i - 1):
            if len(out) >= size:
                return sorted(out)
            if j in allowed and j not in out and tokens[j].clause == tokens[i].clause:
                a, b = (i, j) if i < j else (j, i)
                if text[tokens[a].end:tokens[b].start].isspace():
                    out.append(j)
    return sorted(out)


def _names_things(tokens: list[Token], proper: list[bool], words: list[int],
                  language: str) -> bool:
    """Whether a clause names something: a name or a number; in German, whose nouns all
    have capitals, two nouns that are no generic words ("Blondschellack ... Ahorn")."""
    nouns = 0
    for i in words:
        t = tokens[i]
        if proper[i] or t.number:
            return True
        if language == "german" and t.capital and not t.initial \
                and not is_generic(language, t, False):
            nouns += 1
    return nouns >= 2


def _names_a_word(keys: set[str], words) -> bool:
    for word in words:
        if keys & word:
            return True
    return False


def _pasted_interests(tokens: list[Token], proper: list[bool], stems: list[str],
                      personal: list[int], content: list[int], language: str,
                      named: list[tuple[str, list[int], list[int]]],
                      exclude: frozenset[str], body_start: int = 0,
                      sender: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The record's interest tags named as a list ("interested in Leadership, Innovation,
    Technology") with nothing said about any of them: the mail merge of the interests field,
    however many of them match. Something is said when two other specific words remain where
    the tags are talked about ("since you're into SMED and lean manufacturing, you might like
    how fast our cobots change over"; "... bulk bins; we model bulk-bin refills too"; not
    "your interests in AI and SaaS caught my eye").

    Only the body is read, and in it the sentences that list the tags ("since X and Y are
    your areas: our pilot cut cleaning cycles...") and the other clauses that take a tag up
    again and are not about the sender alone (``sender``: the words of the sender's name and
    headline): not the subject, a sign-off, a pitch in the next sentence ("Those are the
    areas Orrery works in", "Orrery builds digital health tools", "我们开发的「云仓通」可以帮助中小电商...").
    Framing verbs ("I noticed", "vi que", "看到", "봤어요") are generic words. In scripts
    without spaces a run of character pairs is one word, and a pair straddling a tag and the
    next character ("新感" in "创新感兴趣") is part of the tag, not something said.
    """
    # Where each tag is named in the body: the first mention of each of its words there (a
    # subject that names them too, "Varejo e inovação", is left out).
    firsts: list[list[int]] = []
    for _, _, every in named:
        seen: dict[str, int] = {}
        for i in every:
            if tokens[i].start >= body_start:
                seen.setdefault(stems[i], i)
        firsts.append(list(seen.values()))
    sentences: dict[int, int] = {}
    for where in firsts:
        for sentence in {tokens[i].sentence for i in where}:
            sentences[sentence] = sentences.get(sentence, 0) + 1
    listing = {sentence for sentence, count in sentences.items() if count > 1}
    if not listing:
        return ()
    # Naming the tags says nothing; mentioning one again ("we model bulk-bin refills too")
    # is something said about it.
    listed = {i for where in firsts for i in where if tokens[i].sentence in listing}
    repeats = {i for _, _, every in named for i in every if tokens[i].start >= body_start} \
        - listed
    # A tag taken up again by its short name ("Wasm" for "WebAssembly") outside the list.
    clipped = _clipped_tags(tokens, proper, content, named, listing, body_start, listed)
    if clipped:
        repeats |= clipped
    clauses: dict[int, list[int]] = {}
    for i in personal:
        if tokens[i].start >= body_start:
            clauses.setdefault(tokens[i].clause, []).append(i)
    talked: set[int] = set()  # the clauses where something about the tags may be said
    asked: set[int] | None = None  # sentences with a clause to the reader ("votre avis")
    for clause, words in clauses.items():
        repeated = any(i in repeats for i in words)
        senders = _senders_clause(tokens, words, sender)
        if tokens[words[0]].sentence not in listing:
            if repeated and not senders:
                talked.add(clause)
            elif repeated and clipped and any(i in clipped for i in words):
                # The sender's own use of a tag by its short name, with the reader's take
                # asked in the same sentence ("we shipped Lattice compiled to Wasm and I'd
                # love your take").
                if asked is None:
                    asked = {tokens[w[0]].sentence for w in clauses.values()
                             if any(tokens[i].fold in SECOND_PERSON for i in w)}
                if tokens[words[0]].sentence in asked:
                    talked.add(clause)
        elif not senders or repeated or _names_things(tokens, proper, words, language):
            # The sender's own clause in the listing sentence says something about the
            # tags when it takes one up or names something ("...: our pilot at the Ashdod
            # plant cut ..."), not when it only agrees ("- all close to my heart too!").
            talked.add(clause)
    if not talked:
        return tuple(surface for surface, _, _ in named)
    spans = [(tokens[i].start, tokens[i].end) for i in listed]
    said: set[str] = set()
    previous: Token | None = None
    for i in content:
        t = tokens[i]
        if t.clause not in talked or i in listed or t.key in exclude or t.number \
                or is_generic(language, t, proper[i]):
            previous = None
            continue
        if t.fold >= CJK_FIRST:
            if any(a < t.end and t.start < b for a, b in spans) or _between_generic(
                    tokens, i, language) or kana_pair(t.fold):
                previous = None
                # a pair straddling a tag, or two generic words ("待交" of 期待交流), or a
                # pair holding kana ("があ" of "関心がある": see cjk.kana_pair)
                continue
            if previous is not None and previous.end > t.start:
                previous = t
                continue  # the same run of characters: one word
            previous = t
        said.add(stems[i])
    return tuple(surface for surface, _, _ in named) if len(said) < 2 else ()


def _beyond_tags(text: str, tokens: list[Token], matches: dict, generic: dict,
                 named: list[tuple[str, list[int], list[int]]], record: RecordIndex) -> bool:
    """Whether a specific message word other than the named tags' matches the notes or the
    headline (a place, a name, what the reader did), or two tags are named as one phrase, one
    said of the other or as the notes write it ("déambulation sur échasses", "pièges
    sélectifs contre le frelon asiatique"; not "échasses et déambulation")."""
    tagged = {i for _, _, every in named for i in every}
    # Where the tags are first named (a pitch naming them again says nothing of the reader).
    tag_of = {i: n for n, (_, firsts, _) in enumerate(named) for i in firsts}
    ordered = sorted(tag_of)
    for a, b in zip(ordered, ordered[1:]):
        if tag_of[a] == tag_of[b] or tokens[a].clause != tokens[b].clause or b - a > 3 \
                or tokens[a].fold >= CJK_FIRST or tokens[b].fold >= CJK_FIRST \
                or any(tokens[j].fold in _LIST_JOINS for j in range(a + 1, b)):
            continue  # (in CJK a list's 和 or 및 is inside a pair: not told apart here)
        # One tag said of the other ("pièges sélectifs contre le frelon asiatique",
        # "Truhenorgeln fürs Continuo"), or the two as the notes write them.
        if b - a > 1 or _neighbours(record, matches.get(a, ()), matches.get(b, ())):
            return True
    if _cjk_tags_joined(text, tokens, named):
        return True
    for i, found in matches.items():
        if i in tagged or generic.get(i, True) or tokens[i].number:
            continue
        for k in found:
            sources = record.keys.get(k, ())
            if NOTES in sources or HEADLINE in sources:
                return True
    return False


def _compound_head(venue, record: RecordIndex) -> bool:
    """Whether a one-word venue is the head of a recorded compound ("auf der Messe" for the
    notes' "Orgelbaumesse"): the recorded occasion, named by what it is."""
    if len(venue.keys) != 1:
        return False
    (key,) = venue.keys
    return len(key) >= 4 and any(len(k) > len(key) + 2 and k.endswith(key)
                                 for r in record.venues for k in r.keys)


def _cognate(a: str, b: str) -> bool:
    """Whether two folded words of different languages are one word by its first six
    letters, spelled alike ("brazilian" / "brasileiro", "mexican" / "mexicano")."""
    if len(a) < 6 or len(b) < 6 or not a.isalpha() or not b.isalpha():
        return False
    return a[:6].replace("z", "s").replace("k", "c") == b[:6].replace("z", "s").replace("k", "c")


def _cjk_tags_joined(text: str, tokens: list[Token],
                     named: list[tuple[str, list[int], list[int]]]) -> bool:
    """Whether two tags written in CJK stand as one phrase, joined by a genitive
    ("和綴じの手製本", "葡萄园的小气候", "발효 식품의 김장"), not listed ("、", "和", "이랑")."""
    spans = []
    for _, firsts, _ in named:
        if firsts and all(tokens[i].fold >= CJK_FIRST for i in firsts):
            spans.append((min(tokens[i].start for i in firsts),
                          max(tokens[i].end for i in firsts)))
    spans.sort()
    return any(text[a_end:b_start].strip() in _GENITIVES
               for (_, a_end), (b_start, _) in zip(spans, spans[1:]))


_GENITIVES = frozenset(("の", "的", "의", "之"))


# What joins the items of a list ("X, Y and Z", "X e Y", "X、Y"): commas are clause marks.
_LIST_JOINS = frozenset("""and or & y o e et ou und oder ed sowie plus well ainsi asi así bem
    nonché nonche also too""".split())


@lru_cache(maxsize=4096)
def _folded_words(surface: str) -> frozenset[str]:
    return frozenset(fold(surface).split())


def _done_by_sender(tokens: list[Token], where: list[int], surface: str) -> bool:
    """Whether every mention of a tag is another form of its words (a verb: "nixtamalizamos"
    for "nixtamalización") in a clause where the sender speaks and the reader does not ("we
    ..."): what the sender does with it, not a tag pasted."""
    if not where:
        return False
    written = _folded_words(surface)
    for i in where:
        t = tokens[i]
        if t.fold in written or t.fold >= CJK_FIRST:
            return False
        clause = [u.fold for u in tokens if u.clause == t.clause]
        if not any(w in PLURAL_SENDERS or w in FIRST_PERSON for w in clause) or any(
                w in SECOND_PERSON or w in POSSESSIVES for w in clause):
            return False
    return True


def _clipped(word: str, tag: str) -> bool:
    """Whether ``word`` is a short name of ``tag``: three to six letters, its first one
    first, all of them in order in a word at least twice as long ("wasm" / "webassembly",
    "kube" / "kubernetes")."""
    if not 3 <= len(word) <= 6 or len(tag) < 2 * len(word) or word[0] != tag[0] \
            or not word.isalpha():
        return False
    at = 0
    for c in word:
        at = tag.find(c, at) + 1
        if not at:
            return False
    return True


def _clipped_tags(tokens: list[Token], proper: list[bool], content: list[int],
                  named: list[tuple[str, list[int], list[int]]], listing: set[int],
                  body_start: int, listed: set[int]) -> set[int]:
    """Name-like words outside the listing sentences that shorten a listed tag's word."""
    long_words = {t.fold for surface, _, _ in named for t in tokenize(surface)
                  if len(t.fold) >= 6}
    if not long_words:
        return set()
    return {i for i in content
            if i not in listed and tokens[i].sentence not in listing
            and tokens[i].start >= body_start and (proper[i] or tokens[i].upper)
            and any(_clipped(tokens[i].fold, w) for w in long_words)}


def _between_generic(tokens: list[Token], i: int, language: str) -> bool:
    """Whether CJK pair ``i`` only joins the two generic words around it."""
    t = tokens[i]
    if i == 0 or i + 1 >= len(tokens):
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    return before.end > t.start and after.start < t.end \
        and is_generic(language, before) and is_generic(language, after)


def _senders_clause(tokens: list[Token], words: list[int], sender: frozenset[str]) -> bool:
    """Whether a clause speaks of the sender alone: a first-person word or the sender's own
    name or company, and no "you"."""
    first = second = False
    for i in words:
        folded = tokens[i].fold
        first = first or tokens[i].key in sender
        if folded >= CJK_FIRST:
            first = first or folded.startswith(CJK_FIRST_PERSON) or "我" in folded
            second = second or any(w in folded for w in CJK_SECOND_PERSON)
        else:
            first = first or folded in FIRST_PERSON
            second = second or folded in SECOND_PERSON or _enclitic_you(folded)
    return first and not second


def _enclitic_you(folded: str) -> bool:
    """Whether a word is an Italian or Spanish infinitive with "you" attached
    ("interessarti", "scriverti", "contarte", "escribirte"): eight letters at least, so
    "parte", "fuerte" and "suerte" are none."""
    return len(folded) >= 8 and folded.endswith(_ENCLITIC_YOU)


_ENCLITIC_YOU = ("arti", "erti", "irti", "arte", "erte", "irte")


def _kana_word(tokens: list[Token], content: list[int], matches: dict[int, set[str]],
               generic: dict[int, bool], record: RecordIndex, counted: set[int]) -> bool:
    """Whether the message and the record share a Japanese word written partly in kana
    ("歯みがき", "おにぎり"): three pairs or more in a row (four letters), each holding on to
    the next in the record too, two of them at least all hiragana (three kana in a row). Its
    pairs are added to ``counted``. Kana spell sounds, so fewer are no word: "きま" is the
    joint of "行きました" and "行きます", "た行きま" of "また行きます", not a detail."""
    found = False
    chain: list[int] = []

    def close() -> None:
        nonlocal found
        # A word ends before the kana that follow it ("屋さ" of "おにぎり屋さん").
        while chain and _into_kana(tokens[chain[-1]].fold):
            chain.pop()
        if len(chain) >= 3 and sum(1 for j in chain if _all_kana(tokens[j].fold)) >= 2:
            counted.update(chain)
            found = True

    for i in content:
        if i not in matches or generic.get(i, True) or tokens[i].fold < CJK_FIRST:
            close()
            chain = []
            continue
        if chain and tokens[i].start == tokens[chain[-1]].start + 1 \
                and _neighbours(record, matches[chain[-1]], matches[i]):
            chain.append(i)
        else:
            close()
            chain = [i]
    close()
    return found


def _all_kana(pair: str) -> bool:
    return all("\u3041" <= c <= "\u309f" for c in pair)


def _into_kana(pair: str) -> bool:
    """A kanji or katakana followed by hiragana: a word and its ending or particle."""
    return not "\u3041" <= pair[0] <= "\u309f" and "\u3041" <= pair[-1] <= "\u309f"


# First-person possessives a sender's occasion is named with ("our webinar", "unserem
# Beitrag"): a message without one has no shared occasion to look for.
_OURS_WORDS = frozenset(fold(w) for w in """our my unser unsere unserem unseren unserer
    unseres mein meine meinem meinen meiner nuestro nuestra nuestros nuestras mi mis notre
    nos mon ma mes nostro nostra nostri nostre mio mia nosso nossa nossos nossas meu
    minha onze ons mijn""".split())


def _shared_occasion(text: str, tokens: list[Token], personal: list[int], counted: set[int],
                     record: RecordIndex) -> set[int]:
    """The personal words naming an occasion of the sender's that the record, written by the
    sender, names as theirs too ("the forecasting question in our webinar" for "Asked a
    question about demand forecasting in our webinar"; "zu unserem Beitrag" for "on our
    post"): how the two know each other, one piece of evidence (never enough alone). Latin
    scripts only (see paraphrase)."""
    if not personal or not any(tokens[i].fold in _OURS_WORDS for i in personal):
        return set()
    from .paraphrase import occasions  # read only for a message that says "our"

    lo, hi = tokens[personal[0]].start, tokens[personal[-1]].end
    spans = occasions(text[lo:hi], record.written)
    words = {i for i in personal for a, b in spans
             if lo + a <= tokens[i].start and tokens[i].end <= lo + b} - counted
    # Only where the reader takes part ("your question in our webinar", "danke für Ihren
    # Kommentar zu unserem Beitrag"): "our webinar covered hydroponics" is the sender's news.
    clauses = {tokens[i].clause for i in words}
    if not any(t.clause in clauses and (t.fold in _READERS or t.fold in _THANKS)
               for t in tokens):
        return set()
    return words


def _paraphrased(text: str, tokens: list[Token], personal: list[int], counted: set[int],
                 record: RecordIndex) -> set[int]:
    """Personal words that give what the record gives in other words, beside the one piece
    already counted: a count with its unit, a place by its adjective, a German compound for
    an English phrase (see paraphrase), outside the words counted already."""
    from .paraphrase import compound_phrases, pieces  # read only for a message one piece short

    lo, hi = tokens[personal[0]].start, tokens[personal[-1]].end
    said, written = text[lo:hi], record.written
    for a, b in pieces(said, written) + compound_phrases(said, written):
        words = {i for i in personal
                 if lo + a <= tokens[i].start and tokens[i].end <= lo + b}
        if words and words.isdisjoint(counted):
            return words
    return set()


def _scaled_amount(text: str, tokens: list[Token], personal: list[int],
                   record: RecordIndex) -> set[int]:
    """The personal words giving an amount with its scale that the record gives too, each
    written its own way ("a rodada de 5 mi" for "levantou R$ 5 milhões", "€1,5 Mio." for
    "EUR 1.5 million"): a figure and its scale are a phrase, however abbreviated."""
    from .paraphrase import scaled_amounts  # read only for a message with a matched figure

    lo, hi = tokens[personal[0]].start, tokens[personal[-1]].end
    spans = scaled_amounts(text[lo:hi], record.written)
    return {i for i in personal for a, b in spans
            if lo + a <= tokens[i].start and tokens[i].end <= lo + b}


def _neighbours(record: RecordIndex, a: set[str], b: set[str]) -> bool:
    """Whether a word recorded under a key of ``a`` stands right next to one under ``b``."""
    positions = record.positions
    right: set[tuple[int, int]] = set()
    for k in b:
        right.update(positions.get(k, ()))
    if not right:
        return False
    for k in a:
        for seg, pos in positions.get(k, ()):
            if (seg, pos + 1) in right or (seg, pos - 1) in right:
                return True
    return False


def _evidence(text: str, tokens: list[Token], content: list[int], counted: set[int],
              matches: dict[int, set[str]], record: RecordIndex, proper: list[bool],
              generic: Callable[[int], bool]) -> tuple[str, ...]:
    """Quoted runs of matching words with where they were found: '"Shoptalk Europe" (notes)'.
    ``generic(i)``: whether word ``i`` is generic (the matcher's, worked out once a word)."""
    runs: list[list[int]] = []
    previous = None
    for i in content:
        if i in counted:
            if runs and runs[-1][-1] == previous and tokens[previous].clause == tokens[i].clause:
                runs[-1].append(i)
            else:
                runs.append([i])
        previous = i
    out = []
    for run in runs:
        # Generic words at the edges only glue a phrase together: quote the specific core
        # (but keep them inside names: "Hunger Free Summit").
        while len(run) > 1 and not proper[run[0]] and generic(run[0]):
            run = run[1:]
        while len(run) > 1 and not proper[run[-1]] and generic(run[-1]):
            run = run[:-1]
        found = set().union(*(matches.get(i, set()) for i in run))
        sources = sorted(set().union(*(record.keys.get(k, set()) for k in found)))
        surface = text[tokens[run[0]].start:tokens[run[-1]].end]
        out.append(f'"{surface}" ({", ".join(sources) or "record"})')
    return tuple(dict.fromkeys(out))


def _contradiction(text, tokens, flags, personal, language, record, message_keys, matches,
                   exclude) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(what only the message says, what the record says instead), when they clash.

    A message venue is unknown when any of its specific words is missing from the record
    ("Fruit Logistica" against "Fruit Attraction"); a record venue counts as mentioned when
    most of its words are in the message ("Wind Europe" does not mention "Ocean Energy
    Europe"). An unknown venue clashes with an unmentioned recorded one. Once the message names
    a recorded occasion, other places may be added, but the occasion's own facts must hold:
    its edition ("ENA 2023" for "ENA 2024") and the place the record gives it ("Ocean Energy
    Europe in Lisbon" for "... in Dublin"; a translated name, "Köln" for "Cologne", is the same
    place). Venues of the sender's own ("in our Slack") are no claim about the reader.
    """
    if not record.venues and not _YEAR.search(record.written) \
            and not _PLACE_AFTER.search(record.written):
        return None  # nothing recorded to clash with (every clash below names a record
        # venue, an occasion the notes date, or a name the notes place after a comma)
    personal_set = set(personal)
    names = [f and i in personal_set for i, f in enumerate(flags)]
    # A venue's words that are merge fields or the sender's ("Cold Chain Summit" for a
    # sender in cold-chain logistics) say nothing; the rest of its name still does.
    found = [v for v in find_venues(text, tokens, names, language, None) if not v.mine]
    # (an edition is told by the whole name: "Public Libraries Now" for a sender who sells
    # to public libraries is still "PLN 2024")
    edition = (_edition_clash(tokens, found, record)
               or _place_beside_occasion(text, tokens, found, record)) if found else None
    if edition is not None or not record.venues:
        return edition
    venues = [v if v.keys.isdisjoint(exclude) else v._replace(keys=v.keys - exclude)
              for v in found]
    venues = [v for v in venues if v.keys]
    if not venues:
        return None
    unknown = [
        v for v in venues
        if not all(record.lookup(k, {k}) for k in v.keys)
        and not (v.acronym and v.acronym in record.keys) and not _shortened_venue(v, record)
        and not _compound_head(v, record)
    ]
    if not unknown and not any(v.year for v in venues):
        return None  # every venue is recorded, and none gives an edition to get wrong
    # A venue in a sentence of plans ("see you at X in Nantes next year") is another edition.
    planned = [v for v in venues if planned_at(text, tokens[v.span[0]].start, record.written)]
    if planned:
        venues = [v for v in venues if all(v is not p for p in planned)]
        unknown = [v for v in unknown if all(v is not p for p in planned)]
        if not unknown and not any(v.year for v in venues):
            return None
    matched_keys = set().union(*matches.values()) if matches else set()
    seen_keys = message_keys | matched_keys
    mentioned = [2 * len(v.keys & seen_keys) > len(v.keys) or v.acronym in seen_keys
                 for v in record.venues]
    occasions = [r for r, seen in zip(record.venues, mentioned) if seen and r.event]
    for r in occasions:
        for v in venues:
            if v.year and r.year and v.year != r.year and v.keys & r.keys \
                    and v.year not in record.keys:
                return (v.surface,), (r.surface,)
    if not unknown:
        return None
    unmentioned = [v for v, seen in zip(record.venues, mentioned) if not seen]
    if occasions:
        for r in occasions:
            # "the right conference in the wrong city": a place written right next to the
            # occasion, in the message and in the record ("at X in Lisbon" / "at X in Dublin");
            # not a building in it ("at X in the Altice Arena").
            places = [p for p in unmentioned if not p.event and _adjacent(p, r)]
            if not places:
                continue
            named = [v for v in venues if v.keys & r.keys]
            # The occasion is named wherever its words stand, not only after a preposition
            # ("Since Utility Week Live in Manchester", "your Cold Chain Summit keynote in
            # Hamburg"): where each mention of it ends.
            ends = _mention_ends(tokens, names, personal, language, r.keys, matches)
            for v in unknown:
                if v.event or v.article or v.keys <= LANGUAGE_NAMES or not (
                        any(_adjacent(v, e) for e in named) or v.span[0] - 1 in ends):
                    continue
                for place in places:
                    if not _same_place(v.keys, place.keys) \
                            and not same_place_name(v.surface, place.surface):
                        return (v.surface,), (r.surface, place.surface)
        unknown = [v for v in unknown if v.event]
        unmentioned = [v for v in unmentioned if v.event]
    # A place the message translates ("Cologne" for "Köln") is the recorded one.
    # A name the table of places knows as the recorded one ("a Napoli" for "at a Naples
    # festival", "em BH" for "em Belo Horizonte") is that place after any preposition.
    translated = [(v, r) for v in unknown for r in unmentioned
                  if not v.event and not r.event and _same_place(v.keys, r.keys)
                  or same_place_name(v.surface, r.surface)]
    if translated:
        unknown = [v for v in unknown if all(v is not t for t, _ in translated)]
        unmentioned = [r for r in unmentioned if all(r is not t for _, t in translated)]
    if unknown and unmentioned and record.language not in (language, ""):
        # A name's words translated as cognates ("the Brazilian wildlife congress" for the
        # "Congresso Brasileiro de Fauna Silvestre"): the recorded occasion in another tongue.
        unknown = [v for v in unknown if not any(
            all(any(_cognate(k, rk) for rk in r.keys) for k in v.keys) for r in unmentioned)]
    if unknown and unmentioned:
        # A recorded occasion named in the message but for its region ("KubeCon" for
        # "KubeCon Europe 2024") is mentioned: the city the message adds may lie in it.
        unmentioned = [r for r in unmentioned if not (
            r.keys & seen_keys and _regions_only(r.surface, r.keys - seen_keys))]
    if unknown and unmentioned:
        # A place the record holds anywhere ("the art book fair in Turin" for a "Fiera del
        # Libro d'Arte di Torino", whose place stands after "di") is no unknown venue.
        held = _table_places(record.written)
        if held:
            unknown = [v for v in unknown if v.event or held.isdisjoint(_table_places(v.surface))]
    if unknown and unmentioned and record.language not in (language, ""):
        # Notes in another language name the occasion in theirs: "Nürnberger Brotmesse" is
        # the recorded "Nuremberg Bread Fair" translated, as the place both hold shows.
        from .paraphrase import places_named

        held = set().union(*(places_named(r.surface) for r in unmentioned))
        if held:
            unknown = [v for v in unknown if held.isdisjoint(places_named(v.surface))]
        # ... or as its words' cognates: "Urban Agriculture Forum" for "Foro de Agricultura
        # Urbana de Barcelona".
        recorded_names = " ".join(r.surface for r in unmentioned)  # ("Foro ... a Emergencias")
        unknown = [v for v in unknown if not _cognate_name(v.surface, recorded_names)]
    if unknown and unmentioned:
        return tuple(v.surface for v in unknown), tuple(v.surface for v in unmentioned)
    return None


# A year (an organ "von 1871" too), not a number's digits ("12,024").
_YEAR = re.compile(r"(?<!\d)(?<!\d[.,])(?:18|19|20)\d\d(?!\d)(?![.,]\d)")
_CLAUSE_MARKS = re.compile(r"[.;:!?\n]")
# A capitalized word after a comma or a parenthesis: maybe the place of what comes before
# ("Wren Street Primary School, Bath", "Filo Futuro (Biella, ...)").
_PLACE_AFTER = re.compile(r"[,(]\s*[^\W\d_a-z]")


def _edition_clash(tokens: list[Token], venues: list, record: RecordIndex
                   ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """An occasion the message dates otherwise than the notes, which name it with its
    edition but after no preposition ("WebTex Nord 2024 in Bremen: spoke on...", "PLN 2024,
    Glasgow"); the message's year may stand later in its clause ("at Public Libraries Now
    in Glasgow back in 2022")."""
    for v in venues:
        if not v.event and not v.year:
            continue  # a place, not an occasion ("in Glasgow"; "a Filo Futuro 2024" is one)
        year = v.year or _clause_year(tokens, v.span[1])
        if year and year not in record.keys:
            edition = _edition_in_notes(v, year, record.written)
            if edition is not None:
                said = v.surface if year == v.year else f"{v.surface} ... {year}"
                return (said,), (edition,)
    return None


# Parts of an occasion written between its name and its place ("the Guild Awards dinner in
# Bath"), besides EVENT_NOUNS.
_OCCASION_PARTS = frozenset(fold(w) for w in """gala galas ceremony reception banquet lunch
    luncheon night weekend cena almuerzo ceremonia cerimonia pranzo jantar almoço cerimônia
    abendessen empfang verleihung dîner déjeuner cérémonie soirée""".split())


def _place_beside_occasion(text: str, tokens: list[Token], venues: list, record: RecordIndex
                           ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """An occasion or a project the notes name with its place after it ("Filo Futuro
    (Biella, ottobre 2024)", "Wren Street Primary School, Bath") that the message puts in
    another ("a Filo Futuro a Vercelli", "your Wren Street primary school in Bristol"): the
    words before the message's place, in its clause, are a name the notes write too (two
    words or more); the place is nowhere in the notes; and the notes' first capitalized word
    after that name, in its clause (dates skipped), is another place."""
    written = record.written
    folded = fold(written)
    for place in venues:
        if place.event or place.year:
            continue
        said = fold(place.surface)
        if not said or said in folded or place.keys <= LANGUAGE_NAMES:
            continue  # (nor "in English and Spanish": languages, no place)
        at_place = place.span[0]  # its preposition
        clause = tokens[at_place].clause
        first = at_place
        while first > 0 and at_place - first < 8 and tokens[first - 1].clause == clause:
            first -= 1
        for k in range(first, at_place - 1):  # the longest name first, two words at least
            if tokens[k].fold in DETERMINERS or tokens[k].fold in POSSESSIVES \
                    or tokens[k].fold in VENUE_PREPOSITIONS:
                continue  # a name starts with a word of its own, not "the", "your" or "at"
            name = fold(_YEAR.sub("", text[tokens[k].start:tokens[at_place].start]))
            name = " ".join(name.replace(",", " ").split())
            at = folded.find(name) if len(name) >= 8 and " " in name else -1
            tail = ""
            if at < 0 and name.count(" ") >= 2:
                # Its last word written short in the notes ("open pit conference" for
                # "Open Pit Conf, Perth"): the name without it, the short form skipped.
                name, tail = name.rsplit(" ", 1)
                at = folded.find(name) if len(name) >= 8 else -1
            if at < 0:
                continue
            end = at + len(name)
            after = _CLAUSE_MARKS.split(written[end:end + 40], maxsplit=1)[0]
            # "Guild Awards dinner in Bath": one part of the occasion, one preposition, then
            # its place
            part = preposition = False
            for word in re.findall(r"[^\W\d_]+", after):
                folded_word = fold(word)
                if folded_word in TIME_WORDS:
                    continue  # "(ottobre 2024)": a date
                if not tail and not word[0].isupper():
                    if not part and (folded_word in EVENT_NOUNS
                                     or folded_word in _OCCASION_PARTS):
                        part = True
                        continue
                    if part and not preposition and folded_word in VENUE_PREPOSITIONS:
                        preposition = True
                        continue
                if tail:
                    if not tail.startswith(fold(word)) or len(word) < 3:
                        break  # the notes go on otherwise: not the same name
                    tail = ""
                    continue
                if word[0].isupper() and not same_place_name(place.surface, word):
                    # ("em Lisboa" for "(Lisbon)": the same city in another language)
                    recorded = f"{written[at:end]} ({word})"
                    return (f"{text[tokens[k].start:tokens[at_place].start].strip()} ... "
                            f"{place.surface}",), (recorded,)
                break  # the clause goes on with words, not a place
            break  # the longest name the notes write decides
    return None


_QUOTED = re.compile(r"『([^』]{2,30})』|「([^」]{2,30})」|《([^》]{2,30})》|“([^”]{2,30})”")


def _verbatim(text: str, tokens: list[Token], personal: list[int], written: str,
              fields: frozenset[str]) -> list[int]:
    """The personal words of a run of five letters the record writes verbatim, with a pair
    of kanji that is no generic word ("鉋の刃研ぎ") or three kanji ("用の木の器" of a
    headline's "子ども用の木の器"): in scripts without spaces kana pairs match nothing alone,
    but a run copied whole is the record's detail. Not a run holding a merge field's pair (a
    company name copied)."""
    if not written or len(written) < _VERBATIM:
        return []
    for i in personal:
        t = tokens[i]
        start = t.start
        if t.fold < CJK_FIRST or start + _VERBATIM > len(text):
            continue
        run = text[start:start + _VERBATIM]
        if run not in written or not all(c >= CJK_FIRST for c in run) \
                or any(word in run for word in _COURTESY) or not (any(
                _kanji(a) and _kanji(b) and a + b not in GENERIC_BIGRAMS
                for a, b in zip(run, run[1:]))
                or sum(1 for c in run if _kanji(c)) >= 3):
            continue  # (a pair that is no generic word, "刃研", or three kanji: "用の木の器")
        inside = [j for j in personal if start <= tokens[j].start < start + _VERBATIM]
        if any(tokens[j].fold in fields or tokens[j].key in fields for j in inside):
            continue
        return inside
    return []


_VERBATIM = 5
# Courtesy a note may record in the reader's own words ("これからもよろしくお願いします"):
# copied, it says nothing of them.
_COURTESY = ("丁寧", "願い", "願いし", "宜し", "今後", "先日", "拝見", "連絡", "失礼", "感謝",
             "光栄", "幸い", "機会", "挨拶", "御礼", "お礼")


def _kanji(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"  # (katakana spell loanwords: "ネットワーク")


def _quoted_title(text: str, tokens: list[Token], personal: list[int], written: str
                  ) -> list[int]:
    """The personal words of a quoted title the notes hold in quotes too, or none."""
    if not any(mark in text for mark in "『「《“"):
        return []
    for m in _QUOTED.finditer(text):
        title = next(g for g in m.groups() if g)
        if not (f"『{title}』" in written or f"「{title}」" in written
                or f"《{title}》" in written or f"“{title}”" in written):
            continue
        inside = []
        for i in personal:
            if m.start() <= tokens[i].start and tokens[i].end <= m.end():
                inside.append(i)
        if inside:
            return inside
    return []


# Words that name a grade by the number after them ("pH 5,5", "Level 3", "Phase II" aside).
_LABELS = frozenset(fold(w) for w in """ph iso din euro level tier stage phase class grade
    zone version gen generation series type model category nivel fase etapa stufe niveau
    livello nível categoria klasse""".split())
_FIRST_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_CLAUSE_END = re.compile(r"[.;:!?](?:\s|$)")


def _label_clash(text: str, tokens: list[Token], personal: list[int], record: RecordIndex
                 ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A grade named by a label and a number that the notes give another number ("pH 7" for
    "pH 5,5", "ISO 14001" for "ISO 9001", "Level 4" for "Level 2")."""
    written = record.written
    for i in personal:
        t = tokens[i]
        if not t.number or i == 0 or len(t.key) == 4 and t.key[:2] in ("19", "20"):
            continue  # (a year is an edition's: see _year_clash)
        label = tokens[i - 1]
        if label.clause != t.clause or not (label.fold in _LABELS or label.upper
                                            and len(label.fold) >= 2):
            continue
        said = _as_number(t.key)
        for m in re.finditer(rf"(?<!\w){re.escape(label.surface)}(?!\w)", written,
                             re.IGNORECASE):
            # The first number after the label in its clause ("pH de leur shampoing à 5,5").
            window = _CLAUSE_END.split(written[m.end():m.end() + 40], maxsplit=1)[0]
            after = _FIRST_NUMBER.search(window)
            if after is None:
                continue
            recorded = _as_number(after.group())
            if said is not None and recorded is not None and said != recorded:
                if t.key in written:
                    return None  # the message's number is recorded too
                return ((text[label.start:t.end],),
                        (written[m.start():m.end() + after.end()].strip(),))
    return None


def _as_number(value: str) -> float | None:
    try:
        return float(value.replace(",", "."))
    except ValueError:
        return None


def _year_clash(text: str, tokens: list[Token], personal: list[int], matches: dict,
                record: RecordIndex) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A recorded thing dated otherwise ("your 2019 tour to Seoul" for notes "Their 2023
    season had 48 concerts including a tour to Seoul"): a year the record never gives, right
    before two matched words of its clause (or one name), which a sentence of the notes
    holds with another year. A year in a clause of plans is another edition, one in the
    sender's own clause is theirs."""
    written = record.written
    if not _YEAR.search(written):
        return None
    for i in personal:
        t = tokens[i]
        if not (t.number and len(t.key) == 4 and t.key[:2] in ("18", "19", "20")) \
                or t.key in record.keys:
            continue
        near = []
        for j in range(i + 1, min(len(tokens), i + 6)):
            if j in matches and tokens[j].clause == t.clause:
                near.append(j)
        if not near and i > 0 and tokens[i - 1].fold in _YEAR_LINKS:
            # The year after the thing ("el curso de control de calidad en AITEX en 2019").
            near = [j for j in range(max(0, i - 7), i - 1)
                    if j in matches and tokens[j].clause == t.clause]
        if not near or len(near) < 2 and not tokens[near[0]].capital:
            continue
        if planned_at(text, t.start, written) or senders_only(tokens, t.clause, i):
            continue
        for a, b in _sentence_spans(written):
            sentence = fold(written[a:b])
            if not all(_holds_key(sentence, matches[j]) for j in near):
                continue
            for year in _YEAR.findall(sentence):
                if year != t.key:
                    said = text[t.start:tokens[near[-1]].end]
                    return (said,), (written[a:b].strip(),)
    return None


# A sentence's end: not the point of a number ("1.600 piante", "2.5 ha").
_SENTENCE_END = re.compile(r"(?:[!?。！？\n]|\.(?!\d))+")
# What joins a year to the thing before it ("in 2019", "en 2019", "im Jahr", "nel 2019").
_YEAR_LINKS = frozenset("in en em im nel no na au del of von vom aus from de da dal du desde"
                        .split())


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _holds_key(sentence: str, keys) -> bool:
    for key in keys:
        if key and key in sentence:
            return True
    return False


def _clause_year(tokens: list[Token], last: int) -> str | None:
    """A year within eight words after token ``last``, in its clause."""
    clause = tokens[last].clause
    for t in tokens[last + 1:last + 9]:
        if t.clause != clause:
            break
        if t.number and len(t.key) == 4 and t.key[:2] in ("19", "20"):
            return t.key
    return None


def _edition_in_notes(venue, year: str, written: str) -> str | None:
    """The occasion ``venue`` names, with another ``year``, as the notes write it: its name
    or its initials, a year within a few words of it in the same clause ("PLN 2024",
    "Filo Futuro (Biella, ottobre 2024)"). None when the notes do not name it so."""
    name = " ".join(w for w in venue.surface.split() if w != venue.year).strip(" ,;:()")
    folded = fold(written)
    for form in (fold(name), (venue.acronym or "").lower()):
        if len(form) < 3:
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", folded):
            after = _CLAUSE_MARKS.split(folded[m.end():m.end() + 30], maxsplit=1)[0]
            before = _CLAUSE_MARKS.split(folded[max(0, m.start() - 12):m.start()])[-1]
            for other in _YEAR.findall(after) + _YEAR.findall(before):
                if other != year:
                    return f"{written[m.start():m.end()]} {other}"
    return None


def _cognate_name(said: str, recorded: str) -> bool:
    """Whether half the words of the name ``said`` or more (two at least) are cognates of
    words of the name ``recorded`` in another language ("Urban Agriculture Forum" / "Foro de
    Agricultura Urbana", "Regional Emergency Response Forum" / "Foro Regional de Respuesta a
    Emergencias")."""
    from .crosslang import cognate

    words = [w for w in fold(said).split() if len(w) >= 5]
    others = [w for w in fold(recorded).split() if len(w) >= 5]
    if len(words) < 2 or not others:
        return False
    alike = 0
    for word in words:
        for other in others:
            if cognate(word, other):
                alike += 1
                break
    return 2 * alike >= len(words) and alike >= 2


def _table_places(text: str) -> set:
    """The places of the table ``text`` names (see paraphrase.places_named)."""
    from .paraphrase import places_named

    return {place for place in places_named(text) if isinstance(place, int)}


def _regions_only(surface: str, left: frozenset[str]) -> bool:
    """Whether each word of the recorded name ``surface`` whose key is in ``left`` names a
    country or a region ("Europe", "EU", "US")."""
    from .places import is_region  # the table: read on this path only

    words = [t for t in tokenize(surface) if t.key in left]
    return bool(words) and all(is_region(t.surface) for t in words)


def _topic_clash(text, tokens, personal, language, record, matches, message_keys,
                 exclude) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A talk, post or conversation the message gives a subject the record does not know,
    while the record's own subject goes unmentioned ("your talk on network slicing" for a
    talk recorded as about prepaid churn): see :mod:`.topics`."""
    for topic in topic_phrases(tokens, language, claims=True, within=personal, text=text):
        matched = [i for i in topic.words if i in matches]
        if matched:
            # (the kept word may be the sender's too: "consigne" for a deposit start-up)
            swapped = _other_object(text, tokens, topic, matched, language, record, matches,
                                    message_keys, exclude)
            if swapped is not None:
                return swapped
            continue
        # A subject of merge fields or the sender's own words ("your talk on Quayline") is
        # theirs; one word of the sender's trade in it ("saving seed from squash" to a seed
        # cooperative) leaves it the reader's.
        if 2 * sum(1 for i in topic.words if tokens[i].key in exclude) >= len(topic.words):
            continue
        # A subject that is a name ("your question about Ann Arbor") contradicts a recorded
        # subject holding another name the message never gives ("territory rights for
        # Columbus"), even when the message takes up its other words ("the territory").
        named = bool(topic.words) and all(tokens[i].capital and not tokens[i].initial
                                          for i in topic.words)
        recorded = [surface for surface, keys in record.topics if not keys & message_keys
                    or named and (keys & record.proper) - message_keys]
        if recorded and not _recompounded(tokens, topic.words, language, recorded):
            return (text[topic.start:topic.end],), tuple(recorded)
    return None


def _other_object(text: str, tokens: list[Token], topic, matched: list[int], language: str,
                  record: RecordIndex, matches: dict, message_keys, exclude
                  ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The recorded subject with its object swapped: one word of it kept, others in its place
    (two, or one specific), while the record's subject has two or more the message never
    gives and none spelled alike ("la consigne des pots de yaourt" for "la consigne des
    bouteilles de lait"; not "deposit schemes for milk bottles" for "deposit schemes")."""
    if len(matched) > 2:
        return None
    later = [i for i in topic.words if i not in matches]
    # The object after the kept head ("deposit schemes for ..."), in one piece: a subject
    # that goes on with "and" adds to the recorded one rather than replacing its object.
    # (one other word will do when it is specific: "sulla pulitura laser" for "sulla
    # pulitura con gel di agar")
    if not later or len(later) < 2 and is_generic(language, tokens[later[0]]) \
            or min(later) < max(matched) or _joins(tokens, topic) or all(
            tokens[i].key in exclude for i in later):
        return None  # (an object of the sender's words alone is theirs; one word of their
        # trade in it is not: "your talk on rebuilding a carding engine" from a carding firm)
    others = [tokens[i].fold for i in later]
    kept = matches[matched[0]]
    from .crosslang import cognate

    for surface, keys in record.topics:
        if keys.isdisjoint(kept):
            continue
        unsaid = []
        for t in tokenize(surface):
            if is_stop(language, t.fold) or is_generic(language, t):
                continue
            if t.key not in message_keys and stem(language, t.lower) not in message_keys:
                unsaid.append(t.fold)
        if len(unsaid) < 2 or any(a[:4] == b[:4] or cognate(a, b)
                                  for a in unsaid for b in others):
            continue
        return (text[topic.start:topic.end],), (surface,)
    return None


_JOINING = frozenset("and or et ou y e o und oder & plus".split())


def _joins(tokens: list[Token], topic) -> bool:
    """Whether a word joining two things stands inside the subject."""
    for t in tokens:
        if t.start >= topic.end:
            break
        if t.start >= topic.start and t.lower in _JOINING:
            return True  # (as written: the Italian "è" is no "e")
    return False


def _recompounded(tokens: list[Token], words, language: str, recorded: list[str]) -> bool:
    """Whether the message's subject is a recorded one with its compound taken apart or put
    together otherwise ("Zeitfenstermanagement an der Rampe" for "Rampenzeitfenster-
    Management"): each of its content words is written inside a recorded subject."""
    squashed = ["".join(c for c in fold(surface) if c.isalnum()) for surface in recorded]
    content = [tokens[i].fold for i in words
               if len(tokens[i].fold) >= 4 and not is_stop(language, tokens[i].fold)]
    return bool(content) and all(any(w in s for s in squashed) for w in content)


def _mention_ends(tokens: list[Token], names: list[bool], personal: list[int], language: str,
                  keys: frozenset[str], matches: dict[int, set[str]]) -> set[int]:
    """Where each mention of a recorded occasion (its match ``keys``) ends in the message,
    and the words after it that only say what happened there ("keynote", "talk", "booth"):
    a place written right after any of them is the place the message gives the occasion."""
    ends: set[int] = set()
    n, last = len(tokens), -1
    for i in personal:
        if i <= last or not (tokens[i].key in keys or not keys.isdisjoint(matches.get(i, ()))):
            continue
        clause, j = tokens[i].clause, i
        # The rest of the name ("Utility Week Live"), then up to two generic words.
        while j + 1 < n and tokens[j + 1].clause == clause and (
                names[j + 1] or tokens[j + 1].key in keys):
            j += 1
        last = j
        ends.add(j)
        for k in range(j + 1, min(j + 3, n)):
            t = tokens[k]
            if t.clause != clause or not is_generic(language, t):
                break
            ends.add(k)
    return ends


def _liked(text: str, tokens: list[Token], personal: list[int], language: str,
           record: RecordIndex, stems: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A message saying the reader loved what the record says they hold against ("Great to
    hear you loved the real-time alerts" for "left the pilot citing alert fatigue")."""
    clauses: dict[int, list[int]] = {}
    for i in personal:
        clauses.setdefault(tokens[i].clause, []).append(i)
    for words in clauses.values():
        cue = next((n for n, i in enumerate(words) if tokens[i].fold in LIKE_WORDS), None)
        if cue is None or not any(tokens[i].fold in SECOND_PERSON or tokens[i].fold in _BOTH
                                  for i in words) \
                or any(tokens[i].fold in NEGATIONS for i in words):
            continue  # (both of us: "fellow leg press fan here")
        # The whole clause: German puts the verb last ("dass Ihnen die Alarme gefallen haben").
        keys = {k for n, i in enumerate(words) if n != cue for k in (tokens[i].key, stems[i])}
        for surface, disliked in record.disliked:
            if keys & disliked:
                return (text[tokens[words[0]].start:tokens[words[-1]].end],), (surface,)
    return None


# Both of us ("fellow leg press fan here"): the reader likes it too.
_BOTH = frozenset("fellow both ambos ambas beide deux entrambi entrambe".split())


# What joins an occasion to its city when no venue preposition does ("au congrès AGORES de
# Bordeaux", "Ecomondo di Rimini", "FITUR de Madrid", "Web Summit in Lisbon").
_PLACE_LINKS = frozenset("de di da do du in en à a em no na nel".split())


class _Names:
    """Name flags of the personal words only, read on demand (no list per draft)."""

    __slots__ = ("flags", "personal")

    def __init__(self, flags: list[bool], personal: set[int] | None = None) -> None:
        self.flags, self.personal = flags, personal

    def __getitem__(self, i: int) -> bool:
        return self.flags[i] and (self.personal is None or i in self.personal)


def _place_after(tokens: list[Token], names, at: int) -> list[Token]:
    """The name written right after the occasion word at ``at`` (the rest of the occasion's
    name, then a link, then the place), or nothing."""
    n, clause, j = len(tokens), tokens[at].clause, at
    while j + 1 < n and names[j + 1] and tokens[j + 1].clause == clause:
        j += 1
    if j + 2 >= n or tokens[j + 1].fold not in _PLACE_LINKS or tokens[j + 1].clause != clause:
        return []
    run, k = [], j + 2
    while k < n and names[k] and tokens[k].clause == clause and len(run) < 3:
        run.append(tokens[k])
        k += 1
    return run


def _occasion_place(text, tokens, flags, personal, language, record, message_keys, matches):
    """The recorded occasion given another city by a link word: "au congrès AGORES de
    Bordeaux" for notes "au congrès AGORES à Nantes". The occasion's words are found in the
    notes too, and the name linked to them there is the recorded place; a place the record
    holds anywhere, or another name of the recorded one ("Lisboa"), is no clash. Edition words
    joined without a link ("Intersolar Europe", "Web Summit Lisbon") are part of the name."""
    if not record.venues:
        return None  # the record gives no place (a place follows a venue preposition there)
    names = None
    n = len(tokens)
    for i, occasion in matches.items():  # the matched words only: far fewer than personal
        if not occasion or not flags[i] or (i > 0 and flags[i - 1]):
            continue
        j = i
        while j + 1 < n and flags[j + 1]:
            j += 1
        if j + 2 >= n or tokens[j + 1].fold not in _PLACE_LINKS:
            continue  # no link word after the name: the usual case, decided here
        if names is None:
            names = _Names(flags, set(personal))
        place = _place_after(tokens, names, i)
        keys = frozenset(t.key for t in place if not is_stop(language, t.fold))
        if not keys or any(record.lookup(k, {k}) for k in keys) \
                or planned_at(text, place[0].start, record.written):
            continue  # a recorded place, or the place of a plan ("the next one in Nantes")
        for written, lang in record._sources:
            notes = tokenize(written)
            recorded = proper_flags(notes, lang)
            for m, t in enumerate(notes):
                if t.key not in occasion or not recorded[m]:
                    continue
                there = _place_after(notes, recorded, m)
                there_keys = frozenset(w.key for w in there if not is_stop(lang, w.fold))
                if there_keys and there_keys.isdisjoint(message_keys) \
                        and not _same_place(keys, there_keys) and not same_place_name(
                            text[place[0].start:place[-1].end],
                            written[there[0].start:there[-1].end]):
                    return ((text[place[0].start:place[-1].end],),
                            (written[t.start:there[-1].end],))
    return None


# Words that may stand between a link and the place it links ("local en el barrio del
# Carmen", "shop in the Northgate district"): articles and the words for a part of a town.
_DISTRICT_WORDS = frozenset("""el la los las le les il lo the o a das der den dem des
    barrio barri neighbourhood neighborhood district quarter quartier viertel stadtteil kiez
    bairro quartiere rione zona area del della dello dei polígono poligono industrial
    estate park parque parco gewerbegebiet gewerbepark zone polo centro centre center
    casco antiguo old town historic""".split())


def _linked_place(tokens: list[Token], names, at: int, language: str) -> list[Token]:
    """The name a place link joins to the word at ``at`` ("local de Benimaclet", "local en
    el barrio del Carmen", "shop in Northgate"): a capitalized run after the link and up to
    three articles or district words, or nothing."""
    n, clause = len(tokens), tokens[at].clause
    k = at + 1
    if k >= n or tokens[k].fold not in _PLACE_LINKS or tokens[k].clause != clause:
        return []
    k += 1
    skipped = 0
    while k < n and tokens[k].clause == clause and not names[k] and skipped < 3 and (
            tokens[k].fold in _DISTRICT_WORDS or tokens[k].fold in _PLACE_LINKS):
        k += 1
        skipped += 1
    run = []
    while k < n and names[k] and tokens[k].clause == clause and len(run) < 3:
        run.append(tokens[k])
        k += 1
    if not run or any(t.fold in TIME_WORDS or t.fold in LANGUAGE_NAMES for t in run):
        return []
    return run


# The reader's, before a noun ("your", "su", "il suo", "Ihr"): what ties a thing to them.
_READERS = POSSESSIVES | SECOND_PERSON | frozenset("suo suoi sue vostri vostre".split())


def _readers(tokens: list[Token], i: int) -> bool:
    """Whether the noun at ``i`` is the reader's: a possessive of theirs up to three words
    before it, in its clause ("su local", "your print workshop", "il suo negozio")."""
    clause = tokens[i].clause
    for j in range(i - 1, max(-1, i - 4), -1):
        t = tokens[j]
        if t.clause != clause:
            return False
        if t.fold in _READERS:
            return True
    return False


def _thing_place(text, tokens, proper, matches, personal, language, record, message_keys,
                 exclude):
    """A recorded thing (a common noun) tied to another place than the record ties it to:
    "su local de Benimaclet" for notes "un local en el barrio del Carmen", "your studio in
    Eastcliff" for "a studio in Harrowgate". The place is a name the record does not hold;
    the record's place is linked to the same noun and the message does not name it."""
    n = len(tokens)
    found = None
    for i in matches:  # in the order of the text
        t = tokens[i]
        if proper[i] or t.capital or i + 2 >= n or tokens[i + 1].fold not in _PLACE_LINKS:
            continue  # no link after the noun: the usual case, decided here
        if not _readers(tokens, i):
            continue  # "un bajo de Malvarrosa" a client looks for is not the reader's
        place = _linked_place(tokens, proper, i, language)
        keys = frozenset(u.key for u in place)
        if not keys or not keys.isdisjoint(exclude) or any(record.lookup(k, {k}) for k in keys) \
                or senders_only(tokens, t.clause, i):
            continue
        noun = matches[i]
        for written, lang in record._sources:
            notes = tokenize(written)
            flags = proper_flags(notes, lang)
            for m, u in enumerate(notes):
                if u.key not in noun and stem(lang, u.lower) not in noun:
                    continue
                there = _linked_place(notes, flags, m, lang)
                there_keys = frozenset(w.key for w in there)
                # The reader's company there ("equipo de datos de Acme"), or a company
                # against a place ("de Mercadona" / "de Valencia"), is no other place.
                if there_keys and there_keys.isdisjoint(message_keys) \
                        and there_keys.isdisjoint(exclude) \
                        and not _same_place(keys, there_keys) and not same_place_name(
                            text[place[0].start:place[-1].end],
                            written[there[0].start:there[-1].end]) and not one_place(
                            text[place[0].start:place[-1].end],
                            written[there[0].start:there[-1].end]):
                    found = ((text[t.start:place[-1].end],), (written[u.start:there[-1].end],))
                    return found
    return found


def _adjacent(a, b) -> bool:
    """Two venues written one right after the other ("at X in Y" or "in Y at X")."""
    return a.span[0] == b.span[1] + 1 or b.span[0] == a.span[1] + 1


def _same_place(said: frozenset[str], recorded: frozenset[str]) -> bool:
    """Two names of one place: a shared beginning ("Lisboa" / "Lisbon") or a known exonym
    (see :mod:`.places`)."""
    for a in said:
        for b in recorded:
            if a[:4] == b[:4] or any(a in group and b in group for group in EXONYMS):
                return True
    # Single words of the table only: the initials of a name are told by its surface (see
    # same_place_name), which the callers that hold one ask too.
    from .places import place_of  # a table: read on this path only

    places = {place_of(b) for b in recorded} - {None}
    return bool(places) and any(place_of(a) in places for a in said)


def same_place_name(said: str, recorded: str) -> bool:
    """Whether two written names are one place in the table of places ("Napoli" / "Naples")
    or the first the initials of the second ("BH" / "Belo Horizonte"); the table is read on
    the first call only."""
    from .places import same  # a table: read on this path only

    return same(said, recorded)


def _near_miss(text, tokens, proper, personal, language, record, identity, matches,
               message_keys, exclude) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A name the message gets half right: it shares a word with a recorded name but the rest
    differs ("Series B" for "Series A", "Wind Europe" for "Ocean Energy Europe", "Priti
    Sharma" for "Priti Venkat"). Names the message only shortens or extends are fine."""
    if not record.names:
        return None  # no recorded name to miss
    personal_set = set(personal)
    runs = [[tokens[i] for i in run]
            for run in name_runs(tokens, [p and i in personal_set for i, p in enumerate(proper)])]
    named = [(words, name_keys(words, language, identity.stems)) for words in runs]
    seen = None  # found for the first name the record half knows (few are)
    for words, keys in named:
        if not keys or keys & exclude:
            continue
        known = {k for k in keys if record.lookup(k, {k})}
        if not known or known == keys:
            continue
        if record.language not in (language, "") and (
                _holds_place(words, known) or _cognate_name(
                    text[words[0].start:words[-1].end],
                    " ".join(name.surface for name in record.names))):
            continue  # "Salon du Pain de Lyon" for notes' "Lyon Bread Show": translated
        head = _before_connector(words)
        if head is not None and name_keys(head, language, identity.stems) <= known:
            continue  # "Zanetti del PoliMi": the recorded Zanetti, of the PoliMi
        # A name describing what the sender offers ("a Staff Data Engineer role") is no claim.
        first = next(i for i, t in enumerate(tokens) if t is words[0])
        if offered(tokens, first, first + len(words) - 1):
            continue
        if seen is None:
            # Every word of the message's names counts as seen, short ones too ("Series A").
            seen = message_keys | (set().union(*matches.values()) if matches else set())
            seen = seen.union(*(keys for _, keys in named))
        for name in record.names:
            if name.keys & known and name.keys - seen \
                    and not _abbreviates(keys - known, name, seen) \
                    and not _one_listed(name.surface, known, language, identity) \
                    and not _same_feature(keys - known, name.keys - seen):
                return (text[words[0].start:words[-1].end],), (name.surface,)
    return None


def _same_feature(said: set[str], recorded: set[str]) -> bool:
    """Whether the words two names do not share are one kind of place in two languages
    ("Golfo de Corcovado" / "Corcovado Gulf")."""
    kinds = {GEO_FEATURES.get(k) for k in said}
    return None not in kinds and kinds == {GEO_FEATURES.get(k) for k in recorded}


def _one_listed(surface: str, known: set[str], language: str, identity) -> bool:
    """Whether a recorded "name" is a list of names ("Monteverdi & Charpentier") and the
    message names one of them whole: one of the things listed, not a name half right."""
    parts = re.split(r"\s*(?:&|\+|/|,)\s*|\s+(?:and|und|et|y|e)\s+", surface)
    if len(parts) < 2:
        return False
    for part in parts:
        keys = name_keys(tokenize(part), language, identity.stems) if part else set()
        if keys and keys <= known:
            return True
    return False


def _holds_place(words: list[Token], known: set[str]) -> bool:
    """Whether a word of a name that the record holds is a place ("Lyon" of "Salon du Pain
    de Lyon", "Mendoza" of "Mendoza Chamber of Commerce"): across languages the rest of the
    name may be the record's translated."""
    from .paraphrase import places_named

    return any(places_named(t.surface) for t in words if t.key in known)


def _before_connector(words: list[Token]) -> list[Token] | None:
    """The words of a name before its first connector ("Zanetti" of "Zanetti del PoliMi",
    "Ruiz" of "Ruiz of Acme"), or None when it has none inside."""
    for k, t in enumerate(words[1:-1], 1):
        if t.fold in NAME_CONNECTORS:
            return words[:k]
    return None


def _abbreviates(said: set[str] | frozenset[str], name, seen: set[str]) -> bool:
    """Whether a word the message gives in a recorded name is the initials of the words it
    leaves out ("Apple MPP" for "Apple Mail Privacy Protection"), or of the whole name: the
    same name, shortened."""
    words = [w for w in tokenize(name.surface) if w.fold not in NAME_CONNECTORS]
    unseen = "".join(w.fold[0] for w in words if w.key not in seen)
    whole = "".join(w.fold[0] for w in words)
    if any(len(w) >= 2 and w in (unseen, whole) for w in said):
        return True
    # Or each word it gives the short form of a word it leaves out ("KubeCon EU" for
    # "KubeCon Europe", "PyCon DE" for "PyCon Deutschland"), or its long form ("Elm Street"
    # for "Elm St").
    left = [w.fold for w in words if w.key not in seen]
    for w in said:
        if not _written_short(w, left):
            return False
    return bool(said)


def _written_short(word: str, others: list[str]) -> bool:
    for other in others:
        if _short_form(word, other) or _short_form(other, word):
            return True
    return False


def _shortened_venue(venue, record: RecordIndex) -> bool:
    """Whether ``venue`` is a recorded one with a word written short ("KubeCon EU" for
    "KubeCon Europe 2026"): it shares a word with it, and each word the record does not
    know is the short form of one of the recorded venue's (see :func:`_short_form`)."""
    for r in record.venues:
        # Its words as written: "Platform" and "Days" are no keys, being generic, and "St"
        # too short for one.
        words = frozenset(w for w in fold(r.surface).split() if w.isalnum())
        if venue.keys.isdisjoint(r.keys):
            # One word blended from the recorded name's ("PlatEng Days" for "Platform
            # Engineering Days").
            if len(venue.keys) == 1 and _blend(next(iter(venue.keys)), words):
                return True
            continue
        if all(_venue_word_of(k, r.keys, words, record) for k in venue.keys):
            return True
    return False


def _venue_word_of(key: str, keys: frozenset[str], words: frozenset[str],
                   record: RecordIndex) -> bool:
    """Whether a word of a message's venue is a word of the recorded venue (its ``keys``,
    its ``words`` as written): the same, known to the record, written short either way
    ("EU" / "Europe", "Street" / "St"), or blended from the beginnings of two of its words
    ("PlatEng" for "Platform Engineering")."""
    if key in keys or record.lookup(key, {key}):
        return True
    for full in keys | words:
        if _short_form(key, full) or _short_form(full, key):
            return True
    return _blend(key, words)


def _blend(word: str, keys: frozenset[str]) -> bool:
    """Whether ``word`` is the beginnings of two or more different ``keys`` run together
    (two letters or more of each, the first of three or more)."""
    if len(word) < 5 or not word.isalpha():
        return False
    longer = [k for k in keys if len(k) >= 4 and k != word]
    return _blend_from(word, longer, 0, True)


def _blend_from(rest: str, keys: list[str], pieces: int, first: bool) -> bool:
    if not rest:
        return pieces >= 2
    for k in keys:
        n = 0
        while n < len(rest) and n < len(k) and rest[n] == k[n]:
            n += 1
        least = 2  # "PyCon" for "Python Conference"
        for cut in range(n, least - 1, -1):
            others = [o for o in keys if o != k]
            if _blend_from(rest[cut:], others, pieces + 1, False):
                return True
    return False


def _short_form(short: str, full: str) -> bool:
    """Whether ``short`` (two to four letters) is written with letters of ``full`` in order,
    from its first: "EU" for "Europe", "DE" for "Deutschland", not "US" for "UK"."""
    if not 2 <= len(short) <= 4 or len(full) < 2 * len(short) or short[0] != full[0] \
            or not short.isalpha():
        return False
    at = 1
    for c in short[1:]:
        at = full.find(c, at) + 1
        if not at:
            return False
    return True


def _unknown_names(tokens: list[Token], proper: list[bool], personal: list[int], language: str,
                   matches: dict[int, set[str]], exclude: frozenset[str]) -> tuple[str, ...]:
    """Runs of name-like words in the personal part that match nothing in the record
    ("Sarah Chen suggested I write", "congrats on the Series B"). A lone short acronym
    ("AI", "ICU", "CRM") is too common a word to count as a claim."""
    runs: list[list[Token]] = []
    previous = -2
    for i in personal:
        t = tokens[i]
        if not proper[i] or i in matches or t.key in exclude or t.fold in TIME_WORDS \
                or is_generic(language, t, True) or is_stop(language, t.fold):
            continue
        if runs and previous == i - 1 and tokens[previous].clause == t.clause:
            runs[-1].append(t)
        else:
            runs.append([t])
        previous = i
    if not runs:
        return ()
    index = {id(t): i for i, t in enumerate(tokens)}
    return tuple(
        " ".join(t.surface for t in run) for run in runs
        if not (len(run) == 1 and run[0].upper and len(run[0].surface) <= 4)
        and not offered(tokens, index[id(run[0])], index[id(run[-1])])
        and not _opens_as_sender(tokens, run[0].clause)
    )


def _opens_as_sender(tokens: list[Token], clause: int) -> bool:
    """Whether a clause starts with the sender ("we serve retailers across Europe", "our
    team in Berlin"): it says nothing of the reader, so its names are never offered as
    claims about them ("Sarah Chen suggested I reach out" starts with someone else)."""
    words = [i for i, t in enumerate(tokens) if t.clause == clause]
    return tokens[words[0]].fold in FIRST_PERSON and _senders_clause(tokens, words, frozenset())


# The words a vague claim starts with (see _vague_claim).
_CLAIM_STARTS = frozenset({first for first, _ in VAGUE_TIMES}) | INTERACTION_WORDS \
    | POSSESSIVES | DETERMINERS


def _vague_claim(text: str, tokens: list[Token], personal: list[int]) -> str | None:
    """A claim of a shared past that names nothing ("loved your recent talk", "great to see
    you at the summit"), quoted as the clause it sits in."""
    words = [tokens[i] for i in personal]
    if any(t.fold >= CJK_FIRST for t in words):
        clauses: dict[int, list[Token]] = {}
        for t in words:
            clauses.setdefault(t.clause, []).append(t)
        for clause in clauses.values():
            said = text[clause[0].start:clause[-1].end]
            if find_cue(said):
                return said
    for n, t in enumerate(words):
        if t.fold not in _CLAIM_STARTS:
            continue  # no claim starts with it (most words)
        window = words[n + 1:n + 4]
        claim = (
            (window and (t.fold, window[0].fold) in VAGUE_TIMES)
            or t.fold in INTERACTION_WORDS
            or (t.fold in POSSESSIVES and any(
                w.fold in CLAIM_NOUNS and w.clause == t.clause for w in window))
            or (t.fold in DETERMINERS and t.fold not in POSSESSIVES and any(
                w.fold in EVENT_NOUNS and w.clause == t.clause for w in window[:2]))
        )
        if claim:
            clause = [w for w in words if w.clause == t.clause]
            if len(clause) > 10:
                at = clause.index(t)
                clause = clause[max(0, at - 4):at + 6]
            return text[clause[0].start:clause[-1].end]
    return None
