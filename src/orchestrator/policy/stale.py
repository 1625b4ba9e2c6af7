"""``stale-note``: a personal note already sent to the same person is not personal any more.

A repeated step (``repeat = "90d"``), a second campaign, or a plan made again would
otherwise carry last quarter's sentence to the same reader, and ``run --due`` would send it
without anyone reading it. The gate gives this check, per draft, what already went to the
person (or waits for the user to send it) from the ledger; the check refuses a draft whose
personal note repeats one of those notes - or, for a draft without a note, whose whole
text repeats a message already sent to them - compared without case, spacing or
punctuation. A draft is never stale against itself (the same idempotency key).
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator, Mapping

from .types import Finding, PolicyBatch

CODE = "stale-note"


def note_key(text: str) -> str:
    """A note or message as compared: case, spacing and punctuation do not make it new."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


class StaleNoteCheck:
    """Built from the ledger by the gate: ``sent[draft_id]`` is what already went to that
    draft's reader, as ``(personal_note, text)`` pairs (other deliveries than its own)."""

    name = "stale-note"

    def __init__(self, sent: Mapping[str, Iterable[tuple[str, str]]]) -> None:
        self._notes: dict[str, set[str]] = {}
        self._texts: dict[str, set[str]] = {}
        for draft_id, pairs in sent.items():
            for note, text in pairs:
                if note.strip():
                    self._notes.setdefault(draft_id, set()).add(note_key(note))
                if text.strip():
                    self._texts.setdefault(draft_id, set()).add(note_key(text))

    def check(self, batch: PolicyBatch) -> Iterator[Finding]:
        for draft in batch.drafts:
            note = (draft.personal_note or "").strip()
            if note:
                if note_key(note) in self._notes.get(draft.id, ()):
                    yield Finding(
                        draft_id=draft.id, code=CODE,
                        message="This personal note was already sent to this person; a note "
                                "they have read before is not personal any more.",
                        fix="Write a new sentence for them in `outreach review` (what happened "
                            "since, a reply of theirs, something new you learned).")
            elif draft.text.strip() and note_key(draft.text) in self._texts.get(draft.id, ()):
                yield Finding(
                    draft_id=draft.id, code=CODE,
                    message="This exact message was already sent to this person.",
                    fix="Write a personal note for them in `outreach review`, so that the "
                        "message says something new.")
