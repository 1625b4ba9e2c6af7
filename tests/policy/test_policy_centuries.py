"""A recorded thing put in another century, written in Roman numerals (R4): see
:mod:`orchestrator.policy.customization.centuries`."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from policy.policy_helpers import decide

from orchestrator.policy.customization.centuries import _roman

# notes, the message with {} for its century, the recorded century, another one
CASES = [
    ("Escribió la tesis sobre campaneros del siglo XVIII en Galicia.",
     "Hola Ada, tu tesis sobre los campaneros del siglo {} en Galicia es una referencia.",
     "XVIII", "XIX"),
    ("Escreveu a tese sobre sineiros do século XVIII no Minho.",
     "Olá Ada! A sua tese sobre os sineiros do século {} no Minho é uma referência.",
     "XVIII", "XIX"),
    ("A écrit sa thèse sur les sonneurs de cloches du XVIIIe siècle en Bretagne.",
     "Bonjour Ada, votre thèse sur les sonneurs de cloches du {}e siècle en Bretagne est une "
     "référence.", "XVIII", "XIX"),
    ("Ha scritto la tesi sui campanari del XVIII secolo in Friuli.",
     "Ciao Ada, la tua tesi sui campanari del {} secolo in Friuli è un riferimento.",
     "XVIII", "XIV"),
]


@pytest.mark.parametrize(("notes", "text", "recorded", "other"), CASES)
def test_another_century_of_the_recorded_thing_is_refused(notes, text, recorded, other):
    assert decide(notes, text.format(other)) == "refuse"
    assert decide(notes, text.format(recorded)) == "allow"


def test_a_century_of_something_else_says_nothing():
    notes = "Escribió la tesis sobre campaneros del siglo XVIII en Galicia."
    text = ("Hola Ada, tu tesis sobre los campaneros gallegos me encantó; restauramos una "
            "campana del siglo XIX.")
    assert decide(notes, text) == "allow"


_NUMERALS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
             "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI"]


@given(st.integers(min_value=1, max_value=21), st.sampled_from(["", "e", "ème", "º"]))
def test_roman_numerals_read_as_their_century(century, ending):
    assert _roman(_NUMERALS[century - 1] + ending) == century


@pytest.mark.parametrize("word", ["Ada", "XXX", "MIX", "xix", "IIII V"])
def test_other_words_are_no_century(word):
    assert _roman(word) is None
