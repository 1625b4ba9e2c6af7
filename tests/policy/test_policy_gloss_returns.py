"""Returns and the UK survive translation; a topic of the sender's own offer is no bridge.

"英国站的退货翻了一倍" for notes "their UK returns doubled" says the reader's detail in other
words: two pieces of the gloss. "我们在英国有仓，专注退货处理" is the sender's pitch: the
same words, said for the company, bring nothing about the reader.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.crosslang import _company_says, topics
from orchestrator.policy.customization.text import tokenize

NOTES = "Posted on LinkedIn that their UK returns doubled after Black Friday."


def verdict(text: str) -> str:
    who = contact(first="琳", last="萧", company="萧氏家纺", title="电商经理",
                  headline="电商经理 at 萧氏家纺", notes=NOTES)
    return evaluate(batch(draft("d", text, who)))["d"].decision


@pytest.mark.parametrize(("text", "decision"), [
    ("萧琳您好，看到您说英国站的退货在黑五后翻了一倍，我们或许能帮上忙。", "allow"),
    ("萧琳您好，我们是跨海通，在英国有仓，专注为跨境电商卖家提供退货处理服务。", "refuse"),
    ("萧琳您好，您在英国的业务一定很忙吧！期待交流。", "refuse"),  # one piece
])
def test_uk_returns_in_chinese(text, decision):
    assert verdict(text) == decision


def test_the_gloss_knows_returns_and_the_uk():
    assert len(topics(NOTES, "english")) == 2
    assert len(topics("英国站的退货", "chinese")) == 2
    assert len(topics("영국 반품", "korean")) == 2


@pytest.mark.parametrize(("text", "word", "company"), [
    ("我们是跨海通，在英国有仓。", "英国", True),
    ("您说英国站的退货翻了一倍，我们在英国有仓。", "英国", False),  # the first one
    ("We run warehouses in Britain.", "britain", True),
    ("Your Britain launch. We run warehouses.", "britain", False),
])
def test_company_says(text, word, company):
    tokens = tokenize(text)
    i = next(n for n, t in enumerate(tokens) if word in t.fold)
    assert _company_says(text, tokens, i) is company


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(("您", "看到您", "您说")), st.sampled_from(("英国", "退货", "英国站")))
def test_a_readers_sentence_before_any_we_is_the_readers(lead, word):
    text = f"{lead}{word}的情况。我们有仓。"
    tokens = tokenize(text)
    i = next(n for n, t in enumerate(tokens) if word[:2] in t.fold)
    assert not _company_says(text, tokens, i)
