"""A better result than the record gives (R4): the message credits the reader with a win
("congrats on winning the Tollgate Cup") when the record states a placing short of one
("finished second", "finalista", "準優勝"). See
:mod:`orchestrator.policy.customization.placings`.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.placings import _record_result


def verdict_of(text: str, notes: str, first: str = "Ada"):
    return evaluate(batch(draft("d", text, contact(first=first, notes=notes))))["d"]


def refusal(verdict):
    return next(r for r in verdict.reasons if r.code == "no-specific-detail")


# Each: notes, a message crediting a win, what the reason quotes from each side.
BETTER_RESULTS = [
    ("Her quiz team Owlbear came runner-up at the Tollgate Cup in Leeds.",
     "Ada, congratulations to Owlbear on winning the Tollgate Cup in Leeds!",
     "winning the Tollgate Cup", "runner-up"),
    ("Shortlisted for the Lindqvist Prize for the bridge design over the Esk.",
     "Ada, congrats on winning the Lindqvist Prize for the bridge over the Esk!",
     "winning the Lindqvist Prize", "Shortlisted"),
    ("Su coro quedó en segundo puesto en el certamen coral de Tolosa.",
     "Hola Ada, enhorabuena al coro por ganar el certamen coral de Tolosa.",
     "ganar el certamen coral", "segundo puesto"),
    ("Il suo birrificio ha vinto la medaglia d'argento al concorso Birra dell'Anno a Rimini.",
     "Ciao Ada, complimenti per il primo posto del birrificio al concorso Birra dell'Anno a "
     "Rimini!", "primo posto", "medaglia d'argento"),
    ("Ihre Band wurde Dritter beim Bandcontest Rheinklang in Mainz.",
     "Hallo Ada, Glückwunsch zum Sieg beim Bandcontest Rheinklang in Mainz!",
     "Sieg beim Bandcontest Rheinklang", "wurde Dritter"),
    ("Sa cave a obtenu une médaille de bronze au concours des vins de Mâcon.",
     "Bonjour Ada, bravo pour la médaille d'or au concours des vins de Mâcon !",
     "médaille d'or", "médaille de bronze"),
    ("学生队在全省数学建模竞赛中获得季军。",
     "您好，恭喜学生队在全省数学建模竞赛中夺得冠军！", "冠军", "季军"),
    ("합창단이 전국 합창 대회에서 장려상을 받았다.",
     "안녕하세요, 합창단의 전국 합창 대회 우승을 축하드립니다!", "우승", "장려상"),
    # "the gold" said short, with the article the language elides or contracts
    ("Ha vinto la medaglia d'argento per la viola al concorso di Cremona 2023.",
     "Complimenti Ada per l'oro con la viola al concorso di Cremona!", "oro", "medaglia d'argento"),
    ("Ganó la medalla de plata con su viola en el concurso de Cremona 2023.",
     "¡Enhorabuena Ada por el oro con la viola en el concurso de Cremona!", "oro",
     "medalla de plata"),
    ("Ganhou a medalha de prata com a viola no concurso de Cremona 2023.",
     "Parabéns Ada pelo ouro com a viola no concurso de Cremona!", "ouro", "medalha de prata"),
    ("A remporté la médaille d'argent pour son alto au concours de Crémone 2023.",
     "Bravo Ada pour l'or avec votre alto au concours de Crémone !", "l'or", "médaille d'argent"),
]


@pytest.mark.parametrize(("notes", "text", "said", "recorded"), BETTER_RESULTS)
def test_a_win_the_record_does_not_give_is_a_contradiction(notes, text, said, recorded):
    verdict = verdict_of(text, notes)
    assert verdict.decision == "refuse"
    message = refusal(verdict).message
    assert said in message and recorded in message


@pytest.mark.parametrize(("notes", "text"), [
    # The record says they won.
    ("Her quiz team Owlbear won the Tollgate Cup in Leeds.",
     "Ada, congratulations to Owlbear on winning the Tollgate Cup in Leeds!"),
    # The message says the record's result, or one it implies.
    ("Her quiz team Owlbear came runner-up at the Tollgate Cup in Leeds.",
     "Ada, congratulations to Owlbear on the runner-up spot at the Tollgate Cup in Leeds!"),
    ("Her quiz team Owlbear were finalists at the Tollgate Cup in Leeds.",
     "Ada, congratulations to Owlbear on reaching the final of the Tollgate Cup in Leeds!"),
    # The win is the sender's, or missed.
    ("Her quiz team Owlbear came runner-up at the Tollgate Cup in Leeds.",
     "Ada, we won the Tollgate Cup in Leeds years ago, so Owlbear's run made me smile."),
    ("Her quiz team Owlbear came runner-up at the Tollgate Cup in Leeds.",
     "Ada, Owlbear came so close to winning the Tollgate Cup in Leeds - what a final!"),
    # Someone else's win, or another occasion.
    ("Her quiz team Owlbear came runner-up at the Tollgate Cup in Leeds.",
     "Ada, Owlbear's run at the Tollgate Cup in Leeds was great; Bramble Quizzers won the "
     "Harrow Shield."),
    # A win of something else than a contest.
    ("Her quiz team Owlbear came runner-up at the Tollgate Cup in Leeds.",
     "Ada, Owlbear's run at the Tollgate Cup in Leeds was great, and I hear you won a big "
     "contract too."),
    ("全国ロボット大会で準優勝、チーム名はギアヘッズ。",
     "こんにちは、ギアヘッズの全国ロボット大会準優勝おめでとうございます！"),
])
def test_no_contradiction_when_the_win_is_not_claimed_against_the_record(notes, text):
    verdict = verdict_of(text, notes)
    assert not any("record says" in r.message for r in verdict.reasons), verdict.reasons


@pytest.mark.parametrize(("written", "placing"), [
    ("Finished second at the Northern Clash.", "Finished second"),
    ("Won second place at the Northern Clash.", "Won second place"),
    ("Won the Northern Clash.", None),
    ("Runner-up at the Northern Clash; won the Southern Clash.", None),
    ("Third year at the Northern Clash.", None),
    ("準優勝", "準優勝"), ("優勝", None), ("준우승", "준우승"), ("亚军", "亚军"),
    ("", None),
])
def test_the_record_result(written, placing):
    assert _record_result(written) == placing


EVENTS = ["Tollgate Cup", "Kestrel Regatta", "Harrowgate Hackathon", "Ferrous Robot Rumble"]
PLACINGS = ["finished second at", "came third at", "were runners-up at", "were finalists at",
            "got an honourable mention at", "took the bronze at"]
WIN_PHRASES = ["on winning the {e}", "on your win at the {e}", "on first place at the {e}",
               "on the gold medal at the {e}"]
MATCHING_PHRASES = ["on the {e}", "on your run at the {e}", "on a great {e}"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(EVENTS), st.sampled_from(PLACINGS), st.sampled_from(WIN_PHRASES),
       st.sampled_from(["Ada", "Rui", "Mei"]))
def test_a_credited_win_against_a_recorded_placing_always_refuses(event, placing, phrase,
                                                                   first):
    notes = f"Her team Quillbacks {placing} the {event} this spring."
    text = f"Hi {first}, congrats to the Quillbacks {phrase.format(e=event)}!"
    verdict = verdict_of(text, notes, first=first)
    assert verdict.decision == "refuse"
    assert "record says" in refusal(verdict).message


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(EVENTS), st.sampled_from(PLACINGS + ["won"]),
       st.sampled_from(MATCHING_PHRASES), st.sampled_from(["Ada", "Rui", "Mei"]))
def test_the_same_message_without_a_win_is_allowed(event, placing, phrase, first):
    notes = f"Her team Quillbacks {placing} the {event} this spring."
    text = f"Hi {first}, congrats to the Quillbacks {phrase.format(e=event)}!"
    assert verdict_of(text, notes, first=first).decision == "allow"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(EVENTS), st.sampled_from(WIN_PHRASES), st.sampled_from(["Ada", "Rui"]))
def test_a_recorded_win_is_never_contradicted(event, phrase, first):
    notes = f"Her team Quillbacks won the {event} this spring."
    text = f"Hi {first}, congrats to the Quillbacks {phrase.format(e=event)}!"
    assert verdict_of(text, notes, first=first).decision == "allow"


@pytest.mark.parametrize(("notes", "text"), [
    ("Ha vinto la medaglia d'oro per la viola al concorso di Cremona 2023.",
     "Complimenti Ada per l'oro con la viola al concorso di Cremona!"),
    ("Lavora come liutaio a Cremona; ha finito una viola per il concorso 2023.",
     "Ada, ho visto il lavoro sulla viola per il concorso 2023 a Cremona."),
])
def test_the_gold_the_record_gives_or_no_gold_at_all_is_no_better_result(notes, text):
    assert verdict_of(text, notes).decision == "allow"
