"""A month that contradicts the record's month for the same occasion is a wrong detail
(R4); another year beside the recorded one is another edition, not a wrong one.

"Content de vous avoir croisé à Rungis en juin" for notes "Rencontré à Rungis en janvier";
"6月に..." for "1月に...". A plan or a question ("on se revoit en juin ?"), the sender's own
clause, a month the record gives, and relative time words ("this year", "last week") never
clash.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.months import _month_of, cjk_months
from orchestrator.policy.customization.text import tokenize


def verdict_of(text: str, notes: str, first: str = "Ada", subject: str | None = None):
    return evaluate(batch(draft("d", text, contact(first=first, notes=notes),
                                subject=subject)))["d"]


CLASHES = [
    ("Ada, content de vous avoir croisée au salon Sirha à Lyon en juin !",
     "Rencontrée au salon Sirha à Lyon en janvier."),
    ("Ada, great meeting you at the Whitby Seafood Show in October.",
     "Met at the Whitby Seafood Show in March."),
    ("Hallo Ada, schön, dass wir uns im Mai auf der Möbelmesse in Ostwestfalen getroffen haben.",
     "Im September auf der Möbelmesse in Ostwestfalen getroffen."),
    ("Hola Ada, un gusto conocerte en la feria Fruit Attraction de Madrid en abril.",
     "Nos conocimos en la feria Fruit Attraction de Madrid en octubre."),
    ("Ciao Ada, è stato bello conoscerti al Salone del Mobile di Milano a novembre.",
     "Conosciuta al Salone del Mobile di Milano ad aprile."),
    ("Olá Ada, foi ótimo conhecê-la na feira Intermoda em Lisboa em maio.",
     "Conhecemo-nos na feira Intermoda em Lisboa em fevereiro."),
    ("Hoi Ada, leuk je in juni op de Horecava in Amsterdam te ontmoeten.",
     "Ontmoet op de Horecava in Amsterdam in januari."),
    ("Ada様、6月に東京ビッグサイトの展示会でお会いできて光栄でした。",
     "1月に東京ビッグサイトの展示会で名刺交換。"),
    ("Ada您好，很高兴六月在广交会上认识您，聊了很多陶瓷出口的事。", "三月在广交会上认识，聊了陶瓷出口。"),
    # the notes date the occasion in a list of its sentence, not in its clause
    ("Ada, I enjoyed your talk on kelp drying at the Algae Days in June.",
     "Gave a talk on kelp drying (Algae Days, Bodø, September 2025)."),
    ("Hallo Ada, Ihr Vortrag über Tangtrocknung bei den Algentagen im Juni war klasse.",
     "Vortrag über Tangtrocknung gehalten (Algentage, Bodø, September 2025)."),
]


@pytest.mark.parametrize(("text", "notes"), CLASHES)
def test_another_month_for_the_recorded_occasion_is_refused(text, notes):
    verdict = verdict_of(text, notes)
    assert verdict.decision == "refuse"
    assert verdict.reasons[0].code == "no-specific-detail"


AGREES = [
    # the recorded month
    ("Ada, content de vous avoir croisée au salon Sirha à Lyon en janvier !",
     "Rencontrée au salon Sirha à Lyon en janvier."),
    # a proposal, not a memory
    ("Ada, content de vous avoir croisée au salon Sirha à Lyon en janvier ! On se revoit à "
     "Lyon en juin ?", "Rencontrée au salon Sirha à Lyon en janvier."),
    # relative time words: the record fixes no such time
    ("Ada, great meeting you at the Whitby Seafood Show last week.",
     "Met at the Whitby Seafood Show in March."),
    ("Ada, great meeting you at the Whitby Seafood Show this year.",
     "Met at the Whitby Seafood Show in March."),
    # the sender's own plan
    ("Ada, great meeting you at the Whitby Seafood Show in March. We will exhibit at the "
     "Whitby Seafood Show again in October.", "Met at the Whitby Seafood Show in March."),
    # a reported clause dates the saying
    ("Ada, you told me in May that the Whitby Seafood Show stands sold out fast.",
     "Met at the Whitby Seafood Show in March."),
    # a month the record does not tie to that occasion
    ("Ada, great meeting you at the Whitby Seafood Show in October.",
     "Met at the Whitby Seafood Show. Spoke in March about smoked haddock."),
    # a sentence of the notes with two months ties neither to the occasion
    ("Ada, great meeting you at the Whitby Seafood Show in October.",
     "Met at the Whitby Seafood Show, then calls in March and May about smoked haddock."),
]


@pytest.mark.parametrize(("text", "notes"), AGREES)
def test_a_month_that_does_not_contradict_passes(text, notes):
    verdict = verdict_of(text, notes)
    assert verdict.decision != "refuse", verdict.reasons


def test_the_recorded_edition_given_makes_another_year_the_next_one():
    notes = "Participou numa regata solidária nossa em 2024."
    text = ("Olá Ada, obrigado por ter participado na nossa regata solidária de 2024! Este ano "
            "repetimos em outubro e adorávamos contar consigo outra vez.")
    assert verdict_of(text, notes, subject="Regata solidária 2025").decision != "refuse"
    wrong = "Olá Ada, foi bom vê-la na regata solidária de 2022!"
    assert verdict_of(wrong, notes).decision == "refuse"


@pytest.mark.parametrize(("word", "language", "month"), [
    ("juin", "french", 6), ("May", "english", 5), ("mai", "french", 5), ("mei", "dutch", 5),
    ("März", "german", 3), ("outubro", "portuguese", 10)])
def test_month_names(word, language, month):
    assert _month_of(tokenize(word)[0], language) == month


@pytest.mark.parametrize(("word", "language"), [("may", "english"), ("mai", "italian"),
                                                ("mar", "spanish")])
def test_words_that_are_not_months_there(word, language):
    assert _month_of(tokenize(word)[0], language) is None


def test_cjk_months_and_not_durations():
    assert [m for m, _, _ in cjk_months("6月に、十二月にも、6월")] == [6, 12, 6]
    assert cjk_months("6ヶ月、6개월、六个月") == []


@settings(max_examples=24, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["January", "March", "June", "September"]),
       st.sampled_from(["January", "March", "June", "September"]))
def test_property_only_another_month_clashes(recorded, said):
    notes = f"Met at the Whitby Seafood Show in {recorded}."
    verdict = verdict_of(f"Ada, great meeting you at the Whitby Seafood Show in {said}.", notes)
    assert (verdict.decision == "refuse") == (recorded != said)


@pytest.mark.parametrize(("text", "notes"), [
    ("Olá Ada, obrigado pela regata solidária de setembro! A regata solidária deste ano é em "
     "outubro.", "Participou na regata solidária em setembro."),
    ("Ada, merci pour la régate solidaire de septembre ! La régate solidaire de cette année "
     "aura lieu en octobre.", "A participé à la régate solidaire en septembre."),
    ("Ada様、9月のチャリティーレガッタではありがとうございました。今年のチャリティーレガッタは10月です。",
     "9月にチャリティーレガッタに参加。"),
])
def test_a_clause_dating_another_edition_is_no_clash(text, notes):
    assert verdict_of(text, notes).decision != "refuse"


def test_this_right_before_the_month_only_dates_it():
    notes = "Met at the Whitby Seafood Show in March."
    text = "Ada, great meeting you this October at the Whitby Seafood Show."
    assert verdict_of(text, notes).decision == "refuse"


def test_may_asking_is_no_month():
    notes = "Met at the Whitby Seafood Show in March."
    text = "Ada, May I send you the notes from the Whitby Seafood Show stand."
    assert verdict_of(text, notes).decision != "refuse"


@pytest.mark.parametrize(("text", "notes", "refused"), [
    # the month in the message's language, the notes' in theirs: one piece of two
    ("Jisoo, good luck with the November launch of the museum's new mobile app!",
     "부산 근대역사관 모바일 앱 리뉴얼, 11월 출시 예정.", False),
    ("Paulo, sinto muito pela geada de julho, perder 40% da lavoura é duro.",
     "Posted that the July frost destroyed 40% of his coffee crop.", False),
    # a month alone is not enough
    ("Paulo, que mês de julho, hein!", "Posted that the July frost destroyed 40% of his coffee "
     "crop.", True),
])
def test_a_month_named_across_languages_is_a_piece(text, notes, refused):
    verdict = evaluate(batch(draft("d", text, contact(first="Paulo", notes=notes))))["d"]
    assert (verdict.decision == "refuse") is refused, verdict.reasons
