"""Right event or thing, wrong year, count, city or number (R4), where the figure sits in a
clause of the sender and the reader together ("dass wir uns 2019 ... unterhalten haben"), is
written as a word for the tens ("dreißig Mitarbeiter"), follows a fused Italian or Portuguese
preposition ("al Salone ... di Perugia"), or is written without spaces (see
:mod:`orchestrator.policy.customization.cjk_numbers`)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.cjk import GENERIC_BIGRAMS
from orchestrator.policy.customization.cjk_numbers import clash


def verdict_of(text: str, notes: str, first: str = "Ada"):
    return evaluate(batch(draft("d", text, contact(first=first, notes=notes))))["d"]


WRONG = [
    # a year in the clause "we" met or talked in: the reader's too
    ("Met us at the Harwick Craft Fair 2021 and talked about kilns.",
     "Ada, great that we talked about kilns at the Harwick Craft Fair 2018!", "2018"),
    ("Hat 2023 die Bootsmesse Kiel besucht und mit uns über Segeltuch gesprochen.",
     "Hallo Ada, schön, dass wir uns 2020 auf der Bootsmesse Kiel über Segeltuch unterhalten "
     "haben.", "2020"),
    # tens written as words
    ("Runs a bakery with forty employees in Tarrant.",
     "Ada, impressive that your Tarrant bakery now has seventy employees.", "seventy"),
    ("Dirige una cooperativa con cincuenta socios en Jaén.",
     "Hola Ada, enhorabuena por los noventa socios de tu cooperativa en Jaén.", "noventa"),
    # a fused preposition before the occasion
    ("Conosciuto alla Fiera del Tartufo di Alba 2023.",
     "Ciao Ada, piacere di averti conosciuto al Fiera del Tartufo di Acqui!", "Acqui"),
    # CJK numbers beside the recorded words
    ("創業85年の味噌蔵。", "はじめまして。創業150年の味噌蔵、素晴らしいですね。", "150"),
    ("在2022年杭州茶博会上分享过龙井的制作。", "您好，2019年杭州茶博会上您分享的龙井制作让我印象深刻。", "2019"),
    ("작년 매장 전기 사용량 20% 절감.", "안녕하세요, 작년에 매장 전기 사용량을 40%나 줄이셨다니 놀랍습니다.", "40"),
]


@pytest.mark.parametrize(("notes", "text", "said"), WRONG)
def test_the_wrong_figure_is_refused(notes, text, said):
    verdict = verdict_of(text, notes)
    assert verdict.decision == "refuse"
    assert any(said in r.message for r in verdict.reasons), verdict.reasons


RIGHT = [
    ("Met us at the Harwick Craft Fair 2021 and talked about kilns.",
     "Ada, great that we talked about kilns at the Harwick Craft Fair 2021!"),
    ("Runs a bakery with forty employees in Tarrant.",
     "Ada, impressive that your Tarrant bakery has forty employees."),
    ("Conosciuto alla Fiera del Tartufo di Alba 2023.",
     "Ciao Ada, piacere di averti conosciuto alla Fiera del Tartufo di Alba!"),
    ("創業85年の味噌蔵。", "はじめまして。創業85年の味噌蔵、素晴らしいですね。"),
    ("작년 매장 전기 사용량 20% 절감.", "안녕하세요, 작년에 매장 전기 사용량을 20%나 줄이셨다니 놀랍습니다."),
    # the sender's own visit to another edition is no claim about the reader's
    ("Ran the Fenwick Fair 2023 in Leeds.",
     "Ada, congrats on running the Fenwick Fair! I enjoyed the 2021 Fenwick Fair too."),
    # a time ago is no count of the thing
    ("5年前在成都的熊猫科技论坛上认识。", "您好，3年前在成都的熊猫科技论坛上认识您。"),
]


@pytest.mark.parametrize(("notes", "text"), RIGHT)
def test_the_recorded_figure_passes(notes, text):
    verdict = verdict_of(text, notes)
    assert verdict.decision != "refuse", verdict.reasons


def test_the_senders_own_number_is_no_clash():
    assert clash("저희는 작년에 전기 사용량을 40% 줄였습니다.", [(0, 30)],
                 "작년 매장 전기 사용량 20% 절감.", GENERIC_BIGRAMS) is None


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(2, 400), st.integers(2, 400), st.sampled_from(["創業{}年の蔵", "肥料の使用量を{}%削減"]))
def test_cjk_numbers_clash_exactly_when_the_value_differs(said, recorded, shape):
    text = "はじめまして。" + shape.format(said) + "、すごいですね。"
    notes = shape.format(recorded) + "。"
    found = clash(text, [(0, len(text))], notes, GENERIC_BIGRAMS)
    assert (found is not None) == (said != recorded)


@pytest.mark.parametrize(("said", "decision"), [("400FEU", "refuse"), ("40FEU", "allow"),
                                                  ("400 FEU", "refuse")])
def test_a_figure_with_a_latin_unit_in_cjk_text_is_compared(said, decision):
    notes = "칭다오→부산 철강 코일 월 40FEU"
    text = (f"강태오 팀장님, 월 {said} 규모의 칭다오발 철강 코일 물량이면 장기 계약 운임을 "
            "제안드릴 수 있습니다.")
    verdict = evaluate(batch(draft("d", text, contact(first="태오", notes=notes))))["d"]
    assert verdict.decision == decision, verdict.reasons
