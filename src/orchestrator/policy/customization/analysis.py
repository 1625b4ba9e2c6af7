"""One analysis of a batch, shared by every built-in check.

The checks are separate (each has its own name, trail entry and reason code), but they all
need the same facts: tokens, merge fields, placeholders, what is template text, the
personal part, the record's verdict on it. :func:`analyze` computes these once per batch in
three passes:

1. per draft: prepare the text (subject first, then body), find placeholders and mask them
   like merge fields, tokenize, guess the language, mask merge fields;
2. per batch: mark template text and clauses repeated across drafts (:mod:`.template`);
3. per draft: the personal part, its details against the record, default phrases, the
   sender's introduction; then near-duplicates across the batch.

The last result is memoized for the batch object it was computed for (identity, not
equality: hashing 10,000 frozen drafts would cost more than it saves), so the checks run
one after the other on the same batch share it. Everything is deterministic.
"""

from __future__ import annotations

import threading
from typing import NamedTuple

from ..types import PolicyBatch, PolicyDraft
from .details import Details, match_details
from .duplicates import Duplicate, near_duplicates
from .identity import SENTINEL, Identity, mask, masked_sequence
from .introduction import introduces_sender
from .lexicon import FRAME_WORDS
from .normalize import prepare
from .phrases import PhraseMatch, matcher_for
from .placeholders import Placeholder, find_placeholders
from .record import RecordIndex
from .template import clause_keys, cover_template, shared_threshold, template_trigrams
from .text import (
    Token,
    detect_language,
    is_generic,
    is_stop,
    proper_flags,
    stem,
    tokenize,
)


class DraftView:
    """What the checks know about one draft."""

    __slots__ = ("draft", "text", "body_start", "placeholders", "tokens", "language", "proper",
                 "fields", "sequence", "covered", "identity", "personal", "record", "details",
                 "phrase", "introduced", "empty", "stems")

    def __init__(self, draft: PolicyDraft, sender_name: str) -> None:
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
        tokens = tokenize(scan)
        self.tokens: list[Token] = tokens
        self.language = detect_language(tokens)
        split = next((i for i, t in enumerate(tokens) if t.start >= self.body_start), len(tokens))
        self.proper = (proper_flags(tokens[:split], self.language)
                       + proper_flags(tokens[split:], self.language))
        self.identity = Identity(draft.contact, sender_name, self.language)
        self.fields = mask(tokens, self.identity)
        self.sequence = masked_sequence(tokens, self.fields)
        self.covered = [False] * len(tokens)
        self.stems = [stem(self.language, t.lower) for t in tokens]
        self.empty = all(
            self.fields[i] is not None or tokens[i].fold in FRAME_WORDS
            for i in range(split, len(tokens))
        )

    def finish(self, batch: PolicyBatch, sender_keys: frozenset[str]) -> None:
        tokens, fields = self.tokens, self.fields
        self.personal = [i for i in range(len(tokens)) if not self.covered[i] and fields[i] is None]
        self.record = RecordIndex(self.draft.contact, self.identity, self.language)
        self.details: Details = match_details(
            self.text, tokens, self.proper, self.personal, self.language, self.identity,
            self.record, sender_keys | self.identity.stems,
        )
        skip = [f is not None for f in fields]
        self.phrase: PhraseMatch | None = matcher_for(tuple(batch.default_phrases)).find(
            tokens, self.stems, skip
        )
        self.introduced = introduces_sender(tokens, fields, sender_keys)

    def personal_stems(self) -> frozenset[str]:
        """The personal part as compared for near-duplicates (greetings and sign-offs out)."""
        return frozenset(
            self.stems[i] for i in self.personal if self.tokens[i].fold not in FRAME_WORDS
        )

    @property
    def name(self) -> str:
        contact = self.draft.contact
        return contact.first_name or contact.last_name or "this person"


class BatchAnalysis(NamedTuple):
    views: list[DraftView]
    duplicates: dict[int, Duplicate]


def _sender_keys(batch: PolicyBatch) -> frozenset[str]:
    """Names from the sender's own name and headline: mentioning them introduces the sender
    and never counts as a detail about the recipient."""
    tokens = tokenize(prepare(f"{batch.sender_name}\n{batch.sender_headline}"))
    language = detect_language(tokens)
    flags = proper_flags(tokens, language)
    return frozenset(
        t.key for t, proper in zip(tokens, flags)
        if proper and not is_stop(language, t.fold) and not is_generic(language, t)
    )


def _compute(batch: PolicyBatch) -> BatchAnalysis:
    views = [DraftView(d, batch.sender_name) for d in batch.drafts]
    trigrams = template_trigrams(batch.template, batch.sender_name, batch.sender_headline)
    clauses: dict[tuple[str, ...], int] = {}
    per_view = []
    for view in views:
        if trigrams:
            cover_template(view.sequence, trigrams, view.covered)
        keys = clause_keys(view.tokens, view.sequence)
        per_view.append(keys)
        for key in keys:
            clauses[key] = clauses.get(key, 0) + 1
    threshold = shared_threshold(len(views))
    for view, keys in zip(views, per_view):
        for key, indices in keys.items():
            if clauses[key] >= threshold:
                for i in indices:
                    view.covered[i] = True
    sender_keys = _sender_keys(batch)
    for view in views:
        view.finish(batch, sender_keys)
    duplicates = near_duplicates(
        [v.personal_stems() for v in views], [v.details.counted for v in views]
    )
    return BatchAnalysis(views, duplicates)


_lock = threading.Lock()
_last: tuple[PolicyBatch, BatchAnalysis] | None = None


def analyze(batch: PolicyBatch) -> BatchAnalysis:
    """The analysis of ``batch`` (computed once for consecutive checks of the same batch)."""
    global _last
    with _lock:
        cached = _last
    if cached is not None and cached[0] is batch:
        return cached[1]
    result = _compute(batch)
    with _lock:
        _last = (batch, result)
    return result
