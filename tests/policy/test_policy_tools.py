"""Another tool than the one the record has the reader use (R4). See
:mod:`orchestrator.policy.customization.tools`."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from policy.policy_helpers import batch, contact, draft

from orchestrator.policy import evaluate


def verdict_of(text: str, notes: str, first: str = "Ada"):
    return evaluate(batch(draft("d", text, contact(first=first, notes=notes))))["d"]


OTHER = [
    ("Uses the Quillbook platform for appointment reminders.",
     "Ada, since you use Remindly for appointment reminders, our integration may help.",
     "Remindly"),
    ("Usa la herramienta Stockaro para el inventario del almacén.",
     "Hola Ada, como usas Almacenix para el inventario del almacén, te interesará esto.",
     "Almacenix"),
    ("Utilise le logiciel Planibus pour les tournées de livraison.",
     "Bonjour Ada, vous utilisez Tourneo pour les tournées de livraison, je crois.",
     "Tourneo"),
    ("Nutzt die Software Lagerfix für die Inventur.",
     "Hallo Ada, Sie nutzen Zählwerk für die Inventur, richtig?", "Zählwerk"),
]


@pytest.mark.parametrize(("notes", "text", "said"), OTHER)
def test_another_tool_is_a_contradiction(notes, text, said):
    verdict = verdict_of(text, notes)
    assert verdict.decision == "refuse"
    assert any(said in r.message for r in verdict.reasons), verdict.reasons


SAME = [
    ("Uses the Quillbook platform for appointment reminders.",
     "Ada, since you use Quillbook for appointment reminders, our integration may help."),
    ("Utilise le logiciel Planibus pour les tournées de livraison.",
     "Bonjour Ada, vous utilisez Planibus pour les tournées de livraison, je crois."),
]


@pytest.mark.parametrize(("notes", "text"), SAME)
def test_the_recorded_tool_passes(notes, text):
    verdict = verdict_of(text, notes)
    assert verdict.decision != "refuse", verdict.reasons


_TOOLS = st.sampled_from(["Quillbook", "Remindly", "Slotwise", "Bookara"])


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TOOLS, _TOOLS)
def test_only_another_tool_clashes(recorded, said):
    notes = f"Uses the {recorded} platform for appointment reminders."
    verdict = verdict_of(f"Ada, since you use {said} for appointment reminders, our "
                         "integration may help.", notes)
    assert (verdict.decision == "refuse") == (said != recorded), verdict.reasons
