"""The keynote credited to a reader the record puts on a panel, a round table or a breakout
session is another part (R4), in every language; a record that gives the keynote, or no
format at all, leaves it alone."""

from __future__ import annotations

import pytest
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate


def _verdict(text: str, notes: str, first: str = "Adaeze") -> str:
    return evaluate(batch(draft("d", text, contact(first=first, notes=notes))))["d"].decision


PANEL = ("Spoke on a panel, 'Discharge before noon', at HealthOps Live 2023 (Birmingham). "
         "Their discharge lounge handles ~40 patients/day.")


def test_your_keynote_for_a_panel_is_another_part():
    said = "Adaeze, your {} at HealthOps Live on discharge before noon really stuck with me."
    assert _verdict(said.format("keynote"), PANEL) == "refuse"
    assert _verdict(said.format("panel"), PANEL) == "allow"


def test_a_keynote_the_record_gives_is_fine():
    notes = "Gave the opening keynote at HealthOps Live 2023 on discharge before noon."
    said = "Adaeze, your keynote at HealthOps Live on discharge before noon stuck with me."
    assert _verdict(said, notes) == "allow"


def test_the_senders_own_keynote_is_no_claim():
    said = ("Adaeze, your panel at HealthOps Live on discharge before noon stuck with me; "
            "my keynote there was on bed flow.")
    assert _verdict(said, PANEL) == "allow"


@pytest.mark.parametrize(("said", "notes"), [
    ("刘主任好，您在大会上的主旨演讲讲门诊一站式服务非常精彩，希望结识。",
     "在华东智慧医院论坛“门诊服务”分论坛做报告：一站式服务中心，候诊时间从45分钟降到18分钟。"),
    ("Hola Ana, tu ponencia magistral en el Foro Lácteo sobre mamitis fue muy clara.",
     "Participó en la mesa redonda del Foro Lácteo 2024 sobre mamitis subclínica."),
])
def test_a_keynote_for_a_shared_format_in_other_languages(said, notes):
    assert _verdict(said, notes, first="Ana") == "refuse"
