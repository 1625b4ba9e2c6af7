"""The reader put on the other side of a competition: "congrats on being shortlisted" to a
juror, "thanks for judging" to a finalist (R4). A message that keeps the record's side, or
speaks of the sender's own entry, is fine."""

from __future__ import annotations

import pytest
from policy.policy_helpers import decide

JUROR = "Was on the jury of the Golden Loom textile award 2023."
FINALIST = "Shortlisted for the Golden Loom textile award 2023 with her indigo rugs."


@pytest.mark.parametrize(("notes", "text", "decision"), [
    (JUROR, "Congrats on being shortlisted for the Golden Loom award in 2023!", "refuse"),
    (JUROR, "Congratulations on winning the Golden Loom award in 2023!", "refuse"),
    (JUROR, "Thanks for your time on the Golden Loom jury in 2023.", "allow"),
    (JUROR, "I was shortlisted for the Golden Loom award in 2023, so your jury notes meant "
            "a lot.", "allow"),
    (FINALIST, "Thanks for judging the Golden Loom award in 2023!", "refuse"),
    (FINALIST, "Congrats on being shortlisted for the Golden Loom award with your indigo "
               "rugs!", "allow"),
    (FINALIST, "Judging by your indigo rugs, the Golden Loom shortlist was well deserved.",
     "allow"),
    ("Fue jurado del premio Telar de Oro 2023.",
     "¡Enhorabuena por ser finalista del premio Telar de Oro 2023!", "refuse"),
    ("Fue jurado del premio Telar de Oro 2023.",
     "Gracias por su trabajo como jurado del premio Telar de Oro 2023.", "allow"),
    ("去年担任金梭奖评委。", "恭喜您入围金梭奖！", "refuse"),
    ("去年担任金梭奖评委。", "感谢您去年担任金梭奖评委。", "allow"),
])
def test_a_competitions_sides(notes, text, decision):
    assert decide(notes, text) == decision


def test_a_record_naming_both_sides_contradicts_neither():
    notes = "Won the Golden Loom award in 2021; sat on its jury in 2023."
    assert decide(notes, "Congrats again on winning the Golden Loom award in 2021!") == "allow"
    assert decide(notes, "Thanks for judging the Golden Loom award in 2023!") == "allow"


def test_a_denied_side_is_no_side():
    notes = "Entered the Golden Loom award 2023 but was not shortlisted; now on its jury."
    assert decide(notes, "Thanks for your work on the Golden Loom jury!") == "allow"
