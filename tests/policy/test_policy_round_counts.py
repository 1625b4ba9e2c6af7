"""A count said as a round figure ("over two hundred stops") restates a recorded count near
it (212 stops) and contradicts one far from it (issue #14, R4)."""

from __future__ import annotations

import pytest
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate

NOTES = ("Wrote op-ed in Transit Weekly (Nov 2024): 'Why we killed 212 bus stops'. Stop "
         "consolidation on Line 6/7.")


def _verdict(said: str) -> str:
    text = f"Your Transit Weekly piece on removing {said} took guts. Did Lines 6 and 7 get faster?"
    return evaluate(batch(draft("d", text, contact(first="Teodor", notes=NOTES))))["d"].decision


@pytest.mark.parametrize("said", ["over two hundred stops", "two hundred stops",
                                  "212 stops", "some 200 stops"])
def test_a_round_figure_near_the_recorded_count_restates_it(said):
    assert _verdict(said) == "allow"


@pytest.mark.parametrize("said", ["five hundred stops", "150 stops", "two thousand stops"])
def test_a_figure_far_from_the_recorded_count_contradicts_it(said):
    assert _verdict(said) == "refuse"


def test_dozens_are_counted():
    notes = "Said their shrimp ponds in Ben Tre lose about 12% to low oxygen at night; 24 ponds."
    text = "Good to be connected, Ada. Twelve percent losses across {} ponds in Ben Tre is a lot."
    who = contact(first="Ada", notes=notes)
    assert evaluate(batch(draft("d", text.format("two dozen"), who)))["d"].decision == "allow"
    assert evaluate(batch(draft("d", text.format("five dozen"), who)))["d"].decision == "refuse"


@pytest.mark.parametrize(("notes", "wrong", "right"), [
    ("Son équipe a réduit le pH de leur shampoing solide à 5,5.",
     "Bonjour Ada, j'ai apprécié votre travail sur le shampoing solide à pH 7.",
     "Bonjour Ada, j'ai apprécié votre travail sur le shampoing solide à pH 5,5."),
    ("Led the ISO 9001 certification of the Tarn plant last spring.",
     "Ada, congrats on the ISO 14001 certification of the Tarn plant!",
     "Ada, congrats on the ISO 9001 certification of the Tarn plant!"),
])
def test_a_grade_named_by_a_label_and_another_number_contradicts(notes, wrong, right):
    who = contact(first="Ada", notes=notes)
    assert evaluate(batch(draft("d", wrong, who)))["d"].decision == "refuse"
    assert evaluate(batch(draft("d", right, who)))["d"].decision == "allow"
