"""Interest tags named as a list are a mail merge, unless something is said about one.

"You're into embedded databases and WebAssembly. We just shipped Lattice compiled to Wasm and
I'd love your take" takes a tag up again by its short name and asks the reader about it: it
is written for them. The same list followed by the sender's pitch alone ("We build Wasm
tools", "Those are our areas too!") still is the interests field pasted (R3/R4).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.details import _clipped


def verdict(text: str, interests: tuple[str, ...]) -> str:
    return evaluate(batch(draft("d", text, contact(interests=interests))))["d"].decision


@pytest.mark.parametrize(("word", "tag", "short"), [
    ("wasm", "webassembly", True), ("kube", "kubernetes", True), ("eth", "ethereum", True),
    ("btc", "bitcoin", True), ("was", "webassembly", True),  # a stop word, never looked at
    ("wasm", "wasmer", False),  # not twice as long
    ("kbe", "embedded", False), ("xml", "kubernetes", False), ("ab", "abacus", False),
])
def test_clipped(word, tag, short):
    assert _clipped(word, tag) is short


TAGS = ("WebAssembly", "embedded databases")
LIST = "Ada, saw on your profile you're into embedded databases and WebAssembly. "


@pytest.mark.parametrize(("after", "decision"), [
    ("We just shipped Lattice compiled to Wasm and I'd love your honest take on it.", "allow"),
    ("We build Wasm tools. Could we find 15 minutes?", "refuse"),
    ("Those are exactly our areas too! Could we find 15 minutes?", "refuse"),
])
def test_a_tag_taken_up_by_its_short_name_with_the_readers_take_asked(after, decision):
    assert verdict(LIST + after, TAGS) == decision


_letters = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=14)


@settings(max_examples=300, deadline=None)
@given(_letters, _letters)
def test_a_short_name_is_short_and_keeps_the_tags_letters_in_order(word, tag):
    if _clipped(word, tag):
        assert 3 <= len(word) <= 6 and len(tag) >= 2 * len(word) and word[0] == tag[0]
        rest = iter(tag)
        assert all(c in rest for c in word)
