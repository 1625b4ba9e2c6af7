"""Numbers spelled out in words read as the digits the notes have: see
:mod:`orchestrator.policy.customization.spelled`."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from policy.policy_helpers import decide

from orchestrator.policy.customization.spelled import spelled_numbers

_UNITS = "one two three four five six seven eight nine".split()
_TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
          "nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def english(n: int) -> str:
    """``n`` (1-999) in English words, "and" after the hundreds as British English has it."""
    words = []
    if n >= 100:
        words += [_UNITS[n // 100 - 1], "hundred"]
        n %= 100
        if n:
            words.append("and")
    if n >= 20:
        tens = _TENS[n // 10 - 2]
        words.append(f"{tens}-{_UNITS[n % 10 - 1]}" if n % 10 else tens)
    elif n >= 10:
        words.append(_TEENS[n - 10])
    elif n:
        words.append(_UNITS[n - 1])
    return " ".join(words)


@given(st.integers(min_value=21, max_value=999).filter(lambda n: n % 10 and n % 100 > 20))
def test_an_english_number_reads_as_its_digits_and_keeps_its_length(n):
    said = f"about {english(n)} kites"
    read = spelled_numbers(said)
    assert len(read) == len(said)
    assert int(read.split()[1]) == n


@pytest.mark.parametrize(("said", "value"), [
    ("quinhentos e quarenta azulejos", 540), ("doscientos treinta socios", 230),
    ("cinq cent quarante ruches", 540), ("quatre-vingt-dix-huit ruches", 98),
    ("vingt et un jours", 21), ("fünfhundertvierzig Bienen", 540),
    ("vierundzwanzig Stunden", 24), ("cinquecentoquaranta piastrelle", 540),
    ("trentotto anni", 38), ("dos mil veinticuatro", 2024),
    ("two thousand and twenty-four", 2024), ("the thirty-two-lever frame", 32),
])
def test_numbers_in_six_languages(said, value):
    read = spelled_numbers(said)
    assert len(read) == len(said)
    assert value in [int(part) for part in re.findall(r"\d+", read)]


@pytest.mark.parametrize("said", [
    "two or three kites", "two and three", "twelve kites", "two hundred stops",
    "fifteen hundred kites", "doscientos socios", "Trent Bridge", "undone", "sette otto",
    "ninety cent coffee",
])
def test_single_words_lists_and_round_figures_stay_words(said):
    assert spelled_numbers(said) == said


@pytest.mark.parametrize(("notes", "text"), [
    ("Publicou um fio sobre o painel de azulejos da estação de Vale de Covas (1931), com 540 "
     "azulejos.", "olá Ada! o teu fio sobre o painel da estação de Vale de Covas está "
                  "incrível. quinhentos e quarenta azulejos contados um a um?"),
    ("Gave a talk in York on bringing the 32-lever frame at Trescombe box back into use.",
     "Ada, your York talk on bringing the thirty-two-lever frame at Trescombe back into use "
     "was the best session."),
])
def test_the_recorded_number_spelled_out_is_no_contradiction(notes, text):
    assert decide(notes, text) == "allow"
    wrong = text.replace("quarenta", "trinta").replace("thirty-two", "thirty-six")
    assert decide(notes, wrong) == "refuse"
