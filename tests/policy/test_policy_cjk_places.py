"""The right occasion in another city, in Chinese and Japanese shapes the place rules had not
read (R4): a year before the place ("在2023年昆明X论坛上") and the place right after a Japanese
occasion ("酒蔵サミット新潟で"). See :mod:`orchestrator.policy.customization.cjk_facts`."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.cjk_facts import places


def verdict_of(text: str, notes: str, first: str = "Ada"):
    return evaluate(batch(draft("d", text, contact(first=first, notes=notes))))["d"]


OTHER_CITY = [
    ("在2022年成都咖啡论坛上分享过手冲技巧。", "您好，在2022年重庆咖啡论坛上听了您的手冲技巧分享，很受启发。", "重庆"),
    ("味噌フェア2023（仙台）で名刺交換した。", "はじめまして。味噌フェア盛岡ではお世話になりました。", "盛岡"),
]


@pytest.mark.parametrize(("notes", "text", "said"), OTHER_CITY)
def test_another_city_is_a_contradiction(notes, text, said):
    verdict = verdict_of(text, notes)
    assert verdict.decision == "refuse"
    assert any(said in r.message for r in verdict.reasons), verdict.reasons


SAME_CITY = [
    ("在2022年成都咖啡论坛上分享过手冲技巧。", "您好，在2022年成都咖啡论坛上听了您的手冲技巧分享，很受启发。"),
    ("味噌フェア2023（仙台）で名刺交換した。", "はじめまして。味噌フェア仙台ではお世話になりました。"),
    # a day, not a place
    ("味噌フェア2023（仙台）で名刺交換した。", "はじめまして。味噌フェア当日では名刺交換ありがとうございました。"),
]


@pytest.mark.parametrize(("notes", "text"), SAME_CITY)
def test_the_recorded_city_passes(notes, text):
    verdict = verdict_of(text, notes)
    assert verdict.decision != "refuse", verdict.reasons


_CITIES = st.sampled_from(["成都", "重庆", "昆明", "杭州", "苏州"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_CITIES, st.integers(2015, 2025))
def test_a_year_before_the_place_reads_the_place(city, year):
    found = places(f"在{year}年{city}咖啡论坛上认识")
    assert any(f.what == city and "论坛" in f.about for f in found)
