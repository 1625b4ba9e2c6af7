"""Another person credited with the introduction is a wrong detail (R4). See
:mod:`orchestrator.policy.customization.mutual`."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate


def verdict_of(text: str, notes: str, first: str = "Ada"):
    return evaluate(batch(draft("d", text, contact(first=first, notes=notes))))["d"]


WRONG = [
    ("Intro via mutual contact Tomasz Wilk; hiring a kiln engineer in Stoke.",
     "Ada, Ilse Brandt suggested I reach out about your kiln engineer search in Stoke."),
    ("Introduced by Tomasz Wilk at the Stoke Ceramics Fair.",
     "Ada, our mutual friend Ilse Brandt said I should write about the Stoke Ceramics Fair."),
    ("Von Tomasz Wilk vorgestellt; sucht eine Ofeningenieurin in Selb.",
     "Hallo Ada, Ilse Brandt hat mir empfohlen, Sie wegen der Ofeningenieurin in Selb "
     "anzuschreiben."),
    ("Présentée par Tomasz Wilk ; cherche un ingénieur four à Limoges.",
     "Bonjour Ada, Ilse Brandt m'a conseillé de vous écrire au sujet de l'ingénieur four à "
     "Limoges."),
    ("Nos presentó Tomasz Wilk; busca ingeniero de hornos en Manises.",
     "Hola Ada, Ilse Brandt me recomendó escribirte por lo del ingeniero de hornos en "
     "Manises."),
]


@pytest.mark.parametrize(("notes", "text"), WRONG)
def test_another_introducer_than_the_recorded_one_is_refused(notes, text):
    verdict = verdict_of(text, notes)
    assert verdict.decision == "refuse"
    reason = verdict.reasons[0]
    assert reason.code == "no-specific-detail"
    assert "Ilse Brandt" in reason.message and "Tomasz Wilk" in reason.message


RIGHT = [
    # the recorded introducer, in full or by one name
    ("Intro via mutual contact Tomasz Wilk; hiring a kiln engineer in Stoke.",
     "Ada, Tomasz Wilk suggested I reach out about your kiln engineer search in Stoke."),
    ("Met at the Stoke Ceramics Fair; introduced by Tomasz Wilk.",
     "Ada, Tomasz introduced us at the Stoke Ceramics Fair - coffee next week?"),
    # a name the record holds is no introducer of another's
    ("Met at Stoke Ceramics; introduced by Tomasz Wilk.",
     "Ada, great that we were introduced at Stoke Ceramics, the kiln talk was fun."),
    # a record that names no introducer is not contradicted
    ("Hiring a kiln engineer in Stoke.",
     "Ada, Ilse Brandt suggested I reach out about your kiln engineer search in Stoke."),
]


@pytest.mark.parametrize(("notes", "text"), RIGHT)
def test_the_recorded_introducer_or_none_recorded_passes(notes, text):
    verdict = verdict_of(text, notes)
    assert verdict.decision != "refuse", verdict.reasons


NAMES = st.sampled_from(["Tomasz Wilk", "Ilse Brandt", "Marek Nowak", "Oona Harte",
                         "Piet Claes"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(recorded=NAMES, said=NAMES)
def test_property_only_another_introducer_clashes(recorded, said):
    notes = f"Intro via mutual contact {recorded}; hiring a kiln engineer in Stoke."
    text = f"Ada, {said} suggested I reach out about your kiln engineer search in Stoke."
    assert (verdict_of(text, notes).decision == "refuse") == (said != recorded)


@pytest.mark.parametrize(("notes", "text", "decision"), [
    # a title's point ends no sentence: the name after it is still the introducer's
    ("Was introduced to me by Dr. Tomasz Wilk at the Stoke Ceramics Fair.",
     "Ada, kind of Dr. Ilse Brandt to introduce us at the Stoke Ceramics Fair.", "refuse"),
    ("Was introduced to me by Dr. Tomasz Wilk at the Stoke Ceramics Fair.",
     "Ada, kind of Dr. Tomasz Wilk to introduce us at the Stoke Ceramics Fair.", "allow"),
    ("Prof. Tomasz Wilk wollte uns vorstellen; Thema Ofenbau in Selb.",
     "Hallo Ada, Prof. Ilse Brandt wollte uns vorstellen, wegen des Ofenbaus in Selb.",
     "refuse"),
])
def test_titles_and_infinitives_of_introducing(notes, text, decision):
    verdict = verdict_of(text, notes)
    assert (verdict.decision == "refuse") is (decision == "refuse"), verdict.reasons
