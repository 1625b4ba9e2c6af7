"""Platform default notes and generic boilerplate, found with light variations.

A phrase matches when (almost) all of its words appear in order inside one sentence of the
message, within a window barely longer than the phrase: "Thanks so much for the follow!"
matches "Thanks for the follow"; "I'd love to add you to my LinkedIn network" matches "I'd
like to add you to my professional network". Short phrases (four words or fewer) must match
completely; longer ones may miss a quarter of their words. Words are compared as stems,
the recipient's name is ignored (it is masked before matching).

Phrases come from the channel plugins (``batch.default_phrases``) and from the built-in
multilingual list in :mod:`.lexicon`. An inverted index keeps the work per message
proportional to the phrases that share most of its words, not to the size of the lists.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, NamedTuple

from .lexicon import GENERIC_PHRASES
from .normalize import prepare
from .text import Token, detect_language, is_stop, stem, tokenize


class PhraseMatch(NamedTuple):
    phrase: str
    origin: str  # "platform" (from a channel plugin) or "generic" (built in)
    start: int
    end: int


class _Phrase(NamedTuple):
    text: str
    origin: str
    stems: tuple[str, ...]
    needed: int
    anchors: frozenset[str]  # its content words: most must be in a message to bother aligning
    words: frozenset[str]


def _needed(length: int) -> int:
    return length if length <= 4 else length - max(1, length // 4)


class PhraseMatcher:
    def __init__(self, phrases: Iterable[tuple[str, str]]) -> None:
        self._phrases: list[_Phrase] = []
        self._index: dict[str, list[int]] = {}
        self._cache: dict[tuple[str, ...], tuple[int, int, int] | None] = {}
        seen: set[tuple[str, ...]] = set()
        for text, origin in phrases:
            tokens = tokenize(prepare(text))
            language = detect_language(tokens)
            stems = tuple(stem(language, t.lower) for t in tokens)
            if not stems or stems in seen:
                continue
            seen.add(stems)
            pid = len(self._phrases)
            anchors = frozenset(
                stem(language, t.lower) for t in tokens if not is_stop(language, t.fold)
            ) or frozenset(stems)
            self._phrases.append(
                _Phrase(text, origin, stems, _needed(len(stems)), anchors, frozenset(stems))
            )
            for s in anchors:
                self._index.setdefault(s, []).append(pid)

    def find(self, tokens: list[Token], stems: list[str], skip: list[bool]) -> PhraseMatch | None:
        """The first phrase found in a sentence of the message (``skip`` marks merge-field
        tokens, which are left out)."""
        sentences: dict[int, list[int]] = {}
        for i, t in enumerate(tokens):
            if not skip[i]:
                sentences.setdefault(t.sentence, []).append(i)
        for positions in sentences.values():
            sentence = tuple(stems[i] for i in positions)
            found = self._cache.get(sentence, False)
            if found is False:
                if len(self._cache) > 50_000:
                    self._cache.clear()
                found = self._cache[sentence] = self._search(sentence)
            if found is not None:
                pid, first, last = found
                phrase = self._phrases[pid]
                return PhraseMatch(phrase.text, phrase.origin, tokens[positions[first]].start,
                                   tokens[positions[last]].end)
        return None

    def _search(self, sentence: tuple[str, ...]) -> tuple[int, int, int] | None:
        """``(phrase, first, last)`` of the first phrase in one sentence. Template sentences
        recur in every draft of a batch, so results are memoized per sentence."""
        present = set(sentence)
        found: dict[int, int] = {}
        for s in present:
            for pid in self._index.get(s, ()):
                found[pid] = found.get(pid, 0) + 1
        for pid in sorted(found):
            phrase = self._phrases[pid]
            slack = len(phrase.stems) - phrase.needed
            # Each absent word costs the alignment at least one: skip hopeless phrases cheaply.
            if len(phrase.anchors) - found[pid] > slack or len(phrase.words - present) > slack:
                continue
            span = _align(phrase, list(sentence))
            if span is not None:
                return pid, span[0], span[1]
        return None


def _align(phrase: _Phrase, sentence: list[str]) -> tuple[int, int] | None:
    """Window ``(first, last)`` of ``sentence`` holding enough of the phrase, in order."""
    words = phrase.stems
    width = len(words) + 3
    starts = [i for i, s in enumerate(sentence) if s in words[:2]]
    for start in starts:
        window = sentence[start:start + width]
        length, last = _lcs(words, window)
        if length >= phrase.needed:
            return start, start + last
    return None


def _lcs(a: tuple[str, ...], b: list[str]) -> tuple[int, int]:
    """Length of the longest common subsequence and the last index of ``b`` it uses."""
    prev = [0] * (len(b) + 1)
    best, best_end = 0, 0
    for x in a:
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b, 1):
            if x == y:
                cur[j] = prev[j - 1] + 1
            else:
                up, left = prev[j], cur[j - 1]
                cur[j] = up if up > left else left
        prev = cur
    for j in range(1, len(b) + 1):
        if prev[j] > best:
            best, best_end = prev[j], j - 1
    return best, best_end


@lru_cache(maxsize=64)
def matcher_for(platform_phrases: tuple[str, ...]) -> PhraseMatcher:
    """The matcher for a channel's phrases plus the built-in generic ones (cached)."""
    return PhraseMatcher(
        [(p, "platform") for p in platform_phrases] + [(p, "generic") for p in GENERIC_PHRASES]
    )
