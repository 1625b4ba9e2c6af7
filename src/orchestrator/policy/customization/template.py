"""Shared text: what a draft has in common with its campaign step, so only the rest counts.

A detail in the template is not written for anyone, and two drafts that share a template but
carry their own sentence are not duplicates. So each draft is split into *shared* tokens and
its *personal part*, from two sources:

1. ``batch.template`` (Jinja2), rendered once per batch in a sandbox with every contact field
   set to a sentinel that masks like a name, ``personal_note`` empty and the real sender.
   A draft token is shared when it sits in a run of three words that also occurs in the
   rendered template (with merge fields collapsed, see :mod:`.identity`). Rendering never
   raises: a template that does not render (syntax errors, strict undefined, filters that
   choke on the sentinel) falls back to its literal text between the tags.
   Before a draft is even cut into words, every sentence of the rendered template that the
   draft holds word for word is replaced by one placeholder word, :data:`FILLER`, padded to
   the same length (:func:`template_chunks`, :func:`blank_chunks`): template text is most of
   a draft, and there is no point in tokenizing, masking and stemming it once per draft. What
   the analysis needs from those sentences (their stop words, whether they introduce the
   sender, a default phrase in them) is computed once per batch.
2. Clauses repeated across drafts, for hand-written batches and other template engines: a
   clause (text between punctuation, merge fields masked) that appears in three drafts or
   more, or in both drafts of a two-draft batch, is shared. A copied detail sentence is thus
   treated as template text, and drafts with nothing else are then duplicates of each other.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Sequence

from .identity import MASK, SENTINEL, Identity, mask, masked_sequence
from .normalize import prepare
from .text import Token, tokenize

_TAGS = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_CONTACT_FIELDS = ("first_name", "last_name", "name", "full_name", "company", "title",
                   "headline", "notes", "email", "city", "country")


class _Sentinel:
    """A contact stand-in: prints as the sentinel word, and so does every attribute or item
    (not a ``str`` subclass, or ``contact.title`` would find ``str.title``)."""

    def __getattr__(self, name: str) -> "_Sentinel":
        if name.startswith("_"):
            raise AttributeError(name)
        return self

    def __getitem__(self, key: Any) -> "_Sentinel":
        return self

    def __str__(self) -> str:
        return SENTINEL


_SENTINEL = _Sentinel()


class _Sender:
    def __init__(self, name: str, headline: str) -> None:
        self.name = name
        self.headline = headline

    def __getitem__(self, key: str) -> str:
        return getattr(self, key, "")


@lru_cache(maxsize=32)
def render_shared(template: str, sender_name: str, sender_headline: str,
                  note: str = "") -> str:
    """The template with every contact field a sentinel and ``note`` as the personal note
    (none by default)."""
    # Imported here: Jinja2 is a third of the policy's import time, and a batch without a
    # template (most of a ``policy check`` file, often) never needs it.
    from jinja2 import ChainableUndefined
    from jinja2.sandbox import SandboxedEnvironment

    env = SandboxedEnvironment(undefined=ChainableUndefined, autoescape=False)
    sender = _Sender(sender_name, sender_headline)
    context: dict[str, Any] = {field: _SENTINEL for field in _CONTACT_FIELDS}
    context.update(contact=_SENTINEL, recipient=_SENTINEL, sender=sender,
                   sender_name=sender_name, personal_note=note, note=note)
    try:
        return env.from_string(template).render(context)
    except Exception:  # any template the sandbox cannot render: keep its literal text
        return _TAGS.sub(lambda m: f" {SENTINEL} " if m.group().startswith("{{") else "\n",
                         template)


# The word a verbatim template sentence is reduced to (see :func:`blank_chunks`).
FILLER = "zqt"
_KEEP = frozenset(".!?\n\u2026\u3002\uff01\uff1f,;:()\"\u3001\uff0c\uff1b\uff1a\uff08\uff09")
_CHUNK_SPLIT = re.compile(r"(?<=[.!?\u3002\uff01\uff1f])\s+|\n+")
_WORDISH = re.compile(r"\w")


@lru_cache(maxsize=32)
def template_chunks(template: str | None, sender_name: str,
                    sender_headline: str) -> tuple[tuple[str, str], ...]:
    """``(sentence, filler)`` for each sentence of the rendered template that holds no merge
    field and at least three words: what a draft holds word for word when it uses the
    template, and what it becomes there (same length, same sentence and clause marks)."""
    if not template:
        return ()
    # The personal note as a sentinel too: the text around it is cut there ("您好，" before
    # the note is not part of the sentence after it).
    rendered = prepare(render_shared(template, sender_name, sender_headline, SENTINEL))
    out = []
    for part in rendered.split(SENTINEL):
        for chunk in _CHUNK_SPLIT.split(part):
            chunk = chunk.strip()
            start = _WORDISH.search(chunk)
            if start is None:
                continue
            chunk = chunk[start.start():]
            if len(tokenize(chunk)) < 3:
                continue
            filler = _filler(chunk)
            if filler is not None:
                out.append((chunk, filler))
    return tuple(out)


def _filler(chunk: str) -> str | None:
    """The chunk as one :data:`FILLER` word, its punctuation kept in place."""
    for j in range(len(chunk) - 2):
        if not any(c in _KEEP for c in chunk[j:j + 3]):
            rest = "".join(c if c in _KEEP else " " for c in chunk)
            return rest[:j] + FILLER + rest[j + 3:]
    return None


def blank_chunks(text: str, start: int,
                 chunks: tuple[tuple[str, str], ...]) -> tuple[str, list[int]]:
    """``text`` with every template sentence it holds verbatim (after ``start``) replaced by
    its filler, and which chunks were found. A sentence only counts on word boundaries."""
    found = []
    for n, (chunk, filler) in enumerate(chunks):
        at = text.find(chunk, start)
        if at < 0:
            continue
        end = at + len(chunk)
        if (at > 0 and text[at - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
            continue
        text = text[:at] + filler + text[end:]
        found.append(n)
    return text, found


@lru_cache(maxsize=32)
def template_trigrams(template: str | None, sender_name: str,
                      sender_headline: str) -> frozenset[tuple[str, str, str]]:
    """Three-word runs of the rendered template, merge fields collapsed; also as drafts see
    it once its verbatim sentences are fillers ("Hi MASK zqt" covers the greeting)."""
    if not template:
        return frozenset()
    rendered = prepare(render_shared(template, sender_name, sender_headline))
    blanked, _ = blank_chunks(rendered, 0, template_chunks(template, sender_name,
                                                            sender_headline))
    out: set[tuple[str, str, str]] = set()
    for text in (rendered, blanked):
        tokens = tokenize(text)
        fields = mask(tokens, Identity(None, sender_name, "english"))
        seq = [key for key, _ in masked_sequence(tokens, fields)]
        out.update(zip(seq, seq[1:], seq[2:]))
    return frozenset(out)


def cover_template(seq: list[tuple[str, int]], trigrams: frozenset, covered: bytearray) -> None:
    """Mark tokens that sit in a three-word run of the template."""
    keys = [k for k, _ in seq]
    for i in range(len(keys) - 2):
        if (keys[i], keys[i + 1], keys[i + 2]) in trigrams:
            for _, index in seq[i:i + 3]:
                covered[index] = True


def clause_keys(tokens: Sequence[Token], seq: list[tuple[str, int]]) -> dict[tuple[str, ...], list[int]]:
    """Each clause of a draft as a comparable key, with the token indices it spans."""
    out: dict[tuple[str, ...], list[int]] = {}
    keys: list[str] = []
    indices: list[int] = []
    clause = None
    for key, index in seq:
        here = tokens[index].clause
        if here != clause:
            if keys and (len(keys) > 1 or keys[0] != MASK):
                out.setdefault(tuple(keys), []).extend(indices)
            keys, indices, clause = [], [], here
        keys.append(key)
        indices.append(index)
    if keys and (len(keys) > 1 or keys[0] != MASK):
        out.setdefault(tuple(keys), []).extend(indices)
    return out


def shared_threshold(drafts: int) -> int:
    """How many drafts must repeat a clause before it counts as template text."""
    return 2 if drafts == 2 else 3
