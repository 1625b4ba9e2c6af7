"""A recurring thing given another day of the week than the record's (R4), in any of the
nine languages and across them; the same day, a proposed day or a question is fine."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from policy.policy_helpers import decide

from orchestrator.policy.customization.text import tokenize
from orchestrator.policy.customization.weekdays import WEEKDAYS, weekdays_named

GROUP = "Hall hosts a Tuesday baby and toddler group of about 15 families."


@pytest.mark.parametrize(("notes", "text", "decision"), [
    (GROUP, "Glad your Thursday baby and toddler group now draws about 15 families.",
     "refuse"),
    (GROUP, "Glad your Tuesday baby and toddler group now draws about 15 families.", "allow"),
    (GROUP, "Could we visit your baby and toddler group on Thursday?", "allow"),
    ("Imparte un curso de torno para principiantes los sábados en Níjar.",
     "Un alumno mío quiere apuntarse a tu curso de torno de los domingos en Níjar.",
     "refuse"),
    ("Imparte un curso de torno para principiantes los sábados en Níjar.",
     "Un alumno mío quiere apuntarse a tu curso de torno de los sábados en Níjar.", "allow"),
    ("Runs a Saturday repair café in Kendal.",
     "Tu repair café de los martes en Kendal es una idea genial.", "refuse"),
    ("高级茶艺师；每周六在社区教白茶冲泡。", "听说您每周日在社区教白茶冲泡，很想请您品评我们的白茶。", "refuse"),
    ("高级茶艺师；每周六在社区教白茶冲泡。", "听说您每周六在社区教白茶冲泡，很想请您品评我们的白茶。", "allow"),
    ("毎週土曜日に朝市で野菜を売っている。", "毎週日曜日の朝市で野菜を売っていると伺いました。", "refuse"),
    ("직거래 장터 '토요 마르쉐 새빛'에 매주 참여; 시금치 전문.",
     "대표님, 일요일 새빛 장터에서 맛본 시금치가 정말 달았습니다.", "refuse"),
    ("직거래 장터 '토요 마르쉐 새빛'에 매주 참여; 시금치 전문.",
     "대표님, 토요일 새빛 장터에서 맛본 시금치가 정말 달았습니다.", "allow"),
])
def test_a_recurring_things_day(notes, text, decision):
    assert decide(notes, text) == decision


@pytest.mark.parametrize(("text", "days"), [
    ("la feira de terça-feira", [2]), ("每周一次", []), ("星期天的市集", [7]),
    ("토요일 장터", [6]), ("con Domenica Rossi", []), ("ogni domenica", [7]),
    # a market named by its day, short ("토요 마르쉐", "토요장터"); "수요" is demand
    ("'토요 마르쉐 새빛'", [6]), ("새빛 토요장터", [6]), ("시금치 수요가 많다", []),
    ("필요한 장터", []),
])
def test_the_days_named(text, days):
    tokens = tokenize(text)
    assert [day for _, day, _ in weekdays_named(text, tokens, range(len(tokens)), "")] == days


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(WEEKDAYS)))
def test_every_day_name_reads_as_its_day(name):
    text = f"the {name} market"
    tokens = tokenize(text)
    assert [day for _, day, _ in weekdays_named(text, tokens, range(len(tokens)), "")] \
        == [WEEKDAYS[name]]
