"""Korean endings are left out of the words a message is matched by, but only where they
are endings: "드립니다" (the humble "give") is one, "핸드드립을" (hand drip, then a
particle) holds a word (see cjk.ending_straddle and text._layout)."""

from __future__ import annotations

import pytest
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization import cjk
from orchestrator.policy.customization.text import tokenize


def content(text: str) -> list[str]:
    return [t.surface for t in tokenize(text) if not cjk.cjk_stop("korean", t.fold)]


@pytest.mark.parametrize(("text", "words"), [
    ("핸드드립을", ["핸드", "드드", "드립"]),
    ("자료를 보내드립니다", ["자료", "보내"]),
    ("감사드립니다", ["감사"]),
    ("말씀드리고 싶습니다", ["말씀"]),
])
def test_endings_are_no_words_and_words_are_no_endings(text, words):
    assert content(text) == words


def test_a_word_spelled_with_ending_syllables_matches_the_notes():
    verdict = evaluate(batch(draft(
        "d", "예진님, 핸드드립을 좋아하신다고 들었어요. 원두별 추출 레시피 기능을 보여드리고 싶어요.",
        contact(first="예진", notes="핸드드립을 좋아하고, 원두별 추출 레시피를 정리한 블로그를 운영함."))))["d"]
    assert verdict.decision != "refuse", verdict.reasons
