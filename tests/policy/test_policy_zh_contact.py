"""A mutual contact written with their role in brackets is a name ("由刘敏（前同事）介绍").

Two letters, the first a common Chinese family name, right before a bracket: a person and
who they are. A message naming them names the mutual contact. Words that begin with a
family-name letter ("周年（2024）", "顾问（兼职）") are left out of the family names.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.cjk import CHINESE_FAMILY_NAMES, name_like
from orchestrator.policy.customization.text import tokenize


def verdict(text: str, notes: str) -> str:
    who = contact(first="静", last="李", company="光合教育", title="运营总监",
                  headline="运营总监 at 光合教育", notes=notes)
    return evaluate(batch(draft("d", text, who)))["d"].decision


@pytest.mark.parametrize(("text", "notes", "decision"), [
    ("李静你好，刘敏说你们以前一起做过项目，让我一定要来认识你", "由刘敏（前同事）介绍。", "allow"),
    ("李静你好，刘总说你很厉害，想认识你", "由刘敏（前同事）介绍。", "refuse"),
    ("李静你好，周年快乐！想认识你", "公司成立10周年（2024）。", "refuse"),
])
def test_a_mutual_contact_with_a_bracketed_role(text, notes, decision):
    assert verdict(text, notes) == decision


def _bigram(text: str, key: str):
    tokens = tokenize(text)
    return tokens, next(n for n, t in enumerate(tokens) if t.key == key)


def test_name_like_before_a_bracket():
    assert name_like("由刘敏（前同事）介绍。", *_bigram("由刘敏（前同事）介绍。", "刘敏"))
    assert not name_like("成立十周年（2024）", *_bigram("成立十周年（2024）", "周年"))
    assert not name_like("由刘敏介绍。", *_bigram("由刘敏介绍。", "刘敏"))


@settings(max_examples=100, deadline=None)
@given(st.sampled_from("周顾董韩高金方马万何任程"), st.sampled_from("年问事国层融案上"))
def test_word_starting_letters_are_no_family_names(first, second):
    assert first not in CHINESE_FAMILY_NAMES
    text = f"由{first}{second}（说明）"
    tokens, n = _bigram(text, first + second)
    assert not name_like(text, tokens, n)
