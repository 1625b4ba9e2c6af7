"""A one-word interest tag written otherwise is still the tag.

"ultra running" for "ultrarunning" (a closed compound split in two) and "surfista",
"golfer", "golfeur" for "surf", "golf" (the one who does it) name the recorded interest as
surely as the tag itself; a word that only begins like it ("surface", "golden") does not.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orchestrator.policy.customization.details import _tag_written_otherwise
from orchestrator.policy.customization.text import tokenize


def where(text: str, tag: str) -> list[str]:
    tokens = tokenize(text)
    found = _tag_written_otherwise(tokens, list(range(len(tokens))), tag)
    return [tokens[i].fold for i, _ in found]


@pytest.mark.parametrize(("text", "tag", "words"), [
    ("you're into ultra running", "ultrarunning", ["ultra", "running"]),
    ("também é surfista", "surf", ["surfista"]),
    ("a keen golfer", "golf", ["golfer"]),
    ("golfeur moi aussi", "golf", ["golfeur"]),
    ("the surface of it", "surf", []),
    ("a golden ticket", "golf", []),
    ("ultra marathons, running too", "ultrarunning", []),  # not neighbours
    ("art", "art", []),  # too short a tag to read otherwise
])
def test_a_tag_written_otherwise(text, tag, words):
    assert where(text, tag) == words


_letters = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=10)


@settings(max_examples=300, deadline=None)
@given(_letters, _letters)
def test_only_the_tag_split_in_two_or_with_a_doer_ending(first, second):
    tag = first + second
    found = where(f"{first} {second}", tag)
    if found:
        assert "".join(found) == tag and len(first) >= 3
    text_found = where(first + second, first)
    if text_found:
        assert len(first) >= 4 and text_found == [first + second]
