"""A percentage tied to the recorded word that the record gives with another value is a
contradiction (R4), in Latin-script languages as the CJK rule already had it ("consumption
by 25%" for "consumption by 40%"); the same value written otherwise ("40 %", "40 percent",
"cuarenta por ciento"), the sender's own figures and a figure beside no recorded word are
not. See :mod:`orchestrator.policy.customization.quantities`."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate
from orchestrator.policy.customization.quantities import quantities
from orchestrator.policy.customization.text import tokenize


def verdict_of(text: str, notes: str, first: str = "Tomasz"):
    return evaluate(batch(draft("d", text, contact(first=first, notes=notes))))["d"]


EN = "Wrote a thread on cutting his Kubernetes cluster's energy consumption by 40%."
ES = "Escribió un hilo sobre reducir un 40 % el consumo de energía de su clúster Kubernetes."
FR = "A publié un billet sur la hausse de 40 % de la fréquentation de sa médiathèque."

WRONG = [
    (EN, "Hi Tomasz, loved your thread on cutting your Kubernetes cluster's energy "
         "consumption by 25%.", "25%"),
    (ES, "Hola Tomasz, me encantó tu hilo sobre reducir un 25 % el consumo de energía de tu "
         "clúster Kubernetes.", "25 %"),
    (FR, "Bonjour Tomasz, votre billet sur la hausse de 15 pour cent de la fréquentation de "
         "votre médiathèque m'a marqué.", "15 pour cent"),
]


@pytest.mark.parametrize(("notes", "text", "said"), WRONG)
def test_another_percentage_of_the_recorded_thing_is_a_contradiction(notes, text, said):
    verdict = verdict_of(text, notes)
    assert verdict.decision == "refuse"
    assert any(said in r.message for r in verdict.reasons), verdict.reasons


RIGHT = [
    (EN, "Hi Tomasz, loved your thread on cutting your Kubernetes cluster's energy "
         "consumption by 40 %."),
    (EN, "Hi Tomasz, loved your thread on cutting your Kubernetes cluster's energy "
         "consumption by 40 percent."),
    (ES, "Hola Tomasz, me encantó tu hilo sobre reducir un 40% el consumo de energía de tu "
         "clúster Kubernetes."),
    # the sender's own figure, and a market figure beside no recorded word
    (EN, "Hi Tomasz, loved your thread on cutting your Kubernetes cluster's energy "
         "consumption by 40%. Our tool cut consumption by 25% at Acme."),
    (EN, "Hi Tomasz, loved your thread on cutting your Kubernetes cluster's energy "
         "consumption. The market grows 25% a year."),
]


@pytest.mark.parametrize(("notes", "text"), RIGHT)
def test_the_same_percentage_or_another_figure_passes(notes, text):
    verdict = verdict_of(text, notes)
    assert verdict.decision != "refuse", verdict.reasons


@pytest.mark.parametrize(("text", "value"), [
    ("by 40%", "40"), ("by 40 %", "40"), ("de 40 pour cent", "40"), ("um 12,5 Prozent", "12.5"),
    ("un 40 por ciento", "40"), ("del 40 per cento", "40"),
])
def test_a_percentage_is_read_with_its_sign_or_words(text, value):
    tokens = tokenize(text)
    found = quantities(text, tokens, range(len(tokens)), "english")
    assert [(q.value, q.shape) for q in found] == [(value, "percent")]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(1, 99), st.integers(1, 99), st.sampled_from(["%", " %", " percent"]))
def test_only_another_value_of_the_recorded_share_is_refused(recorded, said, sign):
    notes = f"Wrote a thread on cutting his Kubernetes cluster's energy consumption by {recorded}%."
    text = (f"Hi Tomasz, loved your thread on cutting your Kubernetes cluster's energy "
            f"consumption by {said}{sign}.")
    refused = verdict_of(text, notes).decision == "refuse"
    assert refused == (recorded != said)


# --- the record's percentage written apart from its word ------------------------------------

APART = "Blogged about return rates of his Lisbon shoe shop: 8.5% last year."


@pytest.mark.parametrize(("text", "decision"), [
    ("Olá Tomasz, aquela taxa de devolução de 5,8% da sua loja de sapatos em Lisboa me "
     "surpreendeu!", "allow"),  # Portuguese words: "return" is not matched, so no clash
    ("Hi Tomasz, an 5.8% return rate for your Lisbon shoe shop is impressive!", "refuse"),
    ("Hi Tomasz, an 8.5% return rate for your Lisbon shoe shop is impressive!", "allow"),
    ("Hi Tomasz, an 8,5 % return rate for your Lisbon shoe shop is impressive!", "allow"),
])
def test_the_percentage_the_record_gives_its_word_apart(text, decision):
    assert verdict_of(text, APART).decision == decision


@pytest.mark.parametrize("notes", [
    # Another thought: the percentage after a semicolon is another fact.
    "Blogged about return rates of his Lisbon shoe shop; 8.5% of his staff are students.",
    # Two percentages in one sentence: which is the return rate is unknown.
    "Blogged about return rates of his Lisbon shoe shop: 8.5% online, 2% in store.",
])
def test_no_clash_when_the_record_does_not_tie_its_percentage(notes):
    text = "Hi Tomasz, an 5.8% return rate for your Lisbon shoe shop is impressive!"
    assert verdict_of(text, notes).decision == "allow"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=99))
def test_a_percentage_apart_clashes_exactly_when_it_differs(said, recorded_value):
    notes = f"Wrote about the churn rate of Baltic telecom operators: {recorded_value}%."
    text = f"Hi Tomasz, your {said}% churn rate of Baltic telecom operators is remarkable."
    decision = verdict_of(text, notes).decision
    assert decision == ("allow" if said == recorded_value else "refuse")
