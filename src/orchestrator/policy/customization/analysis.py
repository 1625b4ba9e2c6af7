"""One analysis of a batch, shared by every built-in check.

The checks are separate (each has its own name, trail entry and reason code), but they all
need the same facts: tokens, merge fields, placeholders, what is template text, the
personal part, the record's verdict on it. :func:`analyze` computes these once per batch in
three passes:

1. per draft: prepare the text (subject first, then body), find placeholders and mask them
   like merge fields, tokenize, guess the language, mask merge fields;
2. per batch: mark template text and clauses repeated across drafts (:mod:`.template`). A
   repeated clause is shared text unless it is a detail its readers' own records confirm:
   someone who writes notes in a steady style ("Met at X; we argued about Y") and a template
   that quotes them gives everyone who met at X the same clause, and that clause was still
   written for each of them. So a repeated clause that names a detail and whose specific
   words are at least half in the records
   of at least half the drafts that carry it stays personal;
3. per draft: the personal part, its details against the record (a draft with no personal
   word only gets its record summarized), default phrases, the sender's introduction; then
   near-duplicates across the batch.

Only the results the checks read are kept (:class:`DraftView`); the batch-wide pass needs
every draft's tokens at once, but each draft's are released as soon as it is finished.

The last result is memoized for the batch object it was computed for (identity, not
equality: hashing 10,000 frozen drafts would cost more than it saves), so the checks run
one after the other on the same batch share it, until the engine calls :func:`release`
when they are done. Everything is deterministic.
"""

from __future__ import annotations

import gc
import threading
from functools import lru_cache
from contextlib import contextmanager
from typing import Iterator, NamedTuple, Sequence

from ..types import PolicyBatch, PolicyDraft
from .cjk import FIRST as CJK_FIRST
from .details import NO_DETAILS, Details, Matcher
from .duplicates import Duplicate, near_duplicates
from .identity import SENTINEL, Identity, identity_for, mask, masked_sequence
from .introduction import introduces_sender
from .lexicon import FRAME_WORDS
from .normalize import cjk_digits, prepare, remembered
from .phrases import PhraseMatch, matcher_for
from .placeholders import Placeholder, find_placeholders
from .record import RecordIndex, RecordSummary, record_index, summarize
from .spelled import spelled_numbers
from .template import (
    FILLER,
    blank_chunks,
    clause_keys,
    cover_template,
    shared_threshold,
    template_chunks,
    template_trigrams,
)
from .text import (
    Counts,
    Token,
    add_counts,
    decide_language,
    detect_language,
    is_generic,
    is_stop,
    language_counts,
    proper_flags,
    stem,
    stem_table,
    stop_set,
    tokenize,
)


class DraftView:
    """What the checks know about one draft once it is analysed."""

    __slots__ = ("draft", "text", "placeholders", "empty", "details", "phrase", "introduced",
                 "merge_fields", "compared", "whole", "suggestion", "unrecorded", "shared",
                 "recorded")

    def __init__(self, work: "_Draft", details: Details, phrase: PhraseMatch | None,
                 introduced: bool, record: "RecordIndex | RecordSummary") -> None:
        self.draft = work.draft
        self.text = work.text
        self.placeholders = work.placeholders
        self.empty = work.empty
        self.details = details
        self.phrase = phrase
        self.introduced = introduced
        # Only a draft without a detail quotes its merge fields (mail-merge-only).
        self.merge_fields = () if details.ok else work.merge_fields()
        # As compared for near-duplicates (greetings and sign-offs out): the personal part,
        # and everything but the explicit template.
        # One pass for both: the personal words (not covered, not merge fields) and the
        # words of everything but the explicit template.
        personal: list[str] = []
        whole: list[str] = []
        for t, stemmed, field, templated, covered in zip(
                work.tokens, work.stems, work.fields, work.templated, work.covered):
            if field is None and t.fold not in FRAME_WORDS:
                if not covered:
                    personal.append(stemmed)
                if not templated:
                    whole.append(stemmed)
        compared = frozenset(personal)
        # Words of the reader's own record in text other drafts repeat ("here is the
        # benchmark I mentioned" / "here are my notes from the session"): a draft that has
        # a part of its own differs from another in them (see duplicates).
        self.compared = compared | work.recorded_shared if compared else compared
        self.recorded = details.recorded | work.recorded_shared
        self.whole = frozenset(whole)
        self.suggestion = record.suggestion
        self.unrecorded = record.empty
        # Details of the reader's record found in text other drafts repeat word for word
        # (so they were not counted): never say such a message has nothing about them.
        self.shared: tuple[str, ...] = work.shared

    @property
    def name(self) -> str:
        contact = self.draft.contact
        return contact.first_name or contact.last_name or "this person"


class _Draft:
    """The working state of one draft's analysis (tokens and all), dropped once it is done."""

    __slots__ = ("draft", "text", "body_start", "placeholders", "tokens", "language", "proper",
                 "fields", "sequence", "covered", "templated", "identity", "personal", "empty",
                 "stems", "record", "shared", "chunks", "recorded_shared", "matcher", "generic",
                 "layouts")

    def __init__(self, draft: PolicyDraft, sender_name: str, template: "_Template") -> None:
        self.draft = draft
        subject = prepare(draft.subject or "")
        body = prepare(draft.text or "")
        self.text = f"{subject}\n{body}" if subject.strip() else body
        self.body_start = len(subject) + 1 if subject.strip() else 0
        self.placeholders: list[Placeholder] = find_placeholders(self.text)
        scan = self.text
        for p in self.placeholders:
            # Same length, so offsets still point into ``text``; masks like a merge field.
            scan = scan[:p.start] + SENTINEL.ljust(p.end - p.start) + scan[p.end:]
        # Template sentences held word for word become one filler word each (same length).
        self.chunks: list[int] = []
        if template.chunks:
            scan, self.chunks = blank_chunks(scan, self.body_start, template.chunks)
        masks: dict[int, int] = {}
        scripts: dict[str, int] = {}
        # The layouts of its own sentences, until its record is indexed: a template that
        # quotes the reader's notes ("{{ contact.notes }}") has the record's sentences.
        self.layouts: dict | None = {}
        tokens = tokenize(spelled_numbers(cjk_digits(scan)), (masks, scripts), self.layouts)
        self.tokens: list[Token] = tokens
        language = self.language = decide_language(
            masks, scripts or None, template.extra(self.chunks) if self.chunks else None)
        if self.body_start:
            split = next((i for i, t in enumerate(tokens) if t.start >= self.body_start),
                         len(tokens))
        else:
            split = 0
        # Subject and body separately: a Title Case subject must not blind the body.
        self.proper = proper = (proper_flags(tokens[:split], language) if split else []) + (
            proper_flags(tokens[split:], language) if split else
            proper_flags(tokens, language))
        self.identity = identity_for(draft.contact, sender_name, language)
        self.fields = fields = mask(tokens, self.identity)
        self.sequence = masked_sequence(tokens, fields)
        # The explicit template only, and with it the clauses repeated in the batch.
        # Flags as bytes: a 50,000-draft batch holds every draft's flags at once.
        self.templated = templated = bytearray(len(tokens))
        # text.match_key, inlined: it runs for every word of every draft; the template's
        # filler words and whether the body says anything but merge fields and greetings
        # are found in the same pass.
        known = stem_table(language).get
        stems = self.stems = []
        append = stems.append
        fillers = bool(self.chunks)
        empty = True
        for i, (t, field, name) in enumerate(zip(tokens, fields, proper)):
            key = t.key
            if field is not None or name or t.upper or t.number or t.hashtag:
                append(key)
            else:
                append(known(t.lower) or stem(language, t.lower))
            if fillers and key == FILLER:
                templated[i] = True
            if empty and field is None and i >= split and t.fold not in FRAME_WORDS:
                empty = False
        self.covered = bytearray(templated)
        self.empty = empty
        self.record: RecordIndex | None = None
        self.matcher: Matcher | None = None
        # Whether each word is generic, found once (by the first clause or match that asks).
        self.generic: list[bool | None] = [None] * len(tokens)
        self.shared: tuple[str, ...] = ()
        self.recorded_shared: frozenset[str] = frozenset()

    def recorded_in(self, indices: list[int]) -> set[str]:
        """Stems of the words of ``indices`` that the reader's record holds (only once the
        record is indexed)."""
        matcher, tokens, fields, stems = self.matcher, self.tokens, self.fields, self.stems
        if matcher is None:
            return set()
        templated, language, found = self.templated, self.language, matcher.found
        stops = stop_set(language)
        recorded = set()
        for i in indices:
            if fields[i] is None and not templated[i]:
                folded = tokens[i].fold
                if folded in FRAME_WORDS or (
                        folded in stops if folded < CJK_FIRST else is_stop(language, folded)):
                    continue
                if found(i):
                    recorded.add(stems[i])
        return recorded

    def generic_word(self, i: int) -> bool:
        generic = self.generic[i]
        if generic is None:
            generic = self.generic[i] = is_generic(self.language, self.tokens[i], self.proper[i])
        return generic

    def matching(self, sender_keys: frozenset[str]) -> Matcher:
        """The draft's words against its reader's record (indexed on first use)."""
        if self.matcher is None:
            if self.record is None:
                self.record = record_index(self.draft.contact, self.identity, self.language,
                                           self.layouts)
            self.layouts = None
            self.matcher = Matcher(self.text, self.tokens, self.proper, self.stems,
                                   self.language, self.identity, self.record,
                                   sender_keys | self.identity.stems, self.generic,
                                   self.body_start)
        return self.matcher

    def _words(self, indices: list[int]) -> list[int]:
        """The words of a clause that are neither merge fields nor template."""
        fields, templated = self.fields, self.templated
        return [i for i in indices if fields[i] is None and not templated[i]]

    def confirms(self, indices: list[int], sender_keys: frozenset[str],
                 wanted: bool = True) -> bool:
        """Whether the reader's record confirms a detail of a repeated clause and half of its
        words (it was written for them, from their record). Only that is read, so the rest
        of :class:`.Details` (why it does not) is never worked out. Not ``wanted``: the
        answer no longer matters, but the record is indexed all the same (as a clause with
        content always has it: :meth:`recorded_in` reads it)."""
        if not wanted and self.matcher is not None:
            return False  # and the record is indexed already
        tokens, language, generic = self.tokens, self.language, self.generic
        fields, templated, stops = self.fields, self.templated, stop_set(language)
        words: list[int] = []
        content: list[int] = []
        # _words and the content words among them in one pass (stop words of Latin text
        # tested inline; a CJK bigram goes through is_stop).
        for i in indices:
            if fields[i] is None and not templated[i]:
                words.append(i)
                folded = tokens[i].fold
                if folded in stops if folded < CJK_FIRST else is_stop(language, folded):
                    continue
                if not (generic[i] if generic[i] is not None else self.generic_word(i)):
                    content.append(i)
        if not content:
            return False
        matcher, stems = self.matching(sender_keys), self.stems
        if not wanted:
            return False
        # Most repeated clauses match nothing: look their words up before matching details.
        known = sum(1 for i in content if matcher.found(i))
        if 2 * known < len(content):
            return False
        match = matcher.match(words)
        if not match.ok:
            return False
        counted = {stems[i] for i in match.counted}
        matched = sum(1 for i in content if stems[i] in counted)
        if 2 * matched >= len(content) and matcher.settled(match):
            matcher.keep(match)
            return True
        return False

    def evidence(self, indices: list[int]) -> tuple[str, ...]:
        """The evidence of a clause if :meth:`confirms` said yes for it (its match is kept,
        see :meth:`.Matcher.keep`), else none."""
        if self.matcher is None:
            return ()
        match = self.matcher.kept(self._words(indices))
        return () if match is None else self.matcher.evidence(match)

    def finish(self, batch: PolicyBatch, sender_keys: frozenset[str],
               template: "_Template") -> DraftView:
        tokens, fields = self.tokens, self.fields
        self.personal = [i for i in range(len(tokens)) if not self.covered[i] and fields[i] is None]
        record: RecordIndex | RecordSummary
        if any(not is_stop(self.language, tokens[i].fold) for i in self.personal):
            matcher = self.matching(sender_keys)
            record = matcher.record
            details = matcher.details(self.personal)
        else:  # nothing personal to match: skip indexing the record
            record = summarize(self.draft.contact, self.identity, self.language)
            details = NO_DETAILS
        # A default phrase only matters in a message without a detail, and only in what
        # the draft says itself: the template's shared text is the step's, never counted
        # against a draft that adds a personal part ("... Would be glad to connect.").
        phrase = None
        if not details.ok:
            skip = [f is not None for f in fields]
            phrases = matcher_for(tuple(batch.default_phrases))
            phrase = phrases.find(tokens, self.stems, skip)
            if details is not NO_DETAILS and phrase is not None and self._templated(phrase):
                # Look again in the draft's own words only.
                templated = self.templated
                phrase = phrases.find(tokens, self.stems, [s or bool(templated[i])
                                                           for i, s in enumerate(skip)])
            elif phrase is None and details is NO_DETAILS:
                phrase = template.phrase(self.text, self.chunks)
        introduced = any(template.introduces[n] for n in self.chunks) or introduces_sender(
            tokens, fields, sender_keys)
        return DraftView(self, details, phrase, introduced, record)

    def _templated(self, phrase: PhraseMatch) -> bool:
        """Whether every word of a phrase found in the draft is the template's."""
        return all(self.templated[i] for i, t in enumerate(self.tokens)
                   if phrase.start <= t.start and t.end <= phrase.end)

    def merge_fields(self) -> tuple[str, ...]:
        """The recipient's name, company and title as written, one quote per mention."""
        spans: list[list[int]] = []
        fields = self.fields
        for i, field in enumerate(fields):
            if field in ("name", "company", "title"):
                if spans and spans[-1][1] == i - 1 and fields[i - 1] == field:
                    spans[-1][1] = i
                else:
                    spans.append([i, i])
        return tuple(self.text[self.tokens[a].start:self.tokens[b].end] for a, b in spans)


class BatchAnalysis(NamedTuple):
    views: list[DraftView]
    duplicates: dict[int, Duplicate]


def _sender_keys(batch: PolicyBatch) -> frozenset[str]:
    """Words of the sender's own name and headline ("Rowan Vale | Founder, Quayline"): they
    introduce the sender (a signature counts) and are never a claim about the recipient, so
    they are not taken for an unknown name or a wrong venue."""
    return _sender_words(batch.sender_name, batch.sender_headline)


@lru_cache(maxsize=32)
def _sender_words(name: str, headline: str) -> frozenset[str]:
    """:func:`_sender_keys`, once per sender (every batch of a file has the same one)."""
    tokens = tokenize(prepare(f"{name}\n{headline}"))
    language = detect_language(tokens)
    return frozenset(
        t.key for t in tokens
        if not is_stop(language, t.fold) and not is_generic(language, t, True)
    )


class _Template:
    """What the analysis needs from the template sentences it does not tokenize per draft:
    their stop words (language), whether they introduce the sender, default phrases."""

    def __init__(self, batch: PolicyBatch, sender_keys: frozenset[str]) -> None:
        self.chunks = template_chunks(batch.template, batch.sender_name, batch.sender_headline)
        self.counts: list[Counts] = []
        self.introduces: list[bool] = []
        self.phrases: list[PhraseMatch | None] = []
        self._extra: dict[tuple[int, ...], list[Counts]] = {}
        matcher = matcher_for(tuple(batch.default_phrases)) if self.chunks else None
        for chunk, _ in self.chunks:
            tokens = tokenize(chunk)
            language = detect_language(tokens)
            fields = mask(tokens, Identity(None, batch.sender_name, language))
            self.counts.append(language_counts(tokens))
            self.introduces.append(introduces_sender(tokens, fields, sender_keys))
            stems = [stem(language, t.lower) for t in tokens]
            assert matcher is not None
            self.phrases.append(matcher.find(tokens, stems, [f is not None for f in fields]))

    def extra(self, found: list[int]) -> list[Counts]:
        """The stop-word counts of the template sentences a draft holds, added up once per
        combination (every draft of a batch holds the same few)."""
        key = tuple(found)
        merged = self._extra.get(key)
        if merged is None:
            masks: dict[int, int] = {}
            scripts = add_counts(masks, None, [self.counts[n] for n in found])
            merged = self._extra[key] = [(masks, scripts)]
        return merged

    def phrase(self, text: str, found: list[int]) -> PhraseMatch | None:
        """The first default phrase in the template sentences a draft holds, placed in it."""
        for n in found:
            match = self.phrases[n]
            if match is not None:
                at = text.find(self.chunks[n][0])
                if at >= 0:
                    return match._replace(start=at + match.start, end=at + match.end)
        return None


def _compute(batch: PolicyBatch) -> BatchAnalysis:
    part = Part(batch, range(len(batch.drafts)))
    threshold = shared_threshold(len(batch.drafts))
    confirmed = part.confirm(part.clauses, threshold)
    views = part.finish(part.clauses, confirmed, threshold)
    duplicates = near_duplicates([v.compared for v in views], [v.whole for v in views],
                                 [v.recorded for v in views])
    return BatchAnalysis(views, duplicates)


Clause = tuple[str, ...]


class Part:
    """Some drafts of a batch (``indices``, in batch order) through the analysis's three
    passes: read each draft and count its clauses (:attr:`clauses`), :meth:`confirm` the
    clauses the batch repeats, :meth:`finish`. One part is the whole batch; :mod:`.parallel`
    gives each process a part and adds up what the passes count, so all see the totals."""

    def __init__(self, batch: PolicyBatch, indices: Sequence[int]) -> None:
        self.batch = batch
        self.sender_keys = sender_keys = _sender_keys(batch)
        # What a template's sentences say depends on the template, the sender and the
        # default phrases only: the batches of one step (a file's lines) share it.
        self.template = template = remembered(
            _TEMPLATES, 32, (batch.template, batch.sender_name, batch.sender_headline,
                             batch.default_phrases),
            lambda: _Template(batch, sender_keys))
        drafts = batch.drafts
        self.works: list[_Draft | None] = [_Draft(drafts[i], batch.sender_name, template)
                                           for i in indices]
        trigrams = template_trigrams(batch.template, batch.sender_name, batch.sender_headline)
        self.clauses: dict[Clause, int] = {}
        clauses = self.clauses
        interned: dict[Clause, Clause] = {}
        self.per_draft: list[dict[Clause, list[int]]] = []
        for work in self.works:
            assert work is not None
            if trigrams:
                cover_template(work.sequence, trigrams, work.templated)
                work.covered[:] = work.templated
            # Each clause key once for the batch (the drafts that repeat it share one tuple).
            keys = {interned.setdefault(key, key): indices
                    for key, indices in clause_keys(work.tokens, work.sequence).items()}
            work.sequence = None  # only the template and the clauses needed it
            self.per_draft.append(keys)
            for key in keys:
                clauses[key] = clauses.get(key, 0) + 1

    def confirm(self, clauses: dict[Clause, int], threshold: int) -> dict[Clause, int]:
        """How many of the part's drafts confirm each clause the batch repeats (``clauses``:
        the batch's counts): repeated clauses that the records of the drafts carrying them
        confirm stay personal."""
        confirmed: dict[Clause, int] = {}
        sender_keys = self.sender_keys
        for work, keys in zip(self.works, self.per_draft):
            assert work is not None
            templated, fields = work.templated, work.fields
            for key, indices in keys.items():
                if clauses[key] >= threshold and not all(
                        templated[i] or fields[i] is not None for i in indices):
                    # Once half the drafts that carry a clause confirm it, it stays personal
                    # whatever the others say (and only a shared clause's are read again).
                    decided = 2 * confirmed.get(key, 0) >= clauses[key]
                    if work.confirms(indices, sender_keys, wanted=not decided):
                        confirmed[key] = confirmed.get(key, 0) + 1
        return confirmed

    def finish(self, clauses: dict[Clause, int], confirmed: dict[Clause, int],
               threshold: int) -> list[DraftView]:
        """The part's views, given the batch's clause and confirmation counts."""
        works = self.works
        for work, keys in zip(works, self.per_draft):
            assert work is not None
            shared: list[str] = []
            recorded: set[str] = set()
            for key, indices in keys.items():
                if clauses[key] >= threshold and 2 * confirmed.get(key, 0) < clauses[key]:
                    for i in indices:
                        work.covered[i] = True
                    shared.extend(work.evidence(indices))
                    recorded |= work.recorded_in(indices)
            work.shared = tuple(dict.fromkeys(shared))
            work.recorded_shared = frozenset(recorded)
        self.per_draft = []
        views = []
        for n, work in enumerate(works):
            assert work is not None
            views.append(work.finish(self.batch, self.sender_keys, self.template))
            works[n] = None  # tokens are the bulk of the memory: let them go draft by draft
        return views


_TEMPLATES: dict[tuple, "_Template"] = {}
_lock = threading.Lock()
_last: tuple[PolicyBatch, BatchAnalysis] | None = None


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while analysing.

    An analysis allocates a few hundred thousand small objects that hold no reference cycles;
    the collector's full passes over them made the cost grow faster than the batch (x2.5
    time for x2 drafts). Reference counting still frees everything as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            # What outlives the pause (verdicts, memo tables) is all in the youngest
            # generation, whose next collection would walk every object of it (60 ms after
            # 10,000 drafts, 4% of a check); freezing and unfreezing moves it to the oldest
            # one unwalked. It holds no cycles; any other cycle waits for a full collection.
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def release(batch: PolicyBatch) -> None:
    """Forget the analysis of ``batch`` (the engine calls this once every check has run, so a
    finished 50,000-draft analysis does not linger while the next batch is analysed)."""
    global _last
    with _lock:
        if _last is not None and _last[0] is batch:
            _last = None


def analyze(batch: PolicyBatch) -> BatchAnalysis:
    """The analysis of ``batch`` (computed once for consecutive checks of the same batch)."""
    global _last
    with _lock:
        cached = _last
    if cached is not None and cached[0] is batch:
        return cached[1]
    with collector_paused():
        result = _compute(batch)
    with _lock:
        _last = (batch, result)
    return result
